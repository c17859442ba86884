// SPDX-License-Identifier: GPL-3.0-or-later
// The installed tree and the .deb work: install into a temporary DESTDIR as a package would,
// run the installed framefit-cli for real, build the .deb and look inside it.
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kAppId = QStringLiteral(FRAMEFIT_APP_ID);

// Paths relative to the prefix /usr that the package must ship.
QStringList shippedFiles() {
    QStringList files{
        QStringLiteral("bin/framefit"),
        QStringLiteral("bin/framefit-cli"),
        QStringLiteral("share/applications/%1.desktop").arg(kAppId),
        QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId),
        QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId),
        QStringLiteral("share/man/man1/framefit.1.gz"),
        QStringLiteral("share/man/man1/framefit-cli.1.gz"),
        QStringLiteral("share/doc/framefit/copyright"),
        QStringLiteral("share/doc/framefit/changelog.Debian.gz"),
    };
    for (int size : {16, 32, 48, 64, 128, 256})
        files << QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId);
    return files;
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args,
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(240000)) {
        r.err = QStringLiteral("%1 did not finish: %2").arg(program, p.errorString());
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromLocal8Bit(p.readAllStandardOutput());
    r.err = QString::fromLocal8Bit(p.readAllStandardError());
    return r;
}

} // namespace

class TestPackaging : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void installsEveryFile_data();
    void installsEveryFile();
    void installedCliReportsVersion();
    void installedCliConverts();
    void installedCliSpeaksIndonesian();
    void installedTreePassesAppStream();
    void debHoldsEverythingAndDependsOnItsLibraries();
    void tarballHoldsTheTree();

private:
    QTemporaryDir m_dir;
    QString m_root; // DESTDIR
    QString usr(const QString& relative) const {
        return m_root + QStringLiteral("/usr/") + relative;
    }
};

