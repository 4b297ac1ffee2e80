// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "core/Course.h"
#include "core/Validator.h"

#include <QCryptographicHash>

#include <catch2/catch.hpp>

#include <cmath>

using namespace Core;
using namespace Qt::StringLiterals;
using Issue = Validator::Issue;

namespace {

MediaAsset testAsset(const QString &fileName, const QString &mimeType)
{
    MediaAsset asset;
    asset.id = AssetId(QString::fromLatin1(
        QCryptographicHash::hash(fileName.toUtf8(), QCryptographicHash::Sha256).toHex()));
    asset.fileName = fileName;
    asset.mimeType = mimeType;
    asset.byteSize = 100;
    return asset;
}

const MediaAsset image = testAsset(u"plan.png"_s, u"image/png"_s);
const MediaAsset video = testAsset(u"demo.mp4"_s, u"video/mp4"_s);
const MediaAsset captions = testAsset(u"demo.fr.vtt"_s, u"text/vtt"_s);
const MediaAsset poster = testAsset(u"poster.jpg"_s, u"image/jpeg"_s);

Question singleChoice()
{
    Question q;
    q.type = QuestionType::SingleChoice;
    q.prompt = u"<p>Quel extincteur sur un feu électrique ?</p>"_s;
    q.choices = {{u"c1"_s, u"CO₂"_s, true, {}}, {u"c2"_s, u"Eau"_s, false, u"Danger"_s}};
    return q;
}

Slide questionSlide(const QString &title, Question question)
{
    Slide slide = Slide::create(SlideKind::Question, title);
    std::get<QuestionBody>(slide.body).question = std::move(question);
    return slide;
}

/** A course with one slide of each kind that passes every check. */
std::unique_ptr<Course> validCourse()
{
    auto course = std::make_unique<Course>();
    course->metadata().title = u"Sécurité au bureau"_s;
    for (const MediaAsset &asset : {image, video, captions, poster})
        course->assets().emplace(asset.id, asset);

    auto intro = std::make_unique<Section>();
    intro->id = SectionId(u"s-intro"_s);
    intro->title = u"Introduction"_s;

    Slide content = Slide::create(SlideKind::Content, u"Bienvenue"_s);
    ContentBlock heading;
    heading.type = ContentBlock::Type::Heading;
    heading.text = u"Pourquoi ce module ?"_s;
    ContentBlock text;
    text.type = ContentBlock::Type::RichText;
    text.text = u"<p>Un incendie se propage en <b>quelques minutes</b>.</p>"_s;
    ContentBlock picture;
    picture.type = ContentBlock::Type::Image;
    picture.image = image.id;
    picture.altText = u"Plan d'évacuation"_s;
    ContentBlock callout;
    callout.type = ContentBlock::Type::Callout;
    callout.text = u"<p>N'utilisez jamais l'ascenseur.</p>"_s;
    std::get<ContentBody>(content.body).blocks = {heading, text, picture, callout};
    intro->slides.push_back(std::make_unique<Slide>(content));

    Slide demo = Slide::create(SlideKind::Video, u"Démonstration"_s);
    auto &videoBody = std::get<VideoBody>(demo.body);
    videoBody.video = video.id;
    videoBody.poster = poster.id;
    videoBody.captions = {{captions.id, u"fr"_s, u"Français"_s}};
    videoBody.requiredWatchedPercent = 90;
    intro->slides.push_back(std::make_unique<Slide>(demo));
    course->sections().push_back(std::move(intro));

    auto quiz = std::make_unique<Section>();
    quiz->id = SectionId(u"s-quiz"_s);
    quiz->title = u"Quiz"_s;
    quiz->slides.push_back(
        std::make_unique<Slide>(questionSlide(u"Le bon extincteur"_s, singleChoice())));
    Slide result = Slide::create(SlideKind::Result, u"Résultat"_s);
    std::get<ResultBody>(result.body).passMessage = u"<p>Bravo !</p>"_s;
    std::get<ResultBody>(result.body).failMessage = u"Revoyez le module."_s;
    quiz->slides.push_back(std::make_unique<Slide>(result));
    course->sections().push_back(std::move(quiz));
    return course;
}

Slide &slideAt(Course &course, int section, int index)
{
    return *course.sections()[size_t(section)]->slides[size_t(index)];
}

Question &questionOf(Course &course)
{
    return std::get<QuestionBody>(slideAt(course, 1, 0).body).question;
}

ContentBody &contentOf(Course &course)
{
    return std::get<ContentBody>(slideAt(course, 0, 0).body);
}

VideoBody &videoOf(Course &course)
{
    return std::get<VideoBody>(slideAt(course, 0, 1).body);
}

QStringList codes(const std::vector<Issue> &issues)
{
    QStringList list;
    for (const Issue &issue : issues)
        list << issue.code;
    return list;
}

QStringList describe(const std::vector<Issue> &issues)
{
    QStringList list;
    for (const Issue &issue : issues)
        list << issue.code + u": "_s + issue.message;
    return list;
}

/** The only issue of the course, which must have this code and severity. */
Issue onlyIssue(const Course &course, const QString &code, Validator::Severity severity)
{
    const auto issues = Validator::check(course);
    INFO(describe(issues).join(u" | "_s).toStdString());
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].code == code);
    CHECK(issues[0].severity == severity);
    CHECK_FALSE(issues[0].message.isEmpty());
    return issues[0];
}

