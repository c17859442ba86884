// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchmodel.h"

#include "core/imageloader.h"
#include "core/targets.h"

#include <QColor>
#include <QFileInfo>
#include <QFont>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace framefit {

namespace {

// Few at once: the thumbnails are a courtesy and must not slow a run or the window down.
constexpr int kInspectionWorkers = 2;

QString modeLabel(FitMode mode) {
    switch (mode) {
    case FitMode::Cover:
        return BatchModel::tr("Cover");
    case FitMode::Pad:
        return BatchModel::tr("Pad");
    case FitMode::Stretch:
        return BatchModel::tr("Stretch");
    }
    return {};
}

QString orientationLabel(BatchOrientation orientation) {
    switch (orientation) {
    case BatchOrientation::Auto:
        return BatchModel::tr("auto");
    case BatchOrientation::Landscape:
        return BatchModel::tr("landscape");
    case BatchOrientation::Portrait:
        return BatchModel::tr("portrait");
    }
    return {};
}

int targetIndex(QSize size) {
    const auto targets = targetSizes();
    for (size_t i = 0; i < targets.size(); ++i) {
        if (targets[i].size == size)
            return int(i);
    }
    return -1;
}

} // namespace

BatchModel::BatchModel(BatchRunner* runner, QObject* parent)
    : QAbstractTableModel(parent)
    , m_runner(runner) {
    m_pool.setMaxThreadCount(kInspectionWorkers);
    connect(runner, &BatchRunner::itemsInserted, this, &BatchModel::insertRows);
    connect(runner, &BatchRunner::itemsRemoved, this, &BatchModel::resetRows);
    connect(runner, &BatchRunner::itemChanged, this, &BatchModel::updateRow);
}

BatchModel::~BatchModel() {
    m_queue.clear(); // the pool's destructor then only waits for the few files being read
}

int BatchModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_runner->count();
}

int BatchModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool BatchModel::isInspected(int row) const {
    if (row < 0 || row >= m_runner->count())
        return false;
    const auto it = m_info.constFind(m_runner->item(row).id);
    return it != m_info.cend() && it->done;
}

QImage BatchModel::thumbnail(int row) const {
    if (row < 0 || row >= m_runner->count())
        return {};
    return m_info.value(m_runner->item(row).id).thumbnail;
}

QVariant BatchModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Picture:
            return tr("Picture");
        case Source:
            return tr("Size");
        case Target:
            return tr("Output size");
        case Mode:
            return tr("Mode");
        case Readiness:
            return tr("Ready for Sora?");
        case Status:
            return tr("Status");
        case Result:
            return tr("Output or error");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Target:
            return tr("The size this picture will get; \"auto\" follows the picture's own "
                      "orientation.");
        case Readiness:
            return tr("Whether the file could already be sent as it is, or what it needs.");
        default:
            return {};
        }
    }
    return {};
}

QString BatchModel::readinessText(int row) const {
    const BatchItem& item = m_runner->item(row);
    const auto it = m_info.constFind(item.id);
    if (it == m_info.cend() || !it->done)
        return tr("Checking…");
    if (!it->error.isEmpty())
        return it->error;
    const QSize target = itemSettings(m_runner->settings(), item, it->uprightSize).target;
    const int index = targetIndex(target);
    if (index < 0)
        return {};
    const framefit::Readiness& r = it->readiness[size_t(index)];
    if (r.ready)
        return tr("Already %1 %2").arg(sizeToString(r.size), r.format);
    return r.reason;
}

QVariant BatchModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_runner->count())
        return {};
    const BatchItem& item = m_runner->item(index.row());
    const Info info = m_info.value(item.id);
    if (role == ItemIdRole)
        return QVariant::fromValue(item.id);
    if (role == ThumbnailRole)
        return info.thumbnail;
    const QSize upright = item.uprightSize.isValid() ? item.uprightSize : info.uprightSize;
    switch (index.column()) {
    case Picture:
        if (role == Qt::DisplayRole) {
            const QString name = QFileInfo(item.input).fileName();
            return item.edited() ? tr("%1 ✎ edited").arg(name) : name;
        }
        if (role == Qt::DecorationRole && !info.pixmap.isNull())
            return info.pixmap;
        if (role == Qt::ToolTipRole) {
            QString tip = item.input;
            if (item.crop)
                tip += u'\n' + tr("Crop: %1 (left, top, right, bottom)").arg(item.crop->toString());
            if (item.mode)
                tip += u'\n' + tr("Mode: %1 (this picture only)").arg(modeLabel(*item.mode));
            return tip;
        }
        if (role == Qt::FontRole && item.edited()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Source:
        if (role == Qt::DisplayRole)
            return upright.isValid() ? sizeToString(upright) : (info.done ? QString() : tr("…"));
        if (role == Qt::ToolTipRole && !info.format.isEmpty())
            return tr("%1 picture, %2 upright").arg(info.format, sizeToString(upright));
        break;
    case Target:
        if (role == Qt::DisplayRole) {
            const QSize target = itemSettings(m_runner->settings(), item, upright).target;
            if (item.orientation == BatchOrientation::Auto && !upright.isValid())
                return tr("auto");
            return tr("%1 (%2)").arg(sizeToString(target), orientationLabel(item.orientation));
        }
        break;
    case Mode:
        if (role == Qt::DisplayRole) {
            const FitMode mode = item.mode.value_or(m_runner->settings().picture.mode);
            return item.crop ? tr("%1, cropped").arg(modeLabel(mode)) : modeLabel(mode);
        }
        break;
    case Readiness:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return readinessText(index.row());
        break;
    case Status:
        if (role == Qt::DisplayRole)
            return batchItemStateName(item.state);
        if (role == Qt::ForegroundRole && item.state == BatchItemState::Failed)
            return QColor(Qt::darkRed);
        if (role == Qt::ForegroundRole && item.state == BatchItemState::Done)
            return QColor(Qt::darkGreen);
        break;
    case Result:
        if (role == Qt::DisplayRole) {
            if (item.state == BatchItemState::Failed)
                return item.error;
            if (item.state == BatchItemState::Skipped)
                return tr("kept existing %1").arg(QFileInfo(item.output).fileName());
            return item.output.isEmpty() ? QString() : QFileInfo(item.output).fileName();
        }
        if (role == Qt::ToolTipRole)
            return item.state == BatchItemState::Failed ? item.error : item.output;
        if (role == Qt::ForegroundRole && item.state == BatchItemState::Failed)
            return QColor(Qt::darkRed);
        break;
    default:
        break;
    }
    return {};
}

