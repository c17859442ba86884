// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace framefit::sora {

// Where the API key comes from: OPENAI_API_KEY first, else the system keychain (QtKeychain).
// The key is never written to QSettings, a log or a plain-text file: when no keychain service
// is running (CI, a bare session) only the environment variable works, and the store says so.
class ApiKeyStore : public QObject {
    Q_OBJECT
public:
    explicit ApiKeyStore(QObject* parent = nullptr);

    static QString environmentKey(); // OPENAI_API_KEY, trimmed

    QString key() const { return m_key; }
    bool fromEnvironment() const { return m_fromEnvironment; }
    bool keychainAvailable() const { return m_keychainAvailable; }
    // In words, for the settings dialog: where the key comes from or why there is none.
    QString status() const { return m_status; }

    // Reads the key (environment, else keychain); emits loaded() when done.
    void load();
    // Stores `key` in the keychain (an empty key deletes it); emits saved().
    void save(const QString& key);

signals:
    void loaded();
    void saved(bool ok, const QString& message);

private:
    QString m_key;
    QString m_status;
    bool m_fromEnvironment = false;
    bool m_keychainAvailable = true;
};

} // namespace framefit::sora
