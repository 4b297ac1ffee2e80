// SPDX-License-Identifier: MIT
// Game mode (issue #12): the section's GameSettings, Question::timeLimit, their file format, the
// undoable edit and the maximum points a game question can earn.
#include "CourseFixtures.h"
#include "TestSupport.h"
#include "core/CourseSerializer.h"
#include "core/Document.h"
#include "core/GameSettings.h"
#include "core/Validator.h"
#include "core/commands/SetSectionGame.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Core;

namespace {

Question &addQuestion(Course &course, int section, const QString &id, double points = 1)
{
    auto slide = std::make_unique<Slide>(Slide::create(SlideKind::Question, id));
    slide->id = SlideId(id);
    auto &body = std::get<QuestionBody>(slide->body);
    body.question.type = QuestionType::TrueFalse;
    body.question.points = points;
    course.sections()[size_t(section)]->slides.push_back(std::move(slide));
    return std::get<QuestionBody>(course.sections()[size_t(section)]->slides.back()->body).question;
}

std::unique_ptr<Course> roundTrip(const Course &course)
{
    auto read = CourseSerializer::fromXml(CourseSerializer::toXml(course), u"game.capsule"_s);
    INFO((read ? QString() : read.error().message).toStdString());
    REQUIRE(read.has_value());
    return std::move(read.value());
}

} // namespace

TEST_CASE("Game settings and time limits survive save and load", "[core][file][game]")
{
    auto course = makeCourse({u"A:a1"_s, u"Defi:"_s});
    const QByteArray plain = CourseSerializer::toXml(*course);
    CHECK_FALSE(plain.contains("<game"));

    GameSettings &game = course->sections()[1]->game;
    game.enabled = true;
    game.points = 250;
    game.speedBonus = 0;
    game.timeLimit = 15;
    addQuestion(*course, 1, u"q1"_s).timeLimit = 30;
    addQuestion(*course, 1, u"q2"_s);

    const QByteArray xml = CourseSerializer::toXml(*course);
    // Only what differs from the defaults is written.
    CHECK(xml.contains("<game enabled=\"true\" points=\"250\" speedBonus=\"0\" timeLimit=\"15\""));
    CHECK_FALSE(xml.contains("streakBonus"));
    CHECK(xml.count("timeLimit=\"30\"") == 1);

    auto back = roundTrip(*course);
    CHECK(*back == *course);
    CHECK(back->sections()[1]->game == game);
    CHECK(CourseSerializer::toXml(*back) == xml);

    SECTION("settings kept while the game is off")
    {
        course->sections()[1]->game.enabled = false;
        const QByteArray off = CourseSerializer::toXml(*course);
        CHECK(off.contains("<game points=\"250\""));
        CHECK(roundTrip(*course)->sections()[1]->game.points == 250);
    }
}

TEST_CASE("Game settings are read strictly and bounded", "[core][file][game]")
{
    auto course = makeCourse({u"Defi:"_s});
    course->sections()[0]->game.enabled = true;
    addQuestion(*course, 0, u"q1"_s).timeLimit = 30;
    const QByteArray good = CourseSerializer::toXml(*course);

    const auto error = [](QByteArray xml) {
        auto read = CourseSerializer::fromXml(xml, u"game.capsule"_s);
        REQUIRE_FALSE(read.has_value());
        return read.error().message;
    };
    QByteArray xml = good;
    xml.replace("<game enabled=\"true\"", "<game enabled=\"true\" speedBonus=\"150\"");
    QString message = error(xml);
    CHECK(message.contains(u"line "_s));
    CHECK(message.contains(u"speedBonus"_s));
    CHECK(message.contains(u"150"_s));

    xml = good;
    xml.replace("<game enabled=\"true\"", "<game enabled=\"true\" lives=\"3\"");
    CHECK(error(xml).contains(u"lives"_s));

    xml = good;
    xml.replace("timeLimit=\"30\"", "timeLimit=\"601\"");
    message = error(xml);
    CHECK(message.contains(u"timeLimit"_s));
    CHECK(message.contains(u"601"_s));

    xml = good;
    xml.replace("<game enabled=\"true\"", "<game enabled=\"true\" points=\"0\"");
    CHECK(error(xml).contains(u"points"_s));

    xml = good;
    xml.replace("<game enabled=\"true\" />", "<game enabled=\"true\"><rule/></game>");
    CHECK(error(xml).contains(u"rule"_s));
}