void BatchModel::insertRows(int first, int last) {
    beginInsertRows({}, first, last);
    endInsertRows();
    for (int row = first; row <= last; ++row) {
        const BatchItem& item = m_runner->item(row);
        m_info.insert(item.id, Info{});
        m_queue.emplace_back(item.id, item.input);
    }
    startInspections();
}

void BatchModel::resetRows() {
    beginResetModel();
    QHash<BatchItemId, Info> kept;
    m_inspectedCount = 0;
    for (int row = 0; row < m_runner->count(); ++row) {
        const BatchItemId id = m_runner->item(row).id;
        kept.insert(id, m_info.value(id));
        if (kept[id].done)
            ++m_inspectedCount;
    }
    m_info = kept;
    std::erase_if(m_queue, [this](const auto& entry) { return !m_info.contains(entry.first); });
    endResetModel();
}

void BatchModel::updateRow(int row) {
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BatchModel::refreshAll() {
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

BatchModel::Inspection BatchModel::inspect(BatchItemId id, const QString& path) {
    Inspection result;
    result.id = id;
    Info& info = result.info;
    info.done = true;
    ImageLoader loader = ImageLoader::fromFile(path);
    info.format = loader.header().format;
    info.uprightSize = loader.header().uprightSize();
    if (loader.hasError()) {
        info.error = loader.error();
        return result;
    }
    const auto targets = targetSizes();
    for (size_t i = 0; i < targets.size(); ++i)
        info.readiness[i] = checkReadiness(loader.data(), targets[i].size);
    const QSize upright = info.uprightSize;
    const int longest = upright.isValid() ? std::max(upright.width(), upright.height()) : 0;
    const double scale = longest > 0 ? std::min(1.0, double(kThumbnailSide) / longest) : 1.0;
    const std::optional<DecodedImage> decoded = loader.decode(scale);
    if (!decoded) {
        info.error = loader.error();
        return result;
    }
    info.uprightSize = decoded->uprightSize;
    // Only a thumbnail: Qt's smooth scaling is good enough here, unlike for outputs.
    info.thumbnail = decoded->image.scaled(kThumbnailSide, kThumbnailSide, Qt::KeepAspectRatio,
                                           Qt::SmoothTransformation);
    return result;
}

void BatchModel::startInspections() {
    while (m_inFlight < kInspectionWorkers && !m_queue.empty()) {
        const auto [id, path] = m_queue.front();
        m_queue.pop_front();
        auto* watcher = new QFutureWatcher<Inspection>(this);
        connect(watcher, &QFutureWatcher<Inspection>::finished, this,
                [this, watcher] { takeInspection(watcher); });
        ++m_inFlight;
        watcher->setFuture(QtConcurrent::run(&m_pool, &BatchModel::inspect, id, path));
    }
}

void BatchModel::takeInspection(QFutureWatcher<Inspection>* watcher) {
    --m_inFlight;
    Inspection result = watcher->result();
    watcher->deleteLater();
    const int row = m_runner->rowOf(result.id);
    if (row >= 0) { // the row may have been removed meanwhile
        Info& info = m_info[result.id];
        info = std::move(result.info);
        // Every row gets the same slot, so names line up whatever the picture's shape (or when
        // it could not be read).
        const QSize slot(kThumbnailSide, kThumbnailSide * 2 / 3);
        info.pixmap = QPixmap(slot);
        info.pixmap.fill(Qt::transparent);
        if (!info.thumbnail.isNull()) {
            const QImage fitted =
                info.thumbnail.scaled(slot, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            QPainter painter(&info.pixmap);
            painter.drawImage((slot.width() - fitted.width()) / 2,
                              (slot.height() - fitted.height()) / 2, fitted);
        }
        ++m_inspectedCount;
        m_runner->setUprightSize(row, info.uprightSize); // emits itemChanged -> updateRow
        updateRow(row);
        emit inspected(row);
    }
    startInspections();
    if (m_inFlight == 0 && m_queue.empty())
        emit allInspected();
}

} // namespace framefit
