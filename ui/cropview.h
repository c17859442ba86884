// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cropbounds.h"
#include "cropgeometry.h"

#include <QPixmap>
#include <QWidget>

namespace framefit {

class PictureDocument;

// The upright picture fitted to the widget with the crop rectangle on top: eight handles and a
// movable body, the outside dimmed, rule-of-thirds guides and the size readout. It only draws
// the document's crop and proposes edits; the window turns them into undoable commands.
class CropView : public QWidget {
    Q_OBJECT
public:
    explicit CropView(PictureDocument* document, QWidget* parent = nullptr);

    // Screen pixels an arrow key moves the rectangle (scaled by the screen's pixel ratio).
    void setNudgeStep(int pixels) { m_nudgeStep = pixels; }
    // Where the picture is drawn, and the mapping between its source pixels and the widget.
    QRectF imageRect() const;
    QPointF toWidget(QPointF source) const;
    QRectF cropRectInWidget() const;
    // The centre of a handle (an edge's middle or a corner) in widget coordinates.
    QPointF handlePosition(CropHandles handles) const;
    QSize sizeHint() const override { return {720, 480}; }

signals:
    // A proposed crop. Edits with the same positive session come from one drag.
    void cropEdited(const framefit::CropBounds& crop, int session);
    void resetRequested();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    CropHandles handleAt(QPointF widgetPos) const;
    double sourcePerWidgetPixel() const;
    void updatePixmap();
    void propose(const QRectF& sourceRect, int session);

    PictureDocument* m_document;
    QPixmap m_pixmap; // the display proxy
    QPixmap m_scaled; // m_pixmap at the size it is drawn
    CropHandles m_dragHandles;
    QPointF m_pressPos;
    QRectF m_pressRect; // source pixels
    int m_session = 0;
    int m_nudgeStep = 1;
};

} // namespace framefit
