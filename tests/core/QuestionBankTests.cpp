// SPDX-License-Identifier: MIT
// Question banks, draw slides, tags, difficulty and partial-credit weights in the model and in
// course.xml format 2 (issue #11).
#include "CourseFixtures.h"
#include "TestSupport.h"
#include "core/CourseSerializer.h"
#include "core/Document.h"
#include "core/ProjectFile.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Core;

namespace {

std::unique_ptr<Slide> makeQuestion(const QString &id,
                                    const QStringList &tags = {},
                                    Difficulty difficulty = Difficulty::None)
{
    auto slide = std::make_unique<Slide>(Slide::create(SlideKind::Question, u"Q "_s + id));
    slide->id = SlideId(id);
    auto &body = std::get<QuestionBody>(slide->body);
    body.question.prompt = u"<p>"_s + id + u"?</p>"_s;
    body.question.choices = {{u"c1"_s, u"Yes"_s, true, {}}, {u"c2"_s, u"No"_s, false, {}}};
    body.tags = tags;
    body.difficulty = difficulty;
    return slide;
}

std::unique_ptr<QuestionBank>
makeBank(const QString &id, const QString &name, std::vector<std::unique_ptr<Slide>> questions = {})
{
    auto bank = std::make_unique<QuestionBank>();
    bank->id = BankId(id);
    bank->name = name;
    bank->questions = std::move(questions);
    return bank;
}

/** Sections "A:a1,a2", a draw slide "draw" in A drawing from banks b1 and b2. */
std::unique_ptr<Course> makeBankCourse()
{
    auto course = makeCourse({u"A:a1,a2"_s});
    std::vector<std::unique_ptr<Slide>> first;
    first.push_back(makeQuestion(u"q1"_s, {u"fire"_s}, Difficulty::Easy));
    first.push_back(makeQuestion(u"q2"_s, {}, Difficulty::Hard));
    course->banks().push_back(makeBank(u"b1"_s, u"Fire"_s, std::move(first)));
    std::vector<std::unique_ptr<Slide>> second;
    second.push_back(makeQuestion(u"q3"_s, {u"fire"_s, u"smoke"_s}, Difficulty::Medium));
    course->banks().push_back(makeBank(u"b2"_s, u"Smoke"_s, std::move(second)));
    auto draw = std::make_unique<Slide>(Slide::create(SlideKind::Draw, u"Draw"_s));
    draw->id = SlideId(u"draw"_s);
    std::get<DrawBody>(draw->body) = DrawBody{{BankId(u"b1"_s), BankId(u"b2"_s)}, 2};
    course->sections().front()->slides.push_back(std::move(draw));
    return course;
}

std::unique_ptr<Course> parse(const QByteArray &xml)
{
    auto parsed = CourseSerializer::fromXml(xml, u"banks.capsule"_s);
    INFO((parsed ? QString() : parsed.error().message).toStdString());
    REQUIRE(parsed.has_value());
    return std::move(parsed).value();
}

} // namespace

TEST_CASE("Difficulty and the draw kind have stable names", "[core][banks]")
{
    CHECK(toString(SlideKind::Draw) == u"draw"_s);
    SlideKind kind = SlideKind::Content;
    CHECK(fromString(u"draw"_s, kind));
    CHECK(kind == SlideKind::Draw);
    CHECK(toString(Difficulty::None).isEmpty());
    CHECK(toString(Difficulty::Easy) == u"easy"_s);
    CHECK(toString(Difficulty::Medium) == u"medium"_s);
    CHECK(toString(Difficulty::Hard) == u"hard"_s);
    Difficulty difficulty = Difficulty::Easy;
    CHECK(fromString(u"hard"_s, difficulty));
    CHECK(difficulty == Difficulty::Hard);
    CHECK(fromString(QString(), difficulty));
    CHECK(difficulty == Difficulty::None);
    CHECK_FALSE(fromString(u"trivial"_s, difficulty));

    DrawBody draw;
    CHECK(draw.total() == 5);
    draw.byDifficulty = true;
    draw.easy = 1;
    draw.medium = 2;
    draw.hard = 3;
    CHECK(draw.total() == 6);
    CHECK(Slide::create(SlideKind::Draw, u"D"_s).kind() == SlideKind::Draw);
}

