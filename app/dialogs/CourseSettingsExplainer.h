// SPDX-License-Identifier: MIT
#pragma once

#include "core/CourseSettings.h"

#include <QCoreApplication>
#include <QString>

namespace Core {
class Course;
}

namespace App {

/**
 * The one-line, plain-language explanations shown under each course setting: what learners
 * and the LMS will see with a given choice. Follows the player's behaviour (docs/player.md,
 * "Tracking") and the reporting rules of RUNTIME.md §2.7: Failed is reported only once every
 * attempt is used, never while a retake is possible. Pure functions; translated.
 */
class CourseSettingsExplainer
{
    Q_DECLARE_TR_FUNCTIONS(CourseSettingsExplainer)
public:
    /** What the course contains, as far as the explanations care. */
    struct CourseFacts
    {
        bool hasGradedQuestion = true;
        bool hasVideo = true;
    };
    static CourseFacts factsOf(const Core::Course &course);

    static QString language(const QString &bcp47);
    static QString navigation(Core::NavigationMode mode);
    static QString completion(Core::CompletionRule rule, const CourseFacts &facts);
    static QString passingScore(int percent, const CourseFacts &facts);
    static QString maxAttempts(int attempts, Core::Scorm12Reporting reporting);
    static QString scorm12Reporting(const Core::CourseSettings &settings, const CourseFacts &facts);
    static QString lmsJudgesByScore(const Core::CourseSettings &settings, const CourseFacts &facts);
    static QString font(const QString &family);
    static QString logo(bool hasLogo);
};

} // namespace App
