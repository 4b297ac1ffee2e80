// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "core/ZipCrc32.h"
#include "core/ZipReader.h"
#include "core/ZipWriter.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <zip.h>

#include <ctime>
#include <zlib.h>

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::ZipReader;
using Core::ZipWriter;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(data) == data.size());
}

/** Bytes that deflate well but not to nothing. */
QByteArray sampleText(int size, char seed = 'a')
{
    QByteArray data;
    data.reserve(size);
    for (int i = 0; data.size() < size; ++i)
        data += QByteArray::number(i * 7 + seed) + ' ';
    data.truncate(size);
    return data;
}

/** Pseudo-random, incompressible bytes (a stand-in for PNG or MP4 content). */
QByteArray noise(int size, quint32 seed = 1)
{
    QByteArray data(size, '\0');
    quint32 x = seed;
    for (int i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        data[i] = char(x >> 24);
    }
    return data;
}

struct StatInfo
{
    zip_uint16_t method = 0xffff;
    time_t mtime = 0;
    zip_uint64_t size = 0;
};

StatInfo statEntry(const QString &zipPath, const char *name)
{
    int err = 0;
    zip_t *za = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &err);
    REQUIRE(za);
    zip_stat_t st;
    zip_stat_init(&st);
    const int rc = zip_stat(za, name, 0, &st);
    zip_discard(za);
    REQUIRE(rc == 0);
    return {st.comp_method, st.mtime, st.size};
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

/** Writes an archive with raw libzip, no name checks: for hostile fixtures. */
void writeRawZip(const QString &path, const QList<QByteArray> &names)
{
    int err = 0;
    zip_t *za = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    REQUIRE(za);
    for (const QByteArray &name : names) {
        zip_source_t *src = zip_source_buffer(za, "x", 1, 0);
        REQUIRE(zip_file_add(za, name.constData(), src, ZIP_FL_ENC_RAW) >= 0);
    }
    REQUIRE(zip_close(za) == 0);
}

} // namespace

TEST_CASE("ZipWriter writes entries in order with the compression policy", "[core][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString target = dir.filePath(u"out.zip"_s);
    const QByteArray xml = sampleText(20000);
    const QByteArray png = noise(5000);

    ZipWriter writer(target);
    writer.addFile(u"course.xml"_s, xml);
    writer.addFile(u"media/image.PNG"_s, png);
    writer.addFile(u"media/sub titles.vtt"_s, sampleText(3000, 'v'));
    writer.addFile(u"média/été.txt"_s, QByteArray("accents"));
    writer.addFile(u"forced/stored.xml"_s, xml, ZipWriter::Compression::Store);
    writer.addFile(u"forced/deflated.jpg"_s, png, ZipWriter::Compression::Deflate);
    writer.addFile(u"empty.txt"_s, QByteArray());
    REQUIRE(writer.commit().has_value());

    auto reader = ZipReader::open(target);
    REQUIRE(reader.has_value());
    CHECK(reader->entryNames()
          == QStringList{u"course.xml"_s,
                         u"media/image.PNG"_s,
                         u"media/sub titles.vtt"_s,
                         u"média/été.txt"_s,
                         u"forced/stored.xml"_s,
                         u"forced/deflated.jpg"_s,
                         u"empty.txt"_s});
    CHECK(reader->readAll(u"course.xml"_s).value() == xml);
    CHECK(reader->readAll(u"media/image.PNG"_s).value() == png);
    CHECK(reader->readAll(u"média/été.txt"_s).value() == "accents");
    CHECK(reader->readAll(u"empty.txt"_s).value().isEmpty());

    CHECK(statEntry(target, "course.xml").method == ZIP_CM_DEFLATE);
    CHECK(statEntry(target, "media/image.PNG").method == ZIP_CM_STORE);
    CHECK(statEntry(target, "media/sub titles.vtt").method == ZIP_CM_DEFLATE);
    CHECK(statEntry(target, "forced/stored.xml").method == ZIP_CM_STORE);
    CHECK(statEntry(target, "forced/deflated.jpg").method == ZIP_CM_DEFLATE);

    const time_t mtime = statEntry(target, "course.xml").mtime;
    std::tm local{};
    localtime_r(&mtime, &local);
    CHECK(local.tm_year == 100);
    CHECK(local.tm_mon == 0);
    CHECK(local.tm_mday == 1);
    CHECK(local.tm_hour == 0);
    CHECK(local.tm_min == 0);

    // The local header of a non-ASCII name has the "language encoding" (UTF-8) flag, bit 11.
    const QByteArray bytes = readFile(target);
    const qsizetype utf8Name = bytes.indexOf(QStringView(u"média/été.txt").toUtf8());
    REQUIRE(utf8Name >= 30);
    CHECK((quint8(bytes[utf8Name - 30 + 7]) & 0x08) != 0);
    const qsizetype asciiName = bytes.indexOf("course.xml");
    CHECK((quint8(bytes[asciiName - 30 + 7]) & 0x08) == 0);

    CHECK(filesIn(dir.path()) == QStringList{u"out.zip"_s});
}

