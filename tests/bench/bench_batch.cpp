// SPDX-License-Identifier: GPL-3.0-or-later
// Times one batch through BatchRunner (the GUI's engine) with the CLI's defaults, so
// bench_batch.sh can compare it with framefit-cli convert on the same files. Not a test.
#include "core/batch/batchrunner.h"
#include "core/picturemalloc.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace framefit;

int main(int argc, char** argv) {
    usePictureMalloc(argv); // as framefit and framefit-cli convert do
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_batch <output-dir> <picture>...\n";
        return 2;
    }
    BatchRunner runner;
    BatchSettings settings;
    settings.outputDir = args.takeFirst();
    settings.existing = ExistingOutput::Overwrite;
    runner.setSettings(settings);
    runner.addItems(args);
    QElapsedTimer timer;
    QObject::connect(&runner, &BatchRunner::finished, &app, [&](const BatchSummary& summary, bool) {
        QTextStream(stdout) << timer.elapsed() << " ms, " << summary.converted << " converted, "
                            << summary.failed << " failed\n";
        app.exit(summary.failed == 0 ? 0 : 1);
    });
    timer.start();
    if (!runner.start())
        return 1;
    return app.exec();
}
