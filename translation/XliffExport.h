// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "core/Translation.h"
#include "xliff/XliffDocument.h"

#include <optional>

namespace Core {
class Course;
}

namespace Translation {

class TranslationMemory;

/** What XliffExport::build made, with its counts for the report. */
struct XliffExportResult
{
    XliffDocument document;
    int units = 0;
    int withTarget = 0; ///< units written with their current translation
    int prefilled = 0;  ///< untranslated units pre-filled with an exact memory match (for review)
};

/**
 * Builds the XLIFF document of one target language of a course: one unit per TextField (in
 * reading order), its notes (context, role, length limit), its current translation and state
 * (see UnitState for the mapping). An untranslated field whose source the memory knows exactly
 * is pre-filled with that translation, marked for review (1.2 needs-review-translation +
 * exact-match; 2.0 translated + capsule:exact-match).
 */
class XliffExport
{
public:
    static Core::Result<XliffExportResult> build(const Core::Course &course,
                                                 const QString &language,
                                                 XliffVersion version,
                                                 const TranslationMemory *memory = nullptr);

    /** What a field of this role is, for a translator ("Slide title", "Choice feedback"...). */
    static QString roleName(Core::TextRole role);

    /**
     * A translation's text as a segment carrying the source's code ids (InlineText::align):
     * nothing when the translation's markup does not correspond to the source's. A code whose
     * markup the translation changed (a localized link) keeps it on import (XliffImport).
     */
    static std::optional<Segment> alignTarget(const QString &translation,
                                              const CodedText &source,
                                              Core::TextFormat format,
                                              Core::TextRole role);
};

} // namespace Translation
