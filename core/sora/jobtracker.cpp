// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtracker.h"

#include "jobpoller.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

namespace framefit::sora {

JobTracker::JobTracker(SoraClient* client, JobStore* store, QString mediaDir, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_mediaDir(std::move(mediaDir)) {
    QDir().mkpath(m_mediaDir);
}

JobTracker::~JobTracker() = default;

void JobTracker::setPollIntervals(qint64 baseMs, qint64 maxMs) {
    m_pollBaseMs = baseMs;
    m_pollMaxMs = maxMs;
}

void JobTracker::resume() {
    const QString base = m_client->config().baseUrl.toString();
    for (const JobRecord& j : m_store->unfinished())
        if (j.baseUrl == base)
            track(j.id);
}

void JobTracker::accept(SoraCall* call, const QString& remixedFrom) {
    connect(call, &SoraCall::finished, this, [this, call, remixedFrom] {
        call->deleteLater();
        if (!call->ok()) {
            emit submitFailed(call->error());
            return;
        }
        const Video v = *call->video();
        JobRecord j;
        j.id = v.id;
        j.prompt = v.prompt;
        j.model = v.model;
        j.size = v.size;
        j.seconds = v.seconds;
        j.status = v.status.isEmpty() ? QStringLiteral("queued") : v.status;
        j.progress = v.progress;
        j.requestId = call->requestId();
        j.createdAt = v.createdAt > 0 ? v.createdAt : QDateTime::currentSecsSinceEpoch();
        j.baseUrl = m_client->config().baseUrl.toString();
        j.remixedFrom = remixedFrom.isEmpty() ? v.remixedFromVideoId : remixedFrom;
        m_store->save(j);
        emit submitted(j.id);
        emit jobChanged(j.id);
        track(j.id);
    });
}

void JobTracker::submit(const CreateRequest& request) {
    SoraCall* call = m_client->create(request);
    // The server may echo less than we sent; fill what it leaves out from the request.
    connect(call, &SoraCall::finished, this, [this, call, request] {
        if (!call->ok())
            return;
        if (auto v = call->video()) {
            if (auto j = m_store->find(v->id)) {
                if (j->prompt.isEmpty())
                    j->prompt = request.prompt;
                if (j->model.isEmpty())
                    j->model = request.model;
                if (j->size.isEmpty())
                    j->size = QStringLiteral("%1x%2")
                                  .arg(request.size.width())
                                  .arg(request.size.height());
                if (j->seconds.isEmpty())
                    j->seconds = request.seconds;
                m_store->save(*j);
            }
        }
    });
    accept(call, {});
}

void JobTracker::remix(const QString& id, const QString& prompt) {
    accept(m_client->remix(id, prompt), id);
}

void JobTracker::track(const QString& id) {
    if (m_pollers.contains(id))
        return;
    auto* poller = new JobPoller(m_client, id, this);
    poller->setIntervals(m_pollBaseMs, m_pollMaxMs);
    m_pollers.insert(id, poller);
    connect(poller, &JobPoller::updated, this, &JobTracker::recordVideo);
    connect(poller, &JobPoller::completed, this,
            [this, id](const Video& v) { finishJob(id, v, {}); });
    connect(poller, &JobPoller::failed, this,
            [this, id](const SoraError& e, const Video& v) { finishJob(id, v, e); });
    poller->start();
}

void JobTracker::recordVideo(const Video& v) {
    std::optional<JobRecord> j = m_store->find(v.id);
    if (!j)
        return;
    if (!v.status.isEmpty())
        j->status = v.status;
    j->progress = v.progress;
    if (v.completedAt > 0)
        j->completedAt = v.completedAt;
    m_store->save(*j);
    emit jobChanged(v.id);
}

void JobTracker::finishJob(const QString& id, const Video& v, const SoraError& error) {
    if (JobPoller* p = m_pollers.take(id))
        p->deleteLater();
    std::optional<JobRecord> j = m_store->find(id);
    if (!j)
        return;
    if (error.isError()) {
        // A failed job is final; a polling failure is not: the job may still finish on the
        // server, so it stays unfinished and is polled again on the next start.
        j->error = error.toText();
        if (error.kind == ErrorKind::JobFailed) {
            j->status = QStringLiteral("failed");
            if (j->completedAt == 0)
                j->completedAt =
                    v.completedAt > 0 ? v.completedAt : QDateTime::currentSecsSinceEpoch();
        }
        m_store->save(*j);
        emit jobChanged(id);
        return;
    }
    j->status = QStringLiteral("completed");
    j->progress = 100;
    j->error.clear();
    if (j->completedAt == 0)
        j->completedAt = v.completedAt > 0 ? v.completedAt : QDateTime::currentSecsSinceEpoch();
    m_store->save(*j);
    emit jobChanged(id);
    download(id);
}

void JobTracker::download(const QString& id) {
    const QString videoPath = QDir(m_mediaDir).filePath(id + QStringLiteral(".mp4"));
    const QString thumbPath = QDir(m_mediaDir).filePath(id + QStringLiteral("_thumbnail.webp"));
    SoraCall* video = m_client->download(id, QStringLiteral("video"), videoPath);
    connect(video, &SoraCall::finished, this, [this, id, video, thumbPath] {
        video->deleteLater();
        std::optional<JobRecord> j = m_store->find(id);
        if (!j)
            return;
        if (!video->ok()) {
            j->error = tr("The video could not be downloaded. %1").arg(video->error().toText());
            m_store->save(*j);
            emit jobChanged(id);
            return;
        }
        j->videoPath = video->filePath();
        j->error.clear();
        m_store->save(*j);
        emit jobChanged(id);
        emit downloaded(id);
        // The thumbnail is a nicety: its failure leaves the job complete.
        SoraCall* thumb = m_client->download(id, QStringLiteral("thumbnail"), thumbPath);
        connect(thumb, &SoraCall::finished, this, [this, id, thumb] {
            thumb->deleteLater();
            if (!thumb->ok())
                return;
            if (std::optional<JobRecord> jj = m_store->find(id)) {
                jj->thumbnailPath = thumb->filePath();
                m_store->save(*jj);
                emit jobChanged(id);
            }
        });
    });
}

void JobTracker::remove(const QString& id) {
    std::optional<JobRecord> j = m_store->find(id);
    if (JobPoller* p = m_pollers.take(id))
        p->deleteLater();
    const auto forget = [this, id, j] {
        if (j) {
            if (!j->videoPath.isEmpty())
                QFile::remove(j->videoPath);
            if (!j->thumbnailPath.isEmpty())
                QFile::remove(j->thumbnailPath);
        }
        m_store->remove(id);
        emit jobRemoved(id);
    };
    if (!j || j->baseUrl != m_client->config().baseUrl.toString()) {
        forget();
        return;
    }
    SoraCall* call = m_client->remove(id);
    connect(call, &SoraCall::finished, this, [this, call, forget] {
        call->deleteLater();
        // A job the server no longer knows is gone either way.
        if (!call->ok() && call->error().kind != ErrorKind::NotFound) {
            emit message(
                tr("The job could not be deleted on the server. %1").arg(call->error().toText()));
            return;
        }
        forget();
    });
}

} // namespace framefit::sora
