// SPDX-License-Identifier: GPL-3.0-or-later
#include "readiness.h"

#include "exiforientation.h"
#include "imageloader.h"
#include "targets.h"

#include <QStringList>

namespace framefit {

Readiness checkReadiness(const QByteArray& data, QSize target) {
    Readiness result;
    ImageLoader loader(data);
    result.format = loader.header().format;
    result.size = loader.header().storedSize;
    if (loader.hasError()) {
        result.reason = loader.error();
        return result;
    }
    QStringList reasons;
    const QString f = result.format;
    if (f != QLatin1String("JPEG") && f != QLatin1String("PNG") && f != QLatin1String("WebP"))
        reasons << QCoreApplication::translate("Readiness", "%1, needs JPEG, PNG or WebP").arg(f);
    if (result.size != target)
        reasons << QCoreApplication::translate("Readiness", "%1, needs %2")
                       .arg(sizeToString(result.size), sizeToString(target));
    else if (loader.header().orientation != 1)
        reasons << QCoreApplication::translate(
                       "Readiness",
                       "has an EXIF rotation (orientation %1), so readers disagree on its size")
                       .arg(loader.header().orientation);
    // Only a picture that passes the cheap checks is decoded, to prove its data is whole.
    if (reasons.isEmpty() && !loader.decode())
        reasons << loader.error();
    result.ready = reasons.isEmpty();
    result.reason = reasons.join(QStringLiteral("; "));
    return result;
}

} // namespace framefit
