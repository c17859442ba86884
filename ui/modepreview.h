// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fitmode.h"

#include <QAbstractButton>
#include <QImage>

namespace framefit {

// One fit mode's live preview: the frame as it will be written, at preview size, with its label.
// Checkable: the checked preview is the mode that is exported.
class ModePreview : public QAbstractButton {
    Q_OBJECT
public:
    ModePreview(FitMode mode, QWidget* parent = nullptr);

    FitMode mode() const { return m_mode; }
    const QImage& image() const { return m_image; }
    void setImage(const QImage& image, const QString& caption);
    QSize sizeHint() const override { return {300, 230}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    FitMode m_mode;
    QImage m_image;
    QString m_caption;
};

} // namespace framefit
