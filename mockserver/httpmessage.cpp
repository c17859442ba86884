// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpmessage.h"

#include <QRegularExpression>

namespace framefit::mock {

HttpRequestReader::State HttpRequestReader::feed(const QByteArray& bytes) {
    m_buffer += bytes;
    m_state = parse();
    return m_state;
}

HttpRequestReader::State HttpRequestReader::parse() {
    if (!m_haveHeaders) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return m_buffer.size() > 64 * 1024 ? State::Bad : State::NeedMore;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        if (first.size() < 3)
            return State::Bad;
        m_request = HttpRequest{};
        m_request.method = first.at(0);
        const QByteArray target = first.at(1);
        const qsizetype q = target.indexOf('?');
        m_request.path = q < 0 ? target : target.left(q);
        if (q >= 0)
            m_request.query = QUrlQuery(QString::fromUtf8(target.mid(q + 1)));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                m_request.headers.insert(line.left(colon).trimmed().toLower(),
                                         line.mid(colon + 1).trimmed());
        }
        if (m_request.headers.value("transfer-encoding").toLower().contains("chunked"))
            return State::Bad;
        bool ok = true;
        const QByteArray length = m_request.headers.value("content-length", "0");
        m_length = length.toLongLong(&ok);
        if (!ok || m_length < 0 || m_length > qint64(64) << 20)
            return State::Bad;
        m_buffer.remove(0, end + 4);
        m_haveHeaders = true;
    }
    const qint64 take = std::min<qint64>(m_length - m_request.body.size(), m_buffer.size());
    m_request.body += m_buffer.left(take);
    m_buffer.remove(0, take);
    return m_request.body.size() == m_length ? State::Complete : State::HeadersDone;
}

void HttpRequestReader::next() {
    m_request = HttpRequest{};
    m_haveHeaders = false;
    m_length = 0;
    m_state = m_buffer.isEmpty() ? State::NeedMore : parse();
}

std::optional<QList<MultipartPart>> parseMultipart(const QByteArray& contentType,
                                                   const QByteArray& body) {
    static const QRegularExpression boundaryRe(QStringLiteral("boundary=\"?([^\";]+)\"?"));
    const auto m = boundaryRe.match(QString::fromLatin1(contentType));
    if (!contentType.startsWith("multipart/form-data") || !m.hasMatch())
        return std::nullopt;
    const QByteArray delimiter = "--" + m.captured(1).toLatin1();
    QList<MultipartPart> parts;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return std::nullopt;
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break;
        if (body.mid(pos, 2) != "\r\n")
            return std::nullopt;
        pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype next = body.indexOf("\r\n" + delimiter, pos);
        if (headerEnd < 0 || next < 0 || headerEnd > next)
            return std::nullopt;
        MultipartPart part;
        for (const QByteArray& raw : body.mid(pos, headerEnd - pos).split('\n')) {
            const QByteArray line = raw.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-type") {
                part.contentType = value;
            } else if (name == "content-disposition") {
                for (const QByteArray& param : value.split(';')) {
                    const QByteArray p = param.trimmed();
                    const auto unquote = [](QByteArray v) {
                        if (v.startsWith('"') && v.endsWith('"') && v.size() >= 2)
                            v = v.mid(1, v.size() - 2);
                        return v;
                    };
                    if (p.startsWith("name="))
                        part.name = unquote(p.mid(5));
                    else if (p.startsWith("filename=")) {
                        part.fileName = unquote(p.mid(9));
                        part.hasFileName = true;
                    }
                }
            }
        }
        part.data = body.mid(headerEnd + 4, next - headerEnd - 4);
        parts.append(part);
        pos = next + 2;
    }
    return parts;
}

QByteArray httpResponse(int status, const QByteArray& contentType, const QByteArray& body,
                        const QList<std::pair<QByteArray, QByteArray>>& headers) {
    static const QHash<int, QByteArray> reasons{{200, "OK"},
                                                {302, "Found"},
                                                {400, "Bad Request"},
                                                {401, "Unauthorized"},
                                                {404, "Not Found"},
                                                {408, "Request Timeout"},
                                                {409, "Conflict"},
                                                {410, "Gone"},
                                                {429, "Too Many Requests"},
                                                {500, "Internal Server Error"},
                                                {502, "Bad Gateway"},
                                                {503, "Service Unavailable"}};
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status, "Status") + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto& [name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}

} // namespace framefit::mock