Issue onlyError(const Course &course, const QString &code)
{
    return onlyIssue(course, code, Validator::Severity::Error);
}

Issue onlyWarning(const Course &course, const QString &code)
{
    return onlyIssue(course, code, Validator::Severity::Warning);
}

} // namespace

TEST_CASE("Validator accepts a complete course without any issue", "[core][validator]")
{
    const auto course = validCourse();
    const auto issues = Validator::check(*course);
    INFO(describe(issues).join(u" | "_s).toStdString());
    CHECK(issues.empty());
    CHECK_FALSE(Validator::hasErrors(issues));
}

TEST_CASE("Validator checks the course as a whole", "[core][validator]")
{
    auto course = validCourse();
    SECTION("title")
    {
        course->metadata().title = u"  "_s;
        const Issue issue = onlyError(*course, u"course.no-title"_s);
        CHECK(issue.slide.isNull());
        CHECK(issue.location.isEmpty());
        CHECK(issue.message == u"The course has no title."_s);
    }
    SECTION("no slides at all, or only empty sections")
    {
        course->sections().clear();
        CHECK(codes(Validator::check(*course)) == QStringList{u"course.no-slides"_s});
        course->sections().push_back(std::make_unique<Section>());
        course->sections().back()->id = SectionId(u"empty"_s);
        CHECK(codes(Validator::check(*course)) == QStringList{u"course.no-slides"_s});
    }
    SECTION("passing score")
    {
        for (int score : {0, 100}) {
            course->settings().passingScorePercent = score;
            CHECK(Validator::check(*course).empty());
        }
        for (int score : {-1, 101}) {
            course->settings().passingScorePercent = score;
            const Issue issue = onlyError(*course, u"settings.passing-score-range"_s);
            CHECK(issue.message.contains(QString::number(score)));
        }
    }
    SECTION("theme logo")
    {
        course->settings().theme.logo = image.id;
        CHECK(Validator::check(*course).empty());
        course->settings().theme.logo = AssetId(QString(64, u'a'));
        const Issue issue = onlyError(*course, u"asset.missing"_s);
        CHECK(issue.slide.isNull());
    }
    SECTION("course-wide issues come first")
    {
        videoOf(*course).video = AssetId();
        course->metadata().title.clear();
        const auto issues = Validator::check(*course);
        REQUIRE(issues.size() == 2);
        CHECK(issues[0].code == u"course.no-title"_s);
        CHECK(issues[1].code == u"video.no-video"_s);
        CHECK(Validator::hasErrors(issues));
    }
}

