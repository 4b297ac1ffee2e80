// SPDX-License-Identifier: MIT
#include "PreviewServer.h"

#include "HttpRange.h"
#include "HttpRequestParser.h"
#include "PreviewSite.h"
#include "Tr.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace Preview {

namespace {

using Fields = QList<std::pair<QByteArray, QByteArray>>;

/** Bytes handed to a socket at once, and how many may wait in its buffer (memory per client). */
constexpr qint64 writeChunk = 64 * 1024;
constexpr qint64 maxBuffered = 256 * 1024;
/** How long a refused (503) or closing connection may take to say goodbye. */
constexpr std::chrono::milliseconds closeTimeout{2000};

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
    case 408:
        return "Request Timeout";
    case 416:
        return "Range Not Satisfiable";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

/** A field value that cannot end the field or the head early (defence in depth). */
bool isSafeFieldValue(const QByteArray &value)
{
    return !value.contains('\r') && !value.contains('\n') && !value.contains('\0');
}

const QByteArray plainText = "text/plain; charset=utf-8";

/**
 * Ends the response side of a connection once everything written reached the kernel: a FIN,
 * while the connection stays open for reading. Closing outright with unread request bytes would
 * reset the connection and could lose the answer (RFC 9112 §9.6, "lingering close"); the
 * caller drains what arrives until the client closes or a timeout aborts. True once done.
 */
bool shutdownWriteWhenFlushed(QTcpSocket *socket)
{
    socket->flush();
    if (socket->bytesToWrite() > 0)
        return false;
#ifdef Q_OS_UNIX
    ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
#else
    socket->disconnectFromHost();
#endif
    return true;
}

/**
 * The connection cap, lowered so that it is reached well before the process runs out of file
 * descriptors: past that, connections could not even be accepted to be told 503.
 */
int connectionCap(int wanted)
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
        // Half the descriptors stay for the rest of the process (project files, the editor).
        const qint64 available = qint64(limit.rlim_cur) / 2 - 16;
        return int(std::clamp<qint64>(available, 1, qMax(1, wanted)));
    }
#endif
    return qMax(1, wanted);
}

} // namespace

namespace Internal {

/**
 * One client connection: reads requests with an HttpRequestParser, answers them from the
 * site, and closes itself when a time limit passes. A child of the server; owns its socket.
 */
class PreviewConnection final : public QObject
{
public:
    PreviewConnection(PreviewServer *server, QTcpSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
        , m_parser(server->limits().maxHeadBytes)
    {
        m_socket->setParent(this);
        // Qt reads no more from the kernel than this while a response is being sent.
        m_socket->setReadBufferSize(qMax<qint64>(writeChunk, server->limits().maxHeadBytes));
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &PreviewConnection::timedOut);
        connect(m_socket, &QTcpSocket::readyRead, this, &PreviewConnection::readMore);
        connect(m_socket, &QTcpSocket::bytesWritten, this, &PreviewConnection::written);
        connect(m_socket, &QTcpSocket::disconnected, this, &PreviewConnection::closed);
        m_timer.start(m_server->limits().idleTimeout); // the header timeout runs from byte one
        readMore();
    }

private:
    enum class Phase { Reading, Sending, Closing };

    void readMore()
    {
        if (m_phase == Phase::Closing)
            m_socket->readAll(); // lingering close: drain, the client closes
        while (m_phase == Phase::Reading) {
            QByteArray data = m_pending.isEmpty() ? m_socket->read(writeChunk)
                                                  : std::exchange(m_pending, QByteArray());
            if (data.isEmpty())
                return;
            const bool started = m_parser.hasStarted();
            const qsizetype used = m_parser.feed(data);
            if (!started && m_parser.hasStarted())
                m_timer.start(m_server->limits().headerTimeout); // from the first byte on
            switch (m_parser.state()) {
            case HttpRequestParser::State::Incomplete:
                break;
            case HttpRequestParser::State::Failed:
                send(m_parser.errorStatus(),
                     {{"Content-Type", plainText}},
                     m_parser.errorText() + '\n',
                     true,
                     false);
                return;
            case HttpRequestParser::State::Complete:
                m_pending = data.mid(used);
                handle(m_parser.request());
                return;
            }
        }
    }

