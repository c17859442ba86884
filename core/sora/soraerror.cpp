// SPDX-License-Identifier: GPL-3.0-or-later
#include "soraerror.h"

#include <QCoreApplication>

namespace framefit::sora {

namespace {} // namespace

QString errorKindName(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("none");
    case ErrorKind::NotSent:
        return QStringLiteral("not_sent");
    case ErrorKind::InsecureUrl:
        return QStringLiteral("insecure_url");
    case ErrorKind::MissingKey:
        return QStringLiteral("missing_key");
    case ErrorKind::Connection:
        return QStringLiteral("connection");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::Tls:
        return QStringLiteral("tls");
    case ErrorKind::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorKind::SizeMismatch:
        return QStringLiteral("size_mismatch");
    case ErrorKind::Moderation:
        return QStringLiteral("moderation");
    case ErrorKind::InvalidRequest:
        return QStringLiteral("invalid_request");
    case ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ErrorKind::RateLimited:
        return QStringLiteral("rate_limited");
    case ErrorKind::ServerError:
        return QStringLiteral("server_error");
    case ErrorKind::ServiceGone:
        return QStringLiteral("service_gone");
    case ErrorKind::NotFound:
        return QStringLiteral("not_found");
    case ErrorKind::RetryTooLong:
        return QStringLiteral("retry_too_long");
    case ErrorKind::CreateUncertain:
        return QStringLiteral("create_uncertain");
    case ErrorKind::InvalidResponse:
        return QStringLiteral("invalid_response");
    case ErrorKind::TooLarge:
        return QStringLiteral("too_large");
    case ErrorKind::JobFailed:
        return QStringLiteral("job_failed");
    case ErrorKind::LocalFile:
        return QStringLiteral("local_file");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString SoraError::explanation() const {
    switch (kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::NotSent:
        return QCoreApplication::translate("SoraError", "FrameFit did not send the request.");
    case ErrorKind::InsecureUrl:
        return QCoreApplication::translate(
            "SoraError",
            "The API address uses plain http:// to another computer, which would send your "
            "API key and pictures unencrypted.");
    case ErrorKind::MissingKey:
        return QCoreApplication::translate("SoraError", "No OpenAI API key is set.");
    case ErrorKind::Connection:
        return QCoreApplication::translate(
            "SoraError", "FrameFit could not reach the server, or the connection was cut.");
    case ErrorKind::Timeout:
        return QCoreApplication::translate("SoraError", "The server did not answer in time.");
    case ErrorKind::Tls:
        return QCoreApplication::translate(
            "SoraError", "The secure connection to the server failed (its certificate could not be "
                         "trusted), so nothing was sent.");
    case ErrorKind::Unauthorized:
        return QCoreApplication::translate("SoraError", "The server did not accept the API key.");
    case ErrorKind::SizeMismatch:
        return QCoreApplication::translate(
            "SoraError", "The server says the reference picture is not exactly the video size.");
    case ErrorKind::Moderation:
        return QCoreApplication::translate(
            "SoraError",
            "The server's moderation system blocked the request. Pictures with human faces "
            "and real people are currently refused.");
    case ErrorKind::InvalidRequest:
        return QCoreApplication::translate("SoraError",
                                           "The server refused the request as invalid.");
    case ErrorKind::Conflict:
        return QCoreApplication::translate(
            "SoraError", "The server reported a conflict with the job's current state.");
    case ErrorKind::RateLimited:
        return QCoreApplication::translate(
            "SoraError", "The server is limiting how many requests you can make.");
    case ErrorKind::ServerError:
        return QCoreApplication::translate("SoraError", "The server had an internal problem.");
    case ErrorKind::ServiceGone:
        return QCoreApplication::translate(
            "SoraError",
            "This server does not offer the Sora video API (or this model). OpenAI shut the "
            "official Sora 2 "
            "API down on 2026-09-24; only compatible servers still provide it.");
    case ErrorKind::NotFound:
        return QCoreApplication::translate(
            "SoraError", "The server does not know this job: it may have expired or been deleted.");
    case ErrorKind::RetryTooLong:
        return QCoreApplication::translate(
            "SoraError", "The server asked to wait longer than two minutes before trying again.");
    case ErrorKind::CreateUncertain:
        return QCoreApplication::translate(
            "SoraError",
            "The request to create the video was sent, but no clear answer came back. The "
            "server may have created (and billed) the job anyway.");
    case ErrorKind::InvalidResponse:
        return QCoreApplication::translate("SoraError",
                                           "The server's answer could not be understood.");
    case ErrorKind::TooLarge:
        return QCoreApplication::translate(
            "SoraError", "The server's answer was far larger than expected, so it was stopped.");
    case ErrorKind::JobFailed:
        return QCoreApplication::translate("SoraError", "The server could not make this video.");
    case ErrorKind::LocalFile:
        return QCoreApplication::translate("SoraError", "The downloaded file could not be saved.");
    case ErrorKind::Cancelled:
        return QCoreApplication::translate("SoraError", "The request was cancelled.");
    case ErrorKind::Other:
        return QCoreApplication::translate("SoraError", "The request failed.");
    }
    return {};
}

QString SoraError::advice() const {
    switch (kind) {
    case ErrorKind::None:
    case ErrorKind::Cancelled:
        return {};
    case ErrorKind::NotSent:
        return QCoreApplication::translate("SoraError",
                                           "Fix the problem described and submit again.");
    case ErrorKind::InsecureUrl:
        return QCoreApplication::translate(
            "SoraError", "Use an https:// address, or http:// only for a server on this computer "
                         "(127.0.0.1, ::1 or localhost).");
    case ErrorKind::MissingKey:
        return QCoreApplication::translate(
            "SoraError",
            "Enter the key in Settings, or set the OPENAI_API_KEY environment variable.");
    case ErrorKind::Connection:
    case ErrorKind::Timeout:
        return QCoreApplication::translate(
            "SoraError",
            "Check your network connection and the API address in Settings, then try again.");
    case ErrorKind::Tls:
        return QCoreApplication::translate(
            "SoraError",
            "Check the API address and your system's certificates; FrameFit never ignores "
            "certificate errors.");
    case ErrorKind::Unauthorized:
        return QCoreApplication::translate("SoraError",
                                           "Check the API key in Settings or OPENAI_API_KEY.");
    case ErrorKind::SizeMismatch:
        return QCoreApplication::translate(
            "SoraError", "Prepare the picture again at the selected video size and resubmit.");
    case ErrorKind::Moderation:
        return QCoreApplication::translate("SoraError",
                                           "Choose another picture or change the prompt.");
    case ErrorKind::InvalidRequest:
        return QCoreApplication::translate(
            "SoraError",
            "Check the prompt, model, duration and size against what the server accepts.");
    case ErrorKind::Conflict:
        return QCoreApplication::translate("SoraError",
                                           "Wait for the job to finish, then try again.");
    case ErrorKind::RateLimited:
    case ErrorKind::RetryTooLong:
        return QCoreApplication::translate("SoraError", "Wait a while, then try again.");
    case ErrorKind::ServerError:
        return QCoreApplication::translate("SoraError", "Try again in a few minutes.");
    case ErrorKind::ServiceGone:
        return QCoreApplication::translate(
            "SoraError",
            "Set the address of a compatible server in Settings (or with --base-url).");
    case ErrorKind::NotFound:
        return QCoreApplication::translate(
            "SoraError", "Remove the job from the list, or submit the picture again.");
    case ErrorKind::CreateUncertain:
        return QCoreApplication::translate(
            "SoraError",
            "Look at the job list on the server before submitting again, so you do not pay "
            "for the same video twice.");
    case ErrorKind::InvalidResponse:
    case ErrorKind::TooLarge:
        return QCoreApplication::translate(
            "SoraError", "Check that the API address points to a Sora-compatible server.");
    case ErrorKind::JobFailed:
        return QCoreApplication::translate("SoraError",
                                           "Change the prompt or picture and submit again.");
    case ErrorKind::LocalFile:
        return QCoreApplication::translate("SoraError",
                                           "Check that the folder exists and has free space.");
    case ErrorKind::Other:
        return QCoreApplication::translate("SoraError", "Try again.");
    }
    return {};
}

QString SoraError::toText() const {
    if (kind == ErrorKind::None)
        return {};
    QStringList parts{explanation()};
    if (!serverMessage.isEmpty()) {
        parts << (httpStatus > 0
                      ? QCoreApplication::translate("SoraError",
                                                    "The server said (HTTP %1): \"%2\"")
                            .arg(httpStatus)
                            .arg(serverMessage)
                      : QCoreApplication::translate("SoraError", "The server said: \"%1\"")
                            .arg(serverMessage));
    } else if (httpStatus > 0) {
        parts << QCoreApplication::translate("SoraError", "HTTP status %1.").arg(httpStatus);
    }
    if (!detail.isEmpty())
        parts << detail;
    if (const QString a = advice(); !a.isEmpty())
        parts << a;
    if (!requestId.isEmpty())
        parts << QCoreApplication::translate("SoraError", "Request id: %1").arg(requestId);
    return parts.join(u' ');
}

} // namespace framefit::sora
