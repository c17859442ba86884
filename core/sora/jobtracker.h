// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobstore.h"
#include "soraclient.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace framefit::sora {

class JobPoller;

// Keeps the job history and the server in step: submits, polls every unfinished job (also the
// ones left running when the app last quit), copies finished videos and thumbnails into the
// media folder (the server's copies expire), remixes and deletes.
class JobTracker : public QObject {
    Q_OBJECT
public:
    // `store` must be open and outlive the tracker. Videos go into `mediaDir`.
    JobTracker(SoraClient* client, JobStore* store, QString mediaDir, QObject* parent = nullptr);
    ~JobTracker() override;

    void setPollIntervals(qint64 baseMs, qint64 maxMs);

    JobStore* store() const { return m_store; }
    SoraClient* client() const { return m_client; }
    QList<JobRecord> jobs() const { return m_store->all(); }
    bool isPolling(const QString& id) const { return m_pollers.contains(id); }

    // Starts polling every unfinished job that lives on the client's current server.
    void resume();
    void submit(const CreateRequest& request);
    void remix(const QString& id, const QString& prompt);
    // Deletes on the server (when finished) and forgets the job and its local files.
    void remove(const QString& id);
    // Fetches the MP4 and thumbnail again (e.g. after a failed download).
    void download(const QString& id);

signals:
    void submitted(const QString& id);
    void submitFailed(const framefit::sora::SoraError& error);
    void jobChanged(const QString& id);
    void jobRemoved(const QString& id);
    void downloaded(const QString& id);
    // Something the user should read that is not tied to one job's status.
    void message(const QString& text);

private:
    void track(const QString& id);
    void recordVideo(const Video& v);
    void finishJob(const QString& id, const Video& v, const SoraError& error);
    void accept(SoraCall* call, const QString& remixedFrom);

    SoraClient* m_client;
    JobStore* m_store;
    QString m_mediaDir;
    QHash<QString, JobPoller*> m_pollers;
    qint64 m_pollBaseMs = 2'000;
    qint64 m_pollMaxMs = 20'000;
};

} // namespace framefit::sora
