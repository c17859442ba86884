// SPDX-License-Identifier: GPL-3.0-or-later
#include "apisettingsdialog.h"

#include "core/appsettings.h"
#include "core/sora/apikeystore.h"
#include "core/sora/soraclient.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace framefit {

ApiSettingsDialog::ApiSettingsDialog(AppSettings* settings, sora::ApiKeyStore* keys,
                                     QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_keys(keys)
    , m_url(new QLineEdit(this))
    , m_urlWarning(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_keyStatus(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Video API Settings"));
    auto* note = new QLabel(
        tr("OpenAI shut the official Sora 2 API down on 2026-09-24. To make videos, enter the "
           "address of a compatible server (it must speak the same /videos API)."),
        this);
    note->setWordWrap(true);
    m_url->setText(m_settings->apiBaseUrl());
    m_url->setPlaceholderText(QStringLiteral("https://api.openai.com/v1"));
    m_url->setToolTip(tr("https:// address of the API, or http:// to a server on this computer."));
    m_url->setObjectName(QStringLiteral("baseUrl"));
    m_urlWarning->setWordWrap(true);
    m_urlWarning->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_urlWarning->setObjectName(QStringLiteral("urlWarning"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Leave empty to keep the current key"));
    m_key->setToolTip(tr("Stored in the system keychain, never in FrameFit's settings file."));
    m_key->setObjectName(QStringLiteral("apiKey"));
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setText(m_keys->status());
    if (m_keys->fromEnvironment() || !m_keys->keychainAvailable())
        m_key->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("API &address:"), m_url);
    form->addRow(QString(), m_urlWarning);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(QString(), m_keyStatus);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_url, &QLineEdit::textChanged, this, &ApiSettingsDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ApiSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ApiSettingsDialog::reject);
    connect(m_keys, &sora::ApiKeyStore::saved, this, [this](bool ok, const QString& message) {
        m_keyStatus->setText(message);
        if (ok)
            QDialog::accept();
    });
    updateState();
}

QString ApiSettingsDialog::baseUrl() const {
    return m_url->text().trimmed();
}

QString ApiSettingsDialog::urlProblem() const {
    return sora::baseUrlProblem(QUrl(baseUrl()));
}

void ApiSettingsDialog::updateState() {
    const QString problem = urlProblem();
    m_urlWarning->setText(problem);
    m_urlWarning->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

void ApiSettingsDialog::accept() {
    if (!urlProblem().isEmpty())
        return;
    m_settings->setApiBaseUrl(baseUrl());
    m_settings->sync();
    const QString key = m_key->text().trimmed();
    m_key->clear(); // do not keep the secret in a widget longer than needed
    if (key.isEmpty() || !m_key->isEnabled()) {
        QDialog::accept();
        return;
    }
    m_keyStatus->setText(tr("Storing the key in the system keychain…"));
    m_keys->save(key); // accepted when the keychain confirms
}

} // namespace framefit
