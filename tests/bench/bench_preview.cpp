// SPDX-License-Identifier: GPL-3.0-or-later
// How long the window takes to refresh its three previews after a crop move, on a 24-megapixel
// photo. A benchmark, not a test: run it on a quiet machine and quote the median.
//   bench_preview [moves]      (QT_QPA_PLATFORM=offscreen works)
#include "tests/testsupport.h"
#include "ui/cropview.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace framefit;

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FrameFitBench"));
    const int moves = argc > 1 ? std::max(10, std::atoi(argv[1])) : 200;
    QTemporaryDir dir;
    const QString photo = dir.filePath(QStringLiteral("24mp.jpg"));
    test::writeFile(photo, test::encodeWithQt(test::detailed(QSize(6000, 4000)), "JPEG", 90));

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QSignalSpy loaded(window.document(), &PictureDocument::loaded);
    QElapsedTimer load;
    load.start();
    window.openFile(photo);
    if (!loaded.wait(60000))
        return 1;
    const qint64 loadMs = load.elapsed();

    std::vector<double> previewsMs;
    std::vector<double> withViewMs;
    std::vector<double> cpuMs; // CPU time of the whole process: less sensitive to other load
    const auto cpuNow = [] {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
    };
    EditState s = window.document()->state();
    s.aspectLocked = false;
    for (int i = 0; i < moves; ++i) {
        // a drag step: the crop slides a little each time
        const double x = 0.05 + 0.3 * (i % 50) / 50.0;
        s.settings.crop = {x, 0.1, x + 0.55, 0.85};
        QElapsedTimer t;
        const double cpuStart = cpuNow();
        t.start();
        window.document()->setState(s); // renders the three previews
        previewsMs.push_back(t.nsecsElapsed() / 1e6);
        cpuMs.push_back(cpuNow() - cpuStart);
        window.cropView()->repaint(); // and the crop view, as the screen would show it
        withViewMs.push_back(t.nsecsElapsed() / 1e6);
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const auto p90 = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() * 9 / 10];
    };
    std::printf("source 6000x4000 (24 MP) JPEG; load into proxies: %lld ms\n", loadMs);
    std::printf("three previews after a crop move: median %.2f ms, p90 %.2f ms over %d moves\n",
                median(previewsMs), p90(previewsMs), moves);
    std::printf("  CPU time for those three previews: median %.2f ms (all cores together)\n",
                median(cpuMs));
    std::printf("previews + crop view repaint:     median %.2f ms, p90 %.2f ms\n",
                median(withViewMs), p90(withViewMs));
    return 0;
}
