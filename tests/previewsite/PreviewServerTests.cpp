// SPDX-License-Identifier: MIT
// The preview server against hostile clients and hostile projects (issue #10): raw requests
// over TCP to a real PreviewServer on 127.0.0.1.
#include "HttpTestClient.h"
#include "TestSupport.h"
#include "core/Course.h"
#include "core/Document.h"
#include "preview/PreviewServer.h"
#include "preview/PreviewSite.h"

#include <QCryptographicHash>
#include <QElapsedTimer>

#include <vector>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using Preview::PreviewServer;
using Preview::PreviewServerLimits;
using Preview::PreviewSite;

namespace {

Core::MediaAsset memoryAsset(const QByteArray &bytes, const QString &mimeType, const QString &name)
{
    Core::MediaAsset asset;
    asset.id = Core::AssetId(
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    asset.fileName = name;
    asset.mimeType = mimeType;
    asset.byteSize = bytes.size();
    asset.source = Core::AssetSource(Core::AssetSource::Kind::Memory, {}, {}, bytes);
    return asset;
}

const QByteArray scriptedSvg
    = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
      "<rect width=\"10\" height=\"10\" fill=\"red\"/>"
      "<script>parent.API_1484_11.SetValue('cmi.success_status','passed')</script></svg>";
const QByteArray htmlPage = "<!doctype html><script>parent.API.LMSSetValue('x','y')</script>";
const QByteArray injectingMime = "image/png\r\nSet-Cookie: injected=1\r\nX-Injected: yes";
const QByteArray pngLikeBytes = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(4096, 'p');

/** A sample course plus hostile media, served by a PreviewServer with the given limits. */
struct Fixture
{
    explicit Fixture(const PreviewServerLimits &limits = {})
    {
        auto document = Core::Document::fromTemplate(u"sample"_s);
        REQUIRE(document);
        course = document.value()->course().clone();
        for (const Core::MediaAsset &asset :
             {memoryAsset(pngLikeBytes, QString::fromLatin1(injectingMime), u"evil.png"_s),
              memoryAsset(scriptedSvg, u"image/svg+xml"_s, u"drawing.svg"_s),
              memoryAsset(htmlPage, u"text/html"_s, u"page.html"_s)}) {
            course->assets().insert({asset.id, asset});
            targets.append("/player/" + asset.archiveName().toLatin1());
        }
        site.setCourse(*course);
        server = std::make_unique<PreviewServer>(&site, limits);
        REQUIRE(server->listen());
        port = server->port();
        host = "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    }

    QByteArray request(const QByteArray &target, const QByteArray &extra = {}) const
    {
        return "GET " + target + " HTTP/1.1\r\n" + host + extra + "\r\n";
    }

    std::unique_ptr<Core::Course> course;
    PreviewSite site;
    std::unique_ptr<PreviewServer> server;
    quint16 port = 0;
    QByteArray host;
    QByteArrayList targets; ///< injecting MIME, scripted SVG, HTML
};

PreviewServerLimits shortLimits()
{
    PreviewServerLimits limits;
    limits.maxConnections = 4;
    limits.headerTimeout = std::chrono::milliseconds(300);
    limits.idleTimeout = std::chrono::milliseconds(300);
    limits.sendTimeout = std::chrono::milliseconds(1000);
    limits.maxHeadBytes = 2048;
    return limits;
}

} // namespace

TEST_CASE("A media type from the project cannot inject response headers", "[preview][server]")
{
    Fixture fixture;
    const HttpReply reply = get(fixture.port, fixture.targets.at(0));
    REQUIRE(reply.status == 200);
    CHECK(reply.headerCount("Set-Cookie") == 0);
    CHECK(reply.headerCount("X-Injected") == 0);
    CHECK(reply.header("Content-Type") == "application/octet-stream");
    CHECK(reply.header("Content-Disposition") == "attachment");
    CHECK(reply.header("X-Content-Type-Options") == "nosniff");
    CHECK(reply.body == pngLikeBytes);

    SECTION("only the types Capsule imports are served as themselves")
    {
        CHECK(PreviewSite::mediaContentType(u"image/png"_s) == "image/png");
        CHECK(PreviewSite::mediaContentType(u"video/mp4"_s) == "video/mp4");
        CHECK(PreviewSite::mediaContentType(u"audio/mpeg"_s) == "audio/mpeg");
        CHECK(PreviewSite::mediaContentType(u"text/vtt"_s) == "text/vtt; charset=utf-8");
        for (const QString &other : {u"text/html"_s,
                                     u"application/javascript"_s,
                                     u"image/png; charset=x"_s,
                                     u"IMAGE/PNG"_s,
                                     u"image/png\n"_s,
                                     u"application/xhtml+xml"_s,
                                     QString()}) {
            INFO(other.toStdString());
            CHECK(PreviewSite::mediaContentType(other) == "application/octet-stream");
        }
    }
}

TEST_CASE("SVG and HTML media cannot script the preview's origin", "[preview][server]")
{
    Fixture fixture;
    const HttpReply svg = get(fixture.port, fixture.targets.at(1));
    REQUIRE(svg.status == 200);
    // Still an image for <img>, but a sandboxed document without script when opened.
    CHECK(svg.header("Content-Type") == "image/svg+xml");
    CHECK(svg.header("X-Content-Type-Options") == "nosniff");
    const QByteArray policy = svg.header("Content-Security-Policy");
    CHECK(policy.startsWith("sandbox;"));
    CHECK(policy.contains("default-src 'none'"));
    CHECK(!policy.contains("script-src"));
    CHECK(svg.body == scriptedSvg);

    const HttpReply html = get(fixture.port, fixture.targets.at(2));
    REQUIRE(html.status == 200);
    CHECK(html.header("Content-Type") == "application/octet-stream");
    CHECK(html.header("Content-Disposition") == "attachment");
    CHECK(html.header("Content-Security-Policy").startsWith("sandbox;"));

    // The player's own pages are not sandboxed: they are Capsule's.
    const HttpReply player = get(fixture.port, "/player/index.html");
    CHECK(player.header("Content-Type") == "text/html; charset=utf-8");
    CHECK(player.headerCount("Content-Security-Policy") == 0);
}

TEST_CASE("Exactly one Host header field, or 400", "[preview][server]")
{
    Fixture fixture;
    const QByteArray good = fixture.host;
    const QByteArray bad = "Host: attacker.example\r\n";
    const auto send = [&](const QByteArray &fields) {
        return exchange(fixture.port, "GET /player/index.html HTTP/1.1\r\n" + fields + "\r\n")
            .status;
    };
    CHECK(send(bad + good) == 400);
    CHECK(send(good + bad) == 400);
    CHECK(send(good + good) == 400);
    CHECK(send({}) == 400);
    CHECK(send("Host: 127.0.0.1:1\r\n\tx\r\n") == 400); // obsolete folding
    CHECK(send("Host : 127.0.0.1\r\n") == 400);
    CHECK(send(good) == 200);
    CHECK(send("host: LOCALHOST:" + QByteArray::number(fixture.port) + "\r\n") == 200);
}

TEST_CASE("A request with LF-only line ends is answered", "[preview][server]")
{
    Fixture fixture;
    const QByteArray request = "GET /player/index.html HTTP/1.1\nHost: 127.0.0.1:"
                               + QByteArray::number(fixture.port) + "\nConnection: close\n\n";
    const HttpReply reply = exchange(fixture.port, request, 2000);
    CHECK(reply.status == 200);
    CHECK(reply.body == fixture.site.get(u"/player/index.html"_s).body);
    // A bare CR is never a line end.
    CHECK(exchange(fixture.port, "GET / HTTP/1.1\r" + fixture.host + "\r\n", 2000).status == 400);
}

TEST_CASE("Byte ranges: overflow-safe, 416 when unsatisfiable, 200 when invalid",
          "[preview][server]")
{
    Fixture fixture;
    const QByteArray target = fixture.targets.at(1);
    const qsizetype size = scriptedSvg.size();
    const QByteArray length = QByteArray::number(size);
    const auto ranged = [&](const QByteArray &range) {
        return get(fixture.port, target, "Range: " + range + "\r\n");
    };

    const HttpReply huge = ranged("bytes=99999999999999999999-");
    CHECK(huge.status == 416);
    CHECK(huge.header("Content-Range") == "bytes */" + length);
    CHECK(huge.body.isEmpty());
    CHECK(ranged("bytes=" + length + "-").status == 416);
    CHECK(ranged("bytes=-0").status == 416);
    CHECK(ranged("bytes=" + length + "-,99999999999999999999-1999999999999999999999").status
          == 416);

    // Syntactically invalid, or a form we do not serve: the whole body.
    for (const QByteArray &whole : QByteArrayList{"bytes=abc",
                                                  "bytes=5-2",
                                                  "bytes=-",
                                                  "bytes=1-2-3",
                                                  "items=0-1",
                                                  "bytes=0-1,4-5",
                                                  "bytes=-99999999999999999999x"}) {
        INFO(whole.toStdString());
        const HttpReply reply = ranged(whole);
        CHECK(reply.status == 200);
        CHECK(reply.body == scriptedSvg);
    }

    const HttpReply suffix = ranged("bytes=-99999999999999999999");
    CHECK(suffix.status == 206);
    CHECK(suffix.body == scriptedSvg);
    CHECK(suffix.header("Content-Range")
          == "bytes 0-" + QByteArray::number(size - 1) + '/' + length);
    const HttpReply last = ranged("bytes=10-99999999999999999999");
    CHECK(last.status == 206);
    CHECK(last.body == scriptedSvg.mid(10));
    const HttpReply middle = ranged("BYTES = 2-4");
    CHECK(middle.status == 206);
    CHECK(middle.body == scriptedSvg.mid(2, 3));
}

TEST_CASE("A half-sent request is answered 408 after the header timeout", "[preview][server]")
{
    Fixture fixture(shortLimits());
    QElapsedTimer clock;
    clock.start();
    RawHttpConnection connection(fixture.port);
    connection.send("GET /player/index.html HTTP/1.1\r\n" + fixture.host);
    const HttpReply reply = connection.readReply(false, 3000);
    CHECK(reply.status == 408);
    CHECK(connection.waitClosed(2000));
    CHECK(clock.elapsed() < 2000);

    SECTION("dribbling bytes does not extend it")
    {
        RawHttpConnection slow(fixture.port);
        clock.restart();
        slow.send("GET /player/index.html HTTP/1.1\r\n");
        for (int i = 0; i < 20 && slow.socket().state() == QAbstractSocket::ConnectedState; ++i) {
            QTest::qWait(50);
            slow.send("X-A: b\r\n");
        }
        CHECK(slow.waitClosed(2000));
        CHECK(clock.elapsed() < 1500);
    }
    SECTION("a connection that sends nothing is closed")
    {
        RawHttpConnection silent(fixture.port);
        CHECK(silent.waitClosed(2000));
    }
    SECTION("a head over the limit is answered 431")
    {
        const HttpReply big = exchange(
            fixture.port, fixture.request("/player/index.html", "X-Big: " + QByteArray(4000, 'a')));
        CHECK(big.status == 431);
    }
}

TEST_CASE("Persistent connections serve several requests, then close when idle",
          "[preview][server]")
{
    Fixture fixture(shortLimits());
    RawHttpConnection connection(fixture.port);
    // Two pipelined requests and a third later, on one connection.
    connection.send(fixture.request("/player/index.html") + fixture.request("/preview/revision"));
    CHECK(connection.readReply().status == 200);
    const HttpReply revision = connection.readReply();
    CHECK(revision.status == 200);
    CHECK(revision.body == "1");
    CHECK(revision.header("Connection") == "keep-alive");
    connection.send(fixture.request(fixture.targets.at(1), "Range: bytes=0-3\r\n"));
    CHECK(connection.readReply().body == scriptedSvg.left(4));
    CHECK(fixture.server->connectionCount() == 1);
    CHECK(connection.waitClosed(2000)); // idle timeout
    REQUIRE(waitUntil([&] { return fixture.server->connectionCount() == 0; }, 1000));

    SECTION("Connection: close is honoured")
    {
        RawHttpConnection once(fixture.port);
        once.send(fixture.request("/preview/revision", "Connection: close\r\n"));
        CHECK(once.readReply().header("Connection") == "close");
        CHECK(once.waitClosed(200));
    }
}

TEST_CASE("Over the connection cap: a quick 503, and service once connections close",
          "[preview][server]")
{
    PreviewServerLimits limits = shortLimits();
    limits.headerTimeout = std::chrono::milliseconds(10000); // the held connections stay
    limits.idleTimeout = std::chrono::milliseconds(10000);
    Fixture fixture(limits);
    std::vector<std::unique_ptr<RawHttpConnection>> held;
    for (int i = 0; i < limits.maxConnections + 3; ++i) {
        held.push_back(std::make_unique<RawHttpConnection>(fixture.port));
        held.back()->send("GET /player/index.html HTTP/1.1\r\n"); // never finished
    }
    REQUIRE(waitUntil([&] { return fixture.server->connectionCount() == limits.maxConnections; },
                      2000));

    QElapsedTimer clock;
    clock.start();
    const HttpReply busy = get(fixture.port, "/player/index.html");
    CHECK(busy.status == 503);
    CHECK(busy.header("Retry-After") == "1");
    CHECK(clock.elapsed() < 1000);

    held.clear();
    REQUIRE(waitUntil([&] { return fixture.server->connectionCount() == 0; }, 2000));
    CHECK(get(fixture.port, "/player/index.html").status == 200);
}

#ifdef Q_OS_UNIX
TEST_CASE("The connection cap stays below the file descriptor limit", "[preview][server]")
{
    rlimit original{};
    REQUIRE(getrlimit(RLIMIT_NOFILE, &original) == 0);
    rlimit lowered = original;
    lowered.rlim_cur = 96;
    REQUIRE(setrlimit(RLIMIT_NOFILE, &lowered) == 0);
    PreviewSite site;
    const PreviewServer server(&site);
    REQUIRE(setrlimit(RLIMIT_NOFILE, &original) == 0);
    CHECK(server.limits().maxConnections == 96 / 2 - 16);
    CHECK(PreviewServer(&site).limits().maxConnections == PreviewServerLimits().maxConnections);
}
#endif

TEST_CASE("Malformed heads get an answer, never silence", "[preview][server]")
{
    Fixture fixture(shortLimits());
    const QByteArray host = fixture.host;
    CHECK(exchange(fixture.port, "GET /x HTTP/2.0\r\n" + host + "\r\n").status == 505);
    CHECK(exchange(fixture.port, "GET  /x HTTP/1.1\r\n" + host + "\r\n").status == 400);
    CHECK(exchange(fixture.port, "GET /x\r\n" + host + "\r\n").status == 400);
    CHECK(exchange(fixture.port, "GET /x HTTP/1.1\r\n" + host + QByteArray("X-A: a\0b\r\n\r\n", 12))
              .status
          == 400);
    CHECK(exchange(fixture.port,
                   "POST /x HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
              .status
          == 501);
    CHECK(exchange(fixture.port, "GET http://127.0.0.1/x HTTP/1.1\r\n" + host + "\r\n").status
          == 400);
    CHECK(
        exchange(fixture.port, "\r\n\r\nGET /preview/revision HTTP/1.1\r\n" + host + "\r\n").status
        == 200);
}
