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

typedef struct zip zip_t; // libzip's archive handle; libzip stays out of public includes

namespace Core {

/**
 * Read-only access to a zip archive on disk (a .capsule file, an exported package).
 *
 * open() checks the archive's consistency (ZIP_CHECKCONS) and refuses archives with an unsafe
 * entry name anywhere (see isSafeEntryName()), so callers never see one. The reader owns its
 * libzip handle; it is movable, not copyable, and not thread-safe (use one reader per thread).
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
     * Reads a whole entry into memory. Refuses entries larger than maxSize (InvalidArgument)
     * so a hostile archive cannot exhaust memory. Errors: MissingEntry, NotAZip (CRC or
     * decompression failure), InvalidArgument.
     */
    Result<QByteArray> readAll(const QString &name, qint64 maxSize = 256 * 1024 * 1024) const;

    /** Who checks an entry's bytes when it is streamed. */
    enum class Check {
        Crc,           ///< libzip verifies the CRC-32 at the end
        CallerVerifies ///< the caller checks a stronger digest: stored entries skip the CRC
    };

    /**
     * Streams an entry in chunks of at most 1 MiB. The callback returns false to stop early
     * (the result is then Cancelled). With Check::CallerVerifies a stored entry's bytes come
     * straight from the archive: computing its CRC-32 too would double the cost of opening a
     * project whose media SHA-256 are verified anyway.
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

    zip_t *m_zip = nullptr;
    QString m_path;
    QStringList m_names;
    QHash<QString, quint64> m_index; ///< name -> libzip index (first occurrence)
};

} // namespace Core
