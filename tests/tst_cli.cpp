// SPDX-License-Identifier: GPL-3.0-or-later
// framefit-cli as scripts use it: the built binary, real files, exit statuses, stdout/stderr.
// Each case here is a line of shared/spec/cli.md.
#include "core/imageloader.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace framefit;
using namespace framefit::test;

namespace {

struct Run {
    int status = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& args, const QString& workDir = {}) {
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(QStringLiteral(FRAMEFIT_CLI), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray sha(const QString& path) {
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

// Every file below `dir`, relative, sorted: "nothing is written" means this does not change.
QStringList tree(const QString& dir) {
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}

// The output as the API would see it: format by content, stored size, and no alpha.
struct Output {
    QString format;
    QSize size;
    bool rgbWithoutAlpha = false;
    QImage image;
};

Output inspect(const QString& path) {
    ImageLoader loader = ImageLoader::fromFile(path);
    Output o{loader.header().format, loader.header().storedSize, false, {}};
    if (const auto d = loader.decode()) {
        o.rgbWithoutAlpha = d->image.format() == QImage::Format_RGB888;
        o.image = d->image;
    }
    return o;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void init();
    void convertsEveryTargetExactly_data();
    void convertsEveryTargetExactly();
    void formatsByContent_data();
    void formatsByContent();
    void usageErrorsWriteNothing_data();
    void usageErrorsWriteNothing();
    void badInputsFailAloneAndSayWhy_data();
    void badInputsFailAloneAndSayWhy();
    void existingOutputIsKept();
    void overwriteReplaces();
    void jsonLines();
    void inputsAreNeverModified();
    void folders();
    void sameOutputNameTwice();
    void cropChoosesTheRegion();
    void padUsesBackgroundColour();
    void exifOrientationIsApplied();
    void transparencyOntoBackground();
    void workersDoNotChangeBytes();
    void interruptedRunLeavesNoPartialFile();
    void checkVerdicts_data();
    void checkVerdicts();
    void checkJson();
    void checkUsageErrors();
    void versionAndHelp();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    QString makePhoto(const QString& name, QSize size, const char* format = "JPEG");
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCli::makePhoto(const QString& name, QSize size, const char* format) {
    const QString p = path(name);
    writeFile(p, encodeWithQt(detailed(size), format, 92));
    return p;
}

void TestCli::convertsEveryTargetExactly_data() {
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("mode");
    for (const char* size : {"1280x720", "720x1280", "1792x1024", "1024x1792"})
        for (const char* mode : {"cover", "pad", "stretch"})
            QTest::addRow("%s %s", size, mode)
                << QString::fromLatin1(size) << QString::fromLatin1(mode);
}

void TestCli::convertsEveryTargetExactly() {
    QFETCH(QString, size);
    QFETCH(QString, mode);
    const QString input = makePhoto(QStringLiteral("photo.jpg"), QSize(1000, 700));
    const Run r = runCli(
        {QStringLiteral("convert"), QStringLiteral("-s"), size, QStringLiteral("-m"), mode, input});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const QString output = path(QStringLiteral("photo_sora_%1.jpg").arg(size));
    const Output o = inspect(output);
    QCOMPARE(o.format, QStringLiteral("JPEG"));
    QCOMPARE(QStringLiteral("%1x%2").arg(o.size.width()).arg(o.size.height()), size);
    QVERIFY(o.rgbWithoutAlpha);
    QVERIFY(r.out.contains(output));
}

void TestCli::formatsByContent_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QString>("content");
    QTest::newRow("jpeg") << "jpeg"
                          << "jpg"
                          << "JPEG";
    QTest::newRow("png") << "png"
                         << "png"
                         << "PNG";
    QTest::newRow("webp") << "webp"
                          << "webp"
                          << "WebP";
}

void TestCli::formatsByContent() {
    QFETCH(QString, format);
    QFETCH(QString, extension);
    QFETCH(QString, content);
    const QString input = makePhoto(QStringLiteral("in.png"), QSize(300, 300), "PNG");
    const Run r = runCli({QStringLiteral("convert"), QStringLiteral("-f"), format,
                          QStringLiteral("-q"), QStringLiteral("80"), input});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const Output o = inspect(path(QStringLiteral("in_sora_1280x720.") + extension));
    QCOMPARE(o.format, content);
    QCOMPARE(o.size, QSize(1280, 720));
    QVERIFY(o.rgbWithoutAlpha);
}

void TestCli::usageErrorsWriteNothing_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    const QStringList base{QStringLiteral("convert"), QStringLiteral("-o"), QStringLiteral("out")};
    const auto with = [&base](std::initializer_list<const char*> extra) {
        QStringList a = base;
        for (const char* e : extra)
            a << QString::fromLatin1(e);
        return a << QStringLiteral("photo.jpg");
    };
    QTest::newRow("size not a Sora size")
        << with({"-s", "1920x1080"}) << "1280x720, 720x1280, 1792x1024, 1024x1792";
    QTest::newRow("size garbage") << with({"-s", "big"}) << "not a Sora video size";
    QTest::newRow("mode") << with({"-m", "fill"}) << "cover, pad, stretch";
    QTest::newRow("crop three values") << with({"-c", "0,0,1"}) << "four fractions";
    QTest::newRow("crop L >= R") << with({"-c", "0.6,0,0.5,1"}) << "0 <= L < R <= 1";
    QTest::newRow("crop B > 1") << with({"-c", "0,0,1,1.5"}) << "0 <= T < B <= 1";
    QTest::newRow("crop not numbers") << with({"-c", "a,b,c,d"}) << "not a number";
    QTest::newRow("background name") << with({"-b", "red"}) << "#RRGGBB";
    QTest::newRow("background short") << with({"-b", "#fff"}) << "#RRGGBB";
    // Found by fuzz_args: a PCRE '$' also matches before a final newline.
    QTest::newRow("background trailing newline") << with({"-b", "#20a0F0\n"}) << "#RRGGBB";
    QTest::newRow("format") << with({"-f", "bmp"}) << "jpeg, png, webp";
    QTest::newRow("quality 0") << with({"-q", "0"}) << "1 to 100";
    QTest::newRow("quality 101") << with({"-q", "101"}) << "1 to 100";
    QTest::newRow("quality text") << with({"-q", "high"}) << "1 to 100";
    QTest::newRow("jobs 0") << with({"-j", "0"}) << "jobs";
    QTest::newRow("unknown option") << with({"--colour", "#000000"}) << "Unknown option";
    QTest::newRow("no input") << base << "no input";
    QTest::newRow("no command") << QStringList{} << "no command";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("resize")} << "unknown command";
}

void TestCli::usageErrorsWriteNothing() {
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    makePhoto(QStringLiteral("photo.jpg"), QSize(200, 100));
    const QStringList before = tree(m_dir->path());
    const Run r = runCli(args, m_dir->path());
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Usage: framefit-cli")), qPrintable(r.err));
    QCOMPARE(tree(m_dir->path()), before); // not even the output folder
}

void TestCli::badInputsFailAloneAndSayWhy_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    const QByteArray jpeg = encodeWithQt(detailed(QSize(800, 600)), "JPEG", 90);
    QTest::newRow("missing") << "missing.jpg" << QByteArray() << "no such file";
    QTest::newRow("empty") << "empty.jpg" << QByteArray("") << "empty";
    QTest::newRow("truncated") << "cut.jpg" << jpeg.left(jpeg.size() / 3) << "truncated";
    QTest::newRow("not an image") << "notes.jpg" << QByteArray("shopping list\n")
                                  << "not a picture";
    QTest::newRow("decompression bomb") << "bomb.png" << pngBomb(20000, 20000) << "megapixel";
    QTest::newRow("lying JPEG header")
        << "huge.jpg" << jpegClaiming(65000, 65000) << "decompression bomb";
}

void TestCli::badInputsFailAloneAndSayWhy() {
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    const QString good1 = makePhoto(QStringLiteral("a.jpg"), QSize(640, 480));
    const QString bad = path(name);
    if (name != QLatin1String("missing.jpg"))
        QVERIFY(writeFile(bad, bytes));
    const QString good2 = makePhoto(QStringLiteral("z.png"), QSize(480, 640), "PNG");
    const Run r = runCli({QStringLiteral("convert"), good1, bad, good2});
    QCOMPARE(r.status, 1);
    // the failure names the file and the reason, in words, on stderr
    const QStringList errLines = r.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(errLines.size(), 1);
    QVERIFY2(errLines[0].contains(bad) && errLines[0].contains(says), qPrintable(r.err));
    // every other input is still converted
    QCOMPARE(inspect(path(QStringLiteral("a_sora_1280x720.jpg"))).size, QSize(1280, 720));
    QCOMPARE(inspect(path(QStringLiteral("z_sora_1280x720.jpg"))).size, QSize(1280, 720));
    QVERIFY(!QFileInfo::exists(
        path(QFileInfo(name).completeBaseName() + QStringLiteral("_sora_1280x720.jpg"))));
}

void TestCli::existingOutputIsKept() {
    const QString input = makePhoto(QStringLiteral("photo.jpg"), QSize(640, 480));
    const QString output = path(QStringLiteral("photo_sora_1280x720.jpg"));
    QVERIFY(writeFile(output, "an earlier result the user cares about"));
    const QDateTime mtime = QFileInfo(output).lastModified();
    const Run r = runCli({QStringLiteral("convert"), input});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
    QCOMPARE(readFile(output), QByteArray("an earlier result the user cares about"));
    QCOMPARE(QFileInfo(output).lastModified(), mtime);
}

void TestCli::overwriteReplaces() {
    const QString input = makePhoto(QStringLiteral("photo.jpg"), QSize(640, 480));
    const QString output = path(QStringLiteral("photo_sora_1280x720.jpg"));
    QVERIFY(writeFile(output, "stale"));
    const Run r = runCli({QStringLiteral("convert"), QStringLiteral("--overwrite"), input});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QCOMPARE(inspect(output).size, QSize(1280, 720));
}

void TestCli::jsonLines() {
    const QString good = makePhoto(QStringLiteral("good.jpg"), QSize(640, 480));
    const QString bad = path(QStringLiteral("bad.jpg"));
    QVERIFY(writeFile(bad, "text"));
    const Run r = runCli({QStringLiteral("convert"), QStringLiteral("--json"), QStringLiteral("-s"),
                          QStringLiteral("720x1280"), QStringLiteral("-o"),
                          path(QStringLiteral("out")), good, bad});
    QCOMPARE(r.status, 1);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // one object per input, in input order, nothing else on stdout
    QJsonParseError parseError;
    const QJsonObject ok = QJsonDocument::fromJson(lines[0].toUtf8(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(ok.value(QStringLiteral("input")).toString(), good);
    QCOMPARE(ok.value(QStringLiteral("output")).toString(),
             path(QStringLiteral("out/good_sora_720x1280.jpg")));
    QCOMPARE(ok.value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(ok.value(QStringLiteral("error")).isNull());
    QCOMPARE(ok.value(QStringLiteral("width")).toInt(-1), 720);
    QCOMPARE(ok.value(QStringLiteral("height")).toInt(-1), 1280);
    const QJsonObject failed = QJsonDocument::fromJson(lines[1].toUtf8()).object();
    QCOMPARE(failed.value(QStringLiteral("input")).toString(), bad);
    QVERIFY(failed.value(QStringLiteral("output")).isNull());
    QCOMPARE(failed.value(QStringLiteral("ok")).toBool(true), false);
    QVERIFY(
        failed.value(QStringLiteral("error")).toString().contains(QStringLiteral("not a picture")));
    QVERIFY(failed.value(QStringLiteral("width")).isDouble());
    QVERIFY(failed.value(QStringLiteral("height")).isDouble());
}

void TestCli::inputsAreNeverModified() {
    QList<QString> inputs{makePhoto(QStringLiteral("a.jpg"), QSize(900, 600)),
                          makePhoto(QStringLiteral("b.png"), QSize(600, 900), "PNG")};
    const QString rotated = path(QStringLiteral("rotated.jpg"));
    QVERIFY(writeFile(rotated, withJpegSegment(encodeWithQt(detailed(QSize(400, 300)), "JPEG", 90),
                                               0xE1, exifOrientationPayload(6))));
    inputs << rotated;
    QMap<QString, QByteArray> hashes;
    QMap<QString, QDateTime> times;
    for (const QString& in : inputs) {
        hashes[in] = sha(in);
        times[in] = QFileInfo(in).lastModified();
    }
    for (const char* mode : {"cover", "pad", "stretch"}) {
        const Run r =
            runCli({QStringLiteral("convert"), QStringLiteral("--overwrite"), QStringLiteral("-m"),
                    QString::fromLatin1(mode), inputs[0], inputs[1], inputs[2]});
        QVERIFY2(r.status == 0, qPrintable(r.err));
    }
    for (const QString& in : inputs) {
        QCOMPARE(sha(in), hashes[in]);
        QCOMPARE(QFileInfo(in).lastModified(), times[in]);
    }
}

void TestCli::folders() {
    QDir(m_dir->path()).mkpath(QStringLiteral("album/sub"));
    makePhoto(QStringLiteral("album/one.jpg"), QSize(400, 300));
    makePhoto(QStringLiteral("album/TWO.JPG"), QSize(300, 400));
    makePhoto(QStringLiteral("album/sub/three.png"), QSize(500, 500), "PNG");
    QVERIFY(
        writeFile(path(QStringLiteral("album/readme.txt")), "not a picture, not even looked at"));
    const Run flat = runCli({QStringLiteral("convert"), path(QStringLiteral("album"))});
    QVERIFY2(flat.status == 0, qPrintable(flat.err));
    QVERIFY(QFileInfo::exists(path(QStringLiteral("album/one_sora_1280x720.jpg"))));
    QVERIFY(QFileInfo::exists(path(QStringLiteral("album/TWO_sora_1280x720.jpg"))));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("album/sub/three_sora_1280x720.jpg"))));
    // a second run skips the outputs of the first: only the originals are inputs
    const Run again = runCli({QStringLiteral("convert"), QStringLiteral("-r"),
                              QStringLiteral("--json"), path(QStringLiteral("album"))});
    QCOMPARE(again.status, 1); // one.jpg and TWO.JPG: outputs exist
    QCOMPARE(again.out.split(u'\n', Qt::SkipEmptyParts).size(), 3);
    QVERIFY(!again.out.contains(QStringLiteral("_sora_1280x720_sora")));
    QVERIFY(QFileInfo::exists(path(QStringLiteral("album/sub/three_sora_1280x720.jpg"))));
    // an empty folder is a failure in words, not silence
    QDir(m_dir->path()).mkpath(QStringLiteral("nothing"));
    const Run empty = runCli({QStringLiteral("convert"), path(QStringLiteral("nothing"))});
    QCOMPARE(empty.status, 1);
    QVERIFY2(empty.err.contains(QStringLiteral("no pictures")), qPrintable(empty.err));
}

void TestCli::sameOutputNameTwice() {
    const QString jpg = makePhoto(QStringLiteral("photo.jpg"), QSize(400, 300));
    const QString png = makePhoto(QStringLiteral("photo.png"), QSize(400, 300), "PNG");
    const Run r = runCli({QStringLiteral("convert"), jpg, png});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(png) && r.err.contains(QStringLiteral("same output name")),
             qPrintable(r.err));
    QCOMPARE(inspect(path(QStringLiteral("photo_sora_1280x720.jpg"))).size, QSize(1280, 720));
}

