// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchrunner.h"

#include "core/atomicwrite.h"
#include "core/converter.h"
#include "core/imageloader.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace framefit {

// What the workers of one run share. The GUI thread only creates it and flips `cancel`.
struct BatchRunner::RunContext {
    BatchSettings settings;
    Threads threads = Threads::Single;
    std::shared_ptr<std::atomic_bool> cancel;
    QMutex mutex;
    QSet<QString> claimed; // absolute output paths taken by this run's pictures
};

BatchRunner::BatchRunner(QObject* parent)
    : QObject(parent) {
    qRegisterMetaType<BatchSummary>();
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    connect(&m_watcher, &QFutureWatcher<Result>::resultReadyAt, this, &BatchRunner::takeResult);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &BatchRunner::finishRun);
}

BatchRunner::~BatchRunner() {
    if (m_cancel)
        m_cancel->store(true);
    // Workers post to this object; they must be done before it goes. With Cancel set, each
    // returns at its next check, so this is at most one picture per worker.
    m_pool.waitForDone();
}

QList<BatchItemId> BatchRunner::addItems(const QStringList& paths) {
    QList<BatchItemId> ids;
    if (paths.isEmpty())
        return ids;
    const int first = count();
    for (const QString& path : paths) {
        BatchItem item;
        item.id = m_nextId++;
        item.input = path;
        m_rows.insert(item.id, count());
        m_items.append(item);
        ids.append(item.id);
    }
    emit itemsInserted(first, count() - 1);
    return ids;
}

bool BatchRunner::removeItems(QList<int> rows) {
    if (m_running)
        return false;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : rows) {
        if (row >= 0 && row < count())
            m_items.removeAt(row);
    }
    m_rows.clear();
    for (int i = 0; i < count(); ++i)
        m_rows.insert(m_items[i].id, i);
    emit itemsRemoved();
    return true;
}

bool BatchRunner::clear() {
    if (m_running)
        return false;
    m_items.clear();
    m_rows.clear();
    emit itemsRemoved();
    return true;
}

void BatchRunner::setCrop(int row, std::optional<CropBounds> crop) {
    if (row < 0 || row >= count() || (crop && !crop->isValid()))
        return;
    // A full-picture crop is no override: the marker should say "edited" only when it is.
    if (crop && crop->isFull())
        crop.reset();
    m_items[row].crop = crop;
    emit itemChanged(row);
}

void BatchRunner::setMode(int row, std::optional<FitMode> mode) {
    if (row < 0 || row >= count())
        return;
    m_items[row].mode = mode;
    emit itemChanged(row);
}

void BatchRunner::setOrientation(int row, BatchOrientation orientation) {
    if (row < 0 || row >= count())
        return;
    m_items[row].orientation = orientation;
    emit itemChanged(row);
}

void BatchRunner::setUprightSize(int row, QSize size) {
    if (row < 0 || row >= count() || m_items[row].uprightSize == size)
        return;
    m_items[row].uprightSize = size;
    emit itemChanged(row);
}

void BatchRunner::setSettings(const BatchSettings& settings) {
    m_settings = settings;
}

void BatchRunner::setMaxThreads(int threads) {
    m_pool.setMaxThreadCount(std::max(1, threads));
}

bool BatchRunner::start() {
    QList<int> rows;
    for (int i = 0; i < count(); ++i)
        rows << i;
    return run(rows);
}

bool BatchRunner::retryFailed() {
    QList<int> rows;
    for (int i = 0; i < count(); ++i) {
        if (m_items[i].state == BatchItemState::Failed)
            rows << i;
    }
    return run(rows);
}

void BatchRunner::cancel() {
    if (m_running && m_cancel)
        m_cancel->store(true);
}

BatchSummary BatchRunner::summary() const {
    BatchSummary s;
    for (const BatchItem& item : m_items) {
        switch (item.state) {
        case BatchItemState::Done:
            ++s.converted;
            break;
        case BatchItemState::Failed:
            ++s.failed;
            break;
        case BatchItemState::Skipped:
            ++s.skipped;
            break;
        case BatchItemState::Pending:
        case BatchItemState::Running:
            ++s.notRun;
            break;
        }
    }
    return s;
}

