// SPDX-License-Identifier: MIT
#pragma once

#include "MediaAsset.h"
#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Core {

/**
 * Turns a media file into a MediaAsset: content id (SHA-256), size, MIME type and, when the
 * header tells, image size and video duration. Accepted: PNG, JPEG, GIF, WebP and SVG images,
 * MP4 and WebM videos, WebVTT captions, MP3, Ogg and M4A audio. Only headers are parsed (no
 * decoding); the MP4 and WebM readers are bounds-checked and give a duration of 0 on anything
 * they do not understand. All functions are thread-safe and suitable for a worker thread.
 */
class MediaImporter
{
public:
    /**
     * Reads filePath in a streaming way (the bytes are not kept) and describes it; the asset's
     * source is {File, absolute path}. Fails with ErrorCode::Io when the file is missing, a
     * folder or unreadable, InvalidArgument for an unsupported type, InvalidContent for an empty
     * file or a damaged image; every message names the file.
     */
    static Result<MediaAsset> import(const QString &filePath);

    /**
     * The same for bytes already in memory; fileName (its directory part is ignored) helps
     * to recognise the type. The asset's source is {Memory, data = bytes}.
     */
    static Result<MediaAsset> fromData(const QByteArray &bytes, const QString &fileName);

    /**
     * Checks a WebVTT file and counts its cues: "WEBVTT" header, then blocks separated by blank
     * lines, each cue with an optional identifier and a timing line "hh:mm:ss.ttt --> hh:mm:ss.ttt"
     * (hours optional). On error the message names the offending line ("Line 7: ...").
     */
    static Result<int> countVttCues(const QByteArray &vtt);

    /** The canonical MIME types import() accepts ("image/png", ..., "audio/mp4"). */
    static QStringList supportedMimeTypes();

    /** Glob patterns of the accepted files ("*.png", "*.jpg", ...) for file dialogs. */
    static QStringList nameFilters();
};

} // namespace Core
