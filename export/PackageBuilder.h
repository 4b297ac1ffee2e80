// SPDX-License-Identifier: MIT
#pragma once

#include "ExportContext.h"
#include "PlayerData.h"
#include "core/Result.h"

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace Core {
class Course;
}

namespace Export {

/**
 * Assembles the zip shared by every exporter, in a stable order:
 *
 *   1. the leading entries given with addLeadingEntry() (imsmanifest.xml for SCORM);
 *   2. the player files found under the player root (":/player" by default), sorted by name,
 *      skipping anything inside a "tests" folder;
 *   3. content/course.js (PlayerData::toScript() for the runtime);
 *   4. media/<sha256>.<ext> for each asset of Course::usedAssets(), sorted, bytes streamed from
 *      the asset's source.
 *
 * Written with Core::ZipWriter: deterministic bytes, already-compressed media stored and text
 * deflated, a temporary file renamed over the target on success; failure or cancellation
 * leaves no file and an existing target untouched.
 *
 * Holds a reference to the course, which must outlive the builder. Not thread-safe.
 */
class PackageBuilder
{
public:
    static constexpr QLatin1StringView courseScriptName{"content/course.js"};

    PackageBuilder(const Core::Course &course, PlayerRuntime runtime);

    /**
     * A package in several languages: the course in each other language (PackageLanguages),
     * which must outlive the builder. Their media join the package and their data the course
     * script (PlayerData::toJson() with translations).
     */
    void setTranslations(std::vector<const Core::Course *> translations)
    {
        m_translations = std::move(translations);
    }

    /** Where the player files are read from; tests point it at a fixture folder. */
    void setPlayerRoot(const QString &root) { m_playerRoot = root; }
    const QString &playerRoot() const { return m_playerRoot; }
    static QString defaultPlayerRoot();

    /** Relative names of the player files under root, sorted; files under tests/ excluded. */
    static QStringList playerFiles(const QString &root = defaultPlayerRoot());

    /**
     * Every file the package holds apart from the leading entries, in package order: what a
     * SCORM manifest lists. Media missing from the library are left out (write() fails on them).
     */
    QStringList contentFiles() const;
    /** contentFiles() of a builder with the default player root. */
    static QStringList packageFiles(const Core::Course &course);

    /**
     * The checks every exporter runs first, with Core::Validator: warnings (image without alt
     * text, question without a correct answer, video without captions, and for SCORM 1.2 only
     * resume data that may exceed 4,096 characters) are added to the context; errors make the
     * result an ErrorCode::Export error whose message lists them, one per line.
     */
    static Core::Result<void>
    checkCourse(const Core::Course &course, PlayerRuntime runtime, ExportContext &context);

    /** Adds an in-memory entry before the player files; entries keep the order of the calls. */
    void addLeadingEntry(const QString &name, QByteArray data);

    /**
     * Writes the package to targetPath. Progress goes to the context in bytes; a cancel() of
     * the context stops the write with ErrorCode::Cancelled. Errors: Export (no player
     * index.html, a used asset missing from the library or without bytes), Io, Cancelled,
     * InvalidArgument (empty target path).
     */
    Core::Result<void> write(const QString &targetPath, ExportContext &context) const;

private:
    /** The media of the course and of its translations, sorted by id (= by package name). */
    std::vector<Core::AssetId> usedAssets() const;

    const Core::Course &m_course;
    std::vector<const Core::Course *> m_translations;
    PlayerRuntime m_runtime;
    QString m_playerRoot;
    std::vector<std::pair<QString, QByteArray>> m_leading;
};

} // namespace Export
