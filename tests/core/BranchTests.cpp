// SPDX-License-Identifier: MIT
// Branch targets: their text form and their course.xml attributes (docs/file-format.md §3).
#include "TestSupport.h"
#include "core/Branch.h"
#include "core/CourseSerializer.h"

using namespace Qt::StringLiterals;
using namespace Core;

namespace {

const char branchXml[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<capsule xmlns="https://capsule.example/ns/course/1" formatVersion="3" id="c1">
  <metadata>
    <title>T</title>
  </metadata>
  <settings />
  <section id="quiz">
    <slide id="q" kind="question">
      <question type="single-choice" onCorrect="slide:r" onIncorrect="section:remed">
        <choice id="c1" correct="true">
          <text>Yes</text>
        </choice>
        <choice id="c2" leadsTo="slide:q">
          <text>No</text>
        </choice>
      </question>
    </slide>
    <slide id="r" kind="result" onPass="slide:q" onFail="section:remed" />
  </section>
  <section id="remed" branchOnly="true">
    <slide id="m" kind="content" />
  </section>
  <media />
</capsule>
)";

std::unique_ptr<Course> parse(const QByteArray &xml)
{
    auto parsed = CourseSerializer::fromXml(xml, u"test.capsule"_s);
    INFO((parsed ? QString() : parsed.error().message).toStdString());
    REQUIRE(parsed.has_value());
    return std::move(parsed).value();
}

QString errorOf(const QByteArray &xml)
{
    auto parsed = CourseSerializer::fromXml(xml, u"test.capsule"_s);
    REQUIRE_FALSE(parsed.has_value());
    return parsed.error().message;
}

} // namespace

TEST_CASE("Branch targets have a stable text form", "[core][branch]")
{
    CHECK(toString(BranchTarget{}).isEmpty());
    CHECK(toString(BranchTarget::toSlide(SlideId(u"a-1"_s))) == u"slide:a-1"_s);
    CHECK(toString(BranchTarget::toSection(SectionId(u"é"_s))) == u"section:é"_s);

    BranchTarget t = BranchTarget::toSlide(SlideId(u"x"_s));
    CHECK(fromString(QString(), t));
    CHECK(t.isNext());
    CHECK(fromString(u"slide:s1"_s, t));
    CHECK(t == BranchTarget::toSlide(SlideId(u"s1"_s)));
    CHECK(fromString(u"section:sec"_s, t));
    CHECK(t == BranchTarget::toSection(SectionId(u"sec"_s)));
    // slide wins when both are set (the model allows it, the text form never writes it)
    CHECK(toString(BranchTarget{SlideId(u"a"_s), SectionId(u"b"_s)}) == u"slide:a"_s);

    for (const QString &bad : {u"slide:"_s,
                               u"section:"_s,
                               u"slide:a b"_s,
                               u"Slide:a"_s,
                               u"page:a"_s,
                               u"a"_s,
                               u"slide:a\tb"_s}) {
        BranchTarget kept = BranchTarget::toSlide(SlideId(u"kept"_s));
        INFO(bad.toStdString());
        CHECK_FALSE(fromString(bad, kept));
        CHECK(kept == BranchTarget::toSlide(SlideId(u"kept"_s)));
    }
}

