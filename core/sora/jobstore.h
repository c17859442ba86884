// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace framefit::sora {

// One submitted job as FrameFit remembers it across restarts.
struct JobRecord {
    QString id;
    QString prompt;
    QString model;
    QString size;
    QString seconds;
    QString status; // the server's word; "queued" right after create
    int progress = 0;
    QString error; // in words, empty unless failed
    QString requestId;
    qint64 createdAt = 0;   // unix seconds
    qint64 completedAt = 0; // 0 while running
    QString videoPath;      // local copy, empty until downloaded
    QString thumbnailPath;
    QString baseUrl; // the server the job lives on
    QString remixedFrom;

    bool isFinished() const;
};

// The job history in SQLite (Qt SQL), one file in the app's data folder. Each instance owns its
// own connection, so tests can open several stores side by side.
class JobStore {
public:
    JobStore();
    ~JobStore();
    JobStore(const JobStore&) = delete;
    JobStore& operator=(const JobStore&) = delete;

    // Opens (creating if needed) `path`, or <AppDataLocation>/jobs.sqlite when empty.
    bool open(const QString& path = {}, QString* error = nullptr);
    bool isOpen() const;
    QString path() const { return m_path; }

    bool save(const JobRecord& job); // insert or replace by id
    bool remove(const QString& id);
    std::optional<JobRecord> find(const QString& id) const;
    QList<JobRecord> all() const; // newest first
    QList<JobRecord> unfinished() const;

private:
    QString m_connection;
    QString m_path;
};

} // namespace framefit::sora
