// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <utility>

namespace framefit {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("framefit_");

QString nativeNameOf(const QString& code) {
    // CLDR names Indonesian just "Indonesia" and has no single word for Simplified Chinese;
    // these are the names speakers look for in a language list.
    if (code == QLatin1String("id"))
        return QStringLiteral("Bahasa Indonesia");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    const QLocale locale(code);
    return locale.nativeLanguageName();
}

bool isSourceLanguage(const QLocale& locale) {
    return locale.language() == QLocale::English || locale.language() == QLocale::C;
}

// Loads `translator` from the embedded translation that best matches `locale`.
bool loadFramefit(QTranslator& translator, const QLocale& locale) {
    return translator.load(locale, QStringLiteral("framefit"), QStringLiteral("_"), kResourceDir);
}

} // namespace

QList<UiLanguage> uiLanguages() {
    QList<UiLanguage> languages;
    const QStringList files =
        QDir(kResourceDir).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString code = file.mid(kPrefix.size()).chopped(3);
        languages.append({code, nativeNameOf(code)});
    }
    languages.prepend({QStringLiteral("en"), QStringLiteral("English")});
    return languages;
}

QString installTranslators(QCoreApplication& app, const QString& language) {
    QStringList wanted =
        language.isEmpty() ? QLocale::system().uiLanguages() : QStringList{language};
    for (QString& name : wanted)
        name.replace(u'-', u'_');
    for (const QString& name : std::as_const(wanted)) {
        const QLocale locale(name);
        if (isSourceLanguage(locale))
            return QStringLiteral("en");
        auto translator = std::make_unique<QTranslator>(&app);
        if (!loadFramefit(*translator, locale))
            continue;
        // The code is the file's ("framefit_id.qm" -> "id"): the .ts header may say "id_ID".
        const QString installed =
            QFileInfo(translator->filePath()).completeBaseName().mid(kPrefix.size());
        QCoreApplication::installTranslator(translator.release());
        // Qt's own texts (standard buttons, command-line parser messages) come from the system's
        // Qt translations, which Debian ships separately (qt6-translations-l10n).
        auto qt = std::make_unique<QTranslator>(&app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt.release());
        return installed;
    }
    return QStringLiteral("en");
}

} // namespace framefit
