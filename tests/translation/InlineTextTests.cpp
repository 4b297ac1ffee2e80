// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "translation/InlineText.h"

using namespace Qt::StringLiterals;
using Translation::InlineText;
using Translation::Segment;
using Type = Translation::Segment::Piece::Type;

namespace {

Segment segmentOf(std::initializer_list<Segment::Piece> pieces)
{
    Segment s;
    s.pieces = pieces;
    return s;
}

} // namespace

TEST_CASE("InlineText turns rich text into codes and back", "[translation][inline]")
{
    const QString html
        = u"<p>Read <strong>this</strong> &amp; <a href=\"https://x.org/?a=1&amp;b=2\">that</a><br>now</p>"_s;
    const auto coded = InlineText::fromField(html, Core::TextFormat::Html, Core::TextRole::Body);
    REQUIRE(coded.codes.size() == 4);
    CHECK(coded.codes[0].tag == u"p");
    CHECK(coded.codes[1].tag == u"strong");
    CHECK(coded.codes[1].parentId == u"1");
    CHECK(coded.codes[2].open == u"<a href=\"https://x.org/?a=1&amp;b=2\">");
    CHECK(coded.codes[3].kind == Translation::InlineCode::Kind::LineBreak);
    CHECK(coded.segment.plainText() == u"Read this & thatnow");
    CHECK(coded.segment
          == segmentOf({{Type::Start, u"1"_s},
                        {Type::Text, u"Read "_s},
                        {Type::Start, u"2"_s},
                        {Type::Text, u"this"_s},
                        {Type::End, u"2"_s},
                        {Type::Text, u" & "_s},
                        {Type::Start, u"3"_s},
                        {Type::Text, u"that"_s},
                        {Type::End, u"3"_s},
                        {Type::Standalone, u"4"_s},
                        {Type::Text, u"now"_s},
                        {Type::End, u"1"_s}}));
    const auto back
        = InlineText::toField(coded.segment, coded, Core::TextFormat::Html, Core::TextRole::Body);
    REQUIRE(back);
    CHECK(back.value() == html);

    SECTION("a translation may reorder codes among siblings")
    {
        const Segment target = segmentOf({{Type::Start, u"1"_s},
                                          {Type::Start, u"3"_s},
                                          {Type::Text, u"Ça"_s},
                                          {Type::End, u"3"_s},
                                          {Type::Text, u" < "_s},
                                          {Type::Start, u"2"_s},
                                          {Type::Text, u"ceci"_s},
                                          {Type::End, u"2"_s},
                                          {Type::Standalone, u"4"_s},
                                          {Type::End, u"1"_s}});
        const auto text
            = InlineText::toField(target, coded, Core::TextFormat::Html, Core::TextRole::Body);
        REQUIRE(text);
        CHECK(
            text.value()
            == u"<p><a href=\"https://x.org/?a=1&amp;b=2\">Ça</a> &lt; <strong>ceci</strong><br></p>"_s);
    }
}

TEST_CASE("InlineText refuses broken codes with a reason", "[translation][inline]")
{
    const auto coded = InlineText::fromField(
        u"<p>A <em>b</em> c<br>d</p>"_s, Core::TextFormat::Html, Core::TextRole::Body);
    const auto attempt = [&](std::initializer_list<Segment::Piece> pieces) {
        const auto result = InlineText::toField(
            segmentOf(pieces), coded, Core::TextFormat::Html, Core::TextRole::Body);
        REQUIRE_FALSE(result);
        return result.error().message;
    };
    CHECK(attempt({{Type::Start, u"1"_s},
                   {Type::Text, u"x"_s},
                   {Type::Standalone, u"3"_s},
                   {Type::End, u"1"_s}})
          == u"inline code 2 (<em>) of the source is missing");
    CHECK(attempt({{Type::Start, u"1"_s},
                   {Type::Start, u"2"_s},
                   {Type::End, u"2"_s},
                   {Type::Start, u"2"_s},
                   {Type::End, u"2"_s},
                   {Type::Standalone, u"3"_s},
                   {Type::End, u"1"_s}})
          == u"inline code 2 (<em>) appears twice in the target");
    CHECK(attempt({{Type::Start, u"9"_s}})
          == u"unknown inline code “9”: the source has no such code");
    CHECK(attempt({{Type::Start, u"1"_s}, {Type::Standalone, u"2"_s}})
          == u"inline code 2 (<em>) encloses text in the source but stands alone in the target");
    CHECK(attempt({{Type::Start, u"1"_s}, {Type::Start, u"3"_s}})
          == u"inline code 3 (<br>) stands alone in the source but encloses text in the target");
    CHECK(attempt({{Type::Start, u"2"_s}})
          == u"inline code 2 (<em>) must stay inside code 1 (<p>)");
    CHECK(attempt({{Type::Start, u"1"_s}, {Type::End, u"2"_s}})
          == u"inline code 2 (<em>) is closed where it was not opened");
    CHECK(attempt({{Type::Start, u"1"_s},
                   {Type::Start, u"2"_s},
                   {Type::End, u"2"_s},
                   {Type::Standalone, u"3"_s}})
          == u"inline code 1 (<p>) is not closed");
}

TEST_CASE("InlineText keeps fill-in markers as placeholders", "[translation][inline]")
{
    const auto coded = InlineText::fromField(
        u"The [[1]] is [[2]]."_s, Core::TextFormat::Plain, Core::TextRole::ClozeText);
    REQUIRE(coded.codes.size() == 2);
    CHECK(coded.codes[1].open == u"[[2]]");
    CHECK(coded.segment.pieces.size() == 5);
    const Segment target = segmentOf({{Type::Text, u"Le "_s},
                                      {Type::Standalone, u"2"_s},
                                      {Type::Text, u" est "_s},
                                      {Type::Standalone, u"1"_s},
                                      {Type::Text, u"."_s}});
    const auto text
        = InlineText::toField(target, coded, Core::TextFormat::Plain, Core::TextRole::ClozeText);
    REQUIRE(text);
    CHECK(text.value() == u"Le [[2]] est [[1]]."_s);

    const auto typed = InlineText::toField(
        segmentOf({{Type::Text, u"Le [[1]] est "_s}, {Type::Standalone, u"2"_s}}),
        coded,
        Core::TextFormat::Plain,
        Core::TextRole::ClozeText);
    REQUIRE_FALSE(typed);
    CHECK(typed.error().message
          == u"a fill-in blank marker is typed as text (“[[1]]”): keep the placeholder of the "
             "source instead");
    // Plain text of another role keeps brackets and markup as text.
    const auto plain
        = InlineText::fromField(u"a <b> [[1]]"_s, Core::TextFormat::Plain, Core::TextRole::Body);
    CHECK(plain.codes.empty());
    CHECK(plain.segment.plainText() == u"a <b> [[1]]");
}
