// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace framefit {

class AppSettings;
namespace sora {
class ApiKeyStore;
}

// The video API's address and key. The address goes to AppSettings; the key only to the system
// keychain (through ApiKeyStore), never to the settings file. When no keychain is available the
// dialog says so and points to OPENAI_API_KEY.
class ApiSettingsDialog : public QDialog {
    Q_OBJECT
public:
    ApiSettingsDialog(AppSettings* settings, sora::ApiKeyStore* keys, QWidget* parent = nullptr);

    QString baseUrl() const;
    QString urlProblem() const; // empty when the address may be used

public slots:
    void accept() override;

private:
    void updateState();

    AppSettings* m_settings;
    sora::ApiKeyStore* m_keys;
    QLineEdit* m_url;
    QLabel* m_urlWarning;
    QLineEdit* m_key;
    QLabel* m_keyStatus;
    QDialogButtonBox* m_buttons;
};

} // namespace framefit
