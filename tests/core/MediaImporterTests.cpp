// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "core/MediaImporter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtEndian>

#include <catch2/catch.hpp>

#include <cstring>

using Core::AssetSource;
using Core::ErrorCode;
using Core::MediaImporter;
using namespace Qt::StringLiterals;

namespace {

QString mediaPath(const QString &name)
{
    return testDataPath(u"media/"_s + name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

// --- ISO BMFF boxes ------------------------------------------------------------------------

QByteArray be32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray be64(quint64 value)
{
    QByteArray bytes(8, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray box(const char *type, const QByteArray &payload)
{
    return be32(quint32(8 + payload.size())) + QByteArray(type, 4) + payload;
}

QByteArray largeBox(const char *type, const QByteArray &payload)
{
    return be32(1) + QByteArray(type, 4) + be64(quint64(16 + payload.size())) + payload;
}

QByteArray mvhd0(quint32 timescale, quint32 duration)
{
    return box("mvhd",
               QByteArray(4, '\0') + be32(0) + be32(0) + be32(timescale) + be32(duration)
                   + QByteArray(80, '\0'));
}

QByteArray mvhd1(quint32 timescale, quint64 duration)
{
    return box("mvhd",
               QByteArray(1, '\1') + QByteArray(3, '\0') + be64(0) + be64(0) + be32(timescale)
                   + be64(duration) + QByteArray(80, '\0'));
}

QByteArray tkhd0(quint32 width, quint32 height)
{
    return box("tkhd", QByteArray(76, '\0') + be32(width << 16) + be32(height << 16));
}

const QByteArray ftyp = box("ftyp", QByteArray("isom\0\0\2\0isomiso2mp41", 20));

qint64 mp4Duration(const QByteArray &bytes)
{
    const auto asset = MediaImporter::fromData(bytes, u"clip.mp4"_s);
    REQUIRE(asset.has_value());
    CHECK(asset->mimeType == u"video/mp4"_s);
    return asset->durationMs;
}

// --- EBML elements -------------------------------------------------------------------------

QByteArray ebmlId(quint32 id)
{
    QByteArray bytes = be32(id);
    while (bytes.size() > 1 && bytes[0] == '\0')
        bytes.remove(0, 1);
    return bytes;
}

/** An EBML size as an 8-byte variable-length integer (valid for any size). */
QByteArray ebmlSize(quint64 size)
{
    QByteArray bytes = be64(size);
    bytes[0] = '\x01';
    return bytes;
}

QByteArray element(quint32 id, const QByteArray &payload)
{
    return ebmlId(id) + ebmlSize(quint64(payload.size())) + payload;
}

QByteArray unsignedElement(quint32 id, quint64 value)
{
    return element(id, be64(value));
}

QByteArray floatElement(quint32 id, double value)
{
    quint64 bits;
    std::memcpy(&bits, &value, sizeof bits);
    return element(id, be64(bits));
}

QByteArray float32Element(quint32 id, float value)
{
    quint32 bits;
    std::memcpy(&bits, &value, sizeof bits);
    return element(id, be32(bits));
}

const QByteArray ebmlHeader = element(0x1A45DFA3, element(0x4282, "webm"));

QByteArray segment(const QByteArray &children)
{
    return element(0x18538067, children);
}

QByteArray info(const QByteArray &children)
{
    return element(0x1549A966, children);
}

QByteArray videoTrack(quint64 width, quint64 height)
{
    return element(
        0x1654AE6B,
        element(0xAE,
                unsignedElement(0xD7, 1)
                    + element(0xE0, unsignedElement(0xB0, width) + unsignedElement(0xBA, height))));
}

Core::MediaAsset webm(const QByteArray &bytes)
{
    const auto asset = MediaImporter::fromData(bytes, u"clip.webm"_s);
    REQUIRE(asset.has_value());
    CHECK(asset->mimeType == u"video/webm"_s);
    return *asset;
}

int cues(const char *vtt)
{
    const auto result = MediaImporter::countVttCues(QByteArray(vtt));
    INFO((result ? std::string() : result.error().message.toStdString()));
    REQUIRE(result.has_value());
    return *result;
}

QString vttError(const char *vtt)
{
    const auto result = MediaImporter::countVttCues(QByteArray(vtt));
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::InvalidContent);
    return result.error().message;
}

} // namespace

TEST_CASE("MediaImporter imports each supported type from a file", "[core][media]")
{
    struct Expected
    {
        QString file;
        QString mimeType;
        QSize size;
        qint64 durationMs;
    };
    const std::vector<Expected> expected = {
        {u"image.png"_s, u"image/png"_s, QSize(64, 48), 0},
        {u"image.jpg"_s, u"image/jpeg"_s, QSize(80, 60), 0},
        {u"image.gif"_s, u"image/gif"_s, QSize(32, 24), 0},
        {u"image.webp"_s, u"image/webp"_s, QSize(40, 30), 0},
        {u"image-lossless.webp"_s, u"image/webp"_s, QSize(40, 30), 0},
        {u"clip.mp4"_s, u"video/mp4"_s, QSize(160, 120), 1000},
        {u"clip-moov-last.mp4"_s, u"video/mp4"_s, QSize(160, 120), 1000},
        {u"clip.webm"_s, u"video/webm"_s, QSize(160, 120), 1000},
        {u"captions.vtt"_s, u"text/vtt"_s, QSize(), 0},
        {u"tone.mp3"_s, u"audio/mpeg"_s, QSize(), 0},
        {u"tone.ogg"_s, u"audio/ogg"_s, QSize(), 0},
        {u"tone.m4a"_s, u"audio/mp4"_s, QSize(), 1000},
    };
    for (const Expected &e : expected) {
        INFO(e.file.toStdString());
        const QString path = mediaPath(e.file);
        const auto asset = MediaImporter::import(path);
        INFO((asset ? std::string() : asset.error().message.toStdString()));
        REQUIRE(asset.has_value());
        const QByteArray bytes = readAll(path);
        CHECK(asset->id.toString() == sha256Hex(bytes));
        CHECK(asset->byteSize == bytes.size());
        CHECK(asset->fileName == e.file);
        CHECK(asset->mimeType == e.mimeType);
        CHECK(asset->imageSize == e.size);
        CHECK(asset->durationMs == e.durationMs);
        CHECK(asset->source.kind == AssetSource::Kind::File);
        CHECK(asset->source.path == QFileInfo(path).absoluteFilePath());
        CHECK(asset->source.data.isEmpty());

        // The same bytes from memory give the same asset, only the source differs.
        const auto fromMemory = MediaImporter::fromData(bytes, u"some/dir/"_s + e.file);
        REQUIRE(fromMemory.has_value());
        CHECK(*fromMemory == *asset);
        CHECK(fromMemory->fileName == e.file);
        CHECK(fromMemory->source.kind == AssetSource::Kind::Memory);
        CHECK(fromMemory->source.data == bytes);
    }
}

TEST_CASE("MediaImporter reads SVG sizes when Qt's SVG plugin is installed", "[core][media]")
{
    const auto asset = MediaImporter::import(mediaPath(u"image.svg"_s));
    REQUIRE(asset.has_value());
    CHECK(asset->mimeType == u"image/svg+xml"_s);
    if (QImageReader::supportedMimeTypes().contains("image/svg+xml"))
        CHECK(asset->imageSize == QSize(120, 80));
}

TEST_CASE("MediaImporter computes the lowercase SHA-256 as the asset id", "[core][media]")
{
    const auto asset = MediaImporter::fromData("WEBVTT\n\n", u"empty.vtt"_s);
    REQUIRE(asset.has_value());
    CHECK(asset->id.toString()
          == u"8eb5aec53542eaedb7502b22fb677161abba1e265b1338f1af1369a1f689837c"_s);
    CHECK(asset->mimeType == u"text/vtt"_s);
    CHECK(asset->byteSize == 8);
    CHECK(asset->archiveName() == u"media/"_s + asset->id.toString() + u".vtt"_s);

    SECTION("a file larger than the read buffer hashes the same as in one piece")
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        QByteArray bytes = "WEBVTT\n\n";
        QRandomGenerator random(42);
        while (bytes.size() < 3 * 1024 * 1024 + 17)
            bytes += QByteArray::number(random.generate());
        const auto big = MediaImporter::import(writeFile(dir, u"big.vtt"_s, bytes));
        REQUIRE(big.has_value());
        CHECK(big->id.toString() == sha256Hex(bytes));
        CHECK(big->byteSize == bytes.size());
    }
}

TEST_CASE("MediaImporter recognises types by content and extension", "[core][media]")
{
    const QByteArray png = readAll(mediaPath(u"image.png"_s));
    SECTION("no extension")
    {
        const auto asset = MediaImporter::fromData(png, u"picture"_s);
        REQUIRE(asset.has_value());
        CHECK(asset->mimeType == u"image/png"_s);
    }
    SECTION("upper-case extensions")
    {
        const auto asset = MediaImporter::fromData(png, u"PICTURE.PNG"_s);
        REQUIRE(asset.has_value());
        CHECK(asset->mimeType == u"image/png"_s);
        const auto vtt = MediaImporter::fromData("WEBVTT\n", u"CAPTIONS.VTT"_s);
        REQUIRE(vtt.has_value());
        CHECK(vtt->mimeType == u"text/vtt"_s);
    }
    SECTION("the list of supported types")
    {
        const QStringList types = MediaImporter::supportedMimeTypes();
        CHECK(types.size() == 11);
        CHECK(types.contains(u"text/vtt"_s));
        CHECK(types.contains(u"audio/mp4"_s));
        const QStringList filters = MediaImporter::nameFilters();
        CHECK(filters.contains(u"*.jpeg"_s));
        CHECK(filters.contains(u"*.vtt"_s));
        CHECK(filters.contains(u"*.m4a"_s));
    }
}

TEST_CASE("MediaImporter refuses what it cannot use, naming the file", "[core][media]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("a missing file")
    {
        const QString path = dir.filePath(u"absent.png"_s);
        const auto asset = MediaImporter::import(path);
        REQUIRE_FALSE(asset.has_value());
        CHECK(asset.error().code == ErrorCode::Io);
        CHECK(asset.error().message.contains(u"absent.png"_s));
    }
    SECTION("a folder")
    {
        const auto asset = MediaImporter::import(dir.path());
        REQUIRE_FALSE(asset.has_value());
        CHECK(asset.error().code == ErrorCode::Io);
        CHECK(asset.error().message.contains(QFileInfo(dir.path()).fileName()));
    }
    SECTION("an unreadable file")
    {
        const QString path = writeFile(dir, u"secret.png"_s, readAll(mediaPath(u"image.png"_s)));
        QFile::setPermissions(path, QFileDevice::Permissions());
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly)) {
            WARN("Running with privileges that read any file: unreadable-file check skipped");
        } else {
            const auto asset = MediaImporter::import(path);
            REQUIRE_FALSE(asset.has_value());
            CHECK(asset.error().code == ErrorCode::Io);
            CHECK(asset.error().message.contains(u"secret.png"_s));
        }
    }
    SECTION("unsupported types")
    {
        const std::vector<std::pair<QString, QByteArray>> files = {
            {u"notes.txt"_s, "just some text\n"},
            {u"page.html"_s, "<!DOCTYPE html><html><body>x</body></html>"},
            {u"report.pdf"_s, "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"},
            {u"archive.zip"_s, QByteArray("PK\x03\x04", 4) + QByteArray(30, '\0')},
            {u"song.flac"_s, QByteArray("fLaC\0\0\0\x22", 8) + QByteArray(34, '\0')},
            {u"clip.avi"_s, QByteArray("RIFF\0\0\0\0AVI LIST", 16)},
            {u"picture.bmp"_s, QByteArray("BM", 2) + QByteArray(60, '\0')},
        };
        for (const auto &[name, bytes] : files) {
            INFO(name.toStdString());
            const auto asset = MediaImporter::import(writeFile(dir, name, bytes));
            REQUIRE_FALSE(asset.has_value());
            CHECK(asset.error().code == ErrorCode::InvalidArgument);
            CHECK(asset.error().message.contains(name));
            const auto fromMemory = MediaImporter::fromData(bytes, name);
            REQUIRE_FALSE(fromMemory.has_value());
            CHECK(fromMemory.error().message.contains(name));
        }
    }
    SECTION("an empty file")
    {
        const auto asset = MediaImporter::import(writeFile(dir, u"empty.png"_s, QByteArray()));
        REQUIRE_FALSE(asset.has_value());
        CHECK(asset.error().code == ErrorCode::InvalidContent);
        CHECK(asset.error().message.contains(u"empty.png"_s));
        CHECK_FALSE(MediaImporter::fromData(QByteArray(), u"empty.vtt"_s).has_value());
    }
    SECTION("damaged images")
    {
        const QByteArray png = readAll(mediaPath(u"image.png"_s));
        const std::vector<std::pair<QString, QByteArray>> files = {
            {u"broken.png"_s, png.left(8) + QByteArray(40, 'x')},
            {u"broken.webp"_s, QByteArray("RIFF\0\0\0\0WEBPXXXX", 16) + QByteArray(20, '\0')},
            {u"broken.gif"_s, QByteArray("GIF89a", 6)},
        };
        for (const auto &[name, bytes] : files) {
            INFO(name.toStdString());
            const auto asset = MediaImporter::import(writeFile(dir, name, bytes));
            REQUIRE_FALSE(asset.has_value());
            CHECK(asset.error().message.contains(name));
        }
    }
}

