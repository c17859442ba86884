// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobslist.h"

#include "core/sora/jobtracker.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace framefit {

namespace {
QString statusWord(const QString& status) {
    if (status == QLatin1String("queued"))
        return JobsList::tr("Queued");
    if (status == QLatin1String("in_progress"))
        return JobsList::tr("Rendering");
    if (status == QLatin1String("completed"))
        return JobsList::tr("Completed");
    if (status == QLatin1String("failed"))
        return JobsList::tr("Failed");
    return status;
}

QString duration(qint64 seconds) {
    seconds = std::max<qint64>(0, seconds);
    return seconds >= 3600
               ? JobsList::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60)
           : seconds >= 60 ? JobsList::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60)
                           : JobsList::tr("%1 s").arg(seconds);
}
} // namespace

// ---- JobItem ----

JobItem::JobItem(QWidget* parent)
    : QWidget(parent)
    , m_thumbnail(new QLabel(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_error(new QLabel(this))
    , m_download(new QPushButton(tr("&Download"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_reveal(new QPushButton(tr("Show in &Folder"), this))
    , m_remix(new QPushButton(tr("&Remix…"), this))
    , m_delete(new QPushButton(tr("De&lete"), this)) {
    m_thumbnail->setFixedSize(128, 72);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    m_title->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 100);
    m_download->setToolTip(tr("Download the MP4 again, or save a copy of it elsewhere."));
    m_open->setToolTip(tr("Play the MP4 in your video player."));
    m_reveal->setToolTip(tr("Open the folder that holds the MP4."));
    m_remix->setToolTip(tr("Make a new video from this one with a changed prompt."));
    m_delete->setToolTip(tr("Delete the job on the server and its local files."));

    auto* text = new QVBoxLayout;
    text->addWidget(m_title);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addStretch();
    statusRow->addWidget(m_elapsed);
    text->addLayout(statusRow);
    text->addWidget(m_progress);
    text->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_download, m_open, m_reveal, m_remix, m_delete})
        buttons->addWidget(b);
    buttons->addStretch();
    text->addLayout(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_thumbnail, 0, Qt::AlignTop);
    layout->addLayout(text, 1);

    connect(m_download, &QPushButton::clicked, this, [this] { emit downloadRequested(m_id); });
    connect(m_remix, &QPushButton::clicked, this, [this] { emit remixRequested(m_id); });
    connect(m_delete, &QPushButton::clicked, this, [this] { emit deleteRequested(m_id); });
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_videoPath)); });
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_videoPath).absolutePath()));
    });
}

void JobItem::display(const sora::JobRecord& job) {
    m_id = job.id;
    m_videoPath = job.videoPath;
    m_createdAt = job.createdAt;
    m_completedAt = job.completedAt;
    const QString prompt =
        job.prompt.size() > 120 ? job.prompt.left(117) + QStringLiteral("…") : job.prompt;
    m_title->setText(tr("%1 · %2 · %3 s — %4").arg(job.model, job.size, job.seconds, prompt));
    m_title->setToolTip(job.prompt);
    m_status->setText(statusWord(job.status));
    m_status->setToolTip(
        job.requestId.isEmpty() ? job.id : tr("%1 (request %2)").arg(job.id, job.requestId));
    m_progress->setValue(job.progress);
    m_progress->setVisible(!job.isFinished());
    m_error->setText(job.error);
    m_error->setVisible(!job.error.isEmpty());
    const bool completed = job.status == QLatin1String("completed");
    const bool local = completed && !job.videoPath.isEmpty() && QFile::exists(job.videoPath);
    m_download->setEnabled(completed);
    m_download->setText(local ? tr("Save &As…") : tr("&Download"));
    m_open->setEnabled(local);
    m_reveal->setEnabled(local);
    m_remix->setEnabled(completed);
    if (!job.thumbnailPath.isEmpty()) {
        QPixmap p(job.thumbnailPath);
        if (!p.isNull())
            m_thumbnail->setPixmap(
                p.scaled(m_thumbnail->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    tick();
}

void JobItem::tick() {
    const qint64 end = m_completedAt > 0 ? m_completedAt : QDateTime::currentSecsSinceEpoch();
    m_elapsed->setText(m_createdAt > 0 ? duration(end - m_createdAt) : QString());
}

QString JobItem::statusText() const {
    return m_status->text();
}
int JobItem::progress() const {
    return m_progress->value();
}
bool JobItem::hasThumbnail() const {
    return !m_thumbnail->pixmap().isNull();
}
QString JobItem::errorText() const {
    return m_error->text();
}

// ---- JobsList ----

JobsList::JobsList(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout)
    , m_empty(new QLabel(this))
    , m_message(new QLabel(this)) {
    auto* inner = new QWidget;
    inner->setLayout(m_layout);
    m_layout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(inner);
    m_empty->setText(tr("No videos yet. Submit a picture to start one."));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_message);
    layout->addWidget(scroll);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        for (JobItem* item : std::as_const(m_items))
            item->tick();
    });
    m_clock.start(1000);
}