void TestCli::cropChoosesTheRegion() {
    // left half red, right half blue: cropping to the right half must give only blue
    QImage halves(800, 400, QImage::Format_RGB888);
    halves.fill(Qt::red);
    for (int y = 0; y < 400; ++y)
        for (int x = 400; x < 800; ++x)
            halves.setPixelColor(x, y, Qt::blue);
    const QString input = path(QStringLiteral("halves.png"));
    QVERIFY(writeFile(input, encodeWithQt(halves, "PNG")));
    const Run r =
        runCli({QStringLiteral("convert"), QStringLiteral("-c"), QStringLiteral("0.55,0,1,1"),
                QStringLiteral("-m"), QStringLiteral("stretch"), QStringLiteral("-f"),
                QStringLiteral("png"), input});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const QImage out = inspect(path(QStringLiteral("halves_sora_1280x720.png"))).image;
    for (QPoint p : {QPoint(0, 0), QPoint(640, 360), QPoint(1279, 719)})
        QCOMPARE(colourAt(out, p.x(), p.y()), QColor(Qt::blue));
}

void TestCli::padUsesBackgroundColour() {
    const QString input = makePhoto(QStringLiteral("square.png"), QSize(600, 600), "PNG");
    const Run r = runCli({QStringLiteral("convert"), QStringLiteral("-m"), QStringLiteral("pad"),
                          QStringLiteral("-b"), QStringLiteral("#20A0f0"), QStringLiteral("-f"),
                          QStringLiteral("png"), input});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const QImage out = inspect(path(QStringLiteral("square_sora_1280x720.png"))).image;
    QCOMPARE(colourAt(out, 0, 0), QColor(0x20, 0xA0, 0xF0));
    QCOMPARE(colourAt(out, 1279, 719), QColor(0x20, 0xA0, 0xF0));
    QVERIFY(colourAt(out, 640, 360) != QColor(0x20, 0xA0, 0xF0));
}