bool BatchRunner::run(const QList<int>& rows) {
    if (m_running || rows.isEmpty())
        return false;
    if (!m_settings.namePattern.isEmpty() && !namePatternProblem(m_settings.namePattern).isEmpty())
        return false;
    QList<Job> jobs;
    jobs.reserve(rows.size());
    for (int row : rows) {
        BatchItem& item = m_items[row];
        item.state = BatchItemState::Pending;
        item.output.clear();
        item.error.clear();
        jobs.append({row, item});
        emit itemChanged(row);
    }
    auto context = std::make_shared<RunContext>();
    context->settings = m_settings;
    // Fewer pictures than workers: give each picture's rows all cores instead, as the CLI does.
    context->threads = jobs.size() < m_pool.maxThreadCount() ? Threads::All : Threads::Single;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    context->cancel = m_cancel;
    m_running = true;
    m_done = 0;
    m_total = int(jobs.size());
    emit started(m_total);
    emit progressChanged(m_done, m_total);
    // mapped() hands out one picture per free worker, so no more pictures are decoded at once
    // than the pool has threads.
    m_watcher.setFuture(
        QtConcurrent::mapped(&m_pool, std::move(jobs), [context, this](const Job& job) {
            return convertOne(context, this, job);
        }));
    return true;
}

void BatchRunner::markRunning(int row) {
    if (!m_running || row < 0 || row >= count() || m_items[row].state != BatchItemState::Pending)
        return;
    m_items[row].state = BatchItemState::Running;
    emit itemChanged(row);
}

void BatchRunner::takeResult(int index) {
    const Result r = m_watcher.resultAt(index);
    if (r.row < 0 || r.row >= count())
        return;
    BatchItem& item = m_items[r.row];
    item.state = r.state;
    item.output = r.output;
    item.error = r.error;
    if (r.uprightSize.isValid())
        item.uprightSize = r.uprightSize;
    if (r.state != BatchItemState::Pending)
        ++m_done;
    emit itemChanged(r.row);
    emit progressChanged(m_done, m_total);
}

void BatchRunner::finishRun() {
    const bool cancelled = m_cancel && m_cancel->load();
    m_running = false;
    emit finished(summary(), cancelled);
}

BatchRunner::Result BatchRunner::convertOne(const std::shared_ptr<RunContext>& context,
                                            QObject* notify, const Job& job) {
    Result result;
    result.row = job.row;
    const auto failed = [&](const QString& why) {
        result.state = BatchItemState::Failed;
        result.error = why;
        return result;
    };
    if (context->cancel->load())
        return result; // never started: stays Pending
    auto* runner = static_cast<BatchRunner*>(notify);
    const int row = job.row;
    QMetaObject::invokeMethod(
        runner, [runner, row] { runner->markRunning(row); }, Qt::QueuedConnection);

    ImageLoader loader = ImageLoader::fromFile(job.item.input);
    if (loader.hasError())
        return failed(loader.error());
    const QSize upright = loader.header().uprightSize();
    result.uprightSize = upright;
    const ConvertSettings settings = itemSettings(context->settings, job.item, upright);
    QString path = plannedOutputPath(context->settings, job.item, upright);
    const QString dir = QFileInfo(path).path();
    if (!QDir().mkpath(dir))
        return failed(tr("cannot create the output folder %1").arg(dir));
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(job.item.input).absoluteFilePath())
        return failed(tr("its output would replace the picture itself"));

    const ExistingOutput policy = context->settings.existing;
    // Claimed under the lock so two pictures of this run never write the same file, and so a
    // renamed picture never takes a name another worker is about to use.
    const auto claim = [&](bool* existsOnDisk) -> bool {
        QMutexLocker lock(&context->mutex);
        for (int n = 2;; ++n) {
            const QString key = QFileInfo(path).absoluteFilePath();
            const bool taken = context->claimed.contains(key);
            *existsOnDisk = QFileInfo::exists(path);
            if (!taken && (!*existsOnDisk || policy != ExistingOutput::Rename)) {
                context->claimed.insert(key);
                return true;
            }
            if (taken && policy != ExistingOutput::Rename)
                return false;
            path = numberedPath(plannedOutputPath(context->settings, job.item, upright), n);
        }
    };
    bool exists = false;
    if (!claim(&exists))
        return failed(tr("another picture of this batch has the same output name: %1").arg(path));
    if (exists && policy == ExistingOutput::Skip) {
        result.state = BatchItemState::Skipped;
        result.output = path;
        return result;
    }

    QString error;
    const std::optional<QByteArray> bytes =
        prepareImage(loader, settings, context->threads, &error);
    if (!bytes)
        return failed(error);
    if (context->cancel->load())
        return result; // discarded: nothing was written, so it simply did not run
    const ExistingFile existing =
        policy == ExistingOutput::Overwrite ? ExistingFile::Replace : ExistingFile::Keep;
    while (!writeFileAtomically(path, *bytes, existing, &error)) {
        // Another program created the file since the claim: take the next free name.
        if (policy != ExistingOutput::Rename || !QFileInfo::exists(path))
            return failed(error);
        if (!claim(&exists))
            return failed(error);
    }
    result.state = BatchItemState::Done;
    result.output = path;
    return result;
}

} // namespace framefit