TEST_CASE("Validator finds duplicate and invalid ids", "[core][validator]")
{
    auto course = validCourse();
    SECTION("sections")
    {
        course->sections()[1]->id = course->sections()[0]->id;
        const Issue issue = onlyError(*course, u"section.duplicate-id"_s);
        CHECK(issue.location == u"Section 2 « Quiz »"_s);
        CHECK(issue.message.contains(u"s-intro"_s));
        course->sections()[1]->id = SectionId(u"has space"_s);
        onlyError(*course, u"section.invalid-id"_s);
        course->sections()[1]->id = SectionId();
        onlyError(*course, u"section.invalid-id"_s);
    }
    SECTION("slides, across sections")
    {
        slideAt(*course, 1, 1).id = slideAt(*course, 0, 0).id;
        const Issue issue = onlyError(*course, u"slide.duplicate-id"_s);
        CHECK(issue.location == u"Section 2 › Slide 2 « Résultat »"_s);
        CHECK(issue.message.contains(u"slide 1 of section 1"_s));
        slideAt(*course, 1, 1).id = SlideId(u"a\tb"_s);
        onlyError(*course, u"slide.invalid-id"_s);
    }
}

TEST_CASE("Validator reports where an issue is", "[core][validator]")
{
    auto course = validCourse();
    questionOf(*course).prompt.clear();
    Issue issue = onlyError(*course, u"question.empty-prompt"_s);
    CHECK(issue.slide == slideAt(*course, 1, 0).id);
    CHECK(issue.location == u"Section 2 › Slide 1 « Le bon extincteur »"_s);

    slideAt(*course, 1, 0).title = u"   "_s;
    issue = onlyError(*course, u"question.empty-prompt"_s);
    CHECK(issue.location == u"Section 2 › Slide 1"_s);

    slideAt(*course, 1, 0).title = QString(200, u'x');
    issue = onlyError(*course, u"question.empty-prompt"_s);
    CHECK(issue.location.size() < 100);
}

TEST_CASE("Validator says which field an issue concerns", "[core][validator]")
{
    using Field = Validator::Field;
    auto course = validCourse();
    questionOf(*course).prompt.clear();
    Issue issue = onlyError(*course, u"question.empty-prompt"_s);
    CHECK(issue.field == Field::Prompt);
    CHECK(issue.index == -1);

    course = validCourse();
    questionOf(*course).choices[0].correct = false;
    CHECK(onlyError(*course, u"question.no-correct-choice"_s).field == Field::Answers);

    course = validCourse();
    contentOf(*course).blocks[2].altText.clear();
    issue = onlyWarning(*course, u"image.no-alt-text"_s);
    CHECK(issue.field == Field::Block);
    CHECK(issue.index == 2);

    course = validCourse();
    videoOf(*course).captions[0].language.clear();
    issue = onlyError(*course, u"captions.no-language"_s);
    CHECK(issue.field == Field::Captions);
    CHECK(issue.index == 0);

    course = validCourse();
    course->metadata().title.clear();
    issue = onlyError(*course, u"course.no-title"_s);
    CHECK(issue.field == Field::CourseTitle);
    CHECK(issue.slide.isNull());

    course = validCourse();
    std::get<ResultBody>(slideAt(*course, 1, 1).body).failMessage = u"<script>x</script>"_s;
    CHECK(onlyError(*course, u"text.unsafe-html"_s).field == Field::FailMessage);
}

