// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace framefit {

// One path to convert, or a reason it cannot be (a named file that does not exist, a folder with
// no pictures in it).
struct InputEntry {
    QString path;
    QString error;
};

// Expands the command line's inputs: files are kept as given (even with unusual extensions:
// the loader judges content), folders give the pictures directly inside them (recursively with
// `recursive`), sorted by name. Files named like FrameFit's own outputs are skipped inside
// folders, so converting a folder twice does not convert its outputs.
QList<InputEntry> collectInputs(const QStringList& arguments, bool recursive);

// File-name extensions FrameFit looks for inside folders ("jpg", "png", ...), lower case.
QStringList pictureExtensions();

} // namespace framefit
