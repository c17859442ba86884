// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace framefit::sora {

namespace {
const char* const kColumns =
    "id, prompt, model, size, seconds, status, progress, error, request_id, created_at, "
    "completed_at, video_path, thumbnail_path, base_url, remixed_from";

JobRecord fromQuery(const QSqlQuery& q) {
    JobRecord j;
    j.id = q.value(0).toString();
    j.prompt = q.value(1).toString();
    j.model = q.value(2).toString();
    j.size = q.value(3).toString();
    j.seconds = q.value(4).toString();
    j.status = q.value(5).toString();
    j.progress = q.value(6).toInt();
    j.error = q.value(7).toString();
    j.requestId = q.value(8).toString();
    j.createdAt = q.value(9).toLongLong();
    j.completedAt = q.value(10).toLongLong();
    j.videoPath = q.value(11).toString();
    j.thumbnailPath = q.value(12).toString();
    j.baseUrl = q.value(13).toString();
    j.remixedFrom = q.value(14).toString();
    return j;
}
} // namespace

bool JobRecord::isFinished() const {
    return status == QLatin1String("completed") || status == QLatin1String("failed");
}

JobStore::JobStore()
    : m_connection(QStringLiteral("framefit-jobs-") + QUuid::createUuid().toString(QUuid::Id128)) {}

JobStore::~JobStore() {
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool JobStore::open(const QString& path, QString* error) {
    m_path = path;
    if (m_path.isEmpty())
        m_path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                 QStringLiteral("/jobs.sqlite");
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        if (error)
            *error = QCoreApplication::translate(
                "JobStore",
                "Qt's SQLite driver is not installed (package libqt6sql6-sqlite), so the "
                "job history cannot be kept.");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        if (error)
            *error = QCoreApplication::translate("JobStore", "Cannot open the job history %1: %2")
                         .arg(m_path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    const bool ok = q.exec(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS jobs (id TEXT PRIMARY KEY, prompt TEXT, model TEXT, size TEXT, "
        "seconds TEXT, status TEXT, progress INTEGER, error TEXT, request_id TEXT, "
        "created_at INTEGER, completed_at INTEGER, video_path TEXT, thumbnail_path TEXT, "
        "base_url TEXT, remixed_from TEXT)"));
    if (!ok && error)
        *error = QCoreApplication::translate("JobStore", "Cannot prepare the job history %1: %2")
                     .arg(m_path, q.lastError().text());
    return ok;
}

bool JobStore::isOpen() const {
    return QSqlDatabase::contains(m_connection) &&
           QSqlDatabase::database(m_connection, false).isOpen();
}

bool JobStore::save(const JobRecord& j) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO jobs (%1) VALUES "
                             "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(kColumns)));
    for (const QVariant& v :
         {QVariant(j.id), QVariant(j.prompt), QVariant(j.model), QVariant(j.size),
          QVariant(j.seconds), QVariant(j.status), QVariant(j.progress), QVariant(j.error),
          QVariant(j.requestId), QVariant(j.createdAt), QVariant(j.completedAt),
          QVariant(j.videoPath), QVariant(j.thumbnailPath), QVariant(j.baseUrl),
          QVariant(j.remixedFrom)})
        q.addBindValue(v);
    return q.exec();
}

bool JobStore::remove(const QString& id) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM jobs WHERE id = ?"));
    q.addBindValue(id);
    return q.exec();
}

std::optional<JobRecord> JobStore::find(const QString& id) const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QList<JobRecord> JobStore::all() const {
    QList<JobRecord> jobs;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT %1 FROM jobs ORDER BY created_at DESC, rowid DESC")
                   .arg(QLatin1String(kColumns)))) {
        while (q.next())
            jobs.append(fromQuery(q));
    }
    return jobs;
}

QList<JobRecord> JobStore::unfinished() const {
    QList<JobRecord> jobs;
    for (const JobRecord& j : all())
        if (!j.isFinished())
            jobs.append(j);
    return jobs;
}

} // namespace framefit::sora
