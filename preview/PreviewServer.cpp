// SPDX-License-Identifier: MIT
#include "PreviewServer.h"

#include "PreviewSite.h"
#include "Tr.h"

#include <QByteArrayList>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Preview {

namespace {

constexpr qsizetype maxHeaderBytes = 16 * 1024;
const char *const socketBufferProperty = "capsuleRequest";

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 206:
        return "Partial Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 416:
        return "Range Not Satisfiable";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

struct ByteRange
{
    qint64 first = 0;
    qint64 last = -1; ///< inclusive
};

/** Parses a single "bytes=a-b", "bytes=a-" or "bytes=-n" range; false when unsatisfiable. */
bool parseRange(const QByteArray &header, qint64 size, ByteRange &range)
{
    static const QRegularExpression pattern(u"^bytes=(\\d*)-(\\d*)$"_s);
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(header.trimmed()));
    if (!match.hasMatch() || size <= 0)
        return false;
    const QString first = match.captured(1);
    const QString last = match.captured(2);
    if (first.isEmpty()) {
        if (last.isEmpty())
            return false;
        const qint64 suffix = last.toLongLong();
        if (suffix <= 0)
            return false;
        range.first = qMax<qint64>(0, size - suffix);
        range.last = size - 1;
        return true;
    }
    range.first = first.toLongLong();
    range.last = last.isEmpty() ? size - 1 : qMin(last.toLongLong(), size - 1);
    return range.first < size && range.first <= range.last;
}

void respond(QTcpSocket *socket,
             int status,
             const QList<std::pair<QByteArray, QByteArray>> &headers,
             const QByteArray &body,
             bool withBody)
{
    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n";
    socket->write(head);
    if (withBody)
        socket->write(body);
    socket->disconnectFromHost();
}

} // namespace

PreviewServer::PreviewServer(PreviewSite *site, QObject *parent)
    : QObject(parent)
    , m_site(site)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &PreviewServer::acceptConnections);
}

PreviewServer::~PreviewServer() = default;

Core::Result<void> PreviewServer::listen(quint16 port)
{
    if (m_server->isListening())
        return {};
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        return Core::makeError(Core::ErrorCode::Io,
                               Tr::tr("Cannot start the preview server on 127.0.0.1:%1: %2.")
                                   .arg(port)
                                   .arg(m_server->errorString()));
    }
    return {};
}

bool PreviewServer::isListening() const
{
    return m_server->isListening();
}

quint16 PreviewServer::port() const
{
    return m_server->serverPort();
}

QUrl PreviewServer::rootUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port()));
}

void PreviewServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
    }
}

void PreviewServer::readRequest(QTcpSocket *socket)
{
    QByteArray request = socket->property(socketBufferProperty).toByteArray() + socket->readAll();
    const qsizetype end = request.indexOf("\r\n\r\n");
    if (end < 0) {
        if (request.size() > maxHeaderBytes)
            respond(socket, 431, {}, {}, false);
        else
            socket->setProperty(socketBufferProperty, request);
        return;
    }
    socket->setProperty(socketBufferProperty, QVariant());
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);

    const QByteArrayList lines = request.left(end).split('\n');
    const QByteArrayList requestLine = lines.first().trimmed().split(' ');
    QByteArray host;
    QByteArray range;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        if (name == "host")
            host = line.mid(colon + 1).trimmed();
        else if (name == "range")
            range = line.mid(colon + 1).trimmed();
    }
    const QByteArray text = "text/plain; charset=utf-8";
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        respond(socket, 400, {{"Content-Type", text}}, "Bad request\n", true);
        return;
    }
    const QByteArray method = requestLine.at(0);
    const bool head = method == "HEAD";
    if (method != "GET" && !head) {
        respond(socket, 405, {{"Allow", "GET, HEAD"}, {"Content-Type", text}}, {}, false);
        return;
    }
    // Only our own names for the loopback address (DNS rebinding guard).
    const QByteArray portSuffix = ':' + QByteArray::number(port());
    if (host != "127.0.0.1" + portSuffix && host != "localhost" + portSuffix) {
        respond(socket, 403, {{"Content-Type", text}}, "Forbidden host\n", !head);
        return;
    }

    const QUrl url(QString::fromLatin1(requestLine.at(1)), QUrl::StrictMode);
    if (!url.isValid() || !url.isRelative() || !url.path().startsWith(u'/')) {
        respond(socket, 400, {{"Content-Type", text}}, "Bad request target\n", !head);
        return;
    }
    const PreviewSite::Reply reply = m_site->get(url.path(QUrl::FullyDecoded));
    if (reply.status == 302) {
        respond(socket, 302, {{"Location", reply.body}}, {}, false);
        return;
    }
    QList<std::pair<QByteArray, QByteArray>> headers{
        {"Content-Type", reply.contentType},
        {"Cache-Control", reply.immutable ? "max-age=31536000, immutable" : "no-store"},
    };
    if (reply.status != 200 || !reply.immutable) {
        respond(socket, reply.status, headers, reply.body, !head);
        return;
    }
    headers.append(std::pair<QByteArray, QByteArray>("Accept-Ranges", "bytes"));
    if (range.isEmpty()) {
        respond(socket, 200, headers, reply.body, !head);
        return;
    }
    ByteRange byteRange;
    const qint64 size = reply.body.size();
    if (!parseRange(range, size, byteRange)) {
        headers.append(std::pair<QByteArray, QByteArray>("Content-Range",
                                                         "bytes */" + QByteArray::number(size)));
        respond(socket, 416, headers, {}, false);
        return;
    }
    headers.append(std::pair<QByteArray, QByteArray>("Content-Range",
                                                     "bytes " + QByteArray::number(byteRange.first)
                                                         + '-' + QByteArray::number(byteRange.last)
                                                         + '/' + QByteArray::number(size)));
    respond(socket,
            206,
            headers,
            reply.body.mid(byteRange.first, byteRange.last - byteRange.first + 1),
            !head);
}

} // namespace Preview
