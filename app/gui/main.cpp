// SPDX-License-Identifier: GPL-3.0-or-later
// framefit: the FrameFit desktop application.
#include "core/appsettings.h"
#include "core/translations.h"
#include "ui/mainwindow.h"

#include <QApplication>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FrameFit"));
    QApplication::setOrganizationName(QStringLiteral("FrameFit"));
    QApplication::setApplicationVersion(QStringLiteral(FRAMEFIT_VERSION));
    framefit::installTranslators(app, framefit::AppSettings().language());
    framefit::MainWindow window;
    window.show();
    return QApplication::exec();
}