TEST_CASE("ZipWriter policy: already-compressed extensions are stored", "[core][file]")
{
    for (const char *name : {"a.jpg",
                             "a.JPEG",
                             "a.png",
                             "a.gif",
                             "a.webp",
                             "a.mp4",
                             "a.m4v",
                             "a.webm",
                             "a.mp3",
                             "a.m4a",
                             "a.ogg",
                             "a.oga",
                             "a.ogv",
                             "a.opus",
                             "a.woff",
                             "a.woff2",
                             "a.zip",
                             "a.gz"}) {
        INFO(name);
        CHECK(ZipWriter::isPrecompressedName(QString::fromLatin1(name)));
    }
    for (const char *name : {"course.xml", "a.vtt", "a.svg", "a.js", "a.html", "png", "a.png/x"}) {
        INFO(name);
        CHECK_FALSE(ZipWriter::isPrecompressedName(QString::fromLatin1(name)));
    }
}

TEST_CASE("ZipWriter output is deterministic whatever the bytes' origin", "[core][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray text = sampleText(100000);
    const QByteArray image = noise(70000, 7);
    writeFile(dir.filePath(u"text.txt"_s), text);
    writeFile(dir.filePath(u"image.png"_s), image);

    const auto fromMemory = [&](const QString &target) {
        ZipWriter writer(target);
        writer.addFile(u"a/text.txt"_s, text);
        writer.addFile(u"a/image.png"_s, image);
        REQUIRE(writer.commit().has_value());
    };
    const QString first = dir.filePath(u"first.zip"_s);
    const QString second = dir.filePath(u"second.zip"_s);
    fromMemory(first);
    fromMemory(second);
    CHECK(readFile(first) == readFile(second));

    SECTION("from files on disk")
    {
        const QString fromDisk = dir.filePath(u"disk.zip"_s);
        ZipWriter writer(fromDisk);
        writer.addFileFromDisk(u"a/text.txt"_s, dir.filePath(u"text.txt"_s));
        writer.addFromSource(
            u"a/image.png"_s,
            Core::AssetSource{Core::AssetSource::Kind::File, dir.filePath(u"image.png"_s), {}, {}});
        REQUIRE(writer.commit().has_value());
        CHECK(readFile(fromDisk) == readFile(first));
    }
    SECTION("copied raw from another zip")
    {
        const QString copy = dir.filePath(u"copy.zip"_s);
        ZipWriter writer(copy);
        writer.addFromZip(u"a/text.txt"_s, first, u"a/text.txt"_s);
        writer.addFromSource(
            u"a/image.png"_s,
            Core::AssetSource{Core::AssetSource::Kind::ZipEntry, first, u"a/image.png"_s, {}});
        REQUIRE(writer.commit().has_value());
        CHECK(readFile(copy) == readFile(first));
    }
    SECTION("copied from a zip with another compression is recompressed")
    {
        const QString stored = dir.filePath(u"stored.zip"_s);
        {
            ZipWriter writer(stored);
            writer.addFile(u"text.txt"_s, text, ZipWriter::Compression::Store);
            REQUIRE(writer.commit().has_value());
        }
        const QString copy = dir.filePath(u"copy.zip"_s);
        ZipWriter writer(copy);
        writer.addFromZip(u"a/text.txt"_s, stored, u"text.txt"_s);
        writer.addFile(u"a/image.png"_s, image);
        REQUIRE(writer.commit().has_value());
        CHECK(statEntry(copy, "a/text.txt").method == ZIP_CM_DEFLATE);
        CHECK(readFile(copy) == readFile(first));
    }
    SECTION("rewriting a zip from its own entries")
    {
        const QByteArray before = readFile(first);
        ZipWriter writer(first);
        writer.addFromZip(u"a/text.txt"_s, first, u"a/text.txt"_s);
        writer.addFromZip(u"a/image.png"_s, first, u"a/image.png"_s);
        REQUIRE(writer.commit().has_value());
        CHECK(readFile(first) == before);
    }
}

