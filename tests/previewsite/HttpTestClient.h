// SPDX-License-Identifier: MIT
#pragma once

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

/** One HTTP response as a raw client read it. */
struct HttpReply
{
    int status = 0; ///< 0: no complete response before the deadline
    QByteArray head;
    QByteArray body;
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith(name.toLower() + ':'))
                return line.mid(name.size() + 1).trimmed();
        }
        return {};
    }
    qsizetype headerCount(const QByteArray &name) const
    {
        qsizetype count = 0;
        for (const QByteArray &line : head.split('\n'))
            count += line.toLower().startsWith(name.toLower() + ':') ? 1 : 0;
        return count;
    }
};

/**
 * A raw TCP client of a server that runs in this thread: every wait spins the event loop.
 * Reads responses one at a time (Content-Length framed), for persistent connections.
 */
class RawHttpConnection
{
public:
    explicit RawHttpConnection(quint16 port)
        : m_socket(std::make_unique<QTcpSocket>())
    {
        m_socket->connectToHost(QStringLiteral("127.0.0.1"), port);
        REQUIRE(m_socket->waitForConnected(5000));
    }

    void send(const QByteArray &bytes)
    {
        m_socket->write(bytes);
        m_socket->flush();
    }

    /** The next response; status 0 when none completed within timeoutMs. */
    HttpReply readReply(bool headRequest = false, int timeoutMs = 5000)
    {
        QElapsedTimer clock;
        clock.start();
        while (true) {
            m_buffer += m_socket->readAll();
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                HttpReply reply;
                reply.head = m_buffer.left(end);
                const qsizetype length
                    = headRequest ? 0 : reply.header("Content-Length").toLongLong();
                if (m_buffer.size() >= end + 4 + length) {
                    reply.body = m_buffer.mid(end + 4, length);
                    reply.status = reply.head.split(' ').value(1).toInt();
                    m_buffer.remove(0, end + 4 + length);
                    return reply;
                }
            }
            if (clock.elapsed() > timeoutMs
                || (m_socket->state() != QAbstractSocket::ConnectedState
                    && m_socket->bytesAvailable() == 0))
                return {};
            QTest::qWait(2);
        }
    }

    /** Whether the server closed the connection within timeoutMs. */
    bool waitClosed(int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (m_socket->state() == QAbstractSocket::ConnectedState) {
            m_buffer += m_socket->readAll();
            if (clock.elapsed() > timeoutMs)
                return false;
            QTest::qWait(2);
        }
        return true;
    }

    QTcpSocket &socket() { return *m_socket; }

private:
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};

/**
 * Spins the event loop until condition() holds; false after timeoutMs. (QTRY_* macros do not
 * report to Catch: on failure they only return from the test.)
 */
template <typename Condition> bool waitUntil(Condition condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QTest::qWait(2);
    }
    return true;
}

/** One request on a connection of its own. */
inline HttpReply exchange(quint16 port, const QByteArray &request, int timeoutMs = 5000)
{
    RawHttpConnection connection(port);
    connection.send(request);
    return connection.readReply(request.startsWith("HEAD "), timeoutMs);
}

inline HttpReply get(quint16 port, const QByteArray &target, const QByteArray &extra = {})
{
    return exchange(port,
                    "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
                        + "\r\n" + extra + "\r\n");
}
