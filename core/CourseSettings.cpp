// SPDX-License-Identifier: MIT
#include "CourseSettings.h"

#include "EnumNames.h"

namespace Core {

using namespace Internal;

namespace {

constexpr EnumNameTable<NavigationMode, 2> navigationNames{{
    {NavigationMode::Free, u"free"},
    {NavigationMode::Linear, u"linear"},
}};

constexpr EnumNameTable<CompletionRule, 4> completionNames{{
    {CompletionRule::AllSlidesViewed, u"all-slides-viewed"},
    {CompletionRule::QuizPassed, u"quiz-passed"},
    {CompletionRule::AllSlidesViewedAndQuizPassed, u"both"},
    {CompletionRule::VideoWatched, u"video-watched"},
}};

constexpr EnumNameTable<Scorm12Reporting, 2> reportingNames{{
    {Scorm12Reporting::PassedFailed, u"passed-failed"},
    {Scorm12Reporting::CompletedIncomplete, u"completed-incomplete"},
}};

} // namespace

QString toString(NavigationMode mode)
{
    return enumName(navigationNames, mode);
}
QString toString(CompletionRule rule)
{
    return enumName(completionNames, rule);
}
bool lmsJudgesByScore(const CourseSettings &settings)
{
    return settings.lmsJudgesByScore && settings.completion == CompletionRule::QuizPassed;
}

QString toString(Scorm12Reporting reporting)
{
    return enumName(reportingNames, reporting);
}

bool fromString(const QString &text, NavigationMode &out)
{
    return enumValue(navigationNames, text, out);
}
bool fromString(const QString &text, CompletionRule &out)
{
    return enumValue(completionNames, text, out);
}
bool fromString(const QString &text, Scorm12Reporting &out)
{
    return enumValue(reportingNames, text, out);
}

} // namespace Core