TEST_CASE("SetSectionGame edits a section's game settings with undo", "[core][commands][game]")
{
    Document doc(makeCourse({u"A:a1"_s, u"B:b1"_s}));
    GameSettings game;
    game.enabled = true;
    game.streakBonus = 20;
    QSignalSpy changed(&doc, &Document::sectionChanged);
    checkRedoUndoRoundTrip(doc,
                           std::make_unique<SetSectionGame>(&doc, SectionId(u"sec-B"_s), game));
    CHECK(doc.course().sections()[1]->game == game);
    CHECK(changed.count() == 3); // push, then undo and redo in the round trip
    CHECK(changed.last().first().toInt() == 1);
    CHECK(doc.undoStack()->command(0)->text() == u"Play section as a game"_s);

    SECTION("the same settings add no history")
    {
        doc.push(std::make_unique<SetSectionGame>(&doc, SectionId(u"sec-B"_s), game));
        CHECK(doc.undoStack()->count() == 1);
    }
}

TEST_CASE("Game maximum points count base, speed and streak bonuses", "[core][game]")
{
    GameSettings game; // 100 per point, speed 50 %, streak 10 % per step, 20 s
    Question q;
    q.type = QuestionType::SingleChoice;
    q.points = 2;
    CHECK(gameBasePoints(game, q) == 200);
    CHECK(effectiveTimeLimit(game, q) == 20);
    CHECK(gameMaxPoints(game, q, 0) == 300);          // 200 + 100 speed
    CHECK(gameMaxPoints(game, q, 3) == 300 + 60);     // third in a row before it: 3 steps × 20
    CHECK(gameMaxPoints(game, q, 9) == 300 + 5 * 20); // the streak bonus stops growing at 5 steps
    q.timeLimit = 45;
    CHECK(effectiveTimeLimit(game, q) == 45);
    game.timeLimit = 0;
    q.timeLimit = 0;
    CHECK(gameMaxPoints(game, q, 0) == 200); // untimed: no speed bonus
    q.type = QuestionType::Likert;
    CHECK(gameMaxPoints(game, q, 2) == 0);
}

TEST_CASE("The validator checks game sections", "[core][validator][game]")
{
    auto course = makeCourse({u"Defi:intro"_s});
    course->settings().passingScorePercent = 80;
    course->sections()[0]->game.enabled = true;
    const auto codes = [&] {
        QStringList out;
        for (const auto &issue : Validator::check(*course))
            out << issue.code;
        return out;
    };
    CHECK(codes().contains(u"game.no-graded-question"_s));

    addQuestion(*course, 0, u"q1"_s);
    addQuestion(*course, 0, u"q2"_s);
    // Without bonus: 200 of 100 + 50 + 100 + 50 + 10 = 310, 64.5 % < 80 %.
    CHECK_FALSE(codes().contains(u"game.no-graded-question"_s));
    CHECK(codes().contains(u"game.passing-score-needs-bonus"_s));
    const auto issues = Validator::check(*course);
    const auto it = std::find_if(issues.begin(), issues.end(), [](const auto &issue) {
        return issue.code == u"game.passing-score-needs-bonus"_s;
    });
    REQUIRE(it != issues.end());
    CHECK(it->message.contains(u"64.5"_s));

    course->settings().passingScorePercent = 60;
    CHECK_FALSE(codes().contains(u"game.passing-score-needs-bonus"_s));
    course->sections()[0]->game.enabled = false;
    course->settings().passingScorePercent = 100;
    CHECK_FALSE(codes().contains(u"game.passing-score-needs-bonus"_s));
}