TEST_CASE("ZipWriter leaves the old file intact when the write fails midway", "[core][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString target = dir.filePath(u"project.capsule"_s);
    const QByteArray original = "the previous version of the file";
    writeFile(target, original);

    ZipWriter writer(target);
    writer.addFile(u"course.xml"_s, sampleText(50000));
    writer.addFile(u"media/big.png"_s, noise(300000));
    writer.setFailAfterBytes(120000); // inside the second entry
    const Core::Result<void> result = writer.commit();
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::Io);
    CHECK(result.error().message.contains(u"project.capsule"_s));
    CHECK(readFile(target) == original);
    CHECK(filesIn(dir.path()) == QStringList{u"project.capsule"_s});
}

TEST_CASE("ZipWriter reports progress in bytes and can be cancelled", "[core][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString target = dir.filePath(u"out.zip"_s);
    const QByteArray big = noise(2 * 1024 * 1024);

    SECTION("progress")
    {
        ZipWriter writer(target);
        writer.addFile(u"small.txt"_s, sampleText(1000));
        writer.addFile(u"big.mp4"_s, big);
        QList<QPair<qint64, qint64>> calls;
        writer.setProgressCallback([&calls](qint64 done, qint64 total) {
            calls.append({done, total});
            return true;
        });
        REQUIRE(writer.commit().has_value());
        REQUIRE(calls.size() >= 3);
        for (int i = 1; i < calls.size(); ++i)
            CHECK(calls[i].first >= calls[i - 1].first);
        CHECK(calls.last().first == calls.last().second);
        CHECK(calls.last().second == 1000 + big.size());
    }
    SECTION("cancel")
    {
        const QByteArray original = "old";
        writeFile(target, original);
        ZipWriter writer(target);
        writer.addFile(u"big.mp4"_s, big);
        writer.setProgressCallback([](qint64 done, qint64) { return done < 1024 * 1024; });
        const Core::Result<void> result = writer.commit();
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::Cancelled);
        CHECK(readFile(target) == original);
        CHECK(filesIn(dir.path()) == QStringList{u"out.zip"_s});
    }
}

TEST_CASE("ZipWriter keeps the first error and writes nothing", "[core][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString target = dir.filePath(u"out.zip"_s);
    ZipWriter writer(target);

    ErrorCode expected = ErrorCode::Io;
    SECTION("unsafe name")
    {
        writer.addFile(u"../evil.txt"_s, "x");
        expected = ErrorCode::InvalidArgument;
    }
    SECTION("duplicate name")
    {
        writer.addFile(u"a.txt"_s, "x");
        writer.addFile(u"a.txt"_s, "y");
        expected = ErrorCode::InvalidArgument;
    }
    SECTION("missing file")
    {
        writer.addFileFromDisk(u"a.txt"_s, dir.filePath(u"nope.txt"_s));
        expected = ErrorCode::Io;
    }
    SECTION("missing zip entry")
    {
        const QString other = dir.filePath(u"other.zip"_s);
        ZipWriter otherWriter(other);
        otherWriter.addFile(u"x.txt"_s, "x");
        REQUIRE(otherWriter.commit().has_value());
        writer.addFromZip(u"a.txt"_s, other, u"y.txt"_s);
        expected = ErrorCode::MissingEntry;
    }
    SECTION("source without bytes")
    {
        writer.addFromSource(u"a.txt"_s, Core::AssetSource{});
        expected = ErrorCode::InvalidArgument;
    }
    writer.addFile(u"later.txt"_s, "fine");
    CHECK(writer.hasError());
    const Core::Result<void> result = writer.commit();
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == expected);
    CHECK(result.error().message.contains(u"out.zip"_s));
    CHECK_FALSE(QFile::exists(target));
}

