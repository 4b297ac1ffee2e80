// SPDX-License-Identifier: MIT
// A fixed course for the exporter tests: fixed ids and fixed media bytes, one slide of every
// kind and one question of every type, so golden files stay stable.
#pragma once

#include "core/Course.h"

#include <memory>
#include <vector>

namespace ExportTest {

/** Media ids of the test course, for assertions. */
struct TestMedia
{
    Core::AssetId image;    // image/png, used by the content slide
    Core::AssetId logo;     // image/png, the theme logo
    Core::AssetId video;    // video/mp4
    Core::AssetId poster;   // image/jpeg
    Core::AssetId captions; // text/vtt
    Core::AssetId unused;   // image/png in the library, used nowhere
};

/** Adds an asset held in memory, its id the SHA-256 of bytes. */
Core::AssetId addMemoryAsset(Core::Course &course,
                             const QString &fileName,
                             const QString &mimeType,
                             const QByteArray &bytes,
                             QSize imageSize = {},
                             qint64 durationMs = 0);

Core::Slide makeSlide(const QString &id, const QString &title, Core::SlideBody body);

/** One question slide of every type (numeric twice: exact and range), each answerable. */
std::vector<Core::Slide> questionSlides();

/**
 * The fixed test course. Its id starts with a digit (so manifest identifiers must be prefixed),
 * its title is not ASCII, it reports passed/failed with completion "both" (mastery applies).
 */
std::unique_ptr<Core::Course> makeTestCourse(TestMedia *mediaOut = nullptr);

/** The first slide with this id (asserts it exists). */
Core::Slide &slideById(Core::Course &course, const QString &id);

/** What shared/scorm/validate-package said about a package (zip or folder). */
struct ValidationRun
{
    int exitCode = -1;
    QString output;
};

/** Runs validate-package --expect <expect> (1.2 or 2004-4th) on path. */
ValidationRun validatePackage(const QString &path, const QString &expect);

/** Writes bytes to path, creating folders; REQUIREs success. */
void writeFile(const QString &path, const QByteArray &bytes);

} // namespace ExportTest
