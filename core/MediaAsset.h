// SPDX-License-Identifier: MIT
#pragma once

#include "Ids.h"

#include <QByteArray>
#include <QSize>
#include <QString>

#include <utility>

namespace Core {

/**
 * Where an asset's bytes live right now. Bytes are never all held in memory for a loaded
 * project: they stay in the .capsule zip (or the imported file) and are streamed on save/export.
 */
struct AssetSource
{
    enum class Kind {
        None,     ///< not yet attached (a freshly parsed course.xml)
        File,     ///< a plain file on disk: path
        ZipEntry, ///< an entry of a zip archive on disk: path + entryName
        Memory    ///< bytes held in memory: data (templates, tests, generated media)
    };

    AssetSource() = default;
    // A constructor rather than aggregate initialisation, so that the usual four-value form
    // leaves expectedSha256 out without a missing-initializer warning.
    AssetSource(Kind sourceKind,
                QString sourcePath,
                QString sourceEntryName = {},
                QByteArray sourceData = {})
        : kind(sourceKind)
        , path(std::move(sourcePath))
        , entryName(std::move(sourceEntryName))
        , data(std::move(sourceData))
    {}

    Kind kind = Kind::None;
    QString path;
    QString entryName;
    QByteArray data;
    /**
     * Empty once the bytes were checked against the asset's id. A read that defers the check
     * (ProjectFile::MediaCheck::Deferred) sets the SHA-256 (lowercase hex) the bytes must have,
     * and whoever streams them verifies it: ZipWriter, ProjectFile::readAssetBytes().
     */
    QString expectedSha256;
};

/** One media file of the course: content-addressed by the SHA-256 of its bytes. */
struct MediaAsset
{
    AssetId id;       ///< lowercase hex SHA-256
    QString fileName; ///< original file name, for display ("accueil.png")
    QString mimeType; ///< "image/png", "video/mp4", "text/vtt"
    qint64 byteSize = 0;
    QSize imageSize;       ///< pixels, when it is an image and known
    qint64 durationMs = 0; ///< for video/audio when known, else 0
    AssetSource source;

    /** Lowercase extension used in the archive name ("png"), derived from the MIME type or name. */
    QString extension() const;
    /** "media/<sha256>.<ext>", the entry name inside .capsule files and packages. */
    QString archiveName() const;
    bool isImage() const { return mimeType.startsWith(u"image/"); }
    bool isVideo() const { return mimeType.startsWith(u"video/"); }
    bool isCaptions() const { return mimeType == u"text/vtt"; }

    /** Equal metadata (the source is where bytes live, not what they are). */
    friend bool operator==(const MediaAsset &a, const MediaAsset &b)
    {
        return a.id == b.id && a.fileName == b.fileName && a.mimeType == b.mimeType
               && a.byteSize == b.byteSize && a.imageSize == b.imageSize
               && a.durationMs == b.durationMs;
    }
};

} // namespace Core