TEST_CASE("Validator checks content blocks", "[core][validator]")
{
    auto course = validCourse();
    auto &blocks = contentOf(*course).blocks;
    SECTION("heading levels")
    {
        for (int level : {2, 3, 4}) {
            blocks[0].headingLevel = level;
            CHECK(Validator::check(*course).empty());
        }
        for (int level : {1, 5, 0}) {
            blocks[0].headingLevel = level;
            const Issue issue = onlyError(*course, u"content.heading-level"_s);
            CHECK(issue.message
                  == u"Block 1 is a heading of level %1; heading levels go from 2 to 4."_s.arg(
                      level));
        }
    }
    SECTION("images")
    {
        blocks[2].altText = u" "_s;
        const Issue alt = onlyWarning(*course, u"image.no-alt-text"_s);
        CHECK(alt.message.contains(u"block 3"_s));
        CHECK_FALSE(Validator::hasErrors(Validator::check(*course)));

        blocks[2].altText = u"Plan"_s;
        blocks[2].image = AssetId();
        onlyError(*course, u"content.image-missing"_s);

        blocks[2].image = AssetId(QString(64, u'f'));
        onlyError(*course, u"asset.missing"_s);

        blocks[2].image = captions.id;
        onlyError(*course, u"content.not-an-image"_s);
    }
    SECTION("rich text must already be sanitized")
    {
        blocks[1].text = u"<p onclick=\"x()\">Hi</p>"_s;
        onlyError(*course, u"text.unsafe-html"_s);
        blocks[1].text = u"<p>Hi<script>alert(1)</script></p>"_s;
        onlyError(*course, u"text.unsafe-html"_s);
        blocks[1].text = u"<p>unclosed"_s;
        onlyError(*course, u"text.unsafe-html"_s);
        blocks[1].text = u"<ul><li><a href=\"https://x.org\">ok</a></li></ul>"_s;
        CHECK(Validator::check(*course).empty());

        blocks[3].text = u"<div>callout</div>"_s;
        const Issue issue = onlyError(*course, u"text.unsafe-html"_s);
        CHECK(issue.message.contains(u"callout of block 4"_s));
    }
    SECTION("headings are plain text and not checked as HTML")
    {
        blocks[0].text = u"Less < more & co"_s;
        CHECK(Validator::check(*course).empty());
    }
}

TEST_CASE("Validator checks choice questions", "[core][validator]")
{
    auto course = validCourse();
    Question &q = questionOf(*course);
    SECTION("single choice needs exactly one correct answer")
    {
        q.choices[1].correct = true;
        const Issue issue = onlyError(*course, u"question.several-correct-choices"_s);
        CHECK(issue.message
              == u"A single-choice question needs exactly one correct answer (it has 2)."_s);
        q.choices[0].correct = q.choices[1].correct = false;
        onlyError(*course, u"question.no-correct-choice"_s);
    }
    SECTION("multiple response needs at least one correct answer")
    {
        q.type = QuestionType::MultipleResponse;
        q.choices[1].correct = true;
        CHECK(Validator::check(*course).empty());
        q.choices[0].correct = q.choices[1].correct = false;
        onlyError(*course, u"question.no-correct-choice"_s);
    }
    SECTION("at least two choices")
    {
        q.choices.pop_back();
        const Issue issue = onlyError(*course, u"question.too-few-choices"_s);
        CHECK(issue.message.contains(u"(it has 1)"_s));
    }
    SECTION("answer ids")
    {
        q.choices[1].id = u"c1"_s;
        onlyError(*course, u"question.invalid-answer-id"_s);
        q.choices[1].id = QString();
        onlyError(*course, u"question.invalid-answer-id"_s);
    }
    SECTION("choice texts and feedback are rich text")
    {
        q.choices[1].feedback = u"<img src=x onerror=alert(1)>"_s;
        onlyError(*course, u"text.unsafe-html"_s);
    }
}

TEST_CASE("Validator checks the prompt, points and feedback of every question", "[core][validator]")
{
    auto course = validCourse();
    Question &q = questionOf(*course);
    for (const QString &prompt : {QString(), u"  "_s, u"<p> </p><br>"_s}) {
        q.prompt = prompt;
        onlyError(*course, u"question.empty-prompt"_s);
    }
    q.prompt = u"<p>Question ?</p>"_s;
    q.correctFeedback = u"<style>p{}</style>Bravo"_s;
    onlyError(*course, u"text.unsafe-html"_s);
    q.correctFeedback = u"Bravo"_s;
    q.points = -1;
    onlyError(*course, u"question.invalid-points"_s);
    q.points = std::nan("");
    onlyError(*course, u"question.invalid-points"_s);
    q.points = 0;
    CHECK(Validator::check(*course).empty());
}

