// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace framefit::sora {

// What went wrong, as a kind the UI and the CLI can act on. The server's own words are kept
// verbatim beside it; explanation() and advice() say it plainly.
enum class ErrorKind {
    None,
    NotSent,         // refused locally before sending (wrong size, model, format, prompt)
    InsecureUrl,     // plain http:// to a host that is not this computer
    MissingKey,      // no API key
    Connection,      // could not connect, connection dropped, DNS
    Timeout,         // no answer in time
    Tls,             // certificate or TLS failure (never ignored)
    Unauthorized,    // 401/403
    SizeMismatch,    // 400 "Inpaint image must match the requested width and height"
    Moderation,      // blocked by the moderation system
    InvalidRequest,  // other 400/422
    Conflict,        // 409
    RateLimited,     // 429
    ServerError,     // 5xx
    ServiceGone,     // 404/410/model not found on the videos endpoint: see the shutdown note
    NotFound,        // 404 for one job id
    RetryTooLong,    // the server asked to wait longer than we are willing to
    CreateUncertain, // a create failed after its body was sent: a job may exist anyway
    InvalidResponse, // malformed JSON or not the expected object
    TooLarge,        // the answer exceeded our size cap
    JobFailed,       // the job itself ended with status "failed"
    LocalFile,       // could not write a downloaded file
    Cancelled,
    Other,
};

struct SoraError {
    SoraError() = default;
    explicit SoraError(ErrorKind k, int status = 0)
        : kind(k)
        , httpStatus(status) {}

    ErrorKind kind = ErrorKind::None;
    int httpStatus = 0;    // 0 when there was no HTTP answer
    QString serverMessage; // verbatim (with the key, if ever echoed, blanked out)
    QString serverType;
    QString serverCode;
    QString requestId;       // x-request-id, for support
    QString detail;          // our own words for what happened (network error text, file path...)
    qint64 retryAfterMs = 0; // when the server said how long to wait

    bool isError() const { return kind != ErrorKind::None; }
    QString explanation() const; // plain words: what this means
    QString advice() const;      // what to do next
    // One paragraph for a message box or stderr: explanation, the server's words with status,
    // advice and the request id.
    QString toText() const;
};

QString errorKindName(ErrorKind kind); // stable identifier for --json and logs

} // namespace framefit::sora

Q_DECLARE_METATYPE(framefit::sora::SoraError)
Q_DECLARE_METATYPE(framefit::sora::ErrorKind)