void TestCli::exifOrientationIsApplied() {
    // stored landscape, EXIF says rotate 90: upright it is portrait, so pad puts bars left and
    // right
    QImage white(400, 300, QImage::Format_RGB888);
    white.fill(Qt::white);
    const QString input = path(QStringLiteral("camera.jpg"));
    QVERIFY(writeFile(
        input, withJpegSegment(encodeWithQt(white, "JPEG", 95), 0xE1, exifOrientationPayload(6))));
    const Run r =
        runCli({QStringLiteral("convert"), QStringLiteral("-m"), QStringLiteral("pad"), input});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const QImage out = inspect(path(QStringLiteral("camera_sora_1280x720.jpg"))).image;
    QVERIFY(near(colourAt(out, 100, 360), Qt::black)); // a bar at the side
    QVERIFY(near(colourAt(out, 640, 5), Qt::white));   // picture reaches the top
    QVERIFY(near(colourAt(out, 640, 714), Qt::white)); // and the bottom
}

void TestCli::transparencyOntoBackground() {
    QImage clear(300, 300, QImage::Format_ARGB32);
    clear.fill(Qt::transparent);
    const QString input = path(QStringLiteral("logo.png"));
    QVERIFY(writeFile(input, encodeWithQt(clear, "PNG")));
    const Run r =
        runCli({QStringLiteral("convert"), QStringLiteral("-b"), QStringLiteral("#ffffff"),
                QStringLiteral("-f"), QStringLiteral("png"), input});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const Output o = inspect(path(QStringLiteral("logo_sora_1280x720.png")));
    QVERIFY(o.rgbWithoutAlpha);
    QCOMPARE(colourAt(o.image, 640, 360), QColor(Qt::white));
}

