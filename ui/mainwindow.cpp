// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QLabel>

namespace framefit {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("FrameFit"));
    auto* label = new QLabel(tr("FrameFit prepares pictures at the exact size Sora needs."), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(900, 600);
}

} // namespace framefit