    void handle(const HttpRequest &request)
    {
        ++m_requests;
        const bool keepAlive = request.keepAlive() && request.contentLength == 0
                               && m_requests < m_server->limits().maxRequestsPerConnection;
        const bool head = request.method == "HEAD";
        if (request.method != "GET" && !head) {
            send(405, {{"Allow", "GET, HEAD"}, {"Content-Type", plainText}}, {}, false, keepAlive);
            return;
        }
        // Only our own names for the loopback address (DNS rebinding guard).
        const QByteArray host = request.field("host").toLower();
        const QByteArray portSuffix = ':' + QByteArray::number(m_server->port());
        if (host != "127.0.0.1" + portSuffix && host != "localhost" + portSuffix) {
            send(403, {{"Content-Type", plainText}}, "Forbidden host\n", !head, keepAlive);
            return;
        }
        const QUrl url(QString::fromLatin1(request.target), QUrl::StrictMode);
        if (!request.target.startsWith('/') || !url.isValid() || !url.isRelative()
            || !url.path().startsWith(u'/')) {
            send(400, {{"Content-Type", plainText}}, "Bad request target\n", !head, keepAlive);
            return;
        }

        const PreviewSite::Reply reply = m_server->m_site->get(url.path(QUrl::FullyDecoded));
        if (reply.status == 302) {
            send(302, {{"Location", reply.body}}, {}, false, keepAlive);
            return;
        }
        Fields fields{
            {"Content-Type", reply.contentType},
            {"Cache-Control", reply.immutable ? "max-age=31536000, immutable" : "no-store"},
        };
        if (reply.untrusted)
            fields.emplace_back("Content-Security-Policy", PreviewSite::untrustedContentPolicy());
        if (reply.download)
            fields.emplace_back("Content-Disposition", "attachment");
        if (reply.status != 200 || !reply.immutable) {
            send(reply.status, fields, reply.body, !head, keepAlive);
            return;
        }
        fields.emplace_back("Accept-Ranges", "bytes");
        const QByteArray rangeField = request.field("range");
        // A Range with If-Range is served whole: the server keeps no validators to compare.
        const HttpRange range = rangeField.isNull() || request.fieldCount("if-range") > 0
                                    ? HttpRange()
                                    : HttpRange::evaluate(rangeField, reply.body.size());
        const QByteArray size = QByteArray::number(reply.body.size());
        switch (range.kind) {
        case HttpRange::Kind::Whole:
            send(200, fields, reply.body, !head, keepAlive);
            return;
        case HttpRange::Kind::Unsatisfiable:
            fields.emplace_back("Content-Range", "bytes */" + size);
            send(416, fields, {}, false, keepAlive);
            return;
        case HttpRange::Kind::Partial:
            fields.emplace_back("Content-Range",
                                "bytes " + QByteArray::number(range.first) + '-'
                                    + QByteArray::number(range.last) + '/' + size);
            send(206, fields, reply.body, !head, keepAlive, range.first, range.last + 1);
            return;
        }
    }

    /** Sends body[from, to) (the whole body by default) after the head; HEAD: the head only. */
    void send(int status,
              Fields fields,
              const QByteArray &body,
              bool withBody,
              bool keepAlive,
              qint64 from = 0,
              qint64 to = -1)
    {
        if (to < 0)
            to = body.size();
        for (const auto &field : fields) {
            if (!isSafeFieldValue(field.second)) {
                send(500, {{"Content-Type", plainText}}, "Invalid response header\n", true, false);
                return;
            }
        }
        QByteArray head
            = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
        for (const auto &[name, value] : std::as_const(fields))
            head += name + ": " + value + "\r\n";
        head += "Content-Length: " + QByteArray::number(to - from) + "\r\n";
        head += "X-Content-Type-Options: nosniff\r\n";
        head += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
        m_phase = Phase::Sending;
        m_keepAlive = keepAlive;
        m_body = withBody ? body : QByteArray();
        m_offset = withBody ? from : 0;
        m_end = withBody ? to : 0;
        m_timer.start(m_server->limits().sendTimeout);
        m_socket->write(head);
        writeMore();
    }