TEST_CASE("ZipWriter writes an empty archive", "[core][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString target = dir.filePath(u"empty.zip"_s);
    ZipWriter writer(target);
    REQUIRE(writer.commit().has_value());
    auto reader = ZipReader::open(target);
    REQUIRE(reader.has_value());
    CHECK(reader->entryNames().isEmpty());
}

TEST_CASE("ZipReader streams entries and rejects damaged archives", "[core][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString good = dir.filePath(u"good.zip"_s);
    const QByteArray text = sampleText(3000000); // over the 1 MiB chunk: streamed in parts
    {
        ZipWriter writer(good);
        writer.addFile(u"text.txt"_s, text);
        REQUIRE(writer.commit().has_value());
    }

    SECTION("streaming")
    {
        auto reader = ZipReader::open(good);
        REQUIRE(reader.has_value());
        QByteArray streamed;
        int chunks = 0;
        const auto result = reader->read(u"text.txt"_s, [&](QByteArrayView chunk) {
            streamed.append(chunk);
            ++chunks;
            return true;
        });
        REQUIRE(result.has_value());
        CHECK(streamed == text);
        CHECK(chunks > 1);
        const auto info = reader->entryInfo(u"text.txt"_s);
        REQUIRE(info);
        CHECK(info->size == text.size());
        CHECK(info->compressed);
        CHECK(reader->readAll(u"missing.txt"_s).error().code == ErrorCode::MissingEntry);
        CHECK(reader->readAll(u"text.txt"_s, 10).error().code == ErrorCode::InvalidArgument);
    }

    SECTION("damaged files")
    {
        const QByteArray bytes = readFile(good);
        const QString bad = dir.filePath(u"bad.zip"_s);
        SECTION("truncated")
        {
            writeFile(bad, bytes.left(bytes.size() / 2));
        }
        SECTION("not a zip")
        {
            writeFile(bad, "<html>this is not a zip</html>");
        }
        SECTION("empty")
        {
            writeFile(bad, QByteArray());
        }
        const auto reader = ZipReader::open(bad);
        REQUIRE_FALSE(reader.has_value());
        CHECK(reader.error().code == ErrorCode::NotAZip);
        CHECK(reader.error().message.contains(u"bad.zip"_s));
    }

    SECTION("corrupted data is reported when read")
    {
        QByteArray bytes = readFile(good);
        const qsizetype at = bytes.indexOf("text.txt") + 8 + 500; // inside the deflated data
        bytes[at] = char(bytes[at] ^ 0x5a);
        const QString bad = dir.filePath(u"bad.zip"_s);
        writeFile(bad, bytes);
        auto reader = ZipReader::open(bad);
        REQUIRE(reader.has_value());
        const auto data = reader->readAll(u"text.txt"_s);
        REQUIRE_FALSE(data.has_value());
        CHECK(data.error().code == ErrorCode::NotAZip);
        CHECK(data.error().message.contains(u"bad.zip"_s));
    }

    SECTION("missing file")
    {
        const auto reader = ZipReader::open(dir.filePath(u"nope.zip"_s));
        REQUIRE_FALSE(reader.has_value());
        CHECK(reader.error().code == ErrorCode::Io);
        CHECK(reader.error().message.contains(u"nope.zip"_s));
    }
}

