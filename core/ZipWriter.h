// SPDX-License-Identifier: MIT
#pragma once

#include "MediaAsset.h"
#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace Core {

class ZipReader;

/**
 * Writes a zip archive deterministically and atomically; used for .capsule files and for
 * every exported package.
 *
 * - Entries appear in the order they were added; each has the fixed time 2000-01-01 00:00,
 *   fixed permissions (0644), no comment and no variable extra field, and a UTF-8 name.
 *   The same calls with the same bytes always produce the same file.
 * - Nothing touches the target until commit(): the archive is written to
 *   `<target>.tmp-XXXXXX` in the same folder; commit() then (with Durability::Synced) fsyncs
 *   it, renames it over the target and fsyncs the folder. On any failure (or when the writer
 *   is destroyed without commit()) the temporary file is removed and an existing target is
 *   left byte-identical. A target that is a symbolic link is resolved first: the file it
 *   points to is replaced (the temporary file lies beside that file) and the link stays.
 * - A killed process cannot remove its temporary file: commit() removes those of the same
 *   target left by earlier saves (removeStaleTemporaries()).
 * - Data is streamed at commit(): files on disk and entries of other zips are never loaded in
 *   memory. Zip entries whose compression already fits are copied raw, in bulk
 *   (copy_file_range where the system has it), with the CRC-32 of the source's central
 *   directory: the bytes are not read by this process at all unless they must be verified
 *   (AssetSource::expectedSha256). Sources must therefore stay readable until commit()
 *   returns. A source zip may be the target itself (re-saving a project reads media from the
 *   file it replaces).
 * - Sources with an expectedSha256 are verified while the archive is written; raw copies are
 *   hashed by a second thread. A mismatch fails commit() with HashMismatch, naming the source
 *   and the entry, and nothing is written.
 * - ZIP64 records are written for entries, offsets or directories past 4 GiB, only then.
 * - Errors are sticky: the add*() calls never fail loudly; the first problem (unsafe or
 *   duplicate name, missing file or entry) is remembered, later calls are ignored, and commit()
 *   returns it. Check error() early if you want to stop sooner.
 *
 * The writer is our own (libzip is used for reading only): libzip 1.7 computes the CRC-32 of
 * every stored byte it copies, even from another zip, and copies in 8 KB steps, which made it
 * the bottleneck of exporting a course with a gigabyte of video.
 *
 * Not copyable, not thread-safe; one writer per archive.
 */
class ZipWriter
{
public:
    enum class Compression {
        Auto, ///< by name: stored for already-compressed formats, else deflated
        Store,
        Deflate
    };

    /**
     * Called during commit() with the bytes processed so far and the total (uncompressed,
     * approximate when raw copies are involved). Return false to cancel: commit() then fails
     * with ErrorCode::Cancelled and the target is untouched.
     */
    using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

    explicit ZipWriter(QString targetPath);
    ~ZipWriter(); ///< discards everything unless commit() succeeded
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    const QString &targetPath() const { return m_targetPath; }

    /** Adds an entry with the given bytes (shared with the caller, not copied). */
    void addFile(const QString &name, const QByteArray &data, Compression = Compression::Auto);
    /** Adds a file from disk (or a Qt resource ":/..."), streamed at commit(). */
    void
    addFileFromDisk(const QString &name, const QString &filePath, Compression = Compression::Auto);
    /**
     * Copies entryName of the zip at zipPath. The compressed bytes are copied as they are when
     * the source's method (stored/deflated) is the one this entry would get.
     */
    void addFromZip(const QString &name,
                    const QString &zipPath,
                    const QString &entryName,
                    Compression = Compression::Auto);
    /**
     * Dispatches on source.kind: Memory, File or ZipEntry. Kind None is an error. A non-empty
     * source.expectedSha256 is verified during commit() (ErrorCode::HashMismatch).
     */
    void
    addFromSource(const QString &name, const AssetSource &source, Compression = Compression::Auto);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }

    /** Whether commit() waits for the bytes to reach the disk before the rename. */
    enum class Durability {
        Synced, ///< fsync the file and its folder: a crash never leaves a damaged target (projects)
        Cached  ///< rename as soon as written: for packages, which can always be exported again
    };
    void setDurability(Durability durability) { m_durability = durability; }

    /**
     * Test seam: make commit() fail with a read error once more than `bytes` bytes of entry data
     * have been consumed, as an I/O failure in the middle of the write would. Negative: off.
     */
    void setFailAfterBytes(qint64 bytes) { m_failAfterBytes = bytes; }

    /**
     * Test seam: give every entry and the archive their ZIP64 records, as if they were past
     * 4 GiB, so that the ZIP64 layout can be checked without writing gigabytes.
     */
    void setForceZip64(bool force) { m_forceZip64 = force; }

    /** The first error met by an add*() call, if any. */
    const std::optional<Error> &error() const { return m_error; }
    bool hasError() const { return m_error.has_value(); }

    /**
     * Writes the archive and atomically replaces the target. Errors name the target: Io,
     * Cancelled, MissingEntry (a zip source lost its entry), NotAZip (a zip source is damaged),
     * HashMismatch (a source failed its expectedSha256), InvalidArgument (bad name), or the
     * sticky error of an add*() call. A writer commits once.
     */
    Result<void> commit();

    /** True if an entry with this name would be stored (jpg, png, mp4, zip, woff2, ...). */
    static bool isPrecompressedName(const QString &name);

    /** How old (last modified) a leftover temporary file must be to count as stale: 10 min. */
    static constexpr int staleTemporaryAgeSeconds = 10 * 60;

    /**
     * Removes the temporary files a killed save of targetPath left beside it: regular files
     * (not links, not folders) named exactly `<file name>.tmp-` plus six of [a-z0-9], last
     * modified more than staleTemporaryAgeSeconds ago. Nothing else is touched: a recent one
     * may be a save in progress in another process. commit() calls it with the resolved
     * target; returns how many files were removed.
     */
    static int removeStaleTemporaries(const QString &targetPath);

private:
    struct Entry;
    void add(Entry entry);
    /** False, after recording why, when no entry can be added under this name. */
    bool acceptName(const QString &name);
    void fail(ErrorCode code, const QString &message);
    Result<void> writeArchive(const QString &tempPath);
    const ZipReader *sourceArchive(const QString &zipPath);
    void closeSourceArchives();

    QString m_targetPath;
    std::vector<Entry> m_entries;
    QHash<QString, int> m_names;
    std::map<QString, std::unique_ptr<ZipReader>> m_sourceArchives; ///< by absolute path
    std::optional<Error> m_error;
    ProgressCallback m_progress;
    qint64 m_failAfterBytes = -1;
    Durability m_durability = Durability::Synced;
    bool m_forceZip64 = false;
    bool m_committed = false;
};

} // namespace Core
