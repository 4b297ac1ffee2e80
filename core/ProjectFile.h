// SPDX-License-Identifier: MIT
#pragma once

#include "Course.h"
#include "Result.h"
#include "ZipWriter.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace Core {

/**
 * Reads and writes .capsule project files: a zip holding course.xml and media/<sha256>.<ext>
 * (docs/file-format.md). Stateless; every function is a complete operation.
 *
 * Reading verifies every media entry (present, size, SHA-256) but leaves the bytes where they
 * are: each asset's source points at its entry in the file (AssetSource::Kind::ZipEntry), and
 * saving or exporting streams them from there. A failed read never returns a partial course.
 */
class ProjectFile
{
public:
    struct WriteOptions
    {
        /** Progress in bytes during the write; return false to cancel (ErrorCode::Cancelled). */
        ZipWriter::ProgressCallback progress;
        /** Test seam: fail the write after this many bytes of entry data (ZipWriter). */
        qint64 failAfterBytes = -1;
    };

    /** When read() checks the media entries' SHA-256. */
    enum class MediaCheck {
        /** While opening: a project that opens is whole (the editor). */
        Now,
        /**
         * Presence and size now; the SHA-256 is left in each source's expectedSha256 for
         * whoever streams the bytes (ZipWriter fails with HashMismatch, naming the file and the
         * entry). For one-shot consumers that read every byte they use anyway, such as
         * `capsule-cli export`: opening a gigabyte of video then costs no extra pass over it.
         * Media the consumer does not use are not checked.
         */
        Deferred
    };

    /**
     * The largest course.xml read (declared, uncompressed bytes): 64 MiB, about 45 times a
     * 2,000-slide course. A larger one is refused before it is inflated (InvalidContent).
     */
    static constexpr qint64 maxCourseXmlBytes = 64 * 1024 * 1024;

    /** The name of the XML document inside a project: "course.xml". */
    static QString courseEntryName();

    /**
     * Opens a .capsule file. Errors: Io, NotAZip ("X is not a Capsule project: the file is
     * damaged or is not a zip archive"; an entry inflating past its declared size), UnsafeEntry
     * (also folder entries and duplicate names), MissingEntry (no course.xml), MalformedXml
     * (also a DOCTYPE, entity declarations, invalid UTF-8), NewerFormat, InvalidContent (also a
     * course.xml over maxCourseXmlBytes), MissingAsset, HashMismatch (not with
     * MediaCheck::Deferred). Messages name the file. Memory stays bounded whatever the file
     * holds: course.xml by maxCourseXmlBytes, media are streamed (never past their declared
     * size) and not kept in memory.
     */
    static Result<std::unique_ptr<Course>> read(const QString &path,
                                                MediaCheck check = MediaCheck::Now);

    /**
     * Reads an unpacked project folder (course.xml + media/), such as a template shipped as a
     * Qt resource (":/templates/sample"). Media are verified like read() does; they get a
     * Memory source for resources and a File source for folders on disk.
     */
    static Result<std::unique_ptr<Course>> readFolder(const QString &folder);

    /**
     * Saves course to path atomically: course.xml first (deflated), then every asset of the
     * media library by id, its bytes streamed from its source (which may be the very file being
     * replaced). Before writing, the produced course.xml is parsed back, so a course that
     * breaks a rule of the format is refused (InvalidContent, MissingAsset) rather than saved
     * into a file Capsule could not open. Saving the same course twice gives identical bytes.
     * On failure the previous file at path is untouched.
     */
    static Result<void>
    write(const Course &course, const QString &path, const WriteOptions &options);
    static Result<void> write(const Course &course, const QString &path);

    /**
     * Loads the bytes of an asset from wherever they live (previews, thumbnails, media probing).
     * Errors: InvalidArgument (no source, or more than maxSize bytes: checked before reading),
     * Io, MissingEntry, NotAZip, HashMismatch (a source whose expectedSha256 does not match).
     */
    static Result<QByteArray> readAssetBytes(const AssetSource &source);
    static Result<QByteArray> readAssetBytes(const AssetSource &source, qint64 maxSize);

    /** The largest image readAssetBytes() callers load to decode (thumbnails, logo): 64 MiB. */
    static constexpr qint64 maxDecodedImageFileBytes = 64 * 1024 * 1024;
};

} // namespace Core