TEST_CASE("ZipReader refuses archives with unsafe entry names", "[core][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"hostile.zip"_s);
    for (const QByteArray &name : {QByteArray("/etc/passwd"),
                                   QByteArray("../outside.txt"),
                                   QByteArray("media/../../x"),
                                   QByteArray("a\\b.txt"),
                                   QByteArray("C:/windows.txt"),
                                   QByteArray("a//b"),
                                   QByteArray("./a")}) {
        INFO(name.constData());
        writeRawZip(path, {QByteArray("course.xml"), name});
        const auto reader = ZipReader::open(path);
        REQUIRE_FALSE(reader.has_value());
        CHECK(reader.error().code == ErrorCode::UnsafeEntry);
        CHECK(reader.error().message.contains(u"hostile.zip"_s));
    }
    CHECK(ZipReader::isSafeEntryName(u"media/abc.png"));
    CHECK(ZipReader::isSafeEntryName(u"a..b/c...d"));
    CHECK_FALSE(ZipReader::isSafeEntryName(u""));
    CHECK_FALSE(ZipReader::isSafeEntryName(u"dir/"));
    CHECK_FALSE(ZipReader::isSafeEntryName(u".."));
}

TEST_CASE("ZipWriter output does not depend on the time zone", "[core][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray previous = qgetenv("TZ");
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    QList<QByteArray> outputs;
    for (const char *zone : {"UTC0", "XXX-14", "YYY+11"}) {
        qputenv("TZ", zone);
        tzset();
        const QString target = dir.filePath(QString::fromLatin1(zone) + u".zip"_s);
        ZipWriter writer(target);
        writer.addFile(u"a.txt"_s, sampleText(1000));
        REQUIRE(writer.commit().has_value());
        outputs.append(readFile(target));
    }
    if (hadTz)
        qputenv("TZ", previous);
    else
        qunsetenv("TZ");
    tzset();
    CHECK(outputs[0] == outputs[1]);
    CHECK(outputs[0] == outputs[2]);
    // The DOS date and time fields of the local header: 2000-01-01 00:00:00.
    CHECK(outputs[0].mid(10, 4) == QByteArray("\x00\x00\x21\x28", 4));
}

TEST_CASE("ZipCrc32 computes zlib's CRC-32 at every length and alignment", "[core][file]")
{
    const QByteArray data = noise(70000, 3);
    const auto zlibCrc = [](quint32 crc, QByteArrayView bytes) {
        return quint32(crc32_z(crc, reinterpret_cast<const Bytef *>(bytes.data()), bytes.size()));
    };
    for (qsizetype length = 0; length < 300; ++length) {
        for (qsizetype offset : {0, 1, 7, 15}) {
            const QByteArrayView bytes = QByteArrayView(data).sliced(offset, length);
            INFO(length << " bytes at " << offset);
            CHECK(Core::ZipCrc32::update(0, bytes) == zlibCrc(0, bytes));
        }
    }
    CHECK(Core::ZipCrc32::update(0, data) == zlibCrc(0, data));
    // In steps, as the writer feeds it, whatever the step.
    for (const qsizetype step : {1, 63, 64, 100, 4096}) {
        quint32 crc = 0;
        for (qsizetype at = 0; at < data.size(); at += step)
            crc = Core::ZipCrc32::update(
                crc, QByteArrayView(data).sliced(at, std::min(step, data.size() - at)));
        INFO(step);
        CHECK(crc == zlibCrc(0, data));
    }
}

TEST_CASE("ZipWriter writes ZIP64 records that readers and raw copies understand", "[core][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray text = sampleText(100000);
    const QByteArray image = noise(70000, 7);
    const auto write = [&](const QString &target, bool zip64) {
        ZipWriter writer(target);
        writer.setForceZip64(zip64);
        writer.addFile(u"a/text.txt"_s, text);
        writer.addFile(u"a/image.png"_s, image);
        REQUIRE(writer.commit().has_value());
    };
    const QString plain = dir.filePath(u"plain.zip"_s);
    const QString big = dir.filePath(u"zip64.zip"_s);
    write(plain, false);
    write(big, true);
    const QByteArray bytes = readFile(big);
    CHECK(bytes.contains(QByteArray("PK\x06\x06", 4))); // ZIP64 end of central directory
    CHECK(bytes.contains(QByteArray("PK\x06\x07", 4))); // and its locator
    CHECK(readFile(plain).size() < bytes.size());

    auto reader = ZipReader::open(big);
    REQUIRE(reader.has_value());
    CHECK(reader->readAll(u"a/text.txt"_s).value() == text);
    CHECK(reader->readAll(u"a/image.png"_s).value() == image);
    const auto raw = reader->rawEntry(u"a/image.png"_s);
    REQUIRE(raw);
    CHECK(raw->size == image.size());
    CHECK(raw->compressedSize == image.size());
    CHECK_FALSE(raw->deflated);
    CHECK(bytes.mid(raw->dataOffset, raw->size) == image);

    // Copied raw out of the ZIP64 archive, the entries are those of a plain write.
    const QString copy = dir.filePath(u"copy.zip"_s);
    ZipWriter writer(copy);
    writer.addFromZip(u"a/text.txt"_s, big, u"a/text.txt"_s);
    writer.addFromZip(u"a/image.png"_s, big, u"a/image.png"_s);
    REQUIRE(writer.commit().has_value());
    CHECK(readFile(copy) == readFile(plain));
}

