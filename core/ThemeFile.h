// SPDX-License-Identifier: MIT
#pragma once

#include "MediaAsset.h"
#include "Result.h"
#include "Theme.h"

#include <QString>

#include <vector>

namespace Core {

class Course;

/**
 * A theme saved on its own, to carry a corporate identity from one course to another: a small
 * zip (".capsuletheme") holding theme.xml (the <theme> element of course.xml) and the bytes of
 * its logo and cover image as media/<sha256>.<ext>. docs/file-format.md describes it.
 */
struct ThemeFile
{
    Theme theme;
    /** The logo and cover image the theme refers to, bytes in memory (AssetSource::Memory). */
    std::vector<MediaAsset> assets;

    /** ".capsuletheme" */
    static QString suffix();
    /** The largest theme file read: 24 MiB in all, theme.xml at most 64 KiB. */
    static constexpr qint64 maxBytes = 24 * 1024 * 1024;
    static constexpr qint64 maxXmlBytes = 64 * 1024;

    /**
     * Writes theme and the bytes of its logo and cover image (taken from course's media
     * library) to path, atomically. Errors: Io; MissingAsset when the theme names an asset the
     * course does not have.
     */
    static Result<void> write(const Theme &theme, const Course &course, const QString &path);

    /**
     * Reads a theme file strictly: a zip with theme.xml and exactly the media it refers to,
     * nothing else; each medium checked (SHA-256, an image type). Memory stays bounded by
     * maxBytes. Errors: Io, NotAZip, UnsafeEntry, MissingEntry, MalformedXml, NewerFormat,
     * InvalidContent, MissingAsset, HashMismatch; messages name the file and the place.
     */
    static Result<ThemeFile> read(const QString &path);
};

} // namespace Core
