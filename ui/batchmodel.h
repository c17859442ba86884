// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/batch/batchrunner.h"
#include "core/readiness.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QThreadPool>

#include <array>
#include <deque>

namespace framefit {

// The rows of a batch as the table shows them: the runner's pictures plus what is learnt
// about each file on workers (thumbnail, size, format, readiness). Rows appear at once; the
// rest fills in as the workers report, a few files at a time, so adding hundreds of files never
// stalls the window.
class BatchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Picture, Source, Target, Mode, Readiness, Status, Result, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, ThumbnailRole };

    explicit BatchModel(BatchRunner* runner, QObject* parent = nullptr);
    ~BatchModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    BatchRunner* runner() const { return m_runner; }
    // True once the worker has read this row's file (thumbnail, size, readiness).
    bool isInspected(int row) const;
    int inspectedCount() const { return m_inspectedCount; }
    QImage thumbnail(int row) const;
    // Re-reads every row after the batch settings changed (target, mode, ...).
    void refreshAll();

    static constexpr int kThumbnailSide = 96;

signals:
    void inspected(int row);
    void allInspected();

private:
    struct Info {
        bool done = false;
        QImage thumbnail;
        QPixmap pixmap; // made on the GUI thread from `thumbnail`, once
        QString format;
        QSize uprightSize;
        QString error;
        std::array<framefit::Readiness, 4> readiness; // per targetSizes() entry
    };
    struct Inspection {
        BatchItemId id = 0;
        Info info;
    };
    static Inspection inspect(BatchItemId id, const QString& path);
    void insertRows(int first, int last);
    void resetRows();
    void updateRow(int row);
    void startInspections();
    void takeInspection(QFutureWatcher<Inspection>* watcher);
    QString readinessText(int row) const;

    BatchRunner* m_runner;
    QHash<BatchItemId, Info> m_info;
    std::deque<std::pair<BatchItemId, QString>> m_queue;
    int m_inFlight = 0;
    int m_inspectedCount = 0;
    QThreadPool m_pool;
};

} // namespace framefit
