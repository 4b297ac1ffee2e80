// SPDX-License-Identifier: MIT
#pragma once

#include "TranslationMemory.h"
#include "core/Result.h"
#include "core/Translation.h"
#include "xliff/XliffDocument.h"

#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QUndoCommand;

namespace Core {
class Course;
class Document;
} // namespace Core

namespace Translation {

/** A unit the import refused, and why. */
struct ImportProblem
{
    int line = 0; ///< in the XLIFF file
    QString unitId;
    QString message;
};

/**
 * What importing an XLIFF file into a course would do: the changes (one SetTranslations),
 * the units refused with their reasons, and counts. Built by XliffImport::check; nothing is
 * applied until makeCommand's command is pushed.
 */
struct XliffImportReport
{
    QString fileName; ///< as given, for messages
    QString language; ///< the target language of the file
    int units = 0;    ///< units in the file
    std::vector<std::pair<QString, std::optional<Core::Translation>>> changes;
    std::vector<ImportProblem> refused;
    int untranslated = 0; ///< units with no target, or whose state says "not translated yet"
    int unchanged = 0;    ///< units whose translation the course already has
    /** Approved translations of the file, for the translation memory. */
    std::vector<MemoryEntry> approved;

    /** "file:line: unit id: message", the form the CLI prints and the dialog lists. */
    QString describe(const ImportProblem &problem) const;
};

/**
 * Matches the units of an XLIFF file with a course's text fields by id and checks each: units
 * whose source changed since the export, unknown or repeated ids, empty targets, broken or
 * missing inline codes, a target in another language, a text longer than the field allows are
 * refused; the rest become changes. The whole file is refused (an error naming the file) when
 * its source language is not the course's, or its target language is not one of the course's
 * target languages.
 */
class XliffImport
{
public:
    static Core::Result<XliffImportReport>
    check(const Core::Course &course, const XliffDocument &document, const QString &fileName);

    /** One undoable SetTranslations applying report.changes; null when there is none. */
    static std::unique_ptr<QUndoCommand> makeCommand(Core::Document &document,
                                                     const XliffImportReport &report);
};

} // namespace Translation