TEST_CASE("MediaImporter reads the MP4 duration from moov/mvhd", "[core][media]")
{
    const QByteArray mdat = box("mdat", QByteArray(100, '\x55'));

    CHECK(mp4Duration(ftyp + box("moov", mvhd0(1000, 42000))) == 42000);
    CHECK(mp4Duration(ftyp + box("moov", mvhd0(600, 1234))) == 2056); // 2.0566 s, truncated
    CHECK(mp4Duration(ftyp + mdat + box("moov", box("udta", {}) + mvhd0(90000, 900000))) == 10000);

    SECTION("version 1 with 64-bit fields")
    {
        const quint64 thirtyHours = 90000ULL * 3600 * 30;
        CHECK(mp4Duration(ftyp + box("moov", mvhd1(90000, thirtyHours))) == 30LL * 3600 * 1000);
        CHECK(mp4Duration(ftyp + box("moov", mvhd1(1, 0xFFFFFFFFFFFFFFFEULL))) == 0);
    }
    SECTION("64-bit box sizes and boxes that run to the end")
    {
        CHECK(mp4Duration(ftyp + largeBox("mdat", QByteArray(50, '\0'))
                          + largeBox("moov", mvhd0(1000, 5000)))
              == 5000);
        CHECK(mp4Duration(ftyp + be32(0) + QByteArray("moov") + mvhd0(1000, 7000)) == 7000);
    }
    SECTION("picture size from the first video track")
    {
        const QByteArray moov = box(
            "moov", mvhd0(1000, 1000) + box("trak", tkhd0(0, 0)) + box("trak", tkhd0(1280, 720)));
        const auto asset = MediaImporter::fromData(ftyp + moov, u"clip.mp4"_s);
        REQUIRE(asset.has_value());
        CHECK(asset->imageSize == QSize(1280, 720));
        const auto audio = MediaImporter::fromData(ftyp + moov, u"clip.m4a"_s);
        REQUIRE(audio.has_value());
        CHECK(audio->mimeType == u"audio/mp4"_s);
        CHECK(audio->durationMs == 1000);
        CHECK_FALSE(audio->imageSize.isValid());
    }
    SECTION("unknown or meaningless values give 0")
    {
        CHECK(mp4Duration(ftyp + box("moov", mvhd0(1000, 0xFFFFFFFF))) == 0);
        CHECK(mp4Duration(ftyp + box("moov", mvhd0(0, 1000))) == 0);
        CHECK(
            mp4Duration(ftyp + box("moov", box("mvhd", QByteArray(1, '\2') + QByteArray(40, '\0'))))
            == 0);
        CHECK(mp4Duration(ftyp + mdat) == 0);
    }
    SECTION("damaged structure gives 0, never a crash")
    {
        // mvhd cut short, a box smaller than its header, a box larger than the file.
        CHECK(mp4Duration(ftyp + box("moov", box("mvhd", QByteArray(10, '\0')))) == 0);
        CHECK(mp4Duration(ftyp + be32(4) + QByteArray("moov") + mvhd0(1000, 1000)) == 0);
        CHECK(mp4Duration(ftyp + be32(0x7FFFFFFF) + QByteArray("moov") + mvhd0(1000, 1000)) == 0);
        CHECK(mp4Duration(ftyp + be32(1) + QByteArray("moov") + be64(3)) == 0);
        CHECK(mp4Duration(ftyp + box("moov", be32(1000) + QByteArray("mvhd"))) == 0);
        CHECK(mp4Duration(ftyp + QByteArray(5, '\0')) == 0);
    }
}

