// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QSize>
#include <QString>

#include <optional>

namespace framefit {

// The region of the upright source the user wants, as fractions of its width and height.
// Fractions (not pixels) so one crop serves the full image, the screen proxy and any reduced
// decode alike.
struct CropBounds {
    double left = 0.0;
    double top = 0.0;
    double right = 1.0;
    double bottom = 1.0;

    // 0 <= left < right <= 1 and 0 <= top < bottom <= 1, all finite.
    bool isValid() const;
    bool isFull() const { return left == 0.0 && top == 0.0 && right == 1.0 && bottom == 1.0; }
    double width() const { return right - left; }
    double height() const { return bottom - top; }

    // The region in pixels of an image of `size` (sub-pixel).
    QRectF toRect(QSizeF size) const;
    // The inverse of toRect(); the result is clamped into the unit square.
    static CropBounds fromRect(const QRectF& rect, QSizeF size);

    // "0.1,0,0.9,1": the CLI's -c syntax, shortest round-trip decimals.
    QString toString() const;
    // Parses "L,T,R,B". On failure returns nullopt and says why in `error`.
    static std::optional<CropBounds> parse(QStringView text, QString* error = nullptr);

    friend bool operator==(const CropBounds&, const CropBounds&) = default;
};

} // namespace framefit