    /** Hands the socket the next pieces of the body, keeping its buffer small. */
    void writeMore()
    {
        if (m_phase != Phase::Sending)
            return;
        while (m_offset < m_end && m_socket->bytesToWrite() < maxBuffered) {
            const qint64 piece = qMin(writeChunk, m_end - m_offset);
            m_socket->write(m_body.constData() + m_offset, piece);
            m_offset += piece;
        }
        if (m_offset < m_end)
            return;
        m_body.clear();
        if (!m_keepAlive) {
            startClosing();
            return;
        }
        m_phase = Phase::Reading;
        m_parser.reset();
        m_timer.start(m_server->limits().idleTimeout);
        // Queued: a client that pipelines many requests does not deepen the stack.
        QMetaObject::invokeMethod(this, &PreviewConnection::readMore, Qt::QueuedConnection);
    }

    void startClosing()
    {
        m_phase = Phase::Closing;
        m_timer.start(closeTimeout);
        m_shutDown = shutdownWriteWhenFlushed(m_socket);
        m_socket->readAll();
    }

    void written()
    {
        if (m_phase == Phase::Closing && !m_shutDown) {
            m_shutDown = shutdownWriteWhenFlushed(m_socket);
        } else if (m_phase == Phase::Sending) {
            m_timer.start(m_server->limits().sendTimeout); // progress
            writeMore();
        } else if (m_phase == Phase::Reading && !m_parser.hasStarted()) {
            m_timer.start(m_server->limits().idleTimeout);
        }
    }

    void timedOut()
    {
        if (m_phase == Phase::Reading && m_parser.hasStarted()) {
            send(408, {{"Content-Type", plainText}}, "Request timeout\n", true, false);
        } else if (m_phase == Phase::Reading) {
            startClosing(); // idle: close quietly
        } else {
            m_socket->abort(); // a client that does not read
        }
    }

    void closed()
    {
        if (m_phase == Phase::Closing && m_closed)
            return;
        m_phase = Phase::Closing;
        m_closed = true;
        m_timer.stop();
        m_server->connectionClosed(this);
    }

    PreviewServer *m_server;
    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    QTimer m_timer;
    Phase m_phase = Phase::Reading;
    bool m_closed = false;
    bool m_shutDown = false; ///< the response side is closed (FIN sent)
    bool m_keepAlive = false;
    int m_requests = 0;
    QByteArray m_pending; ///< bytes after the last complete head (pipelined requests)
    QByteArray m_body;    ///< the response being sent (shared with the site: no copy)
    qint64 m_offset = 0;
    qint64 m_end = 0;
};

} // namespace Internal

PreviewServer::PreviewServer(PreviewSite *site, QObject *parent)
    : PreviewServer(site, PreviewServerLimits(), parent)
{}

PreviewServer::PreviewServer(PreviewSite *site, const PreviewServerLimits &limits, QObject *parent)
    : QObject(parent)
    , m_site(site)
    , m_limits(limits)
    , m_server(new QTcpServer(this))
{
    m_limits.maxConnections = connectionCap(limits.maxConnections);
    connect(m_server, &QTcpServer::newConnection, this, &PreviewServer::acceptConnections);
    // Out of file descriptors, QTcpServer stops accepting for good: try again shortly.
    connect(m_server, &QTcpServer::acceptError, this, [this] {
        QTimer::singleShot(100, this, [this] {
            if (m_server->isListening())
                m_server->resumeAccepting();
        });
    });
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
        if (m_connections.size() >= m_limits.maxConnections)
            refuse(socket);
        else
            m_connections.insert(new Internal::PreviewConnection(this, socket));
    }
}

void PreviewServer::refuse(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    const QByteArray body = "The preview server is busy; try again in a moment.\n";
    socket->readAll(); // the request, if it is there: unread, closing would reset
    socket->write("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Type: " + plainText
                  + "\r\nContent-Length: " + QByteArray::number(body.size())
                  + "\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n" + body);
    // Refused connections hold a descriptor only briefly, and only so many at once; past that
    // the answer goes out and the socket closes at once.
    if (m_refusing >= m_limits.maxConnections) {
        socket->flush();
        socket->abort();
        return;
    }
    ++m_refusing;
    connect(socket, &QObject::destroyed, this, [this] { --m_refusing; });
    // A lingering close, as for served connections: drain until the client closes.
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
    connect(
        socket, &QTcpSocket::bytesWritten, socket, [socket] { shutdownWriteWhenFlushed(socket); });
    QTimer::singleShot(closeTimeout, socket, [socket] { socket->abort(); });
    shutdownWriteWhenFlushed(socket);
}

void PreviewServer::connectionClosed(Internal::PreviewConnection *connection)
{
    m_connections.remove(connection);
    connection->deleteLater();
}

} // namespace Preview
