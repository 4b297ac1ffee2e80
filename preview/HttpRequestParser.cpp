// SPDX-License-Identifier: MIT
#include "HttpRequestParser.h"

#include "HttpRange.h"

#include <cstring>

namespace Preview {

namespace {

/** RFC 9110 §5.6.2 tchar. */
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::strchr("!#$%&'*+-.^_`|~", c) != nullptr && c != '\0';
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

/** field-vchar, SP or HTAB (RFC 9110 §5.5): no other control character, no DEL. */
bool isFieldValueChar(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return byte == '\t' || (byte >= 0x20 && byte != 0x7f);
}

/** A Host value: uri-host [":" port] characters only (RFC 3986), nothing that splits it. */
bool isHostChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c != '\0' && std::strchr("-._~!$&'()*+;=:[]%", c) != nullptr;
}

/** A decimal of at most 18 digits (no overflow in qint64), or -1. */
qint64 parseLength(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return -1;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

/** Blank lines tolerated before a request line (RFC 9112 §2.2 asks for at least one). */
constexpr qsizetype maxLeadingBlankLines = 8;

} // namespace

QByteArray HttpRequest::field(QByteArrayView name) const
{
    for (const auto &[fieldName, value] : fields) {
        if (fieldName == name)
            return value;
    }
    return {};
}

qsizetype HttpRequest::fieldCount(QByteArrayView name) const
{
    qsizetype count = 0;
    for (const auto &field : fields)
        count += field.first == name ? 1 : 0;
    return count;
}

bool HttpRequest::keepAlive() const
{
    if (minorVersion < 1)
        return false;
    for (const auto &[name, value] : fields) {
        if (name != "connection")
            continue;
        for (const QByteArray &option : value.split(',')) {
            if (trimmedOws(option).compare("close", Qt::CaseInsensitive) == 0)
                return false;
        }
    }
    return true;
}

HttpRequestParser::HttpRequestParser(qsizetype maxHeadBytes)
    : m_maxHeadBytes(maxHeadBytes)
{}

void HttpRequestParser::reset()
{
    m_state = State::Incomplete;
    m_head.clear();
    m_lineStart = 0;
    m_leadingEol = 0;
    m_request = HttpRequest();
    m_errorStatus = 0;
    m_errorText.clear();
}

void HttpRequestParser::fail(int status, const char *text)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorText = text;
}

qsizetype HttpRequestParser::feed(QByteArrayView data)
{
    if (m_state != State::Incomplete)
        return 0;
    qsizetype i = 0;
    while (i < data.size()) {
        if (m_head.isEmpty() && (data[i] == '\r' || data[i] == '\n')) {
            if (++m_leadingEol > 2 * maxLeadingBlankLines) {
                fail(400, "Bad request: blank lines instead of a request line");
                return i + 1;
            }
            ++i;
            continue;
        }
        const auto *newline = static_cast<const char *>(
            std::memchr(data.data() + i, '\n', size_t(data.size() - i)));
        const qsizetype end = newline ? newline - data.data() + 1 : data.size();
        if (end - i > m_maxHeadBytes - m_head.size()) {
            fail(431, "Request header fields too large");
            return end;
        }
        m_head.append(data.data() + i, end - i);
        i = end;
        if (!newline)
            break;
        qsizetype lineEnd = m_head.size() - 1;
        if (lineEnd > m_lineStart && m_head.at(lineEnd - 1) == '\r')
            --lineEnd;
        if (lineEnd == m_lineStart) {
            parseHead();
            return i;
        }
        m_lineStart = m_head.size();
    }
    return i;
}

void HttpRequestParser::parseHead()
{
    // m_head ends with the blank line; every line ends in LF, optionally preceded by CR.
    QByteArrayView rest(m_head);
    bool first = true;
    while (!rest.isEmpty()) {
        const qsizetype newline = rest.indexOf('\n');
        QByteArrayView line = rest.first(newline);
        rest = rest.sliced(newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r'))
            return fail(400, "Bad request: a bare CR in the head");
        if (line.isEmpty())
            break;
        if (first ? !parseRequestLine(line) : !parseFieldLine(line))
            return;
        first = false;
    }

    // RFC 9112 §3.2: exactly one Host, with a valid value.
    if (m_request.fieldCount("host") != 1)
        return fail(400, "Bad request: exactly one Host header field is required");
    for (char c : m_request.field("host")) {
        if (!isHostChar(c))
            return fail(400, "Bad request: invalid Host header field");
    }
    if (m_request.fieldCount("transfer-encoding") > 0)
        return fail(501, "Request bodies are not supported");
    qint64 length = -2;
    for (const auto &[name, value] : m_request.fields) {
        if (name != "content-length")
            continue;
        const qint64 declared = parseLength(value);
        if (declared < 0 || (length != -2 && declared != length))
            return fail(400, "Bad request: invalid Content-Length");
        length = declared;
    }
    m_request.contentLength = qMax<qint64>(0, length);
    m_state = State::Complete;
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    // method SP request-target SP HTTP-version (RFC 9112 §3), single spaces.
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1) {
        fail(400, "Bad request: malformed request line");
        return false;
    }
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(lastSpace + 1);
    if (!isToken(method)) {
        fail(400, "Bad request: malformed method");
        return false;
    }
    for (char c : target) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7f) {
            fail(400, "Bad request: malformed request target");
            return false;
        }
    }
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' || version[5] < '0'
        || version[5] > '9' || version[7] < '0' || version[7] > '9') {
        fail(400, "Bad request: malformed HTTP version");
        return false;
    }
    if (version[5] != '1') {
        fail(505, "HTTP version not supported");
        return false;
    }
    m_request.method = method.toByteArray();
    m_request.target = target.toByteArray();
    m_request.minorVersion = version[7] - '0';
    return true;
}

bool HttpRequestParser::parseFieldLine(QByteArrayView line)
{
    if (line.front() == ' ' || line.front() == '\t') {
        fail(400, "Bad request: obsolete line folding");
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    // No whitespace between the name and the colon (RFC 9112 §5.1).
    if (colon <= 0 || !isToken(line.first(colon))) {
        fail(400, "Bad request: malformed header field");
        return false;
    }
    const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
    for (char c : value) {
        if (!isFieldValueChar(c)) {
            fail(400, "Bad request: control character in a header field");
            return false;
        }
    }
    if (m_request.fields.size() >= maxFields) {
        fail(431, "Too many request header fields");
        return false;
    }
    m_request.fields.append({line.first(colon).toByteArray().toLower(), value.toByteArray()});
    return true;
}

} // namespace Preview
