// SPDX-License-Identifier: MIT
#pragma once

#include "Ids.h"

#include <QString>

#include <vector>

namespace Core {

class Course;

/**
 * The structural check of a course, behind `capsule-cli check`, the export warnings and the
 * editor's problem list. It reports what would make a package broken (errors: exporting is
 * refused) or worse for learners (warnings: exporting proceeds). Pure functions of a const
 * Course; thread-safe.
 *
 * Issue codes are stable machine ids (scripts and tests match them; messages may change):
 *
 * Errors: course.no-title, course.no-slides, section.invalid-id, section.duplicate-id,
 * slide.invalid-id, slide.duplicate-id, asset.missing, settings.passing-score-range,
 * settings.completion-needs-graded-question, settings.completion-needs-video,
 * content.heading-level, content.image-missing, content.not-an-image, text.unsafe-html,
 * question.empty-prompt, question.invalid-points, question.invalid-answer-id,
 * question.no-correct-choice, question.several-correct-choices, question.too-few-choices,
 * question.no-blanks, question.blank-without-answer, question.too-few-pairs,
 * question.too-few-items, question.invalid-number, question.invalid-range,
 * question.negative-tolerance, question.too-few-labels, video.no-video, video.not-a-video,
 * video.poster-not-an-image, video.required-percent-range, captions.no-file, captions.not-vtt,
 * captions.no-language, bank.invalid-id, bank.duplicate-id, draw.no-bank, draw.missing-bank,
 * draw.nothing-to-draw, draw.not-enough-questions, theme.cover-not-an-image,
 * scenario.empty-situation, scenario.response-count, scenario.empty-response,
 * scenario.invalid-response-id, scenario.character-not-an-image, scenario.missing-target,
 * branch.missing-target (a choice, outcome or result leads to a slide or section that does not
 * exist, or to an empty section).
 *
 * Warnings: image.no-alt-text, question.no-correct-answer, question.cloze-unknown-blank,
 * video.no-captions, course.no-result-slide, scorm12.suspend-data-too-large, bank.empty,
 * bank.no-name, bank.duplicate-name, draw.shared-questions, scenario.no-consequence,
 * theme.contrast (the message gives the pair, the measured ratio and the 4.5:1 needed),
 * branch.unreachable (no path leads to
 * the slide; for a branch-only section nobody branches to, one issue on its first slide),
 * branch.dead-end (every way out is broken, or the course ends inside a branch-only section),
 * branch.loop (from this slide on, the learner goes round with no way to the end). The flow
 * rules are core/Flow.h's; the last three are reported only for courses that branch.
 * game.no-graded-question, game.passing-score-needs-bonus (a game section's bonuses count
 * in the maximum score). translation.incomplete (one per target language with untranslated or
 * outdated texts, giving both counts and the total), translation.target-is-source.
 *
 * Questions of a bank are checked as question slides; their issues name the bank and the
 * question (Issue::bank and Issue::slide are set, the location reads "Bank « A » › Question 2").
 */
class Validator
{
public:
    /**
     * Which field an issue concerns, so that an editor can put the cursor in it. With
     * Field::Block, Answers and Captions, Issue::index says which block, answer row or caption
     * track (0-based; -1 for the list as a whole).
     */
    enum class Field {
        None,           ///< the slide or course as a whole (ids, size)
        CourseTitle,    ///< course settings: details
        CourseLanguage, ///< course settings: details
        PassingScore,   ///< course settings: learning path
        CompletionRule, ///< course settings: learning path
        Logo,           ///< course settings: appearance
        Block,          ///< a content slide's block
        Prompt,
        Points,
        Answers, ///< the answer area of a question: choices, blanks, pairs, steps, number, scale
        ClozeText,
        CorrectFeedback,
        IncorrectFeedback,
        Video,
        Poster,
        RequiredPercent,
        Captions,
        PassMessage,
        FailMessage,
        Draw,      ///< a draw slide's banks, tag and counts
        BankName,  ///< a question bank's name (bank issues)
        Theme,     ///< course settings: appearance (colours, cover image)
        Branch,    ///< where the slide leads: a choice (index), the outcomes, pass/fail
        Situation, ///< a scenario slide's situation text
        Character, ///< a scenario slide's character image and its alternative text
        Responses, ///< a scenario slide's responses (index: which one)
    };

    struct Issue
    {
        enum class Severity { Error, Warning };

        Severity severity = Severity::Error;
        QString code;     ///< stable machine id, e.g. "question.no-correct-choice"
        QString message;  ///< translated, for people: says what is wrong and with which numbers
        SlideId slide;    ///< the slide concerned; null for course-wide issues
        QString location; ///< "Section 2 › Slide 5 « Titre »"; empty for course-wide issues
        Field field = Field::None; ///< the field to fix
        int index = -1;            ///< block, answer row or caption track of field; -1: none
        BankId bank; ///< the bank concerned, or holding the question concerned; null otherwise
    };
    using Severity = Issue::Severity;

    /** SCORM 1.2's limit on cmi.suspend_data, in characters. */
    static constexpr int scorm12SuspendDataLimit = 4096;

    /**
     * Every issue of the course: course-wide ones first, then slides in reading order, then
     * the banks and their questions in bank order.
     */
    static std::vector<Issue> check(const Course &course);

    /**
     * The issues of one slide's own content (what check() reports for it, except ids
     * duplicated across slides), in time independent of the course's size: editors show them
     * live on every selection and keystroke. A bank question's id gives its issues too.
     */
    static std::vector<Issue> checkSlide(const Course &course, const SlideId &slide);

    /** True when at least one issue is an error. */
    static bool hasErrors(const std::vector<Issue> &issues);

    /**
     * An estimate of the resume data (cmi.suspend_data) the player may need for this course,
     * in characters, to warn before SCORM 1.2's 4,096-character limit is hit. The model: a
     * 40-character header; per slide 1; per question slide its answer: single-choice and
     * multiple-response 2, true-false 1, fill-in 12 per blank, matching 2 per pair, sequencing 2
     * per item, numeric 10, likert 2, open-text its maximum length capped at 500 (500 when
     * unlimited); per scenario slide 2; per video slide 16; per game section 7 and 3 per question
     * in it; per draw slide, for each question it draws, 1 + 8 (which question was drawn) + the
     * largest answer cost among the banks' questions. It approximates, and does not reproduce, the
     * player's real encoding
     * (resources/player/suspend.js).
     */
    static int estimatedSuspendDataChars(const Course &course);
};

} // namespace Core