void TestCli::workersDoNotChangeBytes() {
    QStringList inputs;
    for (int i = 0; i < 6; ++i)
        inputs << makePhoto(QStringLiteral("p%1.jpg").arg(i), QSize(700 + 50 * i, 500));
    const Run one =
        runCli(QStringList{QStringLiteral("convert"), QStringLiteral("-j"), QStringLiteral("1"),
                           QStringLiteral("-o"), path(QStringLiteral("j1"))} +
               inputs);
    const Run two =
        runCli(QStringList{QStringLiteral("convert"), QStringLiteral("-j"), QStringLiteral("2"),
                           QStringLiteral("-o"), path(QStringLiteral("j2"))} +
               inputs);
    QVERIFY(one.status == 0 && two.status == 0);
    for (int i = 0; i < 6; ++i) {
        const QString name = QStringLiteral("p%1_sora_1280x720.jpg").arg(i);
        QCOMPARE(sha(path(QStringLiteral("j1/") + name)), sha(path(QStringLiteral("j2/") + name)));
    }
}

void TestCli::interruptedRunLeavesNoPartialFile() {
    QStringList inputs;
    const QByteArray big = encodeWithQt(detailed(QSize(3000, 2000)), "PNG");
    for (int i = 0; i < 40; ++i) {
        inputs << path(QStringLiteral("in%1.png").arg(i, 2, 10, QLatin1Char('0')));
        QVERIFY(writeFile(inputs.last(), big));
    }
    QProcess p;
    p.start(QStringLiteral(FRAMEFIT_CLI),
            QStringList{QStringLiteral("convert"), QStringLiteral("-j"), QStringLiteral("2"),
                        QStringLiteral("-o"), path(QStringLiteral("out"))} +
                inputs);
    QVERIFY(p.waitForStarted());
    // interrupt once the first output is reported, while others are in flight
    QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine() || p.state() == QProcess::NotRunning, 60000);
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 130);
    const QStringList written = tree(path(QStringLiteral("out")));
    QVERIFY(written.size() < 40);
    for (const QString& f : written) {
        QVERIFY2(!f.startsWith(u'.') && !f.endsWith(QStringLiteral(".part")), qPrintable(f));
        const Output o = inspect(path(QStringLiteral("out/") + f)); // complete, not cut short
        QCOMPARE(o.size, QSize(1280, 720));
        QVERIFY(!o.image.isNull());
    }
}

