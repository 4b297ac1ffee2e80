// SPDX-License-Identifier: MIT
#pragma once

#include "core/Ids.h"
#include "core/Question.h"
#include "core/Slide.h"

#include <QString>

#include <optional>
#include <vector>

namespace Core {
class Document;
}

namespace App {

/**
 * The outline's edits, shared by the actions, the drop handler and the tests. Each function
 * builds commands and pushes them on the document (several commands become one undo step);
 * none writes to the course directly. Ids that no longer exist are skipped.
 */
class SlideOperations
{
public:
    /** What "Add slide" creates: a kind, plus the question type for question slides. */
    struct NewSlide
    {
        Core::SlideKind kind = Core::SlideKind::Content;
        Core::QuestionType questionType = Core::QuestionType::SingleChoice;
    };

    /**
     * The menu entries of "Add slide", in order: content, each question type, a draw from the
     * question banks, video, result.
     */
    static std::vector<NewSlide> newSlideChoices();
    /** "Content slide", "Single choice question", ...: translated. */
    static QString newSlideLabel(const NewSlide &choice);
    /** The translated name of a kind ("Content", "Question", ...). */
    static QString kindName(Core::SlideKind kind);
    /** The translated name of a question type ("Single choice", ...). */
    static QString questionTypeName(Core::QuestionType type);
    /** A new slide of that kind with a starter body a designer can edit (two choices, ...). */
    static Core::Slide makeSlide(const NewSlide &choice);

    /**
     * Adds a slide after `after` (in its section); else at the end of `section`; else at the
     * end of the last section. Creates a section first if the course has none. A new draw slide
     * draws from every bank of the course. Returns its id.
     */
    static Core::SlideId addSlide(Core::Document &document,
                                  const NewSlide &choice,
                                  const Core::SlideId &after = {},
                                  const Core::SectionId &section = {});

    /** Copies each slide right after itself, in one step. Returns the copies' ids. */
    static std::vector<Core::SlideId> duplicateSlides(Core::Document &document,
                                                      const std::vector<Core::SlideId> &ids);

    /** Removes the slides in one step. */
    static void removeSlides(Core::Document &document, const std::vector<Core::SlideId> &ids);

    /**
     * Moves the slides, in reading order, so that they sit together before the slide now at
     * `row` of `section` (at its end when row < 0 or past the end), in one undo step.
     * Returns true when something moved.
     */
    static bool moveSlides(Core::Document &document,
                           const std::vector<Core::SlideId> &ids,
                           const Core::SectionId &section,
                           int row);

    /** Moves each slide one place up (down), crossing into the previous (next) section. */
    static bool moveSlidesUp(Core::Document &document, const std::vector<Core::SlideId> &ids);
    static bool moveSlidesDown(Core::Document &document, const std::vector<Core::SlideId> &ids);

    /** Adds an empty section at index (the end when index < 0). Returns its id. */
    static Core::SectionId
    addSection(Core::Document &document, const QString &title, int index = -1);
    /** Moves a section one place up or down (delta -1 or +1). */
    static bool moveSection(Core::Document &document, const Core::SectionId &id, int delta);

    /** The ids in reading order, without duplicates or unknown ids. */
    static std::vector<Core::SlideId> inReadingOrder(const Core::Document &document,
                                                     const std::vector<Core::SlideId> &ids);
};

} // namespace App
