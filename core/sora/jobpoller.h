// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "soraerror.h"
#include "video.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace framefit::sora {

class SoraClient;
class SoraCall;

// Polls GET /videos/{id} until the job completes or fails. Waits what the server asks
// (openai-poll-after-ms), else a base interval that grows by half each poll up to a cap: jobs
// can sit queued for minutes and a tight loop would only burn the rate limit. Transient
// failures (already retried by the call) are tolerated a few times in a row before giving up.
class JobPoller : public QObject {
    Q_OBJECT
public:
    JobPoller(SoraClient* client, QString id, QObject* parent = nullptr);
    ~JobPoller() override;

    void setIntervals(qint64 baseMs, qint64 maxMs);
    void setMaxWait(qint64 ms); // 0: no limit
    void start();
    void stop();
    QString id() const { return m_id; }

signals:
    void updated(const framefit::sora::Video& video); // every answer, also the last
    void completed(const framefit::sora::Video& video);
    void failed(const framefit::sora::SoraError& error, const framefit::sora::Video& last);

private:
    void pollNow();
    void handleAnswer();

    SoraClient* m_client;
    QString m_id;
    QPointer<SoraCall> m_call;
    QTimer m_timer;
    QElapsedTimer m_clock;
    Video m_last;
    qint64 m_baseMs = 2'000;
    qint64 m_maxMs = 20'000;
    qint64 m_maxWaitMs = 0;
    int m_polls = 0;
    int m_failuresInRow = 0;
};

} // namespace framefit::sora