TEST_CASE("MediaImporter reads the WebM duration from Segment/Info", "[core][media]")
{
    CHECK(webm(ebmlHeader + segment(info(floatElement(0x4489, 1234.0)))).durationMs == 1234);
    CHECK(webm(ebmlHeader
               + segment(info(unsignedElement(0x2AD7B1, 1000) + floatElement(0x4489, 2.5e6))))
              .durationMs
          == 2500);
    CHECK(webm(ebmlHeader + segment(info(float32Element(0x4489, 750.5f)))).durationMs == 751);

    SECTION("an open-ended segment and elements before Info")
    {
        const QByteArray body = element(0xEC, QByteArray(10, '\0'))
                                + info(floatElement(0x4489, 3000.0)) + videoTrack(640, 360);
        const QByteArray openSegment
            = ebmlId(0x18538067) + QByteArray("\x01\xff\xff\xff\xff\xff\xff\xff", 8) + body;
        const Core::MediaAsset asset = webm(ebmlHeader + openSegment);
        CHECK(asset.durationMs == 3000);
        CHECK(asset.imageSize == QSize(640, 360));
    }
    SECTION("one-byte sizes")
    {
        // Info (size 0x8B = 11) holding Duration (size 0x88 = 8), the way muxers write them.
        QByteArray duration = ebmlId(0x4489) + QByteArray("\x88", 1);
        quint64 bits;
        const double value = 4200.0;
        std::memcpy(&bits, &value, sizeof bits);
        duration += be64(bits);
        const QByteArray infoElement = ebmlId(0x1549A966) + QByteArray("\x8B", 1) + duration;
        CHECK(webm(ebmlHeader + segment(infoElement)).durationMs == 4200);
    }
    SECTION("missing or nonsense values give 0")
    {
        CHECK(webm(ebmlHeader + segment(info(unsignedElement(0x2AD7B1, 1000000)))).durationMs == 0);
        CHECK(webm(ebmlHeader + segment(info(floatElement(0x4489, -5.0)))).durationMs == 0);
        CHECK(webm(ebmlHeader + segment(info(floatElement(0x4489, std::nan(""))))).durationMs == 0);
        CHECK(webm(ebmlHeader + segment(info(floatElement(0x4489, 1e300)))).durationMs == 0);
        CHECK(webm(ebmlHeader
                   + segment(info(unsignedElement(0x2AD7B1, 0) + floatElement(0x4489, 5.0))))
                  .durationMs
              == 0);
        CHECK(webm(ebmlHeader + segment(info(element(0x4489, "abc")))).durationMs == 0);
        // Info after the first Cluster is not looked for.
        CHECK(webm(ebmlHeader
                   + segment(element(0x1F43B675, QByteArray(20, '\0'))
                             + info(floatElement(0x4489, 1000.0))))
                  .durationMs
              == 0);
    }
    SECTION("damaged structure gives 0, never a crash")
    {
        CHECK(webm(ebmlHeader + QByteArray(1, '\0')).durationMs == 0); // a 9-byte vint
        CHECK(webm(ebmlHeader + ebmlId(0x18538067)).durationMs == 0);  // size missing
        CHECK(webm(ebmlHeader + segment(info(floatElement(0x4489, 1000.0))).left(30)).durationMs
              == 0);
        CHECK(webm(QByteArray("\x1a\x45\xdf\xa3", 4) + QByteArray(3, '\xff')).durationMs == 0);
    }
}

