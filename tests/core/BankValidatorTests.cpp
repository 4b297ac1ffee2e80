// SPDX-License-Identifier: MIT
// The validator's rules for question banks and draw slides (issue #11).
#include "TestSupport.h"
#include "core/Course.h"
#include "core/Validator.h"

using namespace Core;
using namespace Qt::StringLiterals;
using Issue = Validator::Issue;

namespace {

std::unique_ptr<Slide> bankQuestion(const QString &id,
                                    const QStringList &tags = {},
                                    Difficulty difficulty = Difficulty::None)
{
    auto slide = std::make_unique<Slide>(Slide::create(SlideKind::Question, u"Q "_s + id));
    slide->id = SlideId(id);
    auto &body = std::get<QuestionBody>(slide->body);
    body.question.prompt = u"<p>Question "_s + id + u"</p>"_s;
    body.question.choices = {{u"c1"_s, u"Oui"_s, true, {}}, {u"c2"_s, u"Non"_s, false, {}}};
    body.tags = tags;
    body.difficulty = difficulty;
    return slide;
}

/**
 * A valid course: a section with a draw slide (2 of bank "Feu") and a result slide; bank "Feu"
 * holds q1 (easy, fire), q2 (medium, fire), q3 (hard); bank "Fumée" holds q4 (easy).
 */
std::unique_ptr<Course> bankCourse()
{
    auto course = std::make_unique<Course>();
    course->metadata().title = u"Banques"_s;
    auto feu = std::make_unique<QuestionBank>();
    feu->id = BankId(u"feu"_s);
    feu->name = u"Feu"_s;
    feu->questions.push_back(bankQuestion(u"q1"_s, {u"fire"_s}, Difficulty::Easy));
    feu->questions.push_back(bankQuestion(u"q2"_s, {u"fire"_s}, Difficulty::Medium));
    feu->questions.push_back(bankQuestion(u"q3"_s, {}, Difficulty::Hard));
    course->banks().push_back(std::move(feu));
    auto fumee = std::make_unique<QuestionBank>();
    fumee->id = BankId(u"fumee"_s);
    fumee->name = u"Fumée"_s;
    fumee->questions.push_back(bankQuestion(u"q4"_s, {}, Difficulty::Easy));
    course->banks().push_back(std::move(fumee));

    auto section = std::make_unique<Section>();
    section->id = SectionId(u"s"_s);
    section->title = u"Quiz"_s;
    auto draw = std::make_unique<Slide>(Slide::create(SlideKind::Draw, u"Tirage"_s));
    draw->id = SlideId(u"draw"_s);
    std::get<DrawBody>(draw->body) = DrawBody{{BankId(u"feu"_s)}, 2};
    section->slides.push_back(std::move(draw));
    section->slides.push_back(
        std::make_unique<Slide>(Slide::create(SlideKind::Result, u"Résultat"_s)));
    course->sections().push_back(std::move(section));
    course->settings().completion = CompletionRule::QuizPassed;
    return course;
}

DrawBody &drawOf(Course &course)
{
    return std::get<DrawBody>(course.sections()[0]->slides[0]->body);
}

std::vector<Issue> issuesWithCode(const Course &course, const QString &code)
{
    std::vector<Issue> found;
    for (const Issue &issue : Validator::check(course)) {
        if (issue.code == code)
            found.push_back(issue);
    }
    return found;
}

Issue onlyIssue(const Course &course, const QString &code, Validator::Severity severity)
{
    const auto issues = Validator::check(course);
    INFO("issues: " << issues.size());
    for (const Issue &issue : issues)
        UNSCOPED_INFO(issue.code.toStdString() << ": " << issue.message.toStdString());
    REQUIRE(issues.size() == 1);
    CHECK(issues.front().code == code);
    CHECK(issues.front().severity == severity);
    return issues.front();
}

} // namespace

TEST_CASE("Validator accepts a course drawing from banks", "[core][validator][banks]")
{
    const auto course = bankCourse();
    const auto issues = Validator::check(*course);
    for (const Issue &issue : issues)
        UNSCOPED_INFO(issue.code.toStdString() << ": " << issue.message.toStdString());
    // The draw counts as the graded quiz the completion rule needs.
    CHECK(issues.empty());
}

