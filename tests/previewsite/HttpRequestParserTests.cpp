// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "preview/HttpRange.h"
#include "preview/HttpRequestParser.h"

using Preview::HttpRange;
using Preview::HttpRequestParser;
using State = Preview::HttpRequestParser::State;

namespace {

/** Feeds request in pieces of `piece` bytes; returns the bytes left over after the head. */
QByteArray feedInPieces(HttpRequestParser &parser, const QByteArray &request, qsizetype piece)
{
    qsizetype at = 0;
    while (at < request.size() && parser.state() == State::Incomplete) {
        const QByteArrayView chunk
            = QByteArrayView(request).sliced(at).first(qMin(piece, request.size() - at));
        at += parser.feed(chunk);
        if (parser.state() == State::Incomplete)
            REQUIRE(at % piece == 0); // an incomplete head takes all it is given
    }
    return request.mid(at);
}

} // namespace

TEST_CASE("The request parser reads a head in any split", "[preview][http]")
{
    const QByteArray request = "GET /player/index.html?x=1 HTTP/1.1\r\nHost: 127.0.0.1:8000\r\n"
                               "Range:  bytes=0-1 \r\nX-Empty:\r\n\r\nNEXT";
    for (qsizetype piece : {qsizetype(1), qsizetype(2), qsizetype(7), request.size()}) {
        INFO(piece);
        HttpRequestParser parser;
        CHECK(!parser.hasStarted());
        const QByteArray rest = feedInPieces(parser, request, piece);
        REQUIRE(parser.state() == State::Complete);
        CHECK(rest == "NEXT");
        CHECK(parser.request().method == "GET");
        CHECK(parser.request().target == "/player/index.html?x=1");
        CHECK(parser.request().minorVersion == 1);
        CHECK(parser.request().field("host") == "127.0.0.1:8000");
        CHECK(parser.request().field("range") == "bytes=0-1");
        CHECK(parser.request().field("x-empty") == "");
        CHECK(parser.request().field("nothing").isNull());
        CHECK(parser.request().keepAlive());
    }
}

TEST_CASE("The request parser accepts bare LF and refuses what RFC 9112 forbids", "[preview][http]")
{
    const auto parse = [](const QByteArray &request) {
        HttpRequestParser parser(1024);
        parser.feed(request);
        return parser;
    };
    const HttpRequestParser lf = parse("GET / HTTP/1.0\nHost: a\n\n");
    CHECK(lf.state() == State::Complete);
    CHECK(!lf.request().keepAlive());
    CHECK(parse("\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n").state() == State::Complete);
    CHECK(parse("GET / HTTP/1.1\r\nHost: a\r\nConnection: Keep-Alive, CLOSE\r\n\r\n")
              .request()
              .keepAlive()
          == false);
    CHECK(parse("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\n").request().contentLength
          == 5);

    const std::vector<std::pair<QByteArray, int>> refused{
        {"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400},
        {"GET / HTTP/1.1\r\n\r\n", 400},
        {"GET / HTTP/1.1\r\nHost: a b\r\n\r\n", 400},
        {"GET / HTTP/1.1\rHost: a\r\n\r\n", 400},
        {"GET / HTTP/1.1\r\nHost: a\r\nX: 1\r\n 2\r\n\r\n", 400},
        {"GET / HTTP/1.1\r\nHost : a\r\n\r\n", 400},
        {"GET / HTTP/1.1\r\nHost: a\r\nX: \x01\r\n\r\n", 400},
        {"GET / HTTP/1.1\r\nHost: a\r\nNo colon\r\n\r\n", 400},
        {"GET /\x7f HTTP/1.1\r\nHost: a\r\n\r\n", 400},
        {"G@T / HTTP/1.1\r\nHost: a\r\n\r\n", 400},
        {"GET / HTTP/1.1 \r\nHost: a\r\n\r\n", 400},
        {"GET / HTTPS/1.1\r\nHost: a\r\n\r\n", 400},
        {"GET / HTTP/3.0\r\nHost: a\r\n\r\n", 505},
        {"GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", 400},
        {"GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999\r\n\r\n", 400},
        {"GET / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n", 400},
        {"GET / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n", 501},
        {"GET / HTTP/1.1\r\nHost: a\r\nX: " + QByteArray(2000, 'x') + "\r\n\r\n", 431},
        {QByteArray(100, '\n'), 400},
    };
    for (const auto &[request, status] : refused) {
        INFO(request.toStdString());
        const HttpRequestParser parser = parse(request);
        CHECK(parser.state() == State::Failed);
        CHECK(parser.errorStatus() == status);
        CHECK(!parser.errorText().isEmpty());
    }

    SECTION("a head without its blank line is incomplete, not an error, until the limit")
    {
        HttpRequestParser parser(64);
        CHECK(parser.feed("GET / HTTP/1.1\r\nHost: a\r\n") == 25);
        CHECK(parser.state() == State::Incomplete);
        CHECK(parser.hasStarted());
        parser.feed(QByteArray(64, 'x'));
        CHECK(parser.state() == State::Failed);
        CHECK(parser.errorStatus() == 431);
        parser.reset();
        CHECK(!parser.hasStarted());
        CHECK(parser.feed("GET / HTTP/1.1\nHost: a\n\n") == 24);
        CHECK(parser.state() == State::Complete);
        CHECK(parser.feed("more") == 0);
    }
}

TEST_CASE("Range evaluation follows RFC 9110 and never overflows", "[preview][http]")
{
    using Kind = HttpRange::Kind;
    const auto check
        = [](const char *value, qint64 size, Kind kind, qint64 first = 0, qint64 last = -1) {
              INFO(value << " of " << size);
              const HttpRange range = HttpRange::evaluate(value, size);
              CHECK(range.kind == kind);
              if (kind == Kind::Partial) {
                  CHECK(range.first == first);
                  CHECK(range.last == last);
              }
          };
    check("bytes=0-9", 100, Kind::Partial, 0, 9);
    check("bytes=90-", 100, Kind::Partial, 90, 99);
    check("bytes=90-200", 100, Kind::Partial, 90, 99);
    check("bytes=-10", 100, Kind::Partial, 90, 99);
    check("bytes=-1000", 100, Kind::Partial, 0, 99);
    check("bytes=-99999999999999999999", 100, Kind::Partial, 0, 99);
    check("bytes=1-99999999999999999999", 100, Kind::Partial, 1, 99);
    check(" bytes = 1-2 , ", 100, Kind::Partial, 1, 2);
    check("bytes=99999999999999999999-", 100, Kind::Unsatisfiable);
    check("bytes=100-", 100, Kind::Unsatisfiable);
    check("bytes=-0", 100, Kind::Unsatisfiable);
    check("bytes=0-", 0, Kind::Unsatisfiable);
    check("bytes=-5", 0, Kind::Unsatisfiable);
    check("bytes=200-300, 400-", 100, Kind::Unsatisfiable);
    check("bytes=0-1,5-6", 100, Kind::Whole);
    check("bytes=0-1,200-", 100, Kind::Whole);
    check("bytes=", 100, Kind::Whole);
    check("bytes=,", 100, Kind::Whole);
    check("bytes=a-b", 100, Kind::Whole);
    check("bytes=5-4", 100, Kind::Whole);
    check("bytes=5", 100, Kind::Whole);
    check("bytes=--5", 100, Kind::Whole);
    check("bytes=0-1-2", 100, Kind::Whole);
    check("pages=0-1", 100, Kind::Whole);
    check("", 100, Kind::Whole);
}