TEST_CASE("MediaImporter parsers survive truncated and corrupted files", "[core][media]")
{
    for (const QString &name : {u"clip.mp4"_s, u"clip-moov-last.mp4"_s, u"clip.webm"_s}) {
        INFO(name.toStdString());
        const QByteArray original = readAll(mediaPath(name));
        for (qsizetype length = 1; length < original.size(); length += 13) {
            const auto asset = MediaImporter::fromData(original.left(length), name);
            REQUIRE(asset.has_value());
            CHECK(asset->durationMs >= 0);
        }
        QRandomGenerator random(1234);
        for (int round = 0; round < 300; ++round) {
            QByteArray damaged = original;
            for (int flip = 0; flip < 8; ++flip)
                damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
            const auto asset = MediaImporter::fromData(damaged, name);
            if (asset)
                CHECK(asset->durationMs >= 0);
        }
    }
    QRandomGenerator random(99);
    for (int round = 0; round < 200; ++round) {
        QByteArray garbage(random.bounded(1, 600), '\0');
        for (char &c : garbage)
            c = char(random.bounded(256));
        for (const QString &name : {u"x.mp4"_s, u"x.webm"_s, u"x.m4a"_s}) {
            const auto asset = MediaImporter::fromData(garbage, name);
            if (asset)
                CHECK(asset->durationMs >= 0);
        }
    }
}

