// SPDX-License-Identifier: MIT
// Scenario slides (« mise en situation »): the model, course.xml, the Validator and copies.
#include "core/Course.h"
#include "core/CourseFragment.h"
#include "core/CourseSerializer.h"
#include "core/Validator.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Core;
using namespace Qt::StringLiterals;

namespace {

const char scenarioXml[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<capsule xmlns="https://capsule.example/ns/course/1" formatVersion="3" id="c1">
  <metadata>
    <title>T</title>
  </metadata>
  <settings passingScore="80" />
  <section id="s1">
    <slide id="call" kind="scenario">
      <title>The call</title>
      <situation>&lt;p&gt;The parcel is late.&lt;/p&gt;</situation>
      <character image="2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae">An angry customer</character>
      <response id="r1" points="2">
        <text>Listen</text>
        <consequence>&lt;p&gt;She calms down.&lt;/p&gt;</consequence>
      </response>
      <response id="r2" points="-1" leadsTo="slide:recover">
        <text>Blame the carrier</text>
        <consequence>&lt;p&gt;She gets angrier.&lt;/p&gt;</consequence>
      </response>
      <response id="r4" leadsTo="section:s2">
        <text>Hang up</text>
      </response>
    </slide>
    <slide id="recover" kind="scenario">
      <situation>x</situation>
      <response id="r1"><text>a</text><consequence>b</consequence></response>
      <response id="r2"><text>c</text><consequence>d</consequence></response>
    </slide>
  </section>
  <section id="s2">
    <slide id="end" kind="content" />
  </section>
  <media>
    <asset id="2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae" fileName="a.png" mimeType="image/png" byteSize="3" width="1" height="1" />
  </media>
</capsule>
)";

std::unique_ptr<Course> parse(const QByteArray &xml)
{
    auto parsed = CourseSerializer::fromXml(xml, u"test.capsule"_s);
    INFO((parsed ? QString() : parsed.error().message).toStdString());
    REQUIRE(parsed.has_value());
    return std::move(parsed).value();
}

const ScenarioBody &scenarioOf(const Course &course, const char *id)
{
    const Slide *slide = course.slide(SlideId(QString::fromLatin1(id)));
    REQUIRE(slide);
    REQUIRE(slide->kind() == SlideKind::Scenario);
    return std::get<ScenarioBody>(slide->body);
}

std::vector<QString> codes(const std::vector<Validator::Issue> &issues)
{
    std::vector<QString> out;
    for (const auto &issue : issues)
        out.push_back(issue.code);
    return out;
}

bool has(const std::vector<Validator::Issue> &issues, const QString &code)
{
    const auto all = codes(issues);
    return std::find(all.begin(), all.end(), code) != all.end();
}

} // namespace

TEST_CASE("A scenario slide reads every field from course.xml", "[core][scenario]")
{
    const auto course = parse(scenarioXml);
    const ScenarioBody &s = scenarioOf(*course, "call");
    CHECK(course->slide(SlideId(u"call"_s))->title == u"The call"_s);
    CHECK(toString(SlideKind::Scenario) == u"scenario"_s);
    CHECK(s.situation == u"<p>The parcel is late.</p>"_s);
    CHECK(s.character.toString().startsWith(u"2c26"_s));
    CHECK(s.characterAlt == u"An angry customer"_s);
    REQUIRE(s.responses.size() == 3);
    CHECK(s.responses[0].id == u"r1"_s);
    CHECK(s.responses[0].points == 2);
    CHECK(s.responses[0].leadsTo.isNext());
    CHECK(s.responses[1].points == -1);
    CHECK(s.responses[1].leadsTo == BranchTarget::toSlide(SlideId(u"recover"_s)));
    CHECK(s.responses[2].id == u"r4"_s);
    CHECK(s.responses[2].points == 0);
    CHECK(s.responses[2].consequence.isEmpty());
    CHECK(s.responses[2].leadsTo == BranchTarget::toSection(SectionId(u"s2"_s)));
    CHECK(s.bestPoints() == 2);
    CHECK(s.freeResponseId() == u"r3"_s);

    const Slide *slide = course->slide(SlideId(u"call"_s));
    CHECK(slide->referencedAssets() == std::vector<AssetId>{s.character});
    CHECK(course->usedAssets().size() == 1);
}

