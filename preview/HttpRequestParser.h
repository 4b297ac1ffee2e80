// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace Preview {

/** The head of one HTTP/1.x request, as HttpRequestParser read it. */
struct HttpRequest
{
    QByteArray method;
    QByteArray target;    ///< the request target as sent ("/player/index.html?x=1")
    int minorVersion = 1; ///< HTTP/1.<minorVersion>
    /** Field lines in order; names lowercased, values without surrounding whitespace. */
    QList<std::pair<QByteArray, QByteArray>> fields;
    qint64 contentLength = 0; ///< the declared body length (Content-Length), 0 without one

    /** The value of the first field named name (lowercase), or a null QByteArray. */
    QByteArray field(QByteArrayView name) const;
    qsizetype fieldCount(QByteArrayView name) const;
    /** Whether the client may send another request on this connection (HTTP/1.1, no "close"). */
    bool keepAlive() const;
};

/**
 * Reads the head of an HTTP/1.x request (request line and field lines, RFC 9112) from bytes that
 * arrive in any number of pieces. Pure: no sockets, no allocation beyond the head it keeps
 * (at most maxHeadBytes), so that it can be unit-tested and fuzzed.
 *
 * Lines may end in CR LF or in a bare LF (RFC 9112 §2.2); a bare CR, obsolete line folding,
 * control characters, a malformed field name or request line are errors (400), as are a
 * missing Host field or more than one (§3.2). A head longer than maxHeadBytes or with more
 * than maxFields fields is refused with 431. Request bodies are not read: Transfer-Encoding is
 * refused (501), Content-Length is validated and reported.
 */
class HttpRequestParser
{
public:
    enum class State {
        Incomplete, ///< more bytes needed
        Complete,   ///< request() holds the head; bytes after it were not consumed
        Failed      ///< errorStatus() and errorText() say why; the connection must close
    };

    static constexpr qsizetype defaultMaxHeadBytes = 16 * 1024;
    static constexpr int maxFields = 100;

    explicit HttpRequestParser(qsizetype maxHeadBytes = defaultMaxHeadBytes);

    /**
     * Consumes bytes of the head and returns how many it took: all of data while the head is
     * incomplete, up to and including the blank line that ends it once complete, 0 once
     * Complete or Failed.
     */
    qsizetype feed(QByteArrayView data);

    State state() const { return m_state; }
    /** Whether any byte of this request arrived (blank lines before it do not count). */
    bool hasStarted() const { return !m_head.isEmpty(); }
    const HttpRequest &request() const { return m_request; }
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorText() const { return m_errorText; }

    /** Forgets the request, to read the next one on the same connection. */
    void reset();

private:
    void fail(int status, const char *text);
    void parseHead();
    bool parseRequestLine(QByteArrayView line);
    bool parseFieldLine(QByteArrayView line);

    qsizetype m_maxHeadBytes;
    State m_state = State::Incomplete;
    QByteArray m_head;          ///< bytes of the head so far, from the request line on
    qsizetype m_lineStart = 0;  ///< where the current line starts in m_head
    qsizetype m_leadingEol = 0; ///< blank lines skipped before the request line
    HttpRequest m_request;
    int m_errorStatus = 0;
    QByteArray m_errorText;
};

} // namespace Preview
