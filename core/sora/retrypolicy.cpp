// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace framefit::sora {

bool isRetryableStatus(int httpStatus) {
    return httpStatus == 408 || httpStatus == 409 || httpStatus == 429 || httpStatus >= 500;
}

std::optional<qint64> serverRetryAfterMs(const QByteArray& retryAfterMs,
                                         const QByteArray& retryAfter, const QDateTime& now) {
    bool ok = false;
    if (!retryAfterMs.trimmed().isEmpty()) {
        const double ms = retryAfterMs.trimmed().toDouble(&ok);
        if (ok && std::isfinite(ms))
            return static_cast<qint64>(ms);
    }
    const QByteArray ra = retryAfter.trimmed();
    if (ra.isEmpty())
        return std::nullopt;
    const double seconds = ra.toDouble(&ok);
    if (ok && std::isfinite(seconds))
        return static_cast<qint64>(seconds * 1000.0);
    // HTTP date, e.g. "Wed, 21 Oct 2026 07:28:00 GMT" (RFC 7231 IMF-fixdate).
    QString text = QString::fromLatin1(ra);
    text.replace(QLatin1String(" GMT"), QString());
    const QDateTime when =
        QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return std::nullopt;
    QDateTime utc = when;
    utc.setTimeZone(QTimeZone::utc());
    return now.msecsTo(utc);
}

qint64 retryDelayMs(int retry, std::optional<qint64> serverWishMs, double jitter01) {
    if (serverWishMs && *serverWishMs > 0 && *serverWishMs <= kMaxRetryAfterMs)
        return *serverWishMs;
    const double base = std::min(0.5 * std::pow(2.0, retry), 8.0);
    const double jitter = 1.0 - 0.25 * std::clamp(jitter01, 0.0, 1.0);
    return static_cast<qint64>(base * jitter * 1000.0);
}

qint64 pollDelayMs(const QByteArray& pollAfterMsHeader, int pollsDone, qint64 baseMs,
                   qint64 maxMs) {
    bool ok = false;
    const qint64 server = pollAfterMsHeader.trimmed().toLongLong(&ok);
    if (ok && server > 0)
        return std::clamp<qint64>(server, 10, 60'000);
    const double grown = static_cast<double>(baseMs) * std::pow(1.5, std::max(0, pollsDone));
    return std::min<qint64>(static_cast<qint64>(grown), maxMs);
}

} // namespace framefit::sora