TEST_CASE("ZipWriter checks sources whose bytes were not verified yet", "[core][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray video = noise(3 * 1024 * 1024, 11);
    const QByteArray captions = sampleText(20000, 'c');
    const QString source = dir.filePath(u"project.capsule"_s);
    {
        ZipWriter writer(source);
        writer.addFile(u"media/video.mp4"_s, video);
        writer.addFile(u"media/captions.vtt"_s, captions);
        REQUIRE(writer.commit().has_value());
    }
    const auto pending = [&](const QString &zip, const QString &entry, const QByteArray &bytes) {
        Core::AssetSource asset(Core::AssetSource::Kind::ZipEntry, zip, entry);
        asset.expectedSha256 = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        return asset;
    };
    const QString target = dir.filePath(u"package.zip"_s);
    const auto package = [&](const QString &zip) {
        ZipWriter writer(target);
        writer.addFile(u"index.html"_s, "<!doctype html>");
        writer.addFromSource(u"media/video.mp4"_s, pending(zip, u"media/video.mp4"_s, video));
        writer.addFromSource(u"media/captions.vtt"_s,
                             pending(zip, u"media/captions.vtt"_s, captions));
        return writer.commit();
    };

    SECTION("intact sources are copied")
    {
        REQUIRE(package(source).has_value());
        auto reader = ZipReader::open(target);
        REQUIRE(reader.has_value());
        CHECK(reader->readAll(u"media/video.mp4"_s).value() == video);
        CHECK(reader->readAll(u"media/captions.vtt"_s).value() == captions);
    }

    // A damaged source fails the write, naming the source and its entry, and leaves nothing.
    QByteArray bytes = readFile(source);
    ErrorCode expected = ErrorCode::HashMismatch;
    QString entry;
    SECTION("a stored entry with a damaged byte")
    {
        const qsizetype at = bytes.indexOf("media/video.mp4") + 15 + 2 * 1024 * 1024;
        bytes[at] = char(bytes[at] ^ 0x01);
        entry = u"media/video.mp4"_s;
    }
    SECTION("a deflated entry with a damaged byte")
    {
        const qsizetype at = bytes.indexOf("media/captions.vtt") + 18 + 100;
        bytes[at] = char(bytes[at] ^ 0x5a);
        expected = ErrorCode::NotAZip;
        entry = u"media/captions.vtt"_s;
    }
    if (!entry.isEmpty()) {
        const QString damaged = dir.filePath(u"damaged.capsule"_s);
        writeFile(damaged, bytes);
        writeFile(target, "the previous package");
        const Core::Result<void> result = package(damaged);
        REQUIRE_FALSE(result.has_value());
        INFO(result.error().message.toStdString());
        CHECK(result.error().code == expected);
        CHECK(result.error().message.contains(u"package.zip"_s));
        CHECK(result.error().message.contains(u"damaged.capsule"_s));
        CHECK(result.error().message.contains(entry));
        CHECK(readFile(target) == "the previous package");
        CHECK(filesIn(dir.path())
              == QStringList{u"damaged.capsule"_s, u"package.zip"_s, u"project.capsule"_s});
    }
}
