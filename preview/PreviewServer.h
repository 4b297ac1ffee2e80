// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace Preview {

class PreviewSite;

/**
 * Serves a PreviewSite over HTTP/1.1 on the loopback interface only (127.0.0.1), for a system
 * browser: the preview where Qt WebEngine is not built in, "Preview in browser", and
 * capsule-cli preview. Never reachable from the network.
 *
 * GET and HEAD, one request per connection, byte ranges for media (video seeking), and a
 * Host check so that a web page elsewhere cannot read the preview through DNS rebinding.
 */
class PreviewServer : public QObject
{
    Q_OBJECT

public:
    explicit PreviewServer(PreviewSite *site, QObject *parent = nullptr);
    ~PreviewServer() override;

    /** Starts listening on 127.0.0.1:port (0: any free port). */
    Core::Result<void> listen(quint16 port = 0);
    bool isListening() const;
    quint16 port() const;
    /** "http://127.0.0.1:<port>" */
    QUrl rootUrl() const;

private:
    void acceptConnections();
    void readRequest(QTcpSocket *socket);

    PreviewSite *m_site;
    QTcpServer *m_server;
};

} // namespace Preview