TEST_CASE("A scenario slide round-trips through course.xml, defaults unwritten", "[core][scenario]")
{
    const auto course = parse(scenarioXml);
    const QByteArray xml = CourseSerializer::toXml(*course);
    CHECK(xml.contains("<response id=\"r1\" points=\"2\">"));
    CHECK(xml.contains("<response id=\"r2\" points=\"-1\" leadsTo=\"slide:recover\">"));
    CHECK(xml.contains("<response id=\"r4\" leadsTo=\"section:s2\">"));
    CHECK_FALSE(xml.contains("<consequence />"));
    const auto again = parse(xml);
    CHECK(*again == *course);
    CHECK(CourseSerializer::toXml(*again) == xml);

    // A new scenario slide: two empty responses r1, r2 (the minimum), no character.
    Slide created = Slide::create(SlideKind::Scenario, u"New"_s);
    const auto &body = std::get<ScenarioBody>(created.body);
    REQUIRE(body.responses.size() == 2);
    CHECK(body.responses[0].id == u"r1"_s);
    CHECK(body.responses[1].id == u"r2"_s);
    CHECK(created.referencedAssets().empty());
}

TEST_CASE("Malformed scenario slides are refused with the line and the reason", "[core][scenario]")
{
    struct Case
    {
        const char *what;
        const char *from;
        const char *to;
        const char *inMessage;
    };
    const Case cases[] = {
        {"one response",
         "<response id=\"r2\"><text>c</text><consequence>d</consequence></response>",
         "",
         "has 1 <response> elements; a scenario has 2 to 4"},
        {"five responses",
         "<response id=\"r2\"><text>c</text>",
         "<response id=\"r2\"><text>c</text></response><response id=\"r3\"/><response "
         "id=\"r4\"/><response id=\"r1\"/><response id=\"r5\"><text>c</text>",
         "has 6 <response> elements"},
        {"bad id",
         "<response id=\"r4\" leadsTo",
         "<response id=\"x\" leadsTo",
         "is not a response id (r1 to r4): \"x\""},
        {"duplicate id",
         "<response id=\"r4\" leadsTo",
         "<response id=\"r1\" leadsTo",
         "the response id \"r1\" is used twice"},
        {"points not a number", "points=\"2\"", "points=\"two\"", "is not a finite number"},
        {"points out of range", "points=\"2\"", "points=\"5000\"", "between -1000 and 1000"},
        {"bad target",
         "leadsTo=\"slide:recover\"",
         "leadsTo=\"recover\"",
         "is not a branch target (\"slide:ID\" or \"section:ID\"): \"recover\""},
        {"empty target id",
         "leadsTo=\"section:s2\"",
         "leadsTo=\"section:\"",
         "is not a branch target"},
        {"unknown attribute",
         "<response id=\"r1\" points=\"2\">",
         "<response id=\"r1\" points=\"2\" correct=\"true\">",
         "unknown attribute \"correct\""},
        {"unknown element",
         "<situation>x</situation>",
         "<situation>x</situation><prompt>y</prompt>",
         "<prompt> is not allowed in <slide kind=\"scenario\">"},
        {"unknown character asset",
         "<character image=\"2c26",
         "<character image=\"ffff",
         "which is not listed in <media>"},
        {"response without id",
         "<response id=\"r4\" leadsTo",
         "<response leadsTo",
         "lacks the required attribute \"id\""},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        QByteArray xml = scenarioXml;
        REQUIRE(xml.contains(c.from));
        xml.replace(c.from, c.to);
        const auto result = CourseSerializer::fromXml(xml, u"test.capsule"_s);
        REQUIRE_FALSE(result.has_value());
        INFO(result.error().message.toStdString());
        CHECK(result.error().message.startsWith(u"test.capsule: course.xml, line "_s));
        CHECK(result.error().message.contains(QString::fromUtf8(c.inMessage)));
    }
    // The line is the offending element's.
    QByteArray xml = scenarioXml;
    xml.replace("points=\"-1\"", "points=\"x\"");
    const auto result = CourseSerializer::fromXml(xml, u"test.capsule"_s);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message.startsWith(u"test.capsule: course.xml, line 16: "_s));
}

