// SPDX-License-Identifier: GPL-3.0-or-later
#include "cropbounds.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace framefit {

bool CropBounds::isValid() const {
    const bool finite =
        std::isfinite(left) && std::isfinite(top) && std::isfinite(right) && std::isfinite(bottom);
    return finite && left >= 0.0 && left < right && right <= 1.0 && top >= 0.0 && top < bottom &&
           bottom <= 1.0;
}

QRectF CropBounds::toRect(QSizeF size) const {
    return QRectF(QPointF(left * size.width(), top * size.height()),
                  QPointF(right * size.width(), bottom * size.height()));
}

CropBounds CropBounds::fromRect(const QRectF& rect, QSizeF size) {
    const auto unit = [](double v) {
        return std::clamp(v, 0.0, 1.0);
    };
    return {unit(rect.left() / size.width()), unit(rect.top() / size.height()),
            unit(rect.right() / size.width()), unit(rect.bottom() / size.height())};
}

QString CropBounds::toString() const {
    const auto num = [](double v) {
        return QString::number(v, 'g', QLocale::FloatingPointShortest);
    };
    return QStringList{num(left), num(top), num(right), num(bottom)}.join(u',');
}

std::optional<CropBounds> CropBounds::parse(QStringView text, QString* error) {
    const auto fail = [error](const QString& why) -> std::optional<CropBounds> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QList<QStringView> parts = text.split(u',');
    if (parts.size() != 4) {
        return fail(QCoreApplication::translate(
            "CropBounds", "crop needs four fractions L,T,R,B (for example 0.1,0,0.9,1)"));
    }
    double values[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        values[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(values[i])) {
            return fail(
                QCoreApplication::translate("CropBounds", "crop value \"%1\" is not a number")
                    .arg(parts[i].trimmed().toString()));
        }
    }
    const CropBounds crop{values[0], values[1], values[2], values[3]};
    if (!crop.isValid()) {
        return fail(QCoreApplication::translate(
                        "CropBounds", "crop needs 0 <= L < R <= 1 and 0 <= T < B <= 1, got %1")
                        .arg(text.toString()));
    }
    return crop;
}

} // namespace framefit
