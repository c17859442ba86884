// SPDX-License-Identifier: GPL-3.0-or-later
#include "apikeystore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace framefit::sora {

namespace {
const QString kService = QStringLiteral("FrameFit");
const QString kAccount = QStringLiteral("openai-api-key");

QString unavailable() {
    return QCoreApplication::translate(
        "ApiKeyStore",
        "The system keychain is not available, so a key entered here cannot be stored. "
        "Set the OPENAI_API_KEY environment variable instead.");
}
} // namespace

ApiKeyStore::ApiKeyStore(QObject* parent)
    : QObject(parent) {}

QString ApiKeyStore::environmentKey() {
    return qEnvironmentVariable("OPENAI_API_KEY").trimmed();
}

void ApiKeyStore::load() {
    if (const QString env = environmentKey(); !env.isEmpty()) {
        m_key = env;
        m_fromEnvironment = true;
        m_status = QCoreApplication::translate(
            "ApiKeyStore", "Using the key from the OPENAI_API_KEY environment variable.");
        emit loaded();
        return;
    }
    m_fromEnvironment = false;
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(kAccount);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError) {
            m_key = job->textData();
            m_status = QCoreApplication::translate("ApiKeyStore",
                                                   "Using the key stored in the system keychain.");
        } else if (job->error() == QKeychain::EntryNotFound) {
            m_key.clear();
            m_status = QCoreApplication::translate("ApiKeyStore", "No key is stored yet.");
        } else {
            m_key.clear();
            m_keychainAvailable = false;
            m_status = unavailable();
        }
        emit loaded();
    });
    job->start();
}

void ApiKeyStore::save(const QString& key) {
    QKeychain::Job* job = nullptr;
    if (key.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(kService, this);
    } else {
        auto* write = new QKeychain::WritePasswordJob(kService, this);
        write->setTextData(key);
        job = write;
    }
    job->setKey(kAccount);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        const bool ok = job->error() == QKeychain::NoError ||
                        (key.isEmpty() && job->error() == QKeychain::EntryNotFound);
        if (ok) {
            if (!m_fromEnvironment)
                m_key = key;
            m_status =
                key.isEmpty()
                    ? QCoreApplication::translate("ApiKeyStore", "The stored key was removed.")
                    : QCoreApplication::translate("ApiKeyStore",
                                                  "The key is stored in the system keychain.");
            emit saved(true, m_status);
        } else {
            m_keychainAvailable = false;
            // QtKeychain's own error text names the backend, never the secret.
            emit saved(false, unavailable() + u' ' + job->errorString());
        }
    });
    job->start();
}

} // namespace framefit::sora
