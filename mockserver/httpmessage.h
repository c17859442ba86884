// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QUrlQuery>

#include <optional>

namespace framefit::mock {

// One HTTP/1.1 request as the mock server reads it off a socket.
struct HttpRequest {
    QByteArray method;
    QByteArray path; // without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
};

// Incremental parser: feed bytes, take complete requests. Bodies need Content-Length (what Qt,
// curl and the SDKs send); chunked uploads are refused by the server.
class HttpRequestReader {
public:
    enum class State { NeedMore, HeadersDone, Complete, Bad };
    State feed(const QByteArray& bytes);
    State state() const { return m_state; }
    const HttpRequest& request() const { return m_request; }
    qint64 bodyReceived() const { return m_request.body.size(); }
    qint64 bodyExpected() const { return m_length; }
    // Drops the finished request and keeps any bytes of the next one.
    void next();

private:
    State parse();
    QByteArray m_buffer;
    HttpRequest m_request;
    State m_state = State::NeedMore;
    qint64 m_length = 0;
    bool m_haveHeaders = false;
};

struct MultipartPart {
    QByteArray name;
    QByteArray fileName;
    bool hasFileName = false;
    QByteArray contentType;
    QByteArray data;
};

// Splits a multipart/form-data body; nullopt when it is not one.
std::optional<QList<MultipartPart>> parseMultipart(const QByteArray& contentType,
                                                   const QByteArray& body);

// A complete response with Content-Length, for the server to write.
QByteArray httpResponse(int status, const QByteArray& contentType, const QByteArray& body,
                        const QList<std::pair<QByteArray, QByteArray>>& headers = {});

} // namespace framefit::mock