TEST_CASE("MediaImporter::countVttCues counts cues", "[core][media]")
{
    CHECK(cues("WEBVTT") == 0);
    CHECK(cues("WEBVTT\n") == 0);
    CHECK(cues("WEBVTT - Title\n\n") == 0);
    CHECK(cues("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nHello\n") == 1);
    CHECK(cues("WEBVTT\n\n00:01.000 --> 00:04.000\nShort form\n\n"
               "intro\n00:00:04.000 --> 00:00:06.500 align:start position:10%\nWith id\n"
               "and two lines\n\n\n"
               "01:00:00.000 --> 123:00:00.000\nLong\n")
          == 3);
    CHECK(cues("\xef\xbb\xbfWEBVTT\r\n\r\n00:00.000 --> 00:01.000\r\nBOM and CRLF\r\n") == 1);
    CHECK(cues("WEBVTT\r\r00:00.000 --> 00:01.000\rCR only\r") == 1);
    CHECK(cues("WEBVTT\tKind: captions\nLanguage: fr\n\nNOTE a comment\nspanning lines\n\n"
               "STYLE\n::cue { color: yellow }\n\nREGION\nid:r1\n\n"
               "00:00.000 --> 00:01.000\nA\n\nNOTE\n\n00:01.000 --> 00:02.000\nB\n")
          == 2);
    // A cue without the blank line before it still counts, as browsers read it.
    CHECK(cues("WEBVTT\n\n00:00.000 --> 00:01.000\nA\n00:01.000 --> 00:02.000\nB\n") == 2);
    CHECK(cues("WEBVTT\n00:00.000 --> 00:01.000\nRight after the header\n") == 1);
    CHECK(*MediaImporter::countVttCues(readAll(mediaPath(u"captions.vtt"_s))) == 2);
}

