// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace framefit {

namespace sora {
class JobTracker;
struct JobRecord;
} // namespace sora

class JobItem;

// The submitted jobs, newest first: status, progress, elapsed time, the thumbnail when done,
// and what can be done with each (download, open, show in folder, remix, delete). Failures are
// shown in words. Reads everything from the tracker's job store, so it shows the same after a
// restart.
class JobsList : public QWidget {
    Q_OBJECT
public:
    explicit JobsList(QWidget* parent = nullptr);
    void setTracker(sora::JobTracker* tracker);

    JobItem* item(const QString& id) const { return m_items.value(id); }
    int count() const { return int(m_items.size()); }

    // Asks for a new prompt (a dialog) and remixes; remixWith() skips the dialog.
    void remix(const QString& id);
    void remixWith(const QString& id, const QString& prompt);

private:
    void reload();
    void refresh(const QString& id);
    void forget(const QString& id);

    sora::JobTracker* m_tracker = nullptr;
    QVBoxLayout* m_layout;
    QLabel* m_empty;
    QLabel* m_message;
    QHash<QString, JobItem*> m_items;
    QTimer m_clock; // elapsed times tick
};

// One row of the JobsList.
class JobItem : public QWidget {
    Q_OBJECT
public:
    explicit JobItem(QWidget* parent = nullptr);
    void display(const sora::JobRecord& job);
    void tick(); // elapsed time

    QString id() const { return m_id; }
    QString statusText() const;
    int progress() const;
    bool hasThumbnail() const;
    QString errorText() const;
    QPushButton* downloadButton() const { return m_download; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* revealButton() const { return m_reveal; }
    QPushButton* remixButton() const { return m_remix; }
    QPushButton* deleteButton() const { return m_delete; }

signals:
    void downloadRequested(const QString& id);
    void remixRequested(const QString& id);
    void deleteRequested(const QString& id);

private:
    QString m_id;
    QString m_videoPath;
    qint64 m_createdAt = 0;
    qint64 m_completedAt = 0;
    QLabel* m_thumbnail;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_elapsed;
    QProgressBar* m_progress;
    QLabel* m_error;
    QPushButton* m_download;
    QPushButton* m_open;
    QPushButton* m_reveal;
    QPushButton* m_remix;
    QPushButton* m_delete;
};

} // namespace framefit
