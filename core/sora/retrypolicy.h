// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace framefit::sora {

// The retry and polling rules of shared/spec/sora-api.md, as pure functions so they are tested
// over tables without a network.
inline constexpr int kMaxRetries = 2;
inline constexpr qint64 kMaxRetryAfterMs = 120'000;

bool isRetryableStatus(int httpStatus); // 408, 409, 429, 5xx

// What the server asked for in retry-after-ms / retry-after (seconds or an HTTP date, relative
// to `now`). nullopt when it said nothing usable.
std::optional<qint64> serverRetryAfterMs(const QByteArray& retryAfterMs,
                                         const QByteArray& retryAfter, const QDateTime& now);

// The wait before retry number `retry` (0 for the first). Uses the server's wish when it is in
// (0, 120 s]; otherwise exponential min(0.5 * 2^retry, 8) s less up to 25 % jitter, where
// `jitter01` in [0, 1) is the random draw (a parameter so tests can pin it).
qint64 retryDelayMs(int retry, std::optional<qint64> serverWishMs, double jitter01);

// Polling: the server's openai-poll-after-ms when present (bounded to 10 ms .. 60 s), else
// `baseMs` grown by half for each poll already made, capped at `maxMs`.
qint64 pollDelayMs(const QByteArray& pollAfterMsHeader, int pollsDone, qint64 baseMs, qint64 maxMs);

} // namespace framefit::sora