TEST_CASE("MediaImporter::countVttCues names the wrong line", "[core][media]")
{
    CHECK(vttError("") == u"Line 1: a WebVTT file must start with “WEBVTT”."_s);
    CHECK(vttError("WEBVTTX\n").startsWith(u"Line 1:"_s));
    CHECK(vttError("webvtt\n").startsWith(u"Line 1:"_s));
    CHECK(vttError("1\n00:00:01.000 --> 00:00:02.000\nNo header\n").startsWith(u"Line 1:"_s));

    const QString arrow = vttError("WEBVTT\n\n00:00:01.000 -> 00:00:02.000\nText\n");
    CHECK(arrow.startsWith(u"Line 3:"_s));
    CHECK(arrow.contains(u"00:00:01.000 -> 00:00:02.000"_s));

    CHECK(vttError("WEBVTT\n\n1\n00:00:01,000 --> 00:00:02,000\nSRT commas\n")
              .startsWith(u"Line 4:"_s));
    CHECK(vttError("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA\n\n"
                   "cue-2\nText without timing\n")
              .startsWith(u"Line 7:"_s));
    CHECK(vttError("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA\n\nlonely identifier\n")
              .startsWith(u"Line 6:"_s));

    const QStringList badTimings = {
        u"0:01.000 --> 0:02.000"_s,         // one-digit minutes
        u"00:60.000 --> 00:61.000"_s,       // seconds out of range
        u"00:00:60.000 --> 00:01:00.000"_s, // seconds out of range
        u"00:60:00.000 --> 01:00:00.000"_s, // minutes out of range
        u"00:01.00 --> 00:02.000"_s,        // two-digit milliseconds
        u"00:01.000 --> 00:02"_s,           // no milliseconds
        u"00:01.000 -->"_s,                 // no end
        u"00:01.000 --> 00:02.000x"_s,      // junk glued to the end time
        u"00:01.000 00:02.000 -->"_s,       // arrow misplaced
    };
    for (const QString &timing : badTimings) {
        INFO(timing.toStdString());
        const QByteArray vtt = "WEBVTT\n\nid\n" + timing.toUtf8() + "\ntext\n";
        const auto result = MediaImporter::countVttCues(vtt);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().message.startsWith(u"Line 4:"_s));
    }

    const QString backwards = vttError("WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nBackwards\n");
    CHECK(backwards.startsWith(u"Line 3:"_s));
    CHECK(backwards.contains(u"00:00:02.000"_s));
    CHECK(backwards.contains(u"00:00:05.000"_s));
    CHECK(vttError("WEBVTT\n\n00:02.000 --> 00:02.000\nZero length\n").startsWith(u"Line 3:"_s));

    SECTION("long lines are shortened in the message")
    {
        const QByteArray vtt = "WEBVTT\n\n00:00:01.000 --> " + QByteArray(500, '9') + "\n";
        const auto result = MediaImporter::countVttCues(vtt);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().message.size() < 250);
    }
}