void JobsList::setTracker(sora::JobTracker* tracker) {
    if (m_tracker)
        disconnect(m_tracker, nullptr, this, nullptr);
    m_tracker = tracker;
    if (m_tracker) {
        connect(m_tracker, &sora::JobTracker::jobChanged, this, &JobsList::refresh);
        connect(m_tracker, &sora::JobTracker::jobRemoved, this, &JobsList::forget);
        connect(m_tracker, &sora::JobTracker::message, this, [this](const QString& text) {
            m_message->setText(text);
            m_message->setVisible(true);
        });
        connect(m_tracker, &sora::JobTracker::submitFailed, this,
                [this] { m_message->setVisible(false); });
    }
    reload();
}

void JobsList::reload() {
    for (JobItem* item : std::as_const(m_items))
        item->deleteLater();
    m_items.clear();
    if (m_tracker) {
        const QList<sora::JobRecord> jobs = m_tracker->jobs();
        for (auto it = jobs.crbegin(); it != jobs.crend(); ++it)
            refresh(it->id); // oldest first, each inserted on top
    }
    m_empty->setVisible(m_items.isEmpty());
}

void JobsList::refresh(const QString& id) {
    if (!m_tracker)
        return;
    const std::optional<sora::JobRecord> job = m_tracker->store()->find(id);
    if (!job)
        return;
    JobItem* item = m_items.value(id);
    if (!item) {
        item = new JobItem;
        m_items.insert(id, item);
        m_layout->insertWidget(0, item);
        connect(item, &JobItem::deleteRequested, this, [this](const QString& jobId) {
            const auto answer =
                QMessageBox::question(this, tr("Delete video"),
                                      tr("Delete this video on the server and on this computer?"));
            if (answer == QMessageBox::Yes)
                m_tracker->remove(jobId);
        });
        connect(item, &JobItem::remixRequested, this, &JobsList::remix);
        connect(item, &JobItem::downloadRequested, this, [this](const QString& jobId) {
            const auto j = m_tracker->store()->find(jobId);
            if (!j)
                return;
            if (j->videoPath.isEmpty() || !QFile::exists(j->videoPath)) {
                m_tracker->download(jobId);
                return;
            }
            const QString target = QFileDialog::getSaveFileName(
                this, tr("Save video"),
                QDir(QStandardPaths::writableLocation(QStandardPaths::MoviesLocation))
                    .filePath(jobId + QStringLiteral(".mp4")),
                tr("MP4 video (*.mp4)"));
            if (!target.isEmpty() && !QFile::copy(j->videoPath, target))
                QMessageBox::warning(this, tr("Save video"),
                                     tr("The video could not be copied to %1.").arg(target));
        });
    }
    item->display(*job);
    m_empty->setVisible(false);
}

void JobsList::forget(const QString& id) {
    if (JobItem* item = m_items.take(id))
        item->deleteLater();
    m_empty->setVisible(m_items.isEmpty());
}

void JobsList::remix(const QString& id) {
    bool ok = false;
    const auto job = m_tracker ? m_tracker->store()->find(id) : std::nullopt;
    const QString prompt =
        QInputDialog::getMultiLineText(this, tr("Remix video"), tr("New prompt for the remix:"),
                                       job ? job->prompt : QString(), &ok);
    if (ok && !prompt.trimmed().isEmpty())
        remixWith(id, prompt);
}

void JobsList::remixWith(const QString& id, const QString& prompt) {
    if (m_tracker)
        m_tracker->remix(id, prompt);
}

} // namespace framefit
