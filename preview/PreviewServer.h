// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QObject>
#include <QSet>
#include <QUrl>

#include <chrono>

class QTcpServer;
class QTcpSocket;

namespace Preview {

class PreviewSite;

namespace Internal {
class PreviewConnection;
}

/** The resource limits of a PreviewServer; the defaults are those docs/preview.md states. */
struct PreviewServerLimits
{
    /**
     * Connections served at once; one more is answered 503 and closed. Lowered to half the
     * process's file descriptor limit, less 16, when that is smaller.
     */
    int maxConnections = 64;
    /** Request line and header fields, in bytes; a longer head is answered 431. */
    qsizetype maxHeadBytes = 16 * 1024;
    /** From a request's first byte to the end of its head (else 408 and close). */
    std::chrono::milliseconds headerTimeout{10000};
    /** How long a connection may wait for its first or next request. */
    std::chrono::milliseconds idleTimeout{5000};
    /** How long a response may make no progress before the connection is dropped. */
    std::chrono::milliseconds sendTimeout{60000};
    /** Requests served on one connection before it is closed. */
    int maxRequestsPerConnection = 1000;
};

/**
 * Serves a PreviewSite over HTTP/1.1 on the loopback interface only (127.0.0.1), for a system
 * browser: the preview where Qt WebEngine is not built in, "Preview in browser", and
 * capsule-cli preview. Never reachable from the network.
 *
 * GET and HEAD, persistent connections, byte ranges for media (video seeking), and a Host check
 * so that a web page elsewhere cannot read the preview through DNS rebinding. Requests are read
 * by HttpRequestParser; every connection is bounded in time (PreviewServerLimits) and in memory
 * (one head, and a response sent in pieces from the site's shared bytes).
 *
 * Course media are served with an allow-listed Content-Type, `nosniff`, and a sandboxing
 * Content-Security-Policy; media of any other type as application/octet-stream attachments.
 */
class PreviewServer : public QObject
{
    Q_OBJECT

public:
    explicit PreviewServer(PreviewSite *site, QObject *parent = nullptr);
    PreviewServer(PreviewSite *site, const PreviewServerLimits &limits, QObject *parent = nullptr);
    ~PreviewServer() override;

    /** Starts listening on 127.0.0.1:port (0: any free port). */
    Core::Result<void> listen(quint16 port = 0);
    bool isListening() const;
    quint16 port() const;
    /** "http://127.0.0.1:<port>" */
    QUrl rootUrl() const;

    /** The limits in force (maxConnections possibly lowered, see PreviewServerLimits). */
    const PreviewServerLimits &limits() const { return m_limits; }
    /** Connections being served now (not counting ones refused with 503). */
    int connectionCount() const { return int(m_connections.size()); }

private:
    friend class Internal::PreviewConnection;

    void acceptConnections();
    void refuse(QTcpSocket *socket);
    void connectionClosed(Internal::PreviewConnection *connection);

    PreviewSite *m_site;
    PreviewServerLimits m_limits;
    QTcpServer *m_server;
    QSet<Internal::PreviewConnection *> m_connections; ///< children of this server
    int m_refusing = 0;                                ///< connections answered 503, not yet closed
};

} // namespace Preview
