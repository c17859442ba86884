// SPDX-License-Identifier: GPL-3.0-or-later
#include "soraservice.h"

#include "core/appsettings.h"

#include <QDir>
#include <QStandardPaths>

namespace framefit::sora {

SoraService::SoraService(AppSettings* settings, QString dataDir, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_dataDir(dataDir.isEmpty()
                    ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                    : std::move(dataDir))
    , m_keys(new ApiKeyStore(this))
    , m_client(new SoraClient(ClientConfig{}, this))
    , m_store(std::make_unique<JobStore>()) {
    connect(m_keys, &ApiKeyStore::loaded, this, [this] {
        ClientConfig c = m_client->config();
        c.apiKey = m_keys->key();
        c.baseUrl = QUrl(baseUrl());
        m_client->setConfig(c);
        if (m_tracker)
            m_tracker->resume();
        emit ready();
    });
}

SoraService::~SoraService() {
    delete m_tracker; // before the store it writes to
}

bool SoraService::open(QString* error) {
    if (!m_store->open(QDir(m_dataDir).filePath(QStringLiteral("jobs.sqlite")), error))
        return false;
    m_tracker = new JobTracker(m_client, m_store.get(),
                               QDir(m_dataDir).filePath(QStringLiteral("videos")), this);
    return true;
}

void SoraService::start() {
    applySettings();
}

void SoraService::setBaseUrlOverride(const QString& url) {
    m_override = url.trimmed();
}

QString SoraService::baseUrl() const {
    return m_override.isEmpty() ? m_settings->apiBaseUrl() : m_override;
}

void SoraService::applySettings() {
    ClientConfig c = m_client->config();
    c.baseUrl = QUrl(baseUrl());
    m_client->setConfig(c);
    m_keys->load(); // finishes in the loaded() handler above
}

} // namespace framefit::sora
