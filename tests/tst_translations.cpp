// SPDX-License-Identifier: GPL-3.0-or-later
// Every user-visible text is translated in every language, and the programs speak the user's
// language. When this fails after texts changed: run
//   cmake --build build --target update_translations
// then translate what it reports in resources/translations/framefit_<lang>.ts (with `linguist`
// or any editor) and rebuild.
#include "core/translations.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace framefit;

namespace {

struct TsMessage {
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "", "unfinished", "vanished", "obsolete"
};

QList<TsMessage> readTs(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage{context, {}, {}, {}};
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                // A plural translation holds <numerusform> children instead of text.
                QString text;
                while (xml.readNext() != QXmlStreamReader::EndElement ||
                       xml.name() != QLatin1String("translation")) {
                    if (xml.isCharacters())
                        text += xml.text();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        message.translations << xml.readElementText();
                }
                if (message.translations.isEmpty())
                    message.translations << text;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << message;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// %1, %L2 ...: the arguments a translation must keep, in any order.
QStringList placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%L?[1-9][0-9]?"));
    QStringList found;
    for (const QRegularExpressionMatch& m : re.globalMatch(text))
        found << m.captured();
    found.sort();
    return found;
}

QString describe(const TsMessage& m) {
    return QStringLiteral("  [%1] \"%2\"").arg(m.context, m.source.left(80));
}

const QStringList kLanguages{QStringLiteral("id"), QStringLiteral("zh_CN")};

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void lupdateFindsEveryContext();
    void everyTextIsTranslated_data();
    void everyTextIsTranslated();
    void embeddedLanguagesAreListed();
    void installTranslatorsPicksLanguage_data();
    void installTranslatorsPicksLanguage();
    void cliSpeaksUserLanguage_data();
    void cliSpeaksUserLanguage();

private:
    QTemporaryDir m_dir;
    QString m_lupdateOutput;
    QHash<QString, QList<TsMessage>> m_messages; // language -> messages lupdate finds now
};

// lupdate reads the sources as they are now into copies of the committed .ts files, exactly as
// `update_translations` does, so a text added or changed since the last update shows up here as
// unfinished.
void TestTranslations::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString tsDir = QStringLiteral(FRAMEFIT_SOURCE_DIR "/resources/translations/");
    QStringList args = QStringLiteral(FRAMEFIT_LUPDATE_ARGS).split(u' ', Qt::SkipEmptyParts);
    args << QStringLiteral("-ts");
    for (const QString& language : kLanguages) {
        const QString name = QStringLiteral("framefit_%1.ts").arg(language);
        QVERIFY2(QFile::copy(tsDir + name, m_dir.filePath(name)), qPrintable(tsDir + name));
        QFile::setPermissions(m_dir.filePath(name), QFile::ReadOwner | QFile::WriteOwner);
        args << m_dir.filePath(name);
    }
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(FRAMEFIT_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(FRAMEFIT_LUPDATE), args);
    // lupdate takes a second; Qt 6.4's loops forever on a cast with an operator in the count of
    // translate(), e.g. translate("C", "%n s", nullptr, int(ms / 1000)).
    QVERIFY2(lupdate.waitForFinished(60000),
             "lupdate did not finish in a minute: look for a count argument such as "
             "int(ms / 1000) in a translate() or tr() call, and compute it into a variable first");
    m_lupdateOutput = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(m_lupdateOutput));
    for (const QString& language : kLanguages) {
        QString error;
        m_messages[language] =
            readTs(m_dir.filePath(QStringLiteral("framefit_%1.ts").arg(language)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void TestTranslations::cleanup() {
    for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

// A tr() lupdate cannot place in a context (a free tr() helper, a class without Q_OBJECT) is
// stored under a context the program never asks for, so its translation would never show.
void TestTranslations::lupdateFindsEveryContext() {
    QStringList problems;
    for (const QString& line : m_lupdateOutput.split(u'\n')) {
        if (line.contains(QLatin1String("lacks Q_OBJECT")) ||
            line.contains(QLatin1String("without context")) ||
            line.contains(QLatin1String("Discarding unconsumed")))
            problems << line;
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("lupdate cannot tell the context of these texts; use "
                                       "QCoreApplication::translate(\"Context\", ...) or a "
                                       "Q_OBJECT / Q_DECLARE_TR_FUNCTIONS class:\n") +
                        problems.join(u'\n')));
    // The contexts the command-line tool and the engine translate with must all be found.
    QSet<QString> contexts;
    for (const TsMessage& m : std::as_const(m_messages[kLanguages.first()]))
        contexts << m.context;
    for (const char* expected :
         {"framefit-cli", "CropBounds", "ImageLoader", "ImageEncoder", "AtomicWrite", "Readiness",
          "Converter", "InputCollector", "framefit::AboutDialog", "framefit::WhySoraDialog"})
        QVERIFY2(contexts.contains(QLatin1String(expected)), expected);
}

void TestTranslations::everyTextIsTranslated_data() {
    QTest::addColumn<QString>("language");
    for (const QString& language : kLanguages)
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::everyTextIsTranslated() {
    QFETCH(QString, language);
    const QList<TsMessage>& messages = m_messages[language];
    QVERIFY(messages.size() > 50);
    QStringList untranslated;
    QStringList badPlaceholders;
    QStringList badNewlines;
    for (const TsMessage& m : messages) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue;
        const bool empty = std::any_of(m.translations.cbegin(), m.translations.cend(),
                                       [](const QString& t) { return t.trimmed().isEmpty(); });
        if (m.type == QLatin1String("unfinished") || empty) {
            untranslated << describe(m);
            continue;
        }
        for (const QString& t : m.translations) {
            if (placeholders(t) != placeholders(m.source))
                badPlaceholders << describe(m) + QStringLiteral(" -> \"%1\"").arg(t);
            // The CLI's usage text ends in a newline the output relies on.
            if (t.endsWith(u'\n') != m.source.endsWith(u'\n'))
                badNewlines << describe(m);
        }
    }
    const QString fix = QStringLiteral("\nRun `cmake --build build --target update_translations`, "
                                       "then translate in resources/translations/framefit_%1.ts.")
                            .arg(language);
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("%1 text(s) not translated into %2:\n")
                            .arg(untranslated.size())
                            .arg(language) +
                        untranslated.join(u'\n') + fix));
    QVERIFY2(badPlaceholders.isEmpty(),
             qPrintable(QStringLiteral("placeholders differ from the source:\n") +
                        badPlaceholders.join(u'\n')));
    QVERIFY2(badNewlines.isEmpty(),
             qPrintable(QStringLiteral("final newline differs from the source:\n") +
                        badNewlines.join(u'\n')));
}

void TestTranslations::embeddedLanguagesAreListed() {
    QStringList codes;
    for (const UiLanguage& l : uiLanguages())
        codes << l.code;
    QCOMPARE(codes,
             (QStringList{QStringLiteral("en"), QStringLiteral("id"), QStringLiteral("zh_CN")}));
    QCOMPARE(uiLanguages().at(2).nativeName, QStringLiteral("简体中文"));
}

void TestTranslations::installTranslatorsPicksLanguage_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("installed");
    QTest::addColumn<QString>("noCommand");
    QTest::newRow("English") << "en"
                             << "en"
                             << "no command given";
    QTest::newRow("Indonesian") << "id"
                                << "id"
                                << "tidak ada perintah yang diberikan";
    QTest::newRow("Chinese") << "zh_CN"
                             << "zh_CN"
                             << "未指定命令";
    QTest::newRow("Chinese, dash form") << "zh-CN"
                                        << "zh_CN"
                                        << "未指定命令";
    QTest::newRow("unknown falls back to English") << "fr"
                                                   << "en"
                                                   << "no command given";
}

