// SPDX-License-Identifier: MIT
#pragma once

#include "core/Ids.h"
#include "core/Question.h"
#include "core/Slide.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Core {
class Course;
class Document;
struct DrawBody;
} // namespace Core

namespace App {

/**
 * The question-bank panel's edits, shared by its actions, its drop handler and the tests (the
 * banks' counterpart of SlideOperations). Each function builds core commands and pushes them on
 * the document, several commands becoming one undo step; none writes to the course directly.
 * Unknown ids are skipped.
 */
class BankOperations
{
public:
    /** "Bank 1", "Bank 2", ...: the first such name no bank has yet (or base made unique). */
    static QString uniqueBankName(const Core::Course &course, const QString &base = {});

    /** Adds an empty bank at the end. Returns its id. */
    static Core::BankId addBank(Core::Document &document, const QString &name = {});
    /** Renames a bank; false when the name is empty, unchanged or taken by another bank. */
    static bool renameBank(Core::Document &document, const Core::BankId &bank, const QString &name);
    /** Deletes a bank and its questions (draw slides drop it), in one step. */
    static void removeBank(Core::Document &document, const Core::BankId &bank);

    /**
     * Adds a new question of that type (with the starter answers of a new question slide) to the
     * bank, after `after` when it is in that bank, else at the end. Returns its id.
     */
    static Core::SlideId addQuestion(Core::Document &document,
                                     const Core::BankId &bank,
                                     Core::QuestionType type,
                                     const Core::SlideId &after = {});
    /** Copies each question right after itself, in one step. Returns the copies' ids. */
    static std::vector<Core::SlideId> duplicateQuestions(Core::Document &document,
                                                         const std::vector<Core::SlideId> &ids);
    /** Removes the questions in one step. */
    static void removeQuestions(Core::Document &document, const std::vector<Core::SlideId> &ids);
    /**
     * Moves the questions, in bank order, to the end of another bank, in one step. Questions
     * already in that bank stay where they are. Returns true when something moved.
     */
    static bool moveQuestions(Core::Document &document,
                              const std::vector<Core::SlideId> &ids,
                              const Core::BankId &toBank);

    /** The ids that are bank questions, in bank order, without duplicates. */
    static std::vector<Core::SlideId> inBankOrder(const Core::Course &course,
                                                  const std::vector<Core::SlideId> &ids);

    /** Every tag used in the banks (all banks when `banks` is empty), sorted, unique. */
    static QStringList tags(const Core::Course &course,
                            const std::vector<Core::BankId> &banks = {});

    /** What a draw slide can take from its banks: the matching questions, per difficulty. */
    struct DrawPool
    {
        int matching = 0; ///< questions of the draw's banks carrying its tag (any with no tag)
        int easy = 0, medium = 0, hard = 0; ///< of those, per difficulty
        int missingBanks = 0;               ///< referenced banks that no longer exist
    };
    static DrawPool drawPool(const Core::Course &course, const Core::DrawBody &draw);
    /**
     * The draw editor's live line: "Draws 5 of 23 matching questions." or, when the banks hold
     * too few, what is missing. Translated.
     */
    static QString drawSummary(const Core::Course &course, const Core::DrawBody &draw);
    /** True when the banks hold enough matching questions for the draw. */
    static bool drawIsSatisfiable(const Core::Course &course, const Core::DrawBody &draw);
};

} // namespace App
