// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QWaitCondition>
#include <QtGlobal>

#include <functional>
#include <optional>
#include <vector>

namespace framefit {

// Hands the items of a batch (0 .. count-1) to worker threads so that what the items in flight
// need together stays within a byte budget, without leaving a core idle while a smaller item
// could run: an item that does not fit yet is set aside and the next ones start instead (a few
// of them; then room is kept for it). A set-aside item starts as soon as it fits, before any new
// one.
// Workers stop measuring new items while `maxWaiting` are set aside, so at most maxWaiting +
// workers items are measured and not yet started at any time: memory stays flat however long the
// batch. An item needing more than the whole budget runs when nothing else holds any.
class BudgetedScheduler {
public:
    // The part of the budget one running item holds; it may give some back before it ends
    // (a decode's working memory is freed long before its picture is encoded).
    class Lease {
    public:
        qint64 bytes() const { return m_bytes; }
        void shrinkTo(qint64 bytes);

    private:
        friend class BudgetedScheduler;
        Lease(BudgetedScheduler* owner, qint64 bytes)
            : m_owner(owner)
            , m_bytes(bytes) {}
        BudgetedScheduler* m_owner;
        qint64 m_bytes;
    };

    // Called without the scheduler's lock held, on the worker thread.
    using Measure = std::function<qint64(int index)>; // bytes the item will need at most
    using Run = std::function<void(int index, Lease& lease)>;

    BudgetedScheduler(int count, qint64 budgetBytes, int maxWaiting);

    // One worker's loop: measures and runs items until every item has run. Call it from as
    // many threads as there are workers; each measures an item once and runs it once.
    void work(const Measure& measure, const Run& run);

    qint64 budget() const { return m_budget; }
    // The most the running items ever held together (a figure for tests and benchmarks).
    qint64 peakInUse() const;

private:
    struct Pending {
        int index;
        qint64 bytes;
        int overtaken; // how many items started while this one waited in front
    };
    // How often later items may start ahead of the oldest waiting one before room is kept for
    // it: enough to fill a core while a big item waits for one, few enough that it never waits
    // until the end of a batch.
    static constexpr int kMaxOvertakes = 4;
    // These with m_mutex held.
    bool fits(qint64 bytes) const;
    bool mayOvertake(qint64 bytes) const;          // start a new item, or a later set-aside one
    std::optional<Pending> takeSetAsideThatFits(); // the oldest first
    void give(qint64 bytes); // returns bytes to the budget and wakes waiting workers

    const int m_count;
    const qint64 m_budget;
    const int m_maxWaiting;
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    int m_next = 0;
    qint64 m_inUse = 0;
    qint64 m_peak = 0;
    std::vector<Pending> m_setAside; // oldest first
};

} // namespace framefit