void TestCli::checkVerdicts_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    const auto sized = [](int w, int h, const char* format) {
        return encodeWithQt(detailed(QSize(w, h)), format, 90);
    };
    QTest::newRow("ready JPEG") << "ok.jpg" << sized(1280, 720, "JPEG") << 0
                                << "ready (JPEG 1280x720)";
    QTest::newRow("ready PNG named .jpg")
        << "png.jpg" << sized(1280, 720, "PNG") << 0 << "ready (PNG 1280x720)";
    QTest::newRow("ready WebP") << "ok.webp" << webp(detailed(QSize(1280, 720))) << 0
                                << "ready (WebP 1280x720)";
    QTest::newRow("one pixel too wide")
        << "wide.jpg" << sized(1281, 720, "JPEG") << 1 << "1281x720, needs 1280x720";
    QTest::newRow("portrait for landscape")
        << "tall.png" << sized(720, 1280, "PNG") << 1 << "720x1280, needs 1280x720";
    QTest::newRow("BMP") << "frame.bmp" << sized(1280, 720, "BMP") << 1
                         << "BMP, needs JPEG, PNG or WebP";
    QTest::newRow("truncated") << "cut.jpg" << sized(1280, 720, "JPEG").left(5000) << 1
                               << "truncated";
    QTest::newRow("rotated by EXIF")
        << "exif.jpg" << withJpegSegment(sized(1280, 720, "JPEG"), 0xE1, exifOrientationPayload(6))
        << 1 << "EXIF";
    QTest::newRow("text") << "notes.png" << QByteArray("hello") << 1 << "not a picture";
    QTest::newRow("empty") << "empty.png" << QByteArray("") << 1 << "empty";
    QTest::newRow("missing") << "missing.jpg" << QByteArray() << 1 << "no such file";
}

