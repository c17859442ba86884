// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetedscheduler.h"

#include <algorithm>
#include <optional>

namespace framefit {

void BudgetedScheduler::Lease::shrinkTo(qint64 bytes) {
    bytes = std::clamp<qint64>(bytes, 0, m_bytes);
    const qint64 freed = m_bytes - bytes;
    m_bytes = bytes;
    if (freed > 0)
        m_owner->give(freed);
}

BudgetedScheduler::BudgetedScheduler(int count, qint64 budgetBytes, int maxWaiting)
    : m_count(std::max(count, 0))
    , m_budget(std::max<qint64>(budgetBytes, 1))
    , m_maxWaiting(std::max(maxWaiting, 1)) {}

qint64 BudgetedScheduler::peakInUse() const {
    QMutexLocker lock(&m_mutex);
    return m_peak;
}

bool BudgetedScheduler::fits(qint64 bytes) const {
    return m_inUse == 0 || m_inUse + std::min(bytes, m_budget) <= m_budget;
}

void BudgetedScheduler::give(qint64 bytes) {
    QMutexLocker lock(&m_mutex);
    m_inUse -= bytes;
    m_changed.wakeAll();
}

bool BudgetedScheduler::mayOvertake(qint64 bytes) const {
    if (!fits(bytes))
        return false;
    if (m_setAside.empty() || m_setAside.front().overtaken < kMaxOvertakes)
        return true;
    // The oldest waiting item has been passed often enough: from now on room is kept for it, so
    // it starts as soon as the items running now give back theirs.
    const qint64 reserved = std::min(m_setAside.front().bytes, m_budget);
    return m_inUse + std::min(bytes, m_budget) + reserved <= m_budget;
}

std::optional<BudgetedScheduler::Pending> BudgetedScheduler::takeSetAsideThatFits() {
    if (m_setAside.empty())
        return std::nullopt;
    auto it = m_setAside.begin();
    if (!fits(it->bytes)) {
        it = std::find_if(std::next(it), m_setAside.end(),
                          [this](const Pending& p) { return mayOvertake(p.bytes); });
        if (it == m_setAside.end())
            return std::nullopt;
        ++m_setAside.front().overtaken;
    }
    const Pending taken = *it;
    m_setAside.erase(it);
    return taken;
}

void BudgetedScheduler::work(const Measure& measure, const Run& run) {
    QMutexLocker lock(&m_mutex);
    while (true) {
        std::optional<Pending> chosen = takeSetAsideThatFits();
        if (!chosen && m_next < m_count && int(m_setAside.size()) < m_maxWaiting) {
            const int index = m_next++;
            lock.unlock();
            const qint64 bytes = std::max<qint64>(measure(index), 0);
            lock.relock();
            if (!mayOvertake(bytes)) {
                m_setAside.push_back({index, bytes, 0});
                continue;
            }
            if (!m_setAside.empty())
                ++m_setAside.front().overtaken;
            chosen = Pending{index, bytes, 0};
        }
        if (!chosen) {
            if (m_next >= m_count && m_setAside.empty())
                return;
            // Everything waiting needs more than is free: a running item will give some back.
            m_changed.wait(&m_mutex);
            continue;
        }
        const qint64 held = std::min(chosen->bytes, m_budget);
        m_inUse += held;
        m_peak = std::max(m_peak, m_inUse);
        lock.unlock();
        Lease lease(this, held);
        run(chosen->index, lease);
        lock.relock();
        m_inUse -= lease.bytes();
        m_changed.wakeAll();
    }
}

} // namespace framefit
