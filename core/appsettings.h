// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/batchjob.h"
#include "convertsettings.h"

#include <QAnyStringView>
#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace framefit {

// Every persistent setting of FrameFit, declared once with its type, default and bounds; an
// out-of-bounds or mistyped stored value reads back as the default, so a hand-edited or old
// settings file can never put the app in a state the UI cannot show.
// Never holds the API key: that lives in the system keychain or OPENAI_API_KEY.
class AppSettings {
public:
    // Uses `settings` if given (tests pass one on a temporary file), else QSettings() with the
    // application's organisation and name.
    explicit AppSettings(QSettings* settings = nullptr);
    ~AppSettings();

    // The picture defaults: target, mode, background, format and quality (the crop is per
    // picture and is not stored).
    ConvertSettings pictureDefaults() const;
    void setPictureDefaults(const ConvertSettings& picture);

    // The Batch tab's defaults: picture settings, output folder and name pattern (what to do
    // with existing outputs is asked for each run, so it is not stored).
    BatchSettings batchDefaults() const;
    void setBatchDefaults(const BatchSettings& batch);

    QString outputDir() const; // empty: beside each input
    void setOutputDir(const QString& dir);
    QString lastOpenDir() const;
    void setLastOpenDir(const QString& dir);

    bool aspectLocked() const; // crop rectangle locked to the target's aspect
    void setAspectLocked(bool locked);
    int nudgeStep() const; // screen pixels an arrow key moves the crop; 1..100
    void setNudgeStep(int pixels);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    QString language() const; // "" follows the system; else "en", "id", "zh_CN"
    void setLanguage(const QString& language);

    // Sora API. The base URL defaults to $OPENAI_BASE_URL, else https://api.openai.com/v1.
    QString apiBaseUrl() const;
    void setApiBaseUrl(const QString& url);
    QString model() const; // "sora-2" by default; free text allowed
    void setModel(const QString& model);
    QString seconds() const; // "4", "8", "12", ... as the API wants: a string
    void setSeconds(const QString& seconds);

    void sync();

private:
    QVariant read(QAnyStringView key, const QVariant& fallback,
                  const std::function<bool(const QVariant&)>& valid) const;
    void write(QAnyStringView key, const QVariant& value);
    // Target, mode, background, format and quality under `group`.
    ConvertSettings readPicture(const QString& group) const;
    void writePicture(const QString& group, const ConvertSettings& picture);

    std::unique_ptr<QSettings> m_owned;
    QSettings* m_settings;
};

} // namespace framefit
