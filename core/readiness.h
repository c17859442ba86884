// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace framefit {

// Whether a file can be sent as the Sora input_reference for a video of `target` size.
struct Readiness {
    bool ready = false;
    QString format; // by content: "JPEG", "PNG", "WebP", "BMP", ... empty when unknown
    QSize size;     // stored pixel size (what the server decodes)
    QString reason; // why not, in words ("1281x720, needs 1280x720"); empty when ready
};

// Ready means: decodes completely, is JPEG, PNG or WebP by content, is exactly `target` pixels
// and carries no EXIF rotation that would turn it to another size in some readers.
Readiness checkReadiness(const QByteArray& data, QSize target);

} // namespace framefit