TEST_CASE("Course look-ups find bank questions as slides, sections stay sections", "[core][banks]")
{
    const auto course = makeBankCourse();
    CHECK(course->bankIndex(BankId(u"b2"_s)) == 1);
    CHECK(course->bankIndex(BankId(u"nope"_s)) == -1);
    REQUIRE(course->bank(BankId(u"b1"_s)));
    CHECK(course->bank(BankId(u"b1"_s))->name == u"Fire"_s);
    CHECK(course->bank(BankId(u"nope"_s)) == nullptr);

    CHECK(course->bankQuestionPosition(SlideId(u"q3"_s)) == BankPosition{1, 0});
    CHECK_FALSE(course->bankQuestionPosition(SlideId(u"slide-a1"_s)).isValid());
    // slide() edits bank questions through the ordinary slide commands...
    REQUIRE(course->slide(SlideId(u"q2"_s)));
    CHECK(course->slide(SlideId(u"q2"_s))->title == u"Q q2"_s);
    // ...but the reading order, positions and counts are the sections' only.
    CHECK_FALSE(course->slidePosition(SlideId(u"q2"_s)).isValid());
    CHECK(course->slideCount() == 3);
    CHECK(course->allSlides().size() == 3);

    SECTION("a deep copy is equal and independent")
    {
        const auto copy = course->clone();
        CHECK(*copy == *course);
        copy->banks()[0]->questions[0]->title = u"changed"_s;
        CHECK_FALSE(*copy == *course);
        const auto other = course->clone();
        other->banks()[1]->name = u"renamed"_s;
        CHECK_FALSE(*other == *course);
        const auto fewer = course->clone();
        fewer->banks().pop_back();
        CHECK_FALSE(*fewer == *course);
    }
    SECTION("assets used by bank questions count as used")
    {
        const MediaAsset asset = makeAsset("png", u"a.png"_s, u"image/png"_s);
        course->assets()[asset.id] = asset;
        auto *question = course->banks()[1]->questions[0].get();
        auto &body = std::get<QuestionBody>(question->body);
        body.question.prompt = u"<p>x</p>"_s;
        CHECK(course->usedAssets().empty());
        // A bank question that is a content slide would be refused by the file; the model only
        // looks at referenced assets, so a question referencing none stays unused.
        auto content = std::make_unique<Slide>(Slide::create(SlideKind::Content, u"c"_s));
        ContentBlock image;
        image.type = ContentBlock::Type::Image;
        image.image = asset.id;
        std::get<ContentBody>(content->body).blocks.push_back(image);
        const SlideId contentId = content->id;
        course->banks()[1]->questions.push_back(std::move(content));
        CHECK(course->usedAssets() == std::vector<AssetId>{asset.id});
        CHECK(course->slidesUsingAsset(asset.id) == std::vector<SlideId>{contentId});
    }
}

