// SPDX-License-Identifier: GPL-3.0-or-later
#include "video.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace framefit::sora {

namespace {
// Servers disagree on whether numbers and seconds come as JSON numbers or strings.
QString text(const QJsonValue& v) {
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

qint64 integer(const QJsonValue& v) {
    if (v.isDouble()) {
        // JSON numbers are doubles: one past qint64's range (or NaN) would be undefined
        // behaviour to convert, so clamp first (found by fuzz_api).
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return 0;
        return static_cast<qint64>(std::clamp(d, -9.0e18, 9.0e18));
    }
    if (v.isString())
        return v.toString().toLongLong();
    return 0;
}

std::optional<QJsonObject> object(const QByteArray& json, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("Video", "The server's answer is not valid JSON.");
        return std::nullopt;
    }
    return doc.object();
}

std::optional<Video> videoFrom(const QJsonObject& o, QString* error) {
    Video v;
    v.id = text(o.value(QLatin1String("id")));
    if (v.id.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate(
                "Video", "The server's answer does not describe a video job (it has no id).");
        return std::nullopt;
    }
    v.model = text(o.value(QLatin1String("model")));
    v.status = text(o.value(QLatin1String("status")));
    v.progress =
        static_cast<int>(std::clamp<qint64>(integer(o.value(QLatin1String("progress"))), 0, 100));
    v.createdAt = integer(o.value(QLatin1String("created_at")));
    v.completedAt = integer(o.value(QLatin1String("completed_at")));
    v.expiresAt = integer(o.value(QLatin1String("expires_at")));
    v.prompt = text(o.value(QLatin1String("prompt")));
    v.size = text(o.value(QLatin1String("size")));
    v.seconds = text(o.value(QLatin1String("seconds")));
    v.remixedFromVideoId = text(o.value(QLatin1String("remixed_from_video_id")));
    const QJsonValue err = o.value(QLatin1String("error"));
    if (err.isObject()) {
        v.errorCode = text(err.toObject().value(QLatin1String("code")));
        v.errorMessage = text(err.toObject().value(QLatin1String("message")));
    } else if (err.isString()) {
        v.errorMessage = err.toString();
    }
    return v;
}
} // namespace

bool Video::isFinished() const {
    return status == QLatin1String("completed") || status == QLatin1String("failed");
}

std::optional<Video> parseVideo(const QByteArray& json, QString* error) {
    const auto o = object(json, error);
    if (!o)
        return std::nullopt;
    return videoFrom(*o, error);
}

std::optional<VideoList> parseVideoList(const QByteArray& json, QString* error) {
    const auto o = object(json, error);
    if (!o)
        return std::nullopt;
    if (!o->value(QLatin1String("data")).isArray()) {
        if (error)
            *error = QCoreApplication::translate(
                "Video", "The server's answer is not a list of video jobs.");
        return std::nullopt;
    }
    VideoList list;
    for (const QJsonValue& item : o->value(QLatin1String("data")).toArray()) {
        if (!item.isObject())
            continue;
        if (auto v = videoFrom(item.toObject(), nullptr))
            list.data.append(*v);
    }
    list.firstId = text(o->value(QLatin1String("first_id")));
    list.lastId = text(o->value(QLatin1String("last_id")));
    list.hasMore = o->value(QLatin1String("has_more")).toBool();
    return list;
}

std::optional<ApiErrorBody> parseApiError(const QByteArray& json) {
    const auto o = object(json, nullptr);
    if (!o)
        return std::nullopt;
    const QJsonValue e = o->value(QLatin1String("error"));
    ApiErrorBody body;
    if (e.isObject()) {
        const QJsonObject eo = e.toObject();
        body.message = text(eo.value(QLatin1String("message")));
        body.type = text(eo.value(QLatin1String("type")));
        body.param = text(eo.value(QLatin1String("param")));
        body.code = text(eo.value(QLatin1String("code")));
    } else if (e.isString()) {
        body.message = e.toString();
    } else if (o->value(QLatin1String("message")).isString()) {
        body.message = o->value(QLatin1String("message")).toString();
    } else {
        return std::nullopt;
    }
    return body;
}

bool parseDeleted(const QByteArray& json) {
    const auto o = object(json, nullptr);
    return o && o->value(QLatin1String("deleted")).toBool();
}

} // namespace framefit::sora
