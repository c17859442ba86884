// SPDX-License-Identifier: GPL-3.0-or-later
#include "cropview.h"

#include "core/targets.h"
#include "picturedocument.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace framefit {

namespace {
constexpr double kMargin = 12.0;     // room around the picture for the handles
constexpr double kHandleReach = 9.0; // how close the pointer must be to hold a handle
constexpr double kHandleSize = 9.0;
constexpr double kMinCropWidgetPx = 24.0;

const CropHandles kAllHandles[] = {
    CropHandle::Left | CropHandle::Top,     CropHandle::Top,
    CropHandle::Right | CropHandle::Top,    CropHandle::Right,
    CropHandle::Right | CropHandle::Bottom, CropHandle::Bottom,
    CropHandle::Left | CropHandle::Bottom,  CropHandle::Left,
};

Qt::CursorShape cursorFor(CropHandles h) {
    if (h == CropHandle::Body)
        return Qt::SizeAllCursor;
    if (h == (CropHandle::Left | CropHandle::Top) || h == (CropHandle::Right | CropHandle::Bottom))
        return Qt::SizeFDiagCursor;
    if (h == (CropHandle::Right | CropHandle::Top) || h == (CropHandle::Left | CropHandle::Bottom))
        return Qt::SizeBDiagCursor;
    if (h == CropHandle::Left || h == CropHandle::Right)
        return Qt::SizeHorCursor;
    if (h == CropHandle::Top || h == CropHandle::Bottom)
        return Qt::SizeVerCursor;
    return Qt::ArrowCursor;
}
} // namespace

CropView::CropView(PictureDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(320, 240);
    setAccessibleName(tr("Crop rectangle"));
    setToolTip(tr("Drag the rectangle or its handles to choose the region Sora gets.\n"
                  "Arrow keys move it, Shift+arrow keys resize it, double-click resets it."));
    connect(document, &PictureDocument::loaded, this, &CropView::updatePixmap);
    connect(document, &PictureDocument::stateChanged, this, qOverload<>(&QWidget::update));
}

void CropView::updatePixmap() {
    m_pixmap = QPixmap::fromImage(m_document->displayImage().image);
    m_scaled = QPixmap();
    update();
}

QRectF CropView::imageRect() const {
    const QSizeF source(m_document->sourceSize());
    if (source.isEmpty())
        return {};
    const QRectF room = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const double s = std::min(room.width() / source.width(), room.height() / source.height());
    QRectF r(0, 0, source.width() * s, source.height() * s);
    r.moveCenter(room.center());
    return r;
}

double CropView::sourcePerWidgetPixel() const {
    const QRectF image = imageRect();
    return image.isEmpty() ? 1.0 : m_document->sourceSize().width() / image.width();
}

QPointF CropView::toWidget(QPointF source) const {
    const QRectF image = imageRect();
    return image.topLeft() + source / sourcePerWidgetPixel();
}

QRectF CropView::cropRectInWidget() const {
    const QRectF r = m_document->crop().toRect(QSizeF(m_document->sourceSize()));
    return QRectF(toWidget(r.topLeft()), toWidget(r.bottomRight()));
}

QPointF CropView::handlePosition(CropHandles h) const {
    const QRectF r = cropRectInWidget();
    const double x = (h & CropHandle::Left)    ? r.left()
                     : (h & CropHandle::Right) ? r.right()
                                               : r.center().x();
    const double y = (h & CropHandle::Top)      ? r.top()
                     : (h & CropHandle::Bottom) ? r.bottom()
                                                : r.center().y();
    return {x, y};
}

CropHandles CropView::handleAt(QPointF pos) const {
    if (!m_document->isLoaded())
        return CropHandle::None;
    for (CropHandles h : kAllHandles) {
        const QPointF d = handlePosition(h) - pos;
        if (std::abs(d.x()) <= kHandleReach && std::abs(d.y()) <= kHandleReach)
            return h;
    }
    const QRectF r = cropRectInWidget();
    // the edges are handles along their whole length
    if (pos.y() > r.top() && pos.y() < r.bottom()) {
        if (std::abs(pos.x() - r.left()) <= kHandleReach / 2)
            return CropHandle::Left;
        if (std::abs(pos.x() - r.right()) <= kHandleReach / 2)
            return CropHandle::Right;
    }
    if (pos.x() > r.left() && pos.x() < r.right()) {
        if (std::abs(pos.y() - r.top()) <= kHandleReach / 2)
            return CropHandle::Top;
        if (std::abs(pos.y() - r.bottom()) <= kHandleReach / 2)
            return CropHandle::Bottom;
    }
    return r.contains(pos) ? CropHandles(CropHandle::Body) : CropHandles(CropHandle::None);
}

void CropView::propose(const QRectF& sourceRect, int session) {
    emit cropEdited(CropBounds::fromRect(sourceRect, QSizeF(m_document->sourceSize())), session);
}

