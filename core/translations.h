// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace framefit {

// One language FrameFit's texts are available in.
struct UiLanguage {
    QString code;       // "en", "id", "zh_CN": the value AppSettings::language() stores
    QString nativeName; // the language's name in itself, for a language picker
};

// English (the source language, always available) first, then every translation embedded in
// the binary under :/i18n, sorted by code.
QList<UiLanguage> uiLanguages();

// Installs FrameFit's translation, and Qt's own for its standard texts when the system has them,
// on `app`. `language` is a code from uiLanguages(); empty follows the user's preferred languages
// (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG) and takes the first one FrameFit speaks, stopping at
// English, so "LANGUAGE=en:id" stays English. Returns the code installed ("en" when none is).
// Call it before any translated text is created: texts already built do not change.
QString installTranslators(QCoreApplication& app, const QString& language = {});

} // namespace framefit