void TestCli::checkVerdicts() {
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(QString, says);
    if (name != QLatin1String("missing.jpg"))
        QVERIFY(writeFile(path(name), bytes));
    const QByteArray before = sha(path(name));
    const Run r = runCli({QStringLiteral("check"), path(name)});
    QCOMPARE(r.status, status);
    QVERIFY2(r.out.contains(path(name)) && r.out.contains(says), qPrintable(r.out + r.err));
    QCOMPARE(sha(path(name)), before);
}

void TestCli::checkJson() {
    QVERIFY(writeFile(path(QStringLiteral("p.jpg")),
                      encodeWithQt(detailed(QSize(1024, 1792)), "JPEG", 90)));
    QVERIFY(writeFile(path(QStringLiteral("q.jpg")),
                      encodeWithQt(detailed(QSize(1792, 1024)), "JPEG", 90)));
    const Run r = runCli({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("-s"),
                          QStringLiteral("1024x1792"), path(QStringLiteral("p.jpg")),
                          path(QStringLiteral("q.jpg"))});
    QCOMPARE(r.status, 1);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QJsonObject ready = QJsonDocument::fromJson(lines[0].toUtf8()).object();
    QCOMPARE(ready.value(QStringLiteral("ready")).toBool(), true);
    QCOMPARE(ready.value(QStringLiteral("format")).toString(), QStringLiteral("JPEG"));
    QCOMPARE(ready.value(QStringLiteral("width")).toInt(), 1024);
    QVERIFY(ready.value(QStringLiteral("reason")).isNull());
    const QJsonObject notReady = QJsonDocument::fromJson(lines[1].toUtf8()).object();
    QCOMPARE(notReady.value(QStringLiteral("ready")).toBool(true), false);
    QCOMPARE(notReady.value(QStringLiteral("reason")).toString(),
             QStringLiteral("1792x1024, needs 1024x1792"));
}

void TestCli::checkUsageErrors() {
    QCOMPARE(runCli({QStringLiteral("check")}).status, 2);
    const Run bad = runCli({QStringLiteral("check"), QStringLiteral("-s"),
                            QStringLiteral("1920x1080"), QStringLiteral("x.jpg")});
    QCOMPARE(bad.status, 2);
    QVERIFY(bad.err.contains(QStringLiteral("1280x720, 720x1280, 1792x1024, 1024x1792")));
}

void TestCli::versionAndHelp() {
    const Run version = runCli({QStringLiteral("--version")});
    QCOMPARE(version.status, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("framefit-cli ")));
    const Run help = runCli({QStringLiteral("convert"), QStringLiteral("--help")});
    QCOMPARE(help.status, 0);
    QVERIFY(help.out.contains(QStringLiteral("--output-dir")));
    QVERIFY(help.out.startsWith(QStringLiteral("Usage: framefit-cli convert")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