TEST_CASE("course.xml format 2 writes banks, draw slides, tags, difficulty and weights",
          "[core][banks][file]")
{
    auto course = makeBankCourse();
    auto &q1 = std::get<QuestionBody>(course->banks()[0]->questions[0]->body).question;
    q1.partialCredit = true;
    q1.choices[0].weight = 100;
    q1.choices[1].weight = -50;
    auto &draw = std::get<DrawBody>(course->sections()[0]->slides[2]->body);
    draw.tag = u"fire"_s;
    draw.byDifficulty = true;
    draw.easy = 1;
    draw.hard = 2;

    const QByteArray xml = CourseSerializer::toXml(*course);
    INFO(xml.toStdString());
    CHECK(xml.contains("formatVersion=\"5\""));
    CHECK(xml.contains("<slide id=\"draw\" kind=\"draw\">\n      <title>Draw</title>\n      "
                       "<draw count=\"2\" tag=\"fire\" byDifficulty=\"true\" easy=\"1\" "
                       "hard=\"2\">\n        <bank ref=\"b1\" />\n        <bank ref=\"b2\" />\n"));
    CHECK(xml.contains("  </section>\n  <banks>\n    <bank id=\"b1\" name=\"Fire\">\n      <slide "
                       "id=\"q1\" kind=\"question\" difficulty=\"easy\">\n        <title>Q "
                       "q1</title>\n        <tags>\n          <tag>fire</tag>\n        </tags>\n"));
    CHECK(xml.contains("<question type=\"single-choice\" partialCredit=\"true\">"));
    CHECK(xml.contains("<choice id=\"c1\" correct=\"true\" weight=\"100\">"));
    CHECK(xml.contains("<choice id=\"c2\" weight=\"-50\">"));
    CHECK(xml.indexOf("</banks>") < xml.indexOf("<media"));

    const auto back = parse(xml);
    CHECK(*back == *course);
    CHECK(CourseSerializer::toXml(*back) == xml);

    SECTION("a course without banks writes no <banks>")
    {
        course->banks().clear();
        CHECK_FALSE(CourseSerializer::toXml(*course).contains("<banks"));
    }
    SECTION("a saved project opens with its banks")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"banks.capsule"_s);
        Document document(std::move(course));
        REQUIRE(document.save(path).has_value());
        const auto reopened = Document::load(path);
        REQUIRE(reopened.has_value());
        CHECK(reopened.value()->course() == document.course());
    }
}

TEST_CASE("A format 1 project still opens", "[core][banks][file]")
{
    const QString path = testDataPath(u"format-1/questions-v1.capsule"_s);
    const auto document = Document::load(path);
    INFO((document ? QString() : document.error().message).toStdString());
    REQUIRE(document.has_value());
    const Course &course = document.value()->course();
    CHECK(course.banks().empty());
    CHECK(course.sections().size() >= 2);
    int questions = 0;
    for (const Slide *slide : course.allSlides()) {
        if (const auto *body = std::get_if<QuestionBody>(&slide->body)) {
            ++questions;
            CHECK(body->tags.isEmpty());
            CHECK(body->difficulty == Difficulty::None);
            CHECK_FALSE(body->question.partialCredit);
        }
    }
    CHECK(questions == 18); // and one description (a content slide)
    // Saving writes the current format.
    CHECK(CourseSerializer::toXml(course).contains("formatVersion=\"5\""));
}

