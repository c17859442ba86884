// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobpoller.h"

#include "retrypolicy.h"
#include "soraclient.h"

#include <QCoreApplication>

namespace framefit::sora {

namespace {
constexpr int kMaxFailuresInRow = 5;
}

JobPoller::JobPoller(SoraClient* client, QString id, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_id(std::move(id)) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobPoller::pollNow);
}

JobPoller::~JobPoller() {
    if (m_call)
        delete m_call;
}

void JobPoller::setIntervals(qint64 baseMs, qint64 maxMs) {
    m_baseMs = baseMs;
    m_maxMs = maxMs;
}

void JobPoller::setMaxWait(qint64 ms) {
    m_maxWaitMs = ms;
}

void JobPoller::start() {
    m_clock.start();
    pollNow();
}

void JobPoller::stop() {
    m_timer.stop();
    if (m_call)
        delete m_call;
}

void JobPoller::pollNow() {
    if (m_call)
        return;
    m_call = m_client->retrieve(m_id);
    connect(m_call, &SoraCall::finished, this, &JobPoller::handleAnswer);
}

void JobPoller::handleAnswer() {
    SoraCall* call = m_call;
    m_call = nullptr;
    call->deleteLater();
    ++m_polls;
    const QByteArray pollAfter = call->header("openai-poll-after-ms");
    if (!call->ok()) {
        const ErrorKind k = call->error().kind;
        const bool transient = k == ErrorKind::Connection || k == ErrorKind::Timeout ||
                               k == ErrorKind::ServerError || k == ErrorKind::RateLimited;
        if (!transient || ++m_failuresInRow >= kMaxFailuresInRow) {
            emit failed(call->error(), m_last);
            return;
        }
    } else {
        m_failuresInRow = 0;
        const std::optional<Video> v = call->video();
        m_last = *v;
        emit updated(m_last);
        if (m_last.status == QLatin1String("completed")) {
            emit completed(m_last);
            return;
        }
        if (m_last.status == QLatin1String("failed")) {
            SoraError e{ErrorKind::JobFailed};
            e.serverMessage = m_last.errorMessage;
            e.serverCode = m_last.errorCode;
            e.requestId = call->requestId();
            emit failed(e, m_last);
            return;
        }
    }
    if (m_maxWaitMs > 0 && m_clock.elapsed() >= m_maxWaitMs) {
        SoraError e{ErrorKind::Timeout};
        e.detail = QCoreApplication::translate("JobPoller",
                                               "The job was still \"%1\" when FrameFit stopped "
                                               "waiting; it may still finish on the server.")
                       .arg(m_last.status);
        emit failed(e, m_last);
        return;
    }
    m_timer.start(
        std::chrono::milliseconds(pollDelayMs(pollAfter, m_polls - 1, m_baseMs, m_maxMs)));
}

} // namespace framefit::sora