TEST_CASE("Validator checks fill-in, matching, sequencing and Likert questions",
          "[core][validator]")
{
    auto course = validCourse();
    Question &q = questionOf(*course);
    SECTION("fill-in")
    {
        q.type = QuestionType::FillIn;
        q.clozeText = u"Rejoignez le [[1]] de [[2]]."_s;
        q.blanks = {{u"b1"_s, {}, {u"point"_s, u"lieu"_s}, false},
                    {u"b2"_s, {}, {u"rassemblement"_s}, false}};
        CHECK(Validator::check(*course).empty());

        q.blanks[1].acceptedAnswers = {u"  "_s};
        Issue issue = onlyError(*course, u"question.blank-without-answer"_s);
        CHECK(issue.message == u"Blank 2 of the fill-in question has no accepted answer."_s);
        q.blanks[1].acceptedAnswers.clear();
        onlyError(*course, u"question.blank-without-answer"_s);

        q.blanks[1].acceptedAnswers = {u"x"_s};
        q.clozeText = u"Rejoignez le [[1]] de [[3]]."_s;
        issue = onlyWarning(*course, u"question.cloze-unknown-blank"_s);
        CHECK(issue.message.contains(u"[[3]]"_s));

        q.blanks.clear();
        q.clozeText.clear();
        onlyError(*course, u"question.no-blanks"_s);
    }
    SECTION("matching")
    {
        q.type = QuestionType::Matching;
        q.pairs = {{u"p1"_s, u"Électrique"_s, u"CO₂"_s}, {u"p2"_s, u"Papier"_s, u"Eau"_s}};
        CHECK(Validator::check(*course).empty());
        q.pairs.pop_back();
        const Issue issue = onlyError(*course, u"question.too-few-pairs"_s);
        CHECK(issue.message.contains(u"(it has 1)"_s));
    }
    SECTION("sequencing")
    {
        q.type = QuestionType::Sequencing;
        q.items = {{u"s1"_s, u"Alerter"_s}, {u"s2"_s, u"Évacuer"_s}};
        CHECK(Validator::check(*course).empty());
        q.items[1].id = u"s1"_s;
        onlyError(*course, u"question.invalid-answer-id"_s);
        q.items.pop_back();
        onlyError(*course, u"question.too-few-items"_s);
    }
    SECTION("likert")
    {
        q.type = QuestionType::Likert;
        q.points = 0;
        q.likertScale = {u"Pas du tout"_s, u"Tout à fait"_s};
        // No graded question is left: the quiz-related warning goes away too.
        CHECK(Validator::check(*course).empty());
        q.likertScale.removeLast();
        onlyError(*course, u"question.too-few-labels"_s);
    }
    SECTION("true-false and open-text need nothing more")
    {
        q.type = QuestionType::TrueFalse;
        CHECK(Validator::check(*course).empty());
        q.type = QuestionType::OpenText;
        q.points = 0;
        CHECK(Validator::check(*course).empty());
    }
}

TEST_CASE("Validator checks numeric answers", "[core][validator]")
{
    auto course = validCourse();
    Question &q = questionOf(*course);
    q.type = QuestionType::Numeric;
    q.numeric.value = 3;
    CHECK(Validator::check(*course).empty());

    q.numeric.tolerance = -0.5;
    Issue issue = onlyError(*course, u"question.negative-tolerance"_s);
    CHECK(issue.message.contains(u"-0.5"_s));

    q.numeric.isRange = true; // the tolerance does not apply to ranges
    q.numeric.minimum = 18;
    q.numeric.maximum = 22.5;
    CHECK(Validator::check(*course).empty());
    q.numeric.maximum = 18;
    CHECK(Validator::check(*course).empty());
    q.numeric.maximum = 17.5;
    issue = onlyError(*course, u"question.invalid-range"_s);
    CHECK(issue.message.contains(u"18"_s));
    CHECK(issue.message.contains(u"17.5"_s));

    q.numeric.maximum = INFINITY;
    onlyError(*course, u"question.invalid-number"_s);
}

