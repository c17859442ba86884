// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apikeystore.h"
#include "jobstore.h"
#include "jobtracker.h"
#include "soraclient.h"

#include <QObject>

#include <memory>

namespace framefit {

class AppSettings;

namespace sora {

// Everything the GUI needs for the video API, put together once: the key (environment or
// keychain), the client on the configured base URL, the job history and the tracker that
// resumes unfinished jobs. The window creates one, calls open() and start(), and hands
// tracker() to the SubmitPanel and the JobsList.
class SoraService : public QObject {
    Q_OBJECT
public:
    // `dataDir` holds jobs.sqlite and the downloaded videos; empty means AppDataLocation.
    explicit SoraService(AppSettings* settings, QString dataDir = {}, QObject* parent = nullptr);
    ~SoraService() override;

    bool open(QString* error = nullptr);
    // Loads the key, then resumes polling the jobs left unfinished; emits ready().
    void start();
    // A --base-url given on the command line wins over the setting for this run.
    void setBaseUrlOverride(const QString& url);
    // Re-reads the base URL and the key (after the settings dialog).
    void applySettings();

    ApiKeyStore* keys() const { return m_keys; }
    SoraClient* client() const { return m_client; }
    JobStore* store() const { return m_store.get(); }
    JobTracker* tracker() const { return m_tracker; }
    QString baseUrl() const;

signals:
    void ready();

private:
    AppSettings* m_settings;
    QString m_dataDir;
    QString m_override;
    ApiKeyStore* m_keys;
    SoraClient* m_client;
    std::unique_ptr<JobStore> m_store;
    JobTracker* m_tracker = nullptr;
};

} // namespace sora
} // namespace framefit
