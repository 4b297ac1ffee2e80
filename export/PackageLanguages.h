// SPDX-License-Identifier: MIT
#pragma once

#include "ExportContext.h"
#include "core/Result.h"

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Core {
class Course;
}

namespace Export {

/**
 * The languages one package holds, resolved from ExportOptions::language (docs/export.md
 * "Languages"):
 *   ""        the course as it is, in its source language (no translation involved);
 *   a code    the course in that language, source or target: Core::translatedCourse();
 *   "all"     the course in its source language plus every target language, one package whose
 *             player starts in the learner's language and lets them switch.
 *
 * Owns the translated copies; the source course must outlive it. Every exporter builds on
 * course() (what its manifest and its checks see) and passes translations() to the player data.
 */
class PackageLanguages
{
public:
    static constexpr QLatin1StringView all{"all"};

    /**
     * Resolves language for course. Errors (ErrorCode::InvalidArgument): a malformed tag, or a
     * language the course does not have (the message lists the course's languages). Adds one
     * warning "translation.untranslated" per language with texts that fell back to the source,
     * with their count.
     */
    static Core::Result<PackageLanguages>
    resolve(const Core::Course &course, const QString &language, ExportContext &context);

    /**
     * The course the package is built on: for "all" the source; for "" (or the source language)
     * the source without its target languages (so that their media stay out); else the
     * translation.
     */
    const Core::Course &course() const;
    /** For "all": the course in each target language, in the course's order; else empty. */
    std::vector<const Core::Course *> translations() const;
    /** The language codes of the package, the main one first. */
    QStringList languages() const;

private:
    const Core::Course *m_source = nullptr;
    std::unique_ptr<Core::Course> m_translated;
    std::vector<std::unique_ptr<Core::Course>> m_others;
};

} // namespace Export
