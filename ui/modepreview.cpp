// SPDX-License-Identifier: GPL-3.0-or-later
#include "modepreview.h"

#include <QPainter>
#include <QStyleOptionFocusRect>

namespace framefit {

ModePreview::ModePreview(FitMode mode, QWidget* parent)
    : QAbstractButton(parent)
    , m_mode(mode) {
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(160, 140);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ModePreview::setImage(const QImage& image, const QString& caption) {
    m_image = image;
    m_caption = caption;
    update();
}

void ModePreview::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), isChecked() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Window));
    const QFontMetrics fm(font());
    const int captionHeight = fm.height() * 2 + 8;
    const QRect area = rect().adjusted(6, 6, -6, -captionHeight);
    if (!m_image.isNull() && !area.isEmpty()) {
        QSize shown = m_image.size().scaled(area.size(), Qt::KeepAspectRatio);
        QRect target(QPoint(0, 0), shown);
        target.moveCenter(area.center());
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(target, m_image);
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
        p.drawRect(target.adjusted(0, 0, -1, -1));
    }
    p.setPen(isChecked() ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::WindowText));
    p.drawText(rect().adjusted(6, height() - captionHeight, -6, -4),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_caption);
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(2, 2, -2, -2);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

} // namespace framefit
