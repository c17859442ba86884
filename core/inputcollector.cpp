// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputcollector.h"

#include "convertsettings.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace framefit {

QStringList pictureExtensions() {
    return {QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("jpe"),
            QStringLiteral("jfif"), QStringLiteral("png"),  QStringLiteral("webp"),
            QStringLiteral("gif"),  QStringLiteral("bmp"),  QStringLiteral("tif"),
            QStringLiteral("tiff")};
}

QList<InputEntry> collectInputs(const QStringList& arguments, bool recursive) {
    QStringList patterns;
    for (const QString& ext : pictureExtensions())
        patterns << QStringLiteral("*.") + ext;
    QList<InputEntry> entries;
    for (const QString& argument : arguments) {
        const QFileInfo info(argument);
        if (!info.exists()) {
            entries.append({argument, QCoreApplication::translate("InputCollector",
                                                                  "no such file or folder")});
            continue;
        }
        if (!info.isDir()) {
            entries.append({argument, {}});
            continue;
        }
        QStringList found;
        QDirIterator it(argument, patterns, QDir::Files | QDir::Readable,
                        recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!isFrameFitOutputName(it.fileName()))
                found << path;
        }
        std::sort(found.begin(), found.end());
        if (found.isEmpty())
            entries.append({argument, QCoreApplication::translate("InputCollector",
                                                                  "the folder holds no pictures")});
        for (const QString& path : found)
            entries.append({path, {}});
    }
    return entries;
}

} // namespace framefit