TEST_CASE("Validator checks video slides and captions", "[core][validator]")
{
    auto course = validCourse();
    VideoBody &body = videoOf(*course);
    SECTION("the video")
    {
        body.video = AssetId();
        onlyError(*course, u"video.no-video"_s);
        body.video = image.id;
        const Issue issue = onlyError(*course, u"video.not-a-video"_s);
        CHECK(issue.message.contains(u"plan.png"_s));
        body.video = AssetId(QString(64, u'0'));
        onlyError(*course, u"asset.missing"_s);
    }
    SECTION("poster and watched share")
    {
        body.poster = video.id;
        onlyError(*course, u"video.poster-not-an-image"_s);
        body.poster = AssetId(QString(64, u'1'));
        onlyError(*course, u"asset.missing"_s);
        body.poster = AssetId();
        CHECK(Validator::check(*course).empty());
        body.requiredWatchedPercent = 101;
        onlyError(*course, u"video.required-percent-range"_s);
    }
    SECTION("captions")
    {
        body.captions[0].language = u" "_s;
        onlyError(*course, u"captions.no-language"_s);
        body.captions[0].language = u"fr"_s;
        body.captions[0].vtt = image.id;
        const Issue issue = onlyError(*course, u"captions.not-vtt"_s);
        CHECK(issue.message.contains(u"plan.png"_s));
        body.captions[0].vtt = AssetId();
        onlyError(*course, u"captions.no-file"_s);
        body.captions[0].vtt = AssetId(QString(64, u'2'));
        onlyError(*course, u"asset.missing"_s);
        body.captions.clear();
        onlyWarning(*course, u"video.no-captions"_s);
    }
}

TEST_CASE("Validator checks the completion rule against the content", "[core][validator]")
{
    auto course = validCourse();
    SECTION("quiz rules need a graded question")
    {
        for (const CompletionRule rule :
             {CompletionRule::QuizPassed, CompletionRule::AllSlidesViewedAndQuizPassed}) {
            course->settings().completion = rule;
            CHECK(Validator::check(*course).empty());
            Question &q = questionOf(*course);
            q.type = QuestionType::Likert;
            q.likertScale = {u"1"_s, u"2"_s, u"3"_s};
            onlyError(*course, u"settings.completion-needs-graded-question"_s);
            q = singleChoice();
            q.points = 0; // worth nothing: not graded either
            onlyError(*course, u"settings.completion-needs-graded-question"_s);
            q = singleChoice();
        }
    }
    SECTION("video rule needs a video slide")
    {
        course->settings().completion = CompletionRule::VideoWatched;
        CHECK(Validator::check(*course).empty());
        course->sections()[0]->slides.pop_back();
        onlyError(*course, u"settings.completion-needs-video"_s);
    }
    SECTION("a quiz without a result slide")
    {
        course->sections()[1]->slides.pop_back();
        const Issue issue = onlyWarning(*course, u"course.no-result-slide"_s);
        CHECK(issue.slide.isNull());
    }
}

TEST_CASE("Validator estimates the SCORM 1.2 resume data", "[core][validator]")
{
    auto course = validCourse();
    // 40 header + 4 slides + single choice 2 + video 16.
    CHECK(Validator::estimatedSuspendDataChars(*course) == 40 + 4 + 2 + 16);

    auto quiz = std::make_unique<Section>();
    quiz->id = SectionId(u"s-more"_s);
    const auto add = [&](QuestionType type, auto &&setUp) {
        Question q = singleChoice();
        q.type = type;
        setUp(q);
        quiz->slides.push_back(std::make_unique<Slide>(questionSlide(u"Q"_s, q)));
    };
    add(QuestionType::MultipleResponse, [](Question &) {});
    add(QuestionType::TrueFalse, [](Question &) {});
    add(QuestionType::FillIn, [](Question &q) {
        q.blanks = {{u"b1"_s, {}, {u"a"_s}, false}, {u"b2"_s, {}, {u"b"_s}, false}};
    });
    add(QuestionType::Matching, [](Question &q) {
        q.pairs = {{u"p1"_s, u"a"_s, u"b"_s}, {u"p2"_s, u"c"_s, u"d"_s}, {u"p3"_s, u"e"_s, u"f"_s}};
    });
    add(QuestionType::Sequencing, [](Question &q) {
        q.items = {{u"s1"_s, u"a"_s}, {u"s2"_s, u"b"_s}};
    });
    add(QuestionType::Numeric, [](Question &) {});
    add(QuestionType::Likert, [](Question &q) {
        q.points = 0;
        q.likertScale = {u"a"_s, u"b"_s};
    });
    add(QuestionType::OpenText, [](Question &q) {
        q.points = 0;
        q.maxLength = 120;
    });
    add(QuestionType::OpenText, [](Question &q) {
        q.points = 0;
        q.maxLength = 0; // unlimited: 500
    });
    add(QuestionType::OpenText, [](Question &q) {
        q.points = 0;
        q.maxLength = 2000; // capped at 500
    });
    course->sections().push_back(std::move(quiz));
    const int expected = 40 + 4 + 2 + 16           // the valid course
                         + 10                      // one char per added slide
                         + 2 + 1 + 24 + 6 + 4 + 10 // choice .. numeric
                         + 2 + 120 + 500 + 500;    // likert, open texts
    CHECK(Validator::estimatedSuspendDataChars(*course) == expected);
    CHECK(Validator::check(*course).empty());

    SECTION("beyond 4,096 characters a warning, not an error")
    {
        Question open;
        open.type = QuestionType::OpenText;
        open.prompt = u"Why?"_s;
        open.points = 0;
        while (Validator::estimatedSuspendDataChars(*course) <= Validator::scorm12SuspendDataLimit)
            course->sections()[2]->slides.push_back(
                std::make_unique<Slide>(questionSlide(u"Open"_s, open)));
        const Issue issue = onlyWarning(*course, u"scorm12.suspend-data-too-large"_s);
        CHECK(issue.code.contains(u"suspend"_s)); // the exporters filter on this for SCORM 2004
        CHECK(
            issue.message.contains(QString::number(Validator::estimatedSuspendDataChars(*course))));
    }
}

