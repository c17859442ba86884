// SPDX-License-Identifier: GPL-3.0-or-later
// framefit: the FrameFit desktop application.
#include "core/appsettings.h"
#include "core/picturemalloc.h"
#include "core/sora/soraservice.h"
#include "core/translations.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[]) {
    framefit::usePictureMalloc(argv); // the batch converts in this process
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FrameFit"));
    QApplication::setOrganizationName(QStringLiteral("FrameFit"));
    QApplication::setApplicationVersion(QStringLiteral(FRAMEFIT_VERSION));
    framefit::installTranslators(app, framefit::AppSettings().language());
    QApplication::setDesktopFileName(QStringLiteral(FRAMEFIT_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Prepare pictures at the exact size Sora needs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        QApplication::translate("main", "A Sora-compatible Videos API address for this run."),
        QStringLiteral("URL"));
    parser.addOption(baseUrl);
    parser.addPositionalArgument(QStringLiteral("picture"),
                                 QApplication::translate("main", "A picture to open."));
    parser.process(app);

    framefit::MainWindow window;
    if (parser.isSet(baseUrl)) {
        window.soraService()->setBaseUrlOverride(parser.value(baseUrl));
        window.soraService()->applySettings();
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        window.openSample();
    else
        window.openFile(files.first());
    window.show();
    return QApplication::exec();
}
