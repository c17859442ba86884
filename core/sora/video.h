// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace framefit::sora {

// One job as the Videos API describes it. Unknown fields are ignored and unknown size or
// seconds strings are kept as text, so a compatible server that says more never breaks us.
struct Video {
    QString id;
    QString model;
    QString status;       // "queued", "in_progress", "completed", "failed" (or a server's own word)
    int progress = 0;     // 0..100, clamped
    qint64 createdAt = 0; // unix seconds, 0 when absent
    qint64 completedAt = 0; // 0 while not done
    qint64 expiresAt = 0;   // 0 when absent
    QString prompt;
    QString size;    // "1280x720"
    QString seconds; // "4"
    QString remixedFromVideoId;
    QString errorCode;    // when status is "failed"
    QString errorMessage; // verbatim from the server

    bool isFinished() const; // completed or failed: nothing more will happen
};

// The {"error": {...}} body of an HTTP error. Everything optional.
struct ApiErrorBody {
    QString message;
    QString type;
    QString param;
    QString code;
};

struct VideoList {
    QList<Video> data;
    QString firstId;
    QString lastId;
    bool hasMore = false;
};

// Each parser returns nullopt (and `error` in words) on malformed JSON or a body that is not the
// expected object; it never throws or crashes on arbitrary bytes.
std::optional<Video> parseVideo(const QByteArray& json, QString* error = nullptr);
std::optional<VideoList> parseVideoList(const QByteArray& json, QString* error = nullptr);
std::optional<ApiErrorBody> parseApiError(const QByteArray& json);
// {"id": ..., "object": "video.deleted", "deleted": true}
bool parseDeleted(const QByteArray& json);

} // namespace framefit::sora

Q_DECLARE_METATYPE(framefit::sora::Video)