TEST_CASE("Validator reports draw slides that cannot draw", "[core][validator][banks]")
{
    auto course = bankCourse();
    using Severity = Validator::Severity;

    SECTION("no bank")
    {
        drawOf(*course).banks.clear();
        // Nothing graded is drawn any more either.
        CHECK(issuesWithCode(*course, u"draw.no-bank"_s).size() == 1);
        const Issue issue = issuesWithCode(*course, u"draw.no-bank"_s).front();
        CHECK(issue.slide == SlideId(u"draw"_s));
        CHECK(issue.field == Validator::Field::Draw);
        CHECK(issue.location == u"Section 1 › Slide 1 « Tirage »"_s);
    }
    SECTION("a bank that does not exist")
    {
        drawOf(*course).banks.push_back(BankId(u"gone"_s));
        const Issue issue = onlyIssue(*course, u"draw.missing-bank"_s, Severity::Error);
        CHECK(issue.message.contains(u"gone"_s));
    }
    SECTION("nothing to draw")
    {
        drawOf(*course).count = 0;
        onlyIssue(*course, u"draw.nothing-to-draw"_s, Severity::Error);
    }
    SECTION("more questions than the banks hold")
    {
        drawOf(*course).count = 4;
        const Issue issue = onlyIssue(*course, u"draw.not-enough-questions"_s, Severity::Error);
        CHECK(issue.message == u"The draw slide draws 4 question(s), but its banks hold only 3."_s);
        drawOf(*course).banks.push_back(BankId(u"fumee"_s));
        CHECK(Validator::check(*course).empty());
    }
    SECTION("more questions with the tag than the banks hold")
    {
        drawOf(*course).tag = u"FIRE"_s; // case does not count, as in the player
        CHECK(Validator::check(*course).empty());
        drawOf(*course).tag = u"fire"_s;
        drawOf(*course).count = 3;
        const Issue issue = onlyIssue(*course, u"draw.not-enough-questions"_s, Severity::Error);
        CHECK(issue.message
              == u"The draw slide draws 3 question(s) tagged “fire”, but its banks hold only 2 "
                 u"with that tag."_s);
    }
    SECTION("per difficulty")
    {
        DrawBody &draw = drawOf(*course);
        draw.byDifficulty = true;
        draw.easy = 1;
        draw.hard = 1;
        CHECK(Validator::check(*course).empty());
        draw.easy = 2;
        draw.medium = 2;
        const auto issues = issuesWithCode(*course, u"draw.not-enough-questions"_s);
        REQUIRE(issues.size() == 2);
        CHECK(issues[0].message
              == u"The draw slide draws 2 question(s) of difficulty “easy”, but its banks hold "
                 u"only 1."_s);
        CHECK(issues[1].message
              == u"The draw slide draws 2 question(s) of difficulty “medium”, but its banks hold "
                 u"only 1."_s);
        draw.tag = u"fire"_s;
        draw.easy = 0;
        draw.medium = 0;
        CHECK(issuesWithCode(*course, u"draw.not-enough-questions"_s).front().message
              == u"The draw slide draws 1 question(s) of difficulty “hard” tagged “fire”, but its "
                 u"banks hold only 0."_s);
    }
    SECTION("draws sharing banks ask for more than they hold together")
    {
        auto second = std::make_unique<Slide>(Slide::create(SlideKind::Draw, u"Encore"_s));
        std::get<DrawBody>(second->body) = DrawBody{{BankId(u"feu"_s)}, 2};
        course->sections()[0]->slides.insert(course->sections()[0]->slides.begin() + 1,
                                             std::move(second));
        const Issue issue = onlyIssue(*course, u"draw.shared-questions"_s, Severity::Warning);
        CHECK(issue.message.contains(u"draw 4 questions together, but those banks hold only 3"_s));
        CHECK(issue.slide == SlideId(u"draw"_s));
    }
}

TEST_CASE("Validator checks banks and their questions", "[core][validator][banks]")
{
    auto course = bankCourse();
    using Severity = Validator::Severity;

    SECTION("bank questions are checked like question slides, named by bank and question")
    {
        auto &question = std::get<QuestionBody>(course->banks()[0]->questions[1]->body).question;
        question.choices[0].correct = false;
        const Issue issue = onlyIssue(*course, u"question.no-correct-choice"_s, Severity::Error);
        CHECK(issue.slide == SlideId(u"q2"_s));
        CHECK(issue.bank == BankId(u"feu"_s));
        CHECK(issue.location == u"Bank « Feu » › Question 2 « Q q2 »"_s);
        CHECK(issue.field == Validator::Field::Answers);
        // What the editor shows live for the selected question.
        const auto live = Validator::checkSlide(*course, SlideId(u"q2"_s));
        REQUIRE(live.size() == 1);
        CHECK(live.front().code == u"question.no-correct-choice"_s);
        CHECK(live.front().bank == BankId(u"feu"_s));
    }
    SECTION("an empty bank")
    {
        auto empty = std::make_unique<QuestionBank>();
        empty->id = BankId(u"empty"_s);
        empty->name = u"Vide"_s;
        course->banks().push_back(std::move(empty));
        const Issue issue = onlyIssue(*course, u"bank.empty"_s, Severity::Warning);
        CHECK(issue.bank == BankId(u"empty"_s));
        CHECK(issue.slide.isNull());
        CHECK(issue.location == u"Bank « Vide »"_s);
    }
    SECTION("bank names: empty, duplicated (case aside)")
    {
        course->banks()[1]->name = u" feu "_s;
        Issue issue = onlyIssue(*course, u"bank.duplicate-name"_s, Severity::Warning);
        CHECK(issue.message == u"Question bank 2 has the same name (“feu”) as bank 1."_s);
        CHECK(issue.field == Validator::Field::BankName);
        course->banks()[1]->name.clear();
        issue = onlyIssue(*course, u"bank.no-name"_s, Severity::Warning);
        CHECK(issue.location == u"Unnamed question bank"_s);
    }
    SECTION("bank ids")
    {
        course->banks()[1]->id = BankId(u"feu"_s);
        CHECK(issuesWithCode(*course, u"bank.duplicate-id"_s).size() == 1);
        course->banks()[1]->id = BankId(u"f u"_s);
        CHECK(issuesWithCode(*course, u"bank.invalid-id"_s).size() == 1);
    }
    SECTION("a bank question with the id of a slide")
    {
        course->banks()[1]->questions[0]->id = SlideId(u"draw"_s);
        const Issue issue = onlyIssue(*course, u"slide.duplicate-id"_s, Severity::Error);
        CHECK(issue.bank == BankId(u"fumee"_s));
    }
}

TEST_CASE("Validator estimates the resume data of draws", "[core][validator][banks]")
{
    auto course = bankCourse();
    // 40 header + 2 slides + 2 drawn questions × (1 + 8 + 2 for a single choice).
    CHECK(Validator::estimatedSuspendDataChars(*course) == 40 + 2 + 2 * 11);
}
