// SPDX-License-Identifier: GPL-3.0-or-later
// usePictureMalloc(): a real process restarted so that its big allocations get huge pages, one
// malloc arena for all its threads, and the user's own GLIBC_TUNABLES given back to it.
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace {

bool hugePagesOnlyWhenAsked() {
    QFile modes(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    return modes.open(QIODevice::ReadOnly) && modes.readAll().contains("[madvise]");
}

} // namespace

class TestPictureMalloc : public QObject {
    Q_OBJECT
private slots:
    void hugePagesOneArenaAndTheUsersTunables_data();
    void hugePagesOneArenaAndTheUsersTunables();
};

void TestPictureMalloc::hugePagesOneArenaAndTheUsersTunables_data() {
    QTest::addColumn<bool>("userSet");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("hugePages");
    QTest::addColumn<QString>("sees");
    QTest::newRow("unset") << false << QString() << QStringLiteral("yes")
                           << QStringLiteral("unset");
    QTest::newRow("empty") << true << QString() << QStringLiteral("yes") << QStringLiteral("[]");
    QTest::newRow("other tunables")
        << true << QStringLiteral("glibc.malloc.tcache_count=0:glibc.malloc.perturb=0")
        << QStringLiteral("yes")
        << QStringLiteral("[glibc.malloc.tcache_count=0:glibc.malloc.perturb=0]");
    QTest::newRow("opted out") << true << QStringLiteral("glibc.malloc.hugetlb=0")
                               << QStringLiteral("no")
                               << QStringLiteral("[glibc.malloc.hugetlb=0]");
}

void TestPictureMalloc::hugePagesOneArenaAndTheUsersTunables() {
    QFETCH(bool, userSet);
    QFETCH(QString, user);
    QFETCH(QString, hugePages);
    QFETCH(QString, sees);
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer brings its own malloc, which glibc's tunables do not reach");
#endif
    if (!hugePagesOnlyWhenAsked())
        QSKIP(
            "this kernel's transparent huge pages are not in madvise mode: nothing to restart for");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GLIBC_TUNABLES"));
    if (userSet)
        env.insert(QStringLiteral("GLIBC_TUNABLES"), user);
    QProcess probe;
    probe.setProcessEnvironment(env);
    probe.start(QStringLiteral(PICTUREMALLOC_PROBE), {});
    QVERIFY(probe.waitForFinished(30000));
    QCOMPARE(probe.exitCode(), 0);
    const QStringList lines =
        QString::fromUtf8(probe.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines,
             QStringList({QStringLiteral("huge pages ") + hugePages, QStringLiteral("arenas 1"),
                          QStringLiteral("sees ") + sees, QStringLiteral("marker unset")}));
}

QTEST_GUILESS_MAIN(TestPictureMalloc)
#include "tst_picturemalloc.moc"
