// SPDX-License-Identifier: MIT
// The content blocks of issue 14: model helpers, course.xml round trips and errors, referenced
// assets and the Validator's rules for each block type.
#include "BlockFixtures.h"
#include "TestSupport.h"
#include "core/CourseSerializer.h"
#include "core/Validator.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace Core;
using Type = ContentBlock::Type;

namespace {

ContentBody &blocksOf(Course &course)
{
    return std::get<ContentBody>(course.sections().front()->slides[1]->body);
}

ContentBlock &blockOf(Course &course, Type type)
{
    for (ContentBlock &block : blocksOf(course).blocks) {
        if (block.type == type)
            return block;
    }
    FAIL("no block of that type");
    return blocksOf(course).blocks.front();
}

QStringList codesOf(const Course &course)
{
    QStringList codes;
    for (const Validator::Issue &issue : Validator::checkSlide(course, SlideId(u"blocks"_s)))
        codes << issue.code;
    return codes;
}

QByteArray withBlock(const QByteArray &block)
{
    return R"(<capsule xmlns="https://capsule.example/ns/course/1" formatVersion="1" id="c">
<metadata/><settings/><section id="s"><slide id="a" kind="content">)"
           + block + "</slide></section><media/></capsule>";
}

} // namespace

TEST_CASE("Every block type has a stable name", "[core][blocks]")
{
    const QStringList names{u"heading"_s,
                            u"text"_s,
                            u"image"_s,
                            u"callout"_s,
                            u"image-text"_s,
                            u"tabs"_s,
                            u"accordion"_s,
                            u"flip-cards"_s,
                            u"steps"_s,
                            u"quote"_s,
                            u"key-figure"_s,
                            u"checklist"_s,
                            u"divider"_s,
                            u"spacer"_s,
                            u"button"_s,
                            u"table"_s,
                            u"labelled-graphic"_s,
                            u"gallery"_s,
                            u"audio"_s,
                            u"video"_s};
    for (int i = 0; i < names.size(); ++i) {
        CHECK(toString(Type(i)) == names[i]);
        Type back = Type::Heading;
        CHECK(fromString(names[i], back));
        CHECK(back == Type(i));
    }
    Type out = Type::Heading;
    CHECK_FALSE(fromString(u"carousel"_s, out));
}

TEST_CASE("Blocks with items and blocks that hold a slide back", "[core][blocks]")
{
    const auto course = BlockFixtures::makeBlocksCourse();
    QSet<QString> withItems, waiting;
    for (const ContentBlock &block : blocksOf(*course).blocks) {
        if (block.hasItems())
            withItems << toString(block.type);
        if (block.requiresInteraction())
            waiting << toString(block.type);
    }
    CHECK(withItems
          == QSet<QString>{u"tabs"_s,
                           u"accordion"_s,
                           u"flip-cards"_s,
                           u"steps"_s,
                           u"checklist"_s,
                           u"labelled-graphic"_s,
                           u"gallery"_s});
    CHECK(waiting
          == QSet<QString>{
              u"tabs"_s, u"flip-cards"_s, u"labelled-graphic"_s, u"audio"_s, u"video"_s});
    ContentBlock tabs;
    tabs.type = Type::Tabs;
    tabs.required = true;
    CHECK_FALSE(tabs.requiresInteraction()); // nothing to open
}

TEST_CASE("Slide::referencedAssets lists the media of every block", "[core][blocks]")
{
    const auto course = BlockFixtures::makeBlocksCourse();
    const BlockFixtures::Assets a;
    const std::vector<AssetId> refs = course->slide(SlideId(u"blocks"_s))->referencedAssets();
    for (const MediaAsset &m : {a.photo, a.plan, a.sound, a.clip, a.vtt})
        CHECK(std::find(refs.begin(), refs.end(), m.id) != refs.end());
}