TEST_CASE("course.xml refuses malformed banks and draw slides with clear messages",
          "[core][banks][file]")
{
    const QByteArray valid = R"(<?xml version="1.0" encoding="UTF-8"?>
<capsule xmlns="https://capsule.example/ns/course/1" formatVersion="2" id="c1">
  <metadata><title>T</title></metadata>
  <settings/>
  <section id="s1">
    <slide id="d" kind="draw"><title>D</title><draw count="2"><bank ref="b1"/></draw></slide>
  </section>
  <banks>
    <bank id="b1" name="Fire">
      <slide id="q" kind="question" difficulty="easy">
        <tags><tag>fire</tag></tags>
        <question type="single-choice" partialCredit="true">
          <choice id="c1" correct="true" weight="100"><text>Yes</text></choice>
          <choice id="c2" weight="-50"><text>No</text></choice>
        </question>
      </slide>
    </bank>
  </banks>
  <media/>
</capsule>
)";
    const auto course = parse(valid);
    REQUIRE(course->banks().size() == 1);
    const Slide &question = *course->banks()[0]->questions[0];
    const auto &body = std::get<QuestionBody>(question.body);
    CHECK(body.tags == QStringList{u"fire"_s});
    CHECK(body.difficulty == Difficulty::Easy);
    CHECK(body.question.partialCredit);
    CHECK(body.question.choices[1].weight == -50);
    const auto &draw = std::get<DrawBody>(course->sections()[0]->slides[0]->body);
    CHECK(draw.count == 2);
    CHECK(draw.banks == std::vector<BankId>{BankId(u"b1"_s)});

    struct Case
    {
        const char *what;
        const char *from;
        const char *to;
        const char *inMessage;
    };
    const Case cases[] = {
        {"content slide in a bank",
         "<slide id=\"q\" kind=\"question\" difficulty=\"easy\">\n        "
         "<tags><tag>fire</tag></tags>",
         "<slide id=\"x\" kind=\"content\"/><slide id=\"q\" kind=\"question\">",
         "line 10: a question bank holds only question slides, not <slide kind=\"content\">."},
        {"bank without id",
         "<bank id=\"b1\" ",
         "<bank ",
         "<bank> lacks the required attribute \"id\""},
        {"bank without name", " name=\"Fire\"", "", "<bank> lacks the required attribute \"name\""},
        {"duplicate bank id",
         "</banks>",
         "<bank id=\"b1\" name=\"Again\"/></banks>",
         "the question bank id \"b1\" is used twice"},
        {"bank question id used by a slide",
         "<slide id=\"q\"",
         "<slide id=\"d\"",
         "\"d\" is used twice"},
        {"unknown difficulty", "difficulty=\"easy\"", "difficulty=\"trivial\"", "trivial"},
        {"empty difficulty", "difficulty=\"easy\"", "difficulty=\"\"", "difficulty"},
        {"difficulty on a draw slide",
         "kind=\"draw\"",
         "kind=\"draw\" difficulty=\"easy\"",
         "only a question slide has a difficulty, not <slide kind=\"draw\">"},
        {"draw without <draw>",
         "<draw count=\"2\"><bank ref=\"b1\"/></draw>",
         "",
         "<slide> lacks the required element <draw>"},
        {"draw without count", " count=\"2\"", "", "<draw> lacks the required attribute \"count\""},
        {"negative count", "count=\"2\"", "count=\"-1\"", "-1 is not between 0 and 100000"},
        {"bank ref twice",
         "<bank ref=\"b1\"/></draw>",
         "<bank ref=\"b1\"/><bank ref=\"b1\"/></draw>",
         "<draw> names the question bank \"b1\" twice"},
        {"empty bank ref", "ref=\"b1\"", "ref=\"\"", "ref"},
        {"weight out of range",
         "weight=\"-50\"",
         "weight=\"-150\"",
         "-150 is not between -100 and 100"},
        {"weight not a number", "weight=\"-50\"", "weight=\"half\"", "half"},
        {"text in <tags>", "<tags><tag>", "<tags>x<tag>", "cannot contain text"},
        {"two <banks>", "</banks>", "</banks><banks/>", "<banks> appears more than once"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        QByteArray xml = valid;
        REQUIRE(xml.contains(c.from));
        xml.replace(c.from, c.to);
        const auto result = CourseSerializer::fromXml(xml, u"banks.capsule"_s);
        REQUIRE_FALSE(result.has_value());
        INFO(result.error().message.toStdString());
        CHECK(result.error().code == ErrorCode::InvalidContent);
        CHECK(result.error().message.startsWith(u"banks.capsule: course.xml, line "_s));
        CHECK(result.error().message.contains(QString::fromUtf8(c.inMessage)));
    }

    SECTION("a draw from a bank that does not exist opens (the Validator reports it)")
    {
        QByteArray xml = valid;
        xml.replace("<bank ref=\"b1\"/>", "<bank ref=\"gone\"/>");
        CHECK(parse(xml)->sections()[0]->slides[0]->kind() == SlideKind::Draw);
    }
}