TEST_CASE("course.xml reads and writes branch targets and branch-only sections",
          "[core][file][branch]")
{
    const auto course = parse(branchXml);
    REQUIRE(course->sections().size() == 2);
    CHECK_FALSE(course->sections()[0]->branchOnly);
    CHECK(course->sections()[1]->branchOnly);
    const Question *q = course->slide(SlideId(u"q"_s))->question();
    REQUIRE(q);
    CHECK(q->onCorrect == BranchTarget::toSlide(SlideId(u"r"_s)));
    CHECK(q->onIncorrect == BranchTarget::toSection(SectionId(u"remed"_s)));
    CHECK(q->choices[0].leadsTo.isNext());
    CHECK(q->choices[1].leadsTo == BranchTarget::toSlide(SlideId(u"q"_s)));
    const auto &result = std::get<ResultBody>(course->slide(SlideId(u"r"_s))->body);
    CHECK(result.onPass == BranchTarget::toSlide(SlideId(u"q"_s)));
    CHECK(result.onFail == BranchTarget::toSection(SectionId(u"remed"_s)));

    // What Capsule writes: the same attributes, where the document has them.
    const QByteArray written = CourseSerializer::toXml(*course);
    for (const char *line :
         {"<section id=\"remed\" branchOnly=\"true\">",
          "<question type=\"single-choice\" onCorrect=\"slide:r\" onIncorrect=\"section:remed\">",
          "<choice id=\"c2\" leadsTo=\"slide:q\">",
          "<slide id=\"r\" kind=\"result\" onPass=\"slide:q\" onFail=\"section:remed\" />",
          "<section id=\"quiz\">",
          "<choice id=\"c1\" correct=\"true\">"}) {
        INFO(line);
        CHECK(written.contains(line));
    }
    CHECK(*parse(written) == *course);
    CHECK(CourseSerializer::toXml(*parse(written)) == written);

    SECTION("defaults write nothing")
    {
        Course plain;
        plain.setId(CourseId(u"x"_s));
        auto section = std::make_unique<Section>();
        section->id = SectionId(u"s"_s);
        Slide resultSlide;
        resultSlide.id = SlideId(u"r"_s);
        resultSlide.body = ResultBody{};
        section->slides.push_back(std::make_unique<Slide>(resultSlide));
        Slide question;
        question.id = SlideId(u"q"_s);
        question.body = QuestionBody{};
        Choice choice;
        choice.id = u"c1"_s;
        std::get<QuestionBody>(question.body).question.choices = {choice};
        section->slides.push_back(std::make_unique<Slide>(question));
        plain.sections().push_back(std::move(section));
        const QByteArray xml = CourseSerializer::toXml(plain);
        for (const char *attribute :
             {"branchOnly", "leadsTo", "onCorrect", "onIncorrect", "onPass", "onFail"}) {
            INFO(attribute);
            CHECK_FALSE(xml.contains(attribute));
        }
    }
    SECTION("a target to an unknown slide still reads: the Validator reports it")
    {
        QByteArray xml = branchXml;
        xml.replace("onCorrect=\"slide:r\"", "onCorrect=\"slide:nowhere\"");
        CHECK(parse(xml)->slide(SlideId(u"q"_s))->question()->onCorrect
              == BranchTarget::toSlide(SlideId(u"nowhere"_s)));
    }
}

TEST_CASE("course.xml refuses malformed branch attributes, naming the line",
          "[core][file][branch][malformed]")
{
    struct Case
    {
        const char *from;
        const char *to;
        const char *inMessage;
    };
    const Case cases[] = {
        {"onCorrect=\"slide:r\"",
         "onCorrect=\"r\"",
         "line 9: attribute \"onCorrect\" of <question>"},
        {"onIncorrect=\"section:remed\"", "onIncorrect=\"\"", "\"onIncorrect\""},
        {"leadsTo=\"slide:q\"",
         "leadsTo=\"slide:a b\"",
         "line 13: attribute \"leadsTo\" of <choice>"},
        {"onPass=\"slide:q\"", "onPass=\"page:q\"", "line 18: attribute \"onPass\""},
        {"onFail=\"section:remed\"", "onFail=\"section:\"", "\"onFail\""},
        {"branchOnly=\"true\"", "branchOnly=\"yes\"", "line 20: attribute \"branchOnly\""},
        {"<slide id=\"m\" kind=\"content\"",
         "<slide id=\"m\" kind=\"content\" onPass=\"slide:q\"",
         "line 21: only a result slide has \"onPass\""},
        {"<choice id=\"c1\" correct=\"true\"",
         "<choice id=\"c1\" correct=\"true\" leadsTo=\"slide:q\" leadsTo=\"slide:r\"",
         "twice"},
    };
    for (const Case &c : cases) {
        QByteArray xml = branchXml;
        REQUIRE(xml.contains(c.from));
        xml.replace(c.from, c.to);
        const QString message = errorOf(xml);
        INFO(message.toStdString());
        CHECK(message.startsWith(u"test.capsule: course.xml, line "_s));
        CHECK(message.contains(QString::fromUtf8(c.inMessage)));
    }
}
