// SPDX-License-Identifier: MIT
#pragma once

#include "Ids.h"
#include "Theme.h"

#include <QString>
#include <QStringList>

namespace Core {

enum class NavigationMode { Free, Linear };

enum class CompletionRule {
    AllSlidesViewed,
    QuizPassed,
    AllSlidesViewedAndQuizPassed,
    VideoWatched
};

/** How a SCORM 1.2 package reports its single cmi.core.lesson_status. */
enum class Scorm12Reporting { PassedFailed, CompletedIncomplete };

struct CourseSettings
{
    NavigationMode navigation = NavigationMode::Free;
    CompletionRule completion = CompletionRule::AllSlidesViewed;
    int passingScorePercent = 80; ///< 0..100
    int maxAttempts = 0;          ///< 0 = unlimited
    Theme theme;
    Scorm12Reporting scorm12Reporting = Scorm12Reporting::PassedFailed;
    /// The author lets the LMS judge passed/failed from the score (SCORM 1.2 mastery score, 2004
    /// objective satisfied by measure). Off: the course's own decision is authoritative.
    bool lmsJudgesByScore = false;

    friend bool operator==(const CourseSettings &, const CourseSettings &) = default;
};

/**
 * True when the packages hand the passed/failed decision to the LMS: the author chose it and the
 * completion rule is "quiz passed" alone. Never with "all slides viewed and quiz passed": an LMS
 * judging by score would show Passed to a learner who skipped slides.
 */
bool lmsJudgesByScore(const CourseSettings &settings);

/** Descriptive fields of a course, edited together in the settings dialog. */
struct CourseMetadata
{
    QString title;
    QString description;
    QString language = QStringLiteral("fr"); ///< BCP 47
    QString author;
    QString version = QStringLiteral("1.0");
    QStringList keywords;
    int estimatedMinutes = 0; ///< estimated duration; 0 = unknown

    friend bool operator==(const CourseMetadata &, const CourseMetadata &) = default;
};

/** Ids used in the file format and the player data ("free", "quiz-passed", ...). */
QString toString(NavigationMode mode);
QString toString(CompletionRule rule);
QString toString(Scorm12Reporting reporting);
bool fromString(const QString &text, NavigationMode &out);
bool fromString(const QString &text, CompletionRule &out);
bool fromString(const QString &text, Scorm12Reporting &out);

} // namespace Core