void TestPackaging::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_root = m_dir.filePath(QStringLiteral("root"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DESTDIR"), m_root);
    const Run r = run(QStringLiteral(FRAMEFIT_CMAKE),
                      {QStringLiteral("--install"), QStringLiteral(FRAMEFIT_BUILD_DIR),
                       QStringLiteral("--prefix"), QStringLiteral("/usr")},
                      env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

void TestPackaging::installsEveryFile_data() {
    QTest::addColumn<QString>("path");
    for (const QString& f : shippedFiles())
        QTest::newRow(qPrintable(f)) << f;
}

void TestPackaging::installsEveryFile() {
    QFETCH(QString, path);
    const QFileInfo info(usr(path));
    QVERIFY2(info.isFile(), qPrintable(info.filePath()));
    QVERIFY(info.size() > 0);
    if (path.startsWith(QLatin1String("bin/")))
        QVERIFY(info.isExecutable());
    if (path.endsWith(QLatin1String(".png"))) {
        const int size = path.section(u'/', 3, 3).section(u'x', 0, 0).toInt();
        QCOMPARE(QImageReader(info.filePath()).size(), QSize(size, size));
    }
}

void TestPackaging::installedCliReportsVersion() {
    const Run r = run(usr(QStringLiteral("bin/framefit-cli")), {QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("framefit-cli " FRAMEFIT_VERSION));
}

void TestPackaging::installedCliConverts() {
    // A 4:3 picture with a marked centre, so a wrong crop would show in the output.
    QImage picture(800, 600, QImage::Format_RGB32);
    picture.fill(Qt::darkBlue);
    QPainter(&picture).fillRect(300, 200, 200, 200, Qt::yellow);
    const QString input = m_dir.filePath(QStringLiteral("photo.png"));
    QVERIFY(picture.save(input));
    const QString outDir = m_dir.filePath(QStringLiteral("out"));
    const Run r = run(usr(QStringLiteral("bin/framefit-cli")),
                      {QStringLiteral("convert"), QStringLiteral("-s"), QStringLiteral("1280x720"),
                       QStringLiteral("-o"), outDir, input});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QImageReader output(QDir(outDir).filePath(QStringLiteral("photo_sora_1280x720.jpg")));
    QCOMPARE(output.format(), QByteArray("jpeg"));
    const QImage frame = output.read();
    QCOMPARE(frame.size(), QSize(1280, 720));
    // cover: the yellow square stays in the middle, the blue fills the edges.
    QVERIFY(qRed(frame.pixel(640, 360)) > 200 && qBlue(frame.pixel(640, 360)) < 60);
    QVERIFY(qBlue(frame.pixel(20, 20)) > 100 && qRed(frame.pixel(20, 20)) < 40);
}

// The translations are inside the binary: nothing else needs installing for them.
void TestPackaging::installedCliSpeaksIndonesian() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("id"));
    const Run r = run(usr(QStringLiteral("bin/framefit-cli")), {QStringLiteral("--help")}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Penggunaan: framefit-cli")), qPrintable(r.out));
}

// validate-tree checks the installed metainfo against the installed desktop entry and icons.
void TestPackaging::installedTreePassesAppStream() {
    const Run r = run(QStringLiteral("appstreamcli"),
                      {QStringLiteral("validate-tree"), QStringLiteral("--no-net"), m_root});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

void TestPackaging::debHoldsEverythingAndDependsOnItsLibraries() {
    const QString packages = m_dir.filePath(QStringLiteral("packages"));
    const Run cpack =
        run(QStringLiteral(FRAMEFIT_CPACK),
            {QStringLiteral("--config"), QStringLiteral(FRAMEFIT_BUILD_DIR "/CPackConfig.cmake"),
             QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), packages});
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
    const QStringList debs = QDir(packages).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    const QString deb = QDir(packages).filePath(debs.first());
    QVERIFY2(debs.first().startsWith(QLatin1String("framefit_" FRAMEFIT_VERSION "-1_")),
             qPrintable(debs.first()));
    qInfo("%s: %lld bytes", qPrintable(debs.first()), QFileInfo(deb).size());

    const Run contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), deb});
    QCOMPARE(contents.exitCode, 0);
    for (const QString& f : shippedFiles())
        QVERIFY2(contents.out.contains(QStringLiteral(" ./usr/") + f + u'\n'), qPrintable(f));

    const Run depends =
        run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), deb, QStringLiteral("Depends")});
    QCOMPARE(depends.exitCode, 0);
    qInfo("Depends: %s", qPrintable(depends.out.trimmed()));
    // From dpkg-shlibdeps (the libraries the binaries link) and the plugins Qt loads.
    for (const char* package : {"libqt6core6", "libqt6gui6", "libqt6widgets6", "libjpeg62-turbo",
                                "libwebp7", "liblcms2-2", "libc6", "qt6-qpa-plugins"})
        QVERIFY2(depends.out.contains(QLatin1String(package)), package);
}

void TestPackaging::tarballHoldsTheTree() {
    const QString packages = m_dir.filePath(QStringLiteral("tarball"));
    const Run cpack =
        run(QStringLiteral(FRAMEFIT_CPACK),
            {QStringLiteral("--config"), QStringLiteral(FRAMEFIT_BUILD_DIR "/CPackConfig.cmake"),
             QStringLiteral("-G"), QStringLiteral("TGZ"), QStringLiteral("-B"), packages});
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
    const QStringList tarballs =
        QDir(packages).entryList({QStringLiteral("*.tar.gz")}, QDir::Files);
    QCOMPARE(tarballs.size(), 1);
    const Run list =
        run(QStringLiteral("tar"), {QStringLiteral("-tzf"), QDir(packages).filePath(tarballs[0])});
    QCOMPARE(list.exitCode, 0);
    const QString top = tarballs[0].chopped(int(qstrlen(".tar.gz")));
    for (const QString& f : shippedFiles())
        QVERIFY2(list.out.contains(top + u'/' + f + u'\n'), qPrintable(f));
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
