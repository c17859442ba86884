// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imageencoder.h"
#include "core/sora/soraerror.h"

#include <QSize>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace framefit {

class AppSettings;
namespace sora {
class JobTracker;
}

// The prepared picture to upload: exactly the bytes the preview shows (prepareImage()).
struct PreparedUpload {
    QByteArray bytes;
    ImageFormat format = ImageFormat::Jpeg;
    QString fileName; // e.g. "beach_sora_1280x720.jpg"
};

// Prompt, model, duration and the one-click Submit. It does not render pictures itself: the
// window gives it a provider that returns the prepared bytes of the current picture, so what is
// sent is exactly what the preview shows. Submitting goes through the JobTracker, so the job
// appears in the JobsList and survives a restart.
class SubmitPanel : public QWidget {
    Q_OBJECT
public:
    using ImageProvider = std::function<std::optional<PreparedUpload>(QString* error)>;

    explicit SubmitPanel(QWidget* parent = nullptr);

    void setTracker(sora::JobTracker* tracker);
    void setImageProvider(ImageProvider provider);
    void setTargetSize(QSize size); // the video size chosen beside the preview
    QSize targetSize() const { return m_target; }

    QString prompt() const;
    void setPrompt(const QString& prompt);
    QString model() const;
    void setModel(const QString& model);
    QString seconds() const;
    void setSeconds(const QString& seconds);

    // Model and length are remembered between runs (the prompt is per picture).
    void restoreSettings(const AppSettings& settings);
    void storeSettings(AppSettings& settings) const;

    // Whether Submit is possible now, and if not why (in words); for tests and tooltips.
    QString problem() const;

public slots:
    void submit();

signals:
    void submitted(const QString& id);
    void failed(const QString& message);
    void settingsChanged(); // model or seconds edited: the window may persist them

private:
    void updateState();
    void showResult(const QString& text, bool error);

    sora::JobTracker* m_tracker = nullptr;
    ImageProvider m_provider;
    QSize m_target{1280, 720};
    bool m_busy = false;
    QPlainTextEdit* m_prompt;
    QComboBox* m_model;
    QComboBox* m_seconds;
    QLabel* m_size;
    QLabel* m_warning;
    QPushButton* m_submit;
    QLabel* m_status;
};

} // namespace framefit