TEST_CASE("The Validator checks scenario slides", "[core][scenario]")
{
    auto course = parse(scenarioXml);
    auto slideIssues = [&](const char *id) {
        return Validator::checkSlide(*course, SlideId(QString::fromLatin1(id)));
    };
    // As read: r4 has no consequence (a warning), everything else is fine.
    CHECK(codes(slideIssues("call")) == std::vector<QString>{u"scenario.no-consequence"_s});
    CHECK(slideIssues("recover").empty());

    auto &s = std::get<ScenarioBody>(course->slide(SlideId(u"call"_s))->body);
    s.situation = u"<p> </p>"_s;
    s.characterAlt.clear();
    s.responses[0].text = u"  "_s;
    s.responses[1].leadsTo = BranchTarget::toSlide(SlideId(u"gone"_s));
    s.responses[2].leadsTo = BranchTarget::toSection(SectionId(u"gone"_s));
    s.responses[2].id = u"r1"_s;
    s.responses[2].consequence = u"<script>x</script>"_s;
    const auto issues = slideIssues("call");
    CHECK(has(issues, u"scenario.empty-situation"_s));
    CHECK(has(issues, u"image.no-alt-text"_s));
    CHECK(has(issues, u"scenario.empty-response"_s));
    CHECK(has(issues, u"scenario.invalid-response-id"_s));
    CHECK(has(issues, u"text.unsafe-html"_s));
    const std::vector<QString> all = codes(issues);
    CHECK(std::count(all.begin(), all.end(), u"scenario.missing-target"_s) == 2);
    for (const auto &issue : issues) {
        if (issue.code == u"scenario.empty-response"_s) {
            CHECK(issue.field == Validator::Field::Responses);
            CHECK(issue.index == 0);
        }
        if (issue.code == u"image.no-alt-text"_s)
            CHECK(issue.field == Validator::Field::Character);
    }

    s.responses.resize(1);
    CHECK(has(slideIssues("call"), u"scenario.response-count"_s));
    s.character = AssetId(u"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"_s);
    CHECK(has(slideIssues("call"), u"asset.missing"_s));
}

TEST_CASE("Copied scenario slides keep targets inside the copy, drop missing ones",
          "[core][scenario]")
{
    const auto course = parse(scenarioXml);
    // No media: the asset of the test document has no bytes to copy.
    std::get<ScenarioBody>(course->slide(SlideId(u"call"_s))->body).character = AssetId();
    const auto fragment
        = CourseFragment::fromSlides(*course, {SlideId(u"call"_s), SlideId(u"recover"_s)});
    INFO((fragment ? QString() : fragment.error().message).toStdString());
    REQUIRE(fragment.has_value());

    // Into an empty course: the slide target follows the copy; the section is not there.
    Course empty;
    const CourseFragment::Instance copy = fragment->instantiate(empty);
    REQUIRE(copy.slides.size() == 2);
    const auto &body = std::get<ScenarioBody>(copy.slides[0]->body);
    CHECK(body.responses[1].leadsTo == BranchTarget::toSlide(copy.slides[1]->id));
    CHECK(body.responses[2].leadsTo.isNext());
    CHECK(copy.droppedBranches == 1);
    CHECK(copy.notes().size() == 1);

    // Into the same course: the section exists and stays.
    const CourseFragment::Instance same = fragment->instantiate(*course);
    CHECK(std::get<ScenarioBody>(same.slides[0]->body).responses[2].leadsTo
          == BranchTarget::toSection(SectionId(u"s2"_s)));
    CHECK(same.droppedBranches == 0);
}