TEST_CASE("Validator reports every problem of a broken course at once", "[core][validator]")
{
    auto course = validCourse();
    course->metadata().title.clear();
    contentOf(*course).blocks[0].headingLevel = 7;
    contentOf(*course).blocks[2].altText.clear();
    questionOf(*course).choices.clear();
    videoOf(*course).captions.clear();
    const auto issues = Validator::check(*course);
    CHECK(codes(issues)
          == QStringList({u"course.no-title"_s,
                          u"content.heading-level"_s,
                          u"image.no-alt-text"_s,
                          u"video.no-captions"_s,
                          u"question.too-few-choices"_s,
                          u"question.no-correct-choice"_s}));
    CHECK(Validator::hasErrors(issues));
    CHECK_FALSE(Validator::hasErrors({}));
}

TEST_CASE("Validator::checkSlide reports what check() reports for that slide", "[core][validator]")
{
    Course course;
    course.metadata().title = u"Quiz"_s;
    auto section = std::make_unique<Section>();
    section->id = SectionId(u"s1"_s);
    section->title = u"Quiz"_s;
    for (int i = 0; i < 3; ++i) {
        Slide slide = Slide::create(SlideKind::Question, u"Q%1"_s.arg(i));
        Question question;
        question.prompt = i == 1 ? QString() : u"<p>Pick</p>"_s;
        question.choices = {{u"c1"_s, u"A"_s, true, {}}, {u"c2"_s, u"B"_s, i == 2, {}}};
        slide.body = QuestionBody{question};
        section->slides.push_back(std::make_unique<Slide>(slide));
    }
    course.sections().push_back(std::move(section));

    for (const auto &slide : course.sections().front()->slides) {
        std::vector<Issue> expected;
        for (const Issue &issue : Validator::check(course)) {
            if (issue.slide == slide->id)
                expected.push_back(issue);
        }
        const std::vector<Issue> actual = Validator::checkSlide(course, slide->id);
        REQUIRE(actual.size() == expected.size());
        for (size_t i = 0; i < actual.size(); ++i) {
            CHECK(actual[i].code == expected[i].code);
            CHECK(actual[i].message == expected[i].message);
            CHECK(actual[i].location == expected[i].location);
        }
    }
    CHECK(Validator::checkSlide(course, course.sections().front()->slides[0]->id).empty());
    CHECK_FALSE(Validator::checkSlide(course, course.sections().front()->slides[1]->id).empty());
    CHECK(Validator::checkSlide(course, SlideId(u"missing"_s)).empty());
}
