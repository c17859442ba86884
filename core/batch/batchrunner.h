// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchjob.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace framefit {

// Holds the pictures of a batch and converts them on its own thread pool, never blocking the
// thread it lives on. Each worker holds one decoded picture at a time, so memory stays bounded
// by the number of workers whatever the batch size. Outputs are written with the same
// prepareImage() + atomic write as framefit-cli convert, so the bytes are identical.
class BatchRunner : public QObject {
    Q_OBJECT
public:
    explicit BatchRunner(QObject* parent = nullptr);
    // Waits for the (at most one per worker) pictures in flight: they refer to nothing here,
    // but the pool must not outlive its owner.
    ~BatchRunner() override;

    // --- the pictures (rows); changing the list is refused while running
    int count() const { return int(m_items.size()); }
    const BatchItem& item(int row) const { return m_items.at(row); }
    int rowOf(BatchItemId id) const { return m_rows.value(id, -1); }
    // Appends pictures (files, not folders: see collectInputs()); returns their ids.
    QList<BatchItemId> addItems(const QStringList& paths);
    bool removeItems(QList<int> rows);
    bool clear();

    // --- per-picture overrides
    void setCrop(int row, std::optional<CropBounds> crop);
    void setMode(int row, std::optional<FitMode> mode);
    void setOrientation(int row, BatchOrientation orientation);
    void setUprightSize(int row, QSize size);

    const BatchSettings& settings() const { return m_settings; }
    void setSettings(const BatchSettings& settings);
    int maxThreads() const { return m_pool.maxThreadCount(); }
    void setMaxThreads(int threads);

    // --- running
    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_running && m_cancel && m_cancel->load(); }
    // Converts every picture; returns false when already running, empty, or the pattern is bad.
    bool start();
    // Converts again the pictures that failed.
    bool retryFailed();
    // No picture starts after this; pictures in flight are written only if they were already
    // being written, else discarded, and stay Pending. finished() follows once they are done.
    void cancel();
    int doneCount() const { return m_done; }
    int totalCount() const { return m_total; }
    BatchSummary summary() const;

signals:
    void itemsInserted(int first, int last);
    void itemsRemoved(); // rows renumbered: re-read everything
    void itemChanged(int row);
    void started(int total);
    void progressChanged(int done, int total);
    void finished(const framefit::BatchSummary& summary, bool cancelled);

private:
    struct Job {
        int row = -1;
        BatchItem item;
    };
    struct Result {
        int row = -1;
        BatchItemState state = BatchItemState::Pending;
        QString output;
        QString error;
        QSize uprightSize;
    };
    struct RunContext; // shared with the workers
    bool run(const QList<int>& rows);
    void takeResult(int index);
    void finishRun();
    void markRunning(int row);
    static Result convertOne(const std::shared_ptr<RunContext>& context, QObject* notify,
                             const Job& job);

    QList<BatchItem> m_items;
    QHash<BatchItemId, int> m_rows;
    BatchItemId m_nextId = 1;
    BatchSettings m_settings;

    QThreadPool m_pool;
    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
    int m_done = 0;
    int m_total = 0;
};

} // namespace framefit

Q_DECLARE_METATYPE(framefit::BatchSummary)
