// SPDX-License-Identifier: MIT
#pragma once

#include "core/MediaAsset.h"
#include "core/Result.h"
#include "core/Slide.h"

#include <QStringList>

#include <vector>

namespace Core {
class Document;
}

namespace App {

/**
 * Media library edits: importing files and removing unused assets. Every change is a command
 * pushed on the document; several become one undo step.
 */
class MediaOperations
{
public:
    /** Reads and describes each file (Core::MediaImporter::import()); thread-safe. */
    static std::vector<Core::Result<Core::MediaAsset>> importFiles(const QStringList &paths);

    /**
     * Adds the imported assets (AddAsset each, one undo step) and returns the errors of the
     * files that could not be imported; each message names its file.
     */
    static std::vector<Core::Error>
    addImported(Core::Document &document,
                const std::vector<Core::Result<Core::MediaAsset>> &imported);

    /**
     * Adds the imported files to the library and puts them on a slide, all in one undo step:
     * on a content slide each image becomes a new image block; on a video slide a video
     * becomes its video, an image its poster and a WebVTT file a caption track (language
     * from a ".fr.vtt"-style name, else the course's). Files the slide cannot show are only
     * added to the library. Returns the import errors, each naming its file.
     */
    static std::vector<Core::Error>
    attachToSlide(Core::Document &document,
                  const Core::SlideId &slide,
                  const std::vector<Core::Result<Core::MediaAsset>> &imported);

    /** Whether dropping files on this slide puts them on it (content and video slides). */
    static bool acceptsMedia(const Core::Slide &slide);

    /** importFiles() then addImported(), on the calling thread. */
    static std::vector<Core::Error> importInto(Core::Document &document, const QStringList &paths);

    /** Assets no slide and no theme setting uses. */
    static std::vector<Core::AssetId> unusedAssets(const Core::Document &document);
    /** Removes every unused asset in one undo step; returns how many. */
    static int removeUnused(Core::Document &document);

    /** True for files the media library accepts, by name (MediaImporter::nameFilters()). */
    static bool isMediaFileName(const QString &fileName);
};

} // namespace App
