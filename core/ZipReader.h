// SPDX-License-Identifier: MIT
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

typedef struct zip zip_t; // libzip's archive handle; libzip stays out of public includes

namespace Core {

/**
 * Read-only access to a zip archive on disk (a .capsule file, an exported package).
 *
 * open() checks the archive's consistency (ZIP_CHECKCONS) and refuses archives with an unsafe
 * entry name anywhere (see isSafeEntryName()), a folder entry ("media/") or two entries of the
 * same name (UnsafeEntry, each with its own message), so callers never see one. The reader owns
 * its libzip handle; it is movable, not copyable, and not thread-safe (use one reader per thread).
 *
 * Limits (hostile archives, docs/file-format.md §1): an entry never yields more bytes than its
 * zip directory declares. read() and readAll() stop with NotAZip at the first byte past the
 * declared size, so a deflate stream that lies about its size (a "zip bomb" declaring 27 KB and
 * inflating to 1 GiB) costs at most the declared size plus one 1 MiB buffer. readAll() refuses
 * an entry whose declared size is over its maxSize before reading a byte.
 */
class ZipReader
{
public:
    /** What the central directory says about one entry. */
    struct EntryInfo
    {
        QString name;
        qint64 size = 0;           ///< uncompressed bytes
        qint64 compressedSize = 0; ///< bytes in the archive
        bool compressed = false;   ///< false: stored
    };

    /**
     * Where an entry's bytes lie in the file, from the central directory and the local header:
     * what ZipWriter needs to copy an entry without going through libzip (which would compute
     * the CRC-32 of every byte again and read in 8 KB steps).
     */
    struct RawEntry
    {
        qint64 dataOffset = 0;     ///< first byte of the (compressed) data
        qint64 compressedSize = 0; ///< bytes at dataOffset
        qint64 size = 0;           ///< uncompressed bytes
        quint32 crc32 = 0;         ///< as the central directory gives it
        bool deflated = false;     ///< false: stored
    };

    /**
     * Opens path read-only. Errors: Io (missing or unreadable file), NotAZip (empty, truncated,
     * damaged or not a zip at all), UnsafeEntry. Messages name the file.
     */
    static Result<ZipReader> open(const QString &path);

    ZipReader(ZipReader &&other) noexcept;
    ZipReader &operator=(ZipReader &&other) noexcept;
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;
    ~ZipReader();

    const QString &path() const { return m_path; }
    /** Entry names in archive order (UTF-8 decoded; legacy CP437 names converted). */
    QStringList entryNames() const;
    bool contains(const QString &name) const { return m_index.contains(name); }
    std::optional<EntryInfo> entryInfo(const QString &name) const;
    /**
     * The raw location of a stored or deflated, unencrypted entry; nullopt for other entries,
     * a missing name, or a local header that does not match the central directory.
     */
    std::optional<RawEntry> rawEntry(const QString &name) const;

    /**
     * Reads a whole entry into memory. Refuses entries whose declared size is over maxSize
     * (InvalidArgument) before reading, so a hostile archive cannot exhaust memory. Errors:
     * MissingEntry, NotAZip (CRC or decompression failure, more bytes than declared),
     * InvalidArgument.
     */
    Result<QByteArray> readAll(const QString &name, qint64 maxSize = 256 * 1024 * 1024) const;

    /** Who checks an entry's bytes when it is streamed. */
    enum class Check {
        Crc,           ///< libzip verifies the CRC-32 at the end
        CallerVerifies ///< the caller checks a stronger digest: stored entries skip the CRC
    };

    /**
     * Streams an entry in chunks of at most 1 MiB. The callback returns false to stop early
     * (the result is then Cancelled). Reading stops with NotAZip, before the consumer sees them,
     * as soon as more bytes arrive than the entry's declared size. With Check::CallerVerifies a
     * stored entry is read with ZIP_FL_COMPRESSED, which skips inflating; note that libzip 1.7
     * still computes the CRC-32 of stored entries read that way (a damaged byte is reported as
     * NotAZip before the caller's digest sees it).
     */
    Result<void> read(const QString &name,
                      const std::function<bool(QByteArrayView chunk)> &consumer,
                      Check check = Check::Crc) const;

    /**
     * True for a relative, '/'-separated name without backslashes, drive letters, control
     * characters or empty, "." or ".." components: one that cannot escape a target folder.
     */
    static bool isSafeEntryName(QStringView name);

private:
    ZipReader() = default;
    void close();
    /** Fills m_records from the file, if it agrees with what libzip read. */
    void readDirectoryRecords();

    zip_t *m_zip = nullptr;
    QString m_path;
    QStringList m_names;
    QHash<QString, quint64> m_index; ///< name -> libzip index (first occurrence)
    /** What rawEntry() needs of one central directory record (libzip does not expose it). */
    struct DirectoryRecord
    {
        qint64 headerOffset = 0;
        qint64 compressedSize = 0;
        qint64 size = 0;
        quint32 crc32 = 0;
        quint16 method = 0;
        quint16 flags = 0;
    };
    /** The central directory as parsed by us, by libzip index; empty if it disagrees. */
    std::vector<DirectoryRecord> m_records;
};

} // namespace Core
