// SPDX-License-Identifier: MIT
#pragma once
// Hand-made zip archives for the malformed-file tests: every header field under the test's
// control (sizes that lie, duplicate names, folder entries, forged CRCs), and deflate streams
// that inflate to a gigabyte built in milliseconds. Nothing large is ever committed: the
// fixtures are written at test time.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <catch2/catch.hpp>

#include <vector>
#include <zlib.h>

namespace HostileZip {

struct Entry
{
    QByteArray name;
    QByteArray data; ///< the bytes as stored in the archive (raw deflate or stored)
    bool deflated = false;
    quint32 crc32 = 0;        ///< as written in both headers
    quint64 declaredSize = 0; ///< the uncompressed size both headers declare (< 4 GiB)
};

inline quint32 crcOf(const QByteArray &bytes)
{
    return quint32(
        ::crc32(0L, reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size())));
}

/** Raw deflate (no zlib header) of bytes, level 6. */
inline QByteArray deflateRaw(const QByteArray &bytes)
{
    z_stream z{};
    REQUIRE(deflateInit2(&z, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) == Z_OK);
    QByteArray out(int(deflateBound(&z, uLong(bytes.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    z.avail_in = uInt(bytes.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    REQUIRE(deflate(&z, Z_FINISH) == Z_STREAM_END);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

/** An honest stored entry. */
inline Entry stored(const QByteArray &name, const QByteArray &bytes)
{
    return {name, bytes, false, crcOf(bytes), quint64(bytes.size())};
}

/** An honest deflated entry. */
inline Entry deflated(const QByteArray &name, const QByteArray &bytes)
{
    return {name, deflateRaw(bytes), true, crcOf(bytes), quint64(bytes.size())};
}

/**
 * A raw deflate stream that inflates to `head` followed by `mebibytes` MiB of spaces. After a
 * full flush the compressor starts afresh, so one flushed MiB of spaces compresses to the same
 * bytes every time: the stream is that block repeated, closed by an empty final block. 1 GiB
 * takes about 1 MB.
 */
inline QByteArray deflatedSpaces(const QByteArray &head, int mebibytes)
{
    z_stream z{};
    REQUIRE(deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) == Z_OK);
    QByteArray out;
    const auto run = [&](const QByteArray &in, int flush) {
        QByteArray chunk(int(deflateBound(&z, uLong(in.size()))) + 64, Qt::Uninitialized);
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
        z.avail_in = uInt(in.size());
        z.next_out = reinterpret_cast<Bytef *>(chunk.data());
        z.avail_out = uInt(chunk.size());
        const int rc = deflate(&z, flush);
        REQUIRE((rc == Z_OK || rc == Z_STREAM_END));
        REQUIRE(z.avail_in == 0);
        chunk.resize(chunk.size() - qsizetype(z.avail_out));
        return chunk;
    };
    out += run(head, Z_FULL_FLUSH);
    const QByteArray spaces(1 << 20, ' ');
    const QByteArray block = run(spaces, Z_FULL_FLUSH);
    REQUIRE(run(spaces, Z_FULL_FLUSH) == block); // the trick holds for this zlib
    out += block.repeated(mebibytes);            // the two runs above only produced the block
    out += run(QByteArray(), Z_FINISH);
    deflateEnd(&z);
    return out;
}

/** CRC-32 of `head` followed by `mebibytes` MiB of spaces (zlib's crc32_combine). */
inline quint32 crcOfSpaces(const QByteArray &head, int mebibytes)
{
    const QByteArray spaces(1 << 20, ' ');
    const uLong block
        = ::crc32(0L, reinterpret_cast<const Bytef *>(spaces.constData()), uInt(spaces.size()));
    uLong crc = crcOf(head);
    for (int i = 0; i < mebibytes; ++i)
        crc = crc32_combine(crc, block, z_off_t(spaces.size()));
    return quint32(crc);
}

inline void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
}

inline void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

/** A zip archive with exactly these entries, headers as given (no ZIP64, no extra fields). */
inline QByteArray build(const std::vector<Entry> &entries)
{
    QByteArray out;
    QByteArray directory;
    for (const Entry &e : entries) {
        const quint32 offset = quint32(out.size());
        const quint16 method = e.deflated ? 8 : 0;
        const auto common = [&](QByteArray &h) {
            put16(h, 20);     // version needed
            put16(h, 0x0800); // flags: UTF-8 names
            put16(h, method);
            put16(h, 0);      // time
            put16(h, 0x2821); // date: 2000-01-01
            put32(h, e.crc32);
            put32(h, quint32(e.data.size()));  // compressed size
            put32(h, quint32(e.declaredSize)); // uncompressed size
            put16(h, quint32(e.name.size()));
            put16(h, 0); // extra length
        };
        put32(out, 0x04034b50);
        common(out);
        out += e.name;
        out += e.data;

        put32(directory, 0x02014b50);
        put16(directory, 0x0314); // made by: Unix, 2.0
        common(directory);
        put16(directory, 0); // comment length
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, e.name.endsWith('/') ? 0x41ed0010u : 0x81a40000u);
        put32(directory, offset);
        directory += e.name;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(entries.size()));
    put16(out, quint32(entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

inline void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

/** The start of a valid, empty course.xml, for entries that are cut off before its end. */
inline QByteArray courseXmlHead()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<capsule xmlns=\"https://capsule.example/ns/course/1\" formatVersion=\"1\">\n";
}

/**
 * The lying-size bomb of issue #10: a course.xml that declares `declared` bytes in both
 * headers but inflates to 1 GiB (about 1 MB in the file), with the CRC of the real content.
 */
inline QByteArray lyingCourseXml(quint64 declared = 26950, int mebibytes = 1024)
{
    Entry course{"course.xml",
                 deflatedSpaces(courseXmlHead(), mebibytes),
                 true,
                 crcOfSpaces(courseXmlHead(), mebibytes),
                 declared};
    return build({course});
}

} // namespace HostileZip