TEST_CASE("course.xml round-trips every block type", "[core][blocks][file]")
{
    const auto course = BlockFixtures::makeBlocksCourse();
    const QByteArray xml = CourseSerializer::toXml(*course);
    auto parsed = CourseSerializer::fromXml(xml, u"blocks.capsule"_s);
    INFO((parsed ? QString() : parsed.error().message).toStdString());
    REQUIRE(parsed.has_value());
    CHECK(blocksOf(**parsed) == blocksOf(*course));
    CHECK(CourseSerializer::toXml(**parsed) == xml);

    SECTION("the layout is compact: defaults are not written")
    {
        CHECK(xml.contains(R"(<block type="image" image=")"));
        CHECK(xml.contains(R"(size="full" focusX="20" focusY="80")"));
        CHECK(xml.contains(R"(side="right" share="third")"));
        CHECK(xml.contains(R"(<block type="tabs" required="true">)"));
        CHECK(xml.contains(R"(<block type="accordion">)"));
        CHECK(xml.contains(R"(<item x="10" y="90">)"));
        CHECK(xml.contains(R"(<block type="table" headerRow="false">)"));
        CHECK(xml.contains("<cell>Solids &lt;wood&gt;</cell>"));
        CHECK(xml.contains("<cell />"));
        CHECK(xml.contains(R"(url="https://example.org/rules?a=1&amp;b=2")"));
        CHECK(xml.contains(R"(slide="start")"));
        CHECK(xml.contains(R"(<media asset=")"));
        CHECK(xml.contains(R"(requiredWatchedPercent="80")"));
        CHECK_FALSE(xml.contains("focusX=\"50\""));
        CHECK_FALSE(xml.contains("size=\"wide\""));
    }
    SECTION("files without the new attributes read with the defaults")
    {
        auto old = CourseSerializer::fromXml(withBlock(R"(<block type="image"/>)"), u"x"_s);
        REQUIRE(old.has_value());
        const ContentBlock &b = std::get<ContentBody>((*old)->allSlides()[0]->body).blocks[0];
        CHECK(b.imageSize == ImageSize::Wide);
        CHECK(b.focusX == 50);
        CHECK(b.headerRow);
        CHECK_FALSE(b.required);
    }
}

TEST_CASE("course.xml block errors name the element and the problem", "[core][blocks][file]")
{
    const auto error = [](const QByteArray &block) {
        auto parsed = CourseSerializer::fromXml(withBlock(block), u"bad.capsule"_s);
        REQUIRE_FALSE(parsed.has_value());
        return parsed.error().message;
    };
    CHECK(error(R"(<block type="image" size="huge"/>)").contains(u"unknown value \"huge\""_s));
    CHECK(error(R"(<block type="image" focusX="101"/>)").contains(u"out of range"_s));
    CHECK(error(R"(<block type="image-text" side="top"/>)").contains(u"\"side\""_s));
    CHECK(error(R"(<block type="tabs"><item x="-1"/></block>)").contains(u"out of range"_s));
    CHECK(error(R"(<block type="tabs"><item><label/></item></block>)")
              .contains(u"<label> is not allowed in <item>"_s));
    CHECK(error(R"(<block type="table"><row><td/></row></block>)")
              .contains(u"<td> is not allowed in <row>"_s));
    CHECK(error(R"(<block type="button" slide="a b"/>)").contains(u"not a valid identifier"_s));
    CHECK(error(R"(<block type="tabs" required="yes"/>)").contains(u"\"true\" or \"false\""_s));
    CHECK(error(R"(<block type="audio"><media asset="nope"/></block>)").contains(u"SHA-256"_s));
    CHECK(
        error(
            R"(<block type="gallery"><item image="2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"/></block>)")
            .contains(u"not listed in <media>"_s));
}

TEST_CASE("The Validator checks each block type", "[core][blocks][validator]")
{
    auto course = BlockFixtures::makeBlocksCourse();
    CHECK(codesOf(*course).isEmpty());

    SECTION("images need a file and alternative text")
    {
        blockOf(*course, Type::ImageText).altText.clear();
        blockOf(*course, Type::LabelledGraphic).image = AssetId();
        blockOf(*course, Type::Gallery).items[1].image = AssetId();
        blockOf(*course, Type::FlipCards).items[0].altText.clear();
        const QStringList codes = codesOf(*course);
        CHECK(codes.count(u"image.no-alt-text"_s) == 2);
        CHECK(codes.count(u"content.image-missing"_s) == 2);
    }
    SECTION("blocks of items warn when empty or untitled")
    {
        blockOf(*course, Type::Tabs).items.clear();
        blockOf(*course, Type::Accordion).items[1].title = u"  "_s;
        blockOf(*course, Type::Steps).items[0].text = u"<script>x</script>"_s;
        const QStringList codes = codesOf(*course);
        CHECK(codes.contains(u"content.no-items"_s));
        CHECK(codes.contains(u"content.empty-item"_s));
        CHECK(codes.contains(u"text.unsafe-html"_s));
    }
    SECTION("buttons need an http(s) address or an existing slide")
    {
        ContentBlock &link = blockOf(*course, Type::Button);
        link.url = u"javascript:alert(1)"_s;
        CHECK(codesOf(*course).contains(u"content.button-bad-url"_s));
        link.url = u"ftp://example.org/"_s;
        CHECK(codesOf(*course).contains(u"content.button-bad-url"_s));
        link.url.clear();
        CHECK(codesOf(*course).contains(u"content.button-no-target"_s));
        link.targetSlide = SlideId(u"gone"_s);
        CHECK(codesOf(*course).contains(u"content.button-bad-slide"_s));
        link.text.clear();
        CHECK(codesOf(*course).contains(u"content.button-no-label"_s));
    }
    SECTION("media blocks need a file of the right kind, audio a transcript")
    {
        const BlockFixtures::Assets a;
        ContentBlock &audio = blockOf(*course, Type::Audio);
        audio.text.clear();
        CHECK(codesOf(*course).contains(u"content.audio-no-transcript"_s));
        audio.media.video = a.clip.id;
        CHECK(codesOf(*course).contains(u"content.wrong-media"_s));
        blockOf(*course, Type::Video).media.video = AssetId();
        CHECK(codesOf(*course).contains(u"content.media-missing"_s));
    }
    SECTION("empty quote, figure and table")
    {
        blockOf(*course, Type::Quote).text = u"<p> </p>"_s;
        blockOf(*course, Type::KeyFigure).text.clear();
        blockOf(*course, Type::Table).rows.clear();
        const QStringList codes = codesOf(*course);
        CHECK(codes.contains(u"content.empty-quote"_s));
        CHECK(codes.contains(u"content.empty-figure"_s));
        CHECK(codes.contains(u"content.empty-table"_s));
    }
    SECTION("the resume data estimate counts the blocks a slide waits for")
    {
        const int with = Validator::estimatedSuspendDataChars(*course);
        for (ContentBlock &block : blocksOf(*course).blocks) {
            block.required = false;
            block.media.requiredWatchedPercent = 0;
        }
        CHECK(Validator::estimatedSuspendDataChars(*course) < with);
    }
}
