// SPDX-License-Identifier: MIT
#include "CourseSettingsExplainer.h"

#include "core/Course.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace App {

CourseSettingsExplainer::CourseFacts CourseSettingsExplainer::factsOf(const Core::Course &course)
{
    CourseFacts facts{false, false};
    for (const Core::Slide *slide : course.allSlides()) {
        if (const Core::Question *question = slide->question();
            question && isGraded(question->type))
            facts.hasGradedQuestion = true;
        if (slide->kind() == Core::SlideKind::Video)
            facts.hasVideo = true;
    }
    return facts;
}

QString CourseSettingsExplainer::language(const QString &bcp47)
{
    const QString code = bcp47.trimmed();
    if (code.isEmpty())
        return tr("Without a language, the player's buttons and messages are in English.");
    // The manifest leaves out anything that is not an xs:language (docs/export.md §2).
    static const QRegularExpression valid(u"^[A-Za-z]{1,8}([-_][A-Za-z0-9]{1,8})*$"_s);
    if (!valid.match(code).hasMatch())
        return tr("“%1” is not a language code (such as fr, en-GB): the LMS will not be told the "
                  "language.")
            .arg(code);
    const QString primary = code.section(QRegularExpression(u"[-_]"_s), 0, 0).toLower();
    if (primary == u"fr")
        return tr("The player's buttons and messages will be in French; captions in this "
                  "language are switched on by default.");
    if (primary == u"en")
        return tr("The player's buttons and messages will be in English; captions in this "
                  "language are switched on by default.");
    return tr("The player is not translated into “%1” yet: its buttons and messages will be in "
              "English; captions in this language are switched on by default.")
        .arg(code);
}

QString CourseSettingsExplainer::navigation(Core::NavigationMode mode)
{
    switch (mode) {
    case Core::NavigationMode::Free:
        return tr("Learners can open any slide at any time, from the outline or with Previous "
                  "and Next.");
    case Core::NavigationMode::Linear:
        return tr("Next stays locked until the current slide is done; later slides in the "
                  "outline stay locked too.");
    }
    return {};
}

QString CourseSettingsExplainer::completion(Core::CompletionRule rule, const CourseFacts &facts)
{
    switch (rule) {
    case Core::CompletionRule::AllSlidesViewed:
        return tr("Learners must open every slide; the course counts as completed once they "
                  "have, whatever their quiz score.");
    case Core::CompletionRule::QuizPassed:
        if (!facts.hasGradedQuestion)
            return tr("Learners must pass the quiz, but this course has no graded question yet: "
                      "add one, or the export will be refused.");
        return tr("Learners must pass the quiz; the course counts as completed as soon as they "
                  "do, even if they skipped slides.");
    case Core::CompletionRule::AllSlidesViewedAndQuizPassed:
        if (!facts.hasGradedQuestion)
            return tr("Learners must open every slide and pass the quiz, but this course has no "
                      "graded question yet: add one, or the export will be refused.");
        return tr("Learners must open every slide and pass the quiz; the course counts as "
                  "completed only when both are done.");
    case Core::CompletionRule::VideoWatched:
        if (!facts.hasVideo)
            return tr("Learners must watch every video, but this course has no video slide yet: "
                      "add one, or the export will be refused.");
        return tr("Learners must watch each video up to its required percentage; the course "
                  "counts as completed then, other slides are optional.");
    }
    return {};
}

QString CourseSettingsExplainer::passingScore(int percent, const CourseFacts &facts)
{
    if (!facts.hasGradedQuestion)
        return tr("Used once the course has graded questions: learners pass with at least %1% "
                  "of the points.")
            .arg(percent);
    if (percent == 0)
        return tr("Every learner who finishes the quiz passes; the LMS still receives the score "
                  "as a percentage.");
    return tr("Learners pass with at least %1% of the quiz points; the LMS receives the score "
              "as a percentage.")
        .arg(percent);
}

QString CourseSettingsExplainer::maxAttempts(int attempts, Core::Scorm12Reporting reporting)
{
    if (attempts <= 0)
        return tr("Learners who fail can retake the quiz as often as they like, so the course is "
                  "never reported as failed.");
    if (attempts == 1)
        return reporting == Core::Scorm12Reporting::PassedFailed
                   ? tr("One attempt only: a learner who fails the quiz is reported as failed "
                        "straight away.")
                   : tr("One attempt only: the result slide offers no retake after a failed "
                        "quiz.");
    return reporting == Core::Scorm12Reporting::PassedFailed
               ? tr("After a failed attempt the result slide offers a retake; the course is "
                    "reported as failed only once all %1 attempts are used.")
                     .arg(attempts)
               : tr("After a failed attempt the result slide offers a retake, up to %1 attempts "
                    "in all.")
                     .arg(attempts);
}

QString CourseSettingsExplainer::scorm12Reporting(const Core::CourseSettings &settings,
                                                  const CourseFacts &facts)
{
    if (settings.scorm12Reporting == Core::Scorm12Reporting::CompletedIncomplete)
        return tr("The LMS shows Completed once the completion rule is met and Incomplete until "
                  "then; the quiz score is sent but never shown as Passed or Failed.");
    if (!facts.hasGradedQuestion)
        return tr("Moodle and other LMSs will show Passed once the completion rule is met (this "
                  "course has no graded question) and Incomplete until then.");
    if (settings.maxAttempts <= 0)
        return tr("Moodle will show Passed once the rule is met and the quiz passed, Incomplete "
                  "until then; with unlimited attempts it never shows Failed.");
    return tr("Moodle will show Passed or Failed; learners who fail can retry while attempts "
              "remain, and Failed appears only once the last one is used.");
}

QString CourseSettingsExplainer::lmsJudgesByScore(const Core::CourseSettings &settings,
                                                  const CourseFacts &facts)
{
    if (settings.completion != Core::CompletionRule::QuizPassed || !facts.hasGradedQuestion)
        return tr("Only with the completion rule \u201cQuiz passed\u201d and a graded question; "
                  "otherwise the LMS always shows the course's own decision.");
    if (!settings.lmsJudgesByScore)
        return tr("The course decides: the LMS shows the status the course reports, and Failed "
                  "only once every attempt is used.");
    return tr("The LMS compares the score with %1% when the learner leaves: Moodle then shows "
              "Passed or Failed, even while attempts remain.")
        .arg(settings.passingScorePercent);
}

QString CourseSettingsExplainer::font(const QString &family)
{
    if (family.isEmpty())
        return tr("The player uses the system font of each learner's device, always available "
                  "and easy to read.");
    return tr("Learners see %1 only if it is installed on their device; otherwise the player "
              "falls back to the system font.")
        .arg(family);
}

QString CourseSettingsExplainer::logo(bool hasLogo)
{
    if (!hasLogo)
        return tr("No logo: the player's top bar shows only the course title.");
    return tr("Shown at the left of the player's top bar, 32 pixels high; the image is included "
              "in every package.");
}

} // namespace App