void CropView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    m_dragHandles = handleAt(event->position());
    m_pressPos = event->position();
    m_pressRect = m_document->crop().toRect(QSizeF(m_document->sourceSize()));
    ++m_session;
}

void CropView::mouseMoveEvent(QMouseEvent* event) {
    if (!(event->buttons() & Qt::LeftButton) || m_dragHandles == CropHandle::None) {
        setCursor(cursorFor(handleAt(event->position())));
        return;
    }
    const QPointF delta = (event->position() - m_pressPos) * sourcePerWidgetPixel();
    propose(dragCrop(m_pressRect, m_dragHandles, delta, QSizeF(m_document->sourceSize()),
                     m_document->lockedAspect(), kMinCropWidgetPx * sourcePerWidgetPixel()),
            m_session);
}

void CropView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        m_dragHandles = CropHandle::None;
}

void CropView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        emit resetRequested();
}

void CropView::keyPressEvent(QKeyEvent* event) {
    QPointF step;
    switch (event->key()) {
    case Qt::Key_Left:
        step = {-1, 0};
        break;
    case Qt::Key_Right:
        step = {1, 0};
        break;
    case Qt::Key_Up:
        step = {0, -1};
        break;
    case Qt::Key_Down:
        step = {0, 1};
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (!m_document->isLoaded())
        return;
    // A step of a few screen pixels, larger on high-density screens where one pixel is tiny.
    const QPointF delta = step * m_nudgeStep * devicePixelRatioF() * sourcePerWidgetPixel();
    const QRectF rect = m_document->crop().toRect(QSizeF(m_document->sourceSize()));
    const bool resize = event->modifiers() & Qt::ShiftModifier;
    const CropHandles handles = !resize         ? CropHandles(CropHandle::Body)
                                : step.x() != 0 ? CropHandles(CropHandle::Right)
                                                : CropHandles(CropHandle::Bottom);
    propose(dragCrop(rect, handles, delta, QSizeF(m_document->sourceSize()),
                     m_document->lockedAspect(), kMinCropWidgetPx * sourcePerWidgetPixel()),
            0);
}

void CropView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Dark));
    if (!m_document->isLoaded()) {
        p.setPen(palette().color(QPalette::BrightText));
        p.drawText(rect(), Qt::AlignCenter,
                   m_document->isLoading() ? tr("Loading…")
                                           : tr("Drop a picture here, or use File > Open"));
        return;
    }
    const QRectF image = imageRect();
    // Scaled once per size, not per repaint: a drag repaints many times a second.
    const QSize shown = image.size().toSize();
    if (m_scaled.size() != shown && !m_pixmap.isNull())
        m_scaled = m_pixmap.scaled(shown, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    p.drawPixmap(image.topLeft(), m_scaled);
    const QRectF crop = cropRectInWidget();

    // outside the crop: dimmed
    QPainterPath outside;
    outside.addRect(image);
    QPainterPath inside;
    inside.addRect(crop);
    p.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 150));

    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(255, 255, 255, 110), 1));
    for (int i = 1; i < 3; ++i) { // rule of thirds
        const double x = crop.left() + crop.width() * i / 3;
        const double y = crop.top() + crop.height() * i / 3;
        p.drawLine(QPointF(x, crop.top()), QPointF(x, crop.bottom()));
        p.drawLine(QPointF(crop.left(), y), QPointF(crop.right(), y));
    }
    p.setPen(QPen(Qt::white, 1.5));
    p.setBrush(Qt::NoBrush);
    p.drawRect(crop);
    p.setPen(QPen(Qt::black, 1));
    p.setBrush(Qt::white);
    for (CropHandles h : kAllHandles) {
        QRectF box(0, 0, kHandleSize, kHandleSize);
        box.moveCenter(handlePosition(h));
        p.drawRect(box);
    }

    // the size readout stays visible while dragging: above the rectangle, or inside it at the top
    const QSizeF source(m_document->sourceSize());
    const QRectF region = m_document->crop().toRect(source);
    const QSize target = m_document->state().settings.target;
    const QString text = tr("%1 × %2 px  →  %3")
                             .arg(qRound(region.width()))
                             .arg(qRound(region.height()))
                             .arg(sizeToString(target));
    const QFontMetricsF fm(font());
    QRectF label(0, 0, fm.horizontalAdvance(text) + 12, fm.height() + 6);
    label.moveBottomLeft(QPointF(crop.left(), crop.top() - 4));
    if (label.top() < 0)
        label.moveTopLeft(crop.topLeft() + QPointF(4, 4));
    label.moveLeft(std::clamp(label.left(), 0.0, std::max(0.0, width() - label.width())));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 190));
    p.drawRoundedRect(label, 4, 4);
    p.setPen(Qt::white);
    p.drawText(label, Qt::AlignCenter, text);
}

} // namespace framefit
