// SPDX-License-Identifier: GPL-3.0-or-later
// Shows the batch panel on its own, on the pictures and folders given, for screenshots and
// manual trials: batch_demo [--run] [--threads N] [--output-dir D] <picture-or-folder>...
// Not a test, not installed.
#include "ui/batchpanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

using namespace framefit;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption run(QStringLiteral("run"), QStringLiteral("Start converting."));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("Workers."),
                                     QStringLiteral("N"));
    const QCommandLineOption outputDir(QStringLiteral("output-dir"),
                                       QStringLiteral("Output folder."), QStringLiteral("D"));
    const QCommandLineOption edit(QStringLiteral("edit-first"),
                                  QStringLiteral("Give the first picture a crop of its own."));
    parser.addOptions({run, threads, outputDir, edit});
    parser.addHelpOption();
    parser.process(app);

    BatchPanel panel;
    panel.setWindowTitle(QStringLiteral("FrameFit batch"));
    panel.resize(1360, 860);
    panel.setExistingOutputAnswer(ExistingOutput::Overwrite);
    BatchSettings s = panel.settings();
    s.outputDir = parser.value(outputDir);
    panel.setSettings(s);
    if (parser.isSet(threads))
        panel.runner()->setMaxThreads(parser.value(threads).toInt());
    panel.addPaths(parser.positionalArguments());
    if (parser.isSet(edit) && panel.runner()->count() > 0)
        panel.setItemOverride(panel.runner()->item(0).id, CropBounds{0.2, 0.1, 0.8, 0.9},
                              FitMode::Pad);
    panel.show();
    if (parser.isSet(run))
        QTimer::singleShot(1500, &panel, &BatchPanel::run);
    return app.exec();
}
