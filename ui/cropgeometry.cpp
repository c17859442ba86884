// SPDX-License-Identifier: GPL-3.0-or-later
#include "cropgeometry.h"

#include <algorithm>
#include <cmath>

namespace framefit {

namespace {

QRectF clampInto(QRectF r, QSizeF bounds) {
    r.setWidth(std::min(r.width(), bounds.width()));
    r.setHeight(std::min(r.height(), bounds.height()));
    r.moveLeft(std::clamp(r.left(), 0.0, bounds.width() - r.width()));
    r.moveTop(std::clamp(r.top(), 0.0, bounds.height() - r.height()));
    return r;
}

} // namespace

QRectF defaultCrop(QSizeF bounds, double aspect) {
    QRectF r(QPointF(0, 0), bounds);
    if (aspect <= 0)
        return r;
    if (bounds.width() / bounds.height() > aspect)
        r.setWidth(bounds.height() * aspect);
    else
        r.setHeight(bounds.width() / aspect);
    r.moveCenter(QPointF(bounds.width() / 2, bounds.height() / 2));
    return r;
}

QRectF fitToAspect(const QRectF& rect, QSizeF bounds, double aspect) {
    if (aspect <= 0)
        return clampInto(rect, bounds);
    // keep the area, take the new shape, then shrink until it fits the image
    const double area = rect.width() * rect.height();
    double w = std::sqrt(area * aspect);
    double h = w / aspect;
    const double shrink = std::min({1.0, bounds.width() / w, bounds.height() / h});
    w *= shrink;
    h *= shrink;
    QRectF r(0, 0, w, h);
    r.moveCenter(rect.center());
    return clampInto(r, bounds);
}

QRectF dragCrop(const QRectF& start, CropHandles handles, QPointF delta, QSizeF bounds,
                double aspect, double minSize) {
    const double W = bounds.width();
    const double H = bounds.height();
    minSize = std::min({minSize, W, H});
    if (handles == CropHandle::Body)
        return clampInto(start.translated(delta), bounds);

    double l = start.left(), t = start.top(), r = start.right(), b = start.bottom();
    if (handles & CropHandle::Left)
        l = std::clamp(l + delta.x(), 0.0, r - minSize);
    if (handles & CropHandle::Right)
        r = std::clamp(r + delta.x(), l + minSize, W);
    if (handles & CropHandle::Top)
        t = std::clamp(t + delta.y(), 0.0, b - minSize);
    if (handles & CropHandle::Bottom)
        b = std::clamp(b + delta.y(), t + minSize, H);
    if (aspect <= 0)
        return QRectF(QPointF(l, t), QPointF(r, b));

    const bool horizontal = handles & (CropHandle::Left | CropHandle::Right);
    const bool vertical = handles & (CropHandle::Top | CropHandle::Bottom);
    double w = r - l;
    double h = b - t;
    if (horizontal && vertical) {
        // A corner: the opposite corner stays; the size follows whichever side the pointer
        // pulled further, then shrinks to stay inside the image.
        const double anchorX = (handles & CropHandle::Left) ? start.right() : start.left();
        const double anchorY = (handles & CropHandle::Top) ? start.bottom() : start.top();
        if (w / h > aspect)
            h = w / aspect;
        else
            w = h * aspect;
        const double roomX = (handles & CropHandle::Left) ? anchorX : W - anchorX;
        const double roomY = (handles & CropHandle::Top) ? anchorY : H - anchorY;
        w = std::clamp(w, std::min(minSize, roomX), std::min(roomX, roomY * aspect));
        h = w / aspect;
        l = (handles & CropHandle::Left) ? anchorX - w : anchorX;
        t = (handles & CropHandle::Top) ? anchorY - h : anchorY;
        return QRectF(l, t, w, h);
    }
    if (horizontal) {
        // An edge: the opposite edge stays, the height follows around the same centre line.
        w = std::min(w, H * aspect);
        h = w / aspect;
        l = (handles & CropHandle::Left) ? start.right() - w : start.left();
        t = std::clamp(start.center().y() - h / 2, 0.0, H - h);
        return QRectF(l, t, w, h);
    }
    h = std::min(h, W / aspect);
    w = h * aspect;
    t = (handles & CropHandle::Top) ? start.bottom() - h : start.top();
    l = std::clamp(start.center().x() - w / 2, 0.0, W - w);
    return QRectF(l, t, w, h);
}

} // namespace framefit
