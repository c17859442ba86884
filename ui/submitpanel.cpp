// SPDX-License-Identifier: GPL-3.0-or-later
#include "submitpanel.h"

#include "core/appsettings.h"
#include "core/sora/jobtracker.h"
#include "core/targets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace framefit {

SubmitPanel::SubmitPanel(QWidget* parent)
    : QWidget(parent)
    , m_prompt(new QPlainTextEdit(this))
    , m_model(new QComboBox(this))
    , m_seconds(new QComboBox(this))
    , m_size(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_submit(new QPushButton(tr("&Submit to Sora"), this))
    , m_status(new QLabel(this)) {
    m_prompt->setPlaceholderText(tr("Describe the video: subject, motion, camera, light…"));
    m_prompt->setToolTip(
        tr("What should happen in the video. The picture becomes its first frame."));
    m_prompt->setTabChangesFocus(true);
    m_prompt->setObjectName(QStringLiteral("prompt"));

    m_model->setEditable(true);
    m_model->addItems(knownModels());
    m_model->setToolTip(tr("sora-2 makes 1280x720 and 720x1280; sora-2-pro also 1792x1024 and "
                           "1024x1792. A compatible server may name other models."));
    m_model->setObjectName(QStringLiteral("model"));

    m_seconds->setEditable(true);
    m_seconds->addItems({QStringLiteral("4"), QStringLiteral("8"), QStringLiteral("12"),
                         QStringLiteral("16"), QStringLiteral("20")});
    m_seconds->setToolTip(tr("Length of the video in seconds."));
    m_seconds->setObjectName(QStringLiteral("seconds"));

    m_size->setToolTip(tr("The video size chosen for the preview; the picture is sent at exactly "
                          "this size."));
    m_warning->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("warning"));
    m_warning->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_submit->setObjectName(QStringLiteral("submit"));
    m_submit->setToolTip(tr("Send the prepared picture and the prompt to the video API."));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("status"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Prompt:"), m_prompt);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Length (s):"), m_seconds);
    form->addRow(tr("Size:"), m_size);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_submit);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_prompt, &QPlainTextEdit::textChanged, this, &SubmitPanel::updateState);
    connect(m_model, &QComboBox::currentTextChanged, this, [this] {
        updateState();
        emit settingsChanged();
    });
    connect(m_seconds, &QComboBox::currentTextChanged, this, &SubmitPanel::settingsChanged);
    connect(m_submit, &QPushButton::clicked, this, &SubmitPanel::submit);
    updateState();
}

void SubmitPanel::setTracker(sora::JobTracker* tracker) {
    if (m_tracker)
        disconnect(m_tracker, nullptr, this, nullptr);
    m_tracker = tracker;
    if (!m_tracker)
        return;
    connect(m_tracker, &sora::JobTracker::submitted, this, [this](const QString& id) {
        if (!m_busy)
            return;
        m_busy = false;
        showResult(tr("Submitted as %1. Follow it in the job list.").arg(id), false);
        updateState();
        emit submitted(id);
    });
    connect(m_tracker, &sora::JobTracker::submitFailed, this, [this](const sora::SoraError& error) {
        if (!m_busy)
            return;
        m_busy = false;
        showResult(error.toText(), true);
        updateState();
        emit failed(error.toText());
    });
    updateState();
}

void SubmitPanel::setImageProvider(ImageProvider provider) {
    m_provider = std::move(provider);
    updateState();
}

void SubmitPanel::setTargetSize(QSize size) {
    m_target = size;
    updateState();
}

QString SubmitPanel::prompt() const {
    return m_prompt->toPlainText();
}
void SubmitPanel::setPrompt(const QString& prompt) {
    m_prompt->setPlainText(prompt);
}
QString SubmitPanel::model() const {
    return m_model->currentText().trimmed();
}
void SubmitPanel::setModel(const QString& model) {
    m_model->setCurrentText(model);
}
QString SubmitPanel::seconds() const {
    return m_seconds->currentText().trimmed();
}
void SubmitPanel::setSeconds(const QString& seconds) {
    m_seconds->setCurrentText(seconds);
}

void SubmitPanel::restoreSettings(const AppSettings& settings) {
    setModel(settings.model());
    setSeconds(settings.seconds());
}

void SubmitPanel::storeSettings(AppSettings& settings) const {
    settings.setModel(model());
    settings.setSeconds(seconds());
}

QString SubmitPanel::problem() const {
    if (!m_tracker)
        return tr("The video API is not set up.");
    if (!m_provider)
        return tr("Open a picture first.");
    if (model().isEmpty())
        return tr("Choose a model.");
    if (!modelAcceptsSize(model(), m_target))
        return tr("%1 does not make %2 videos. Choose %3, or another size.")
            .arg(model(), sizeToString(m_target),
                 modelsAccepting(m_target).join(QStringLiteral(", ")));
    if (prompt().trimmed().isEmpty())
        return tr("Write a prompt.");
    return {};
}

void SubmitPanel::updateState() {
    m_size->setText(sizeToString(m_target));
    const bool sizeOk = modelAcceptsSize(model(), m_target);
    m_warning->setVisible(!sizeOk);
    if (!sizeOk)
        m_warning->setText(
            tr("%1 does not make %2 videos; it would be refused. Models that do: %3.")
                .arg(model(), sizeToString(m_target),
                     modelsAccepting(m_target).join(QStringLiteral(", "))));
    const QString why = problem();
    m_submit->setEnabled(why.isEmpty() && !m_busy);
    m_submit->setToolTip(
        why.isEmpty() ? tr("Send the prepared picture and the prompt to the video API.") : why);
}

void SubmitPanel::showResult(const QString& text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void SubmitPanel::submit() {
    if (const QString why = problem(); !why.isEmpty() || m_busy) {
        if (!why.isEmpty())
            showResult(why, true);
        return;
    }
    QString error;
    const std::optional<PreparedUpload> upload = m_provider(&error);
    if (!upload) {
        showResult(error.isEmpty() ? tr("The picture could not be prepared.") : error, true);
        return;
    }
    sora::CreateRequest request;
    request.prompt = prompt();
    request.model = model();
    request.seconds = seconds();
    request.size = m_target;
    request.image = upload->bytes;
    request.format = upload->format;
    request.fileName = upload->fileName;
    // Checked here too so the refusal is immediate and in the panel, before any traffic.
    if (const QString refusal = sora::createRequestProblem(request); !refusal.isEmpty()) {
        showResult(refusal, true);
        return;
    }
    m_busy = true;
    updateState();
    showResult(tr("Sending…"), false);
    m_tracker->submit(request);
}

} // namespace framefit