void TestTranslations::installTranslatorsPicksLanguage() {
    QFETCH(QString, language);
    QFETCH(QString, installed);
    QFETCH(QString, noCommand);
    QCOMPARE(installTranslators(*QCoreApplication::instance(), language), installed);
    QCOMPARE(QCoreApplication::translate("framefit-cli", "no command given"), noCommand);
}

void TestTranslations::cliSpeaksUserLanguage_data() {
    QTest::addColumn<QString>("variable"); // NAME=value, on a C.UTF-8 environment
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // on stdout or stderr
    const QString missing = m_dir.filePath(QStringLiteral("missing.png"));
    const QString empty = m_dir.filePath(QStringLiteral("empty.jpg"));
    QTest::newRow("id: check a missing file")
        << "LANGUAGE=id" << QStringList{QStringLiteral("check"), missing} << 1
        << QStringLiteral("%1: belum siap: berkas tidak ada").arg(missing);
    QTest::newRow("zh_CN: check a missing file")
        << "LANGUAGE=zh_CN" << QStringList{QStringLiteral("check"), missing} << 1
        << QStringLiteral("%1: 未就绪：文件不存在").arg(missing);
    QTest::newRow("id: convert an empty file")
        << "LANGUAGE=id" << QStringList{QStringLiteral("convert"), empty} << 1
        << QStringLiteral("berkas kosong");
    QTest::newRow("zh_CN: convert an empty file")
        << "LANGUAGE=zh_CN" << QStringList{QStringLiteral("convert"), empty} << 1
        << QStringLiteral("文件为空");
    QTest::newRow("zh_CN: a size Sora has not")
        << "LANGUAGE=zh_CN"
        << QStringList{QStringLiteral("convert"), QStringLiteral("-s"), QStringLiteral("1000x1000"),
                       empty}
        << 2 << QStringLiteral("尺寸“1000x1000”不是 Sora 视频尺寸");
    QTest::newRow("id: usage") << "LANGUAGE=id" << QStringList{QStringLiteral("--help")} << 0
                               << QStringLiteral("Penggunaan: framefit-cli <perintah>");
    QTest::newRow("English first stays English")
        << "LANGUAGE=en:id" << QStringList{QStringLiteral("check"), missing} << 1
        << QStringLiteral("%1: not ready: no such file").arg(missing);
    QTest::newRow("a language FrameFit lacks, then Indonesian")
        << "LANGUAGE=fr:id" << QStringList{QStringLiteral("check"), missing} << 1
        << QStringLiteral("berkas tidak ada");
    QTest::newRow("LANG alone") << "LANG=id_ID.UTF-8"
                                << QStringList{QStringLiteral("check"), missing} << 1
                                << QStringLiteral("berkas tidak ada");
    QTest::newRow("LC_ALL alone") << "LC_ALL=zh_CN.UTF-8"
                                  << QStringList{QStringLiteral("check"), missing} << 1
                                  << QStringLiteral("文件不存在");
    QTest::newRow("C locale: English")
        << "LANG=C.UTF-8" << QStringList{QStringLiteral("check"), missing} << 1
        << QStringLiteral("%1: not ready: no such file").arg(missing);
}

void TestTranslations::cliSpeaksUserLanguage() {
    QFETCH(QString, variable);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    QFile empty(m_dir.filePath(QStringLiteral("empty.jpg")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(FRAMEFIT_CLI), arguments);
    QVERIFY(cli.waitForFinished(60000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), exitCode);
    QVERIFY2(
        out.contains(expected) || err.contains(expected),
        qPrintable(
            QStringLiteral("expected \"%1\"\nstdout: %2\nstderr: %3").arg(expected, out, err)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
