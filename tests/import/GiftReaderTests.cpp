// SPDX-License-Identifier: MIT
#include "ImportTestSupport.h"
#include "import/gift/GiftReader.h"

using namespace Qt::StringLiterals;
using Core::QuestionType;
using Import::GiftReader;
using Import::ImportedItem;

namespace {

Core::Result<Import::ImportResult> gift(const QString &text)
{
    return GiftReader::read(text.toUtf8(), u"q.gift"_s);
}

const ImportedItem &byTitle(const Import::ImportResult &result, const QString &title)
{
    for (const ImportedItem &item : result.items)
        if (item.title == title)
            return item;
    FAIL("no item titled " << title.toStdString());
    return result.items.front();
}

} // namespace

TEST_CASE("GIFT: every construct of the fixture", "[import][gift]")
{
    const auto read = requireRead(
        GiftReader::read(readTestFile(u"import/constructs.gift"_s), u"constructs.gift"_s));
    for (const ImportedItem &item : read.items)
        INFO(item.title.toStdString() + ": " + item.error.toStdString());
    CHECK(read.errorCount() == 0);
    CHECK(read.items.size() == 19);

    SECTION("multiple choice, one right answer, answer and general feedback")
    {
        const ImportedItem &item = byTitle(read, u"Planets"_s);
        CHECK(item.category == u"Astronomy"_s);
        CHECK(item.position == Import::SourcePosition{4, 1});
        const Core::Question &q = item.question;
        CHECK(q.type == QuestionType::SingleChoice);
        CHECK(q.prompt == u"<p>Which planet is the largest?</p>"_s);
        REQUIRE(q.choices.size() == 3);
        CHECK(q.choices[0].text == u"Jupiter"_s);
        CHECK(q.choices[0].correct);
        CHECK(q.choices[0].feedback == u"Yes, by far."_s);
        CHECK(q.choices[1].id == u"c2"_s);
        CHECK_FALSE(q.choices[1].correct);
        CHECK(q.choices[2].feedback.isEmpty());
        CHECK(q.correctFeedback == u"The gas giants are the largest planets."_s);
        CHECK(q.incorrectFeedback == q.correctFeedback);
        CHECK(item.warnings.isEmpty());
    }
    SECTION("several right answers with percentages")
    {
        const ImportedItem &item = byTitle(read, u"Moons"_s);
        const Core::Question &q = item.question;
        CHECK(q.type == QuestionType::MultipleResponse);
        REQUIRE(q.choices.size() == 3);
        CHECK(q.choices[0].correct);
        CHECK(q.choices[1].correct);
        CHECK_FALSE(q.choices[2].correct);
        // The percentages are kept as partial-credit weights.
        CHECK(q.partialCredit);
        CHECK(q.choices[0].weight == 50);
        CHECK(q.choices[1].weight == 50);
        CHECK(q.choices[2].weight == -100);
        CHECK(item.warnings.isEmpty());
    }
    SECTION("partial credit on a single right answer")
    {
        const ImportedItem &item = byTitle(read, u"Partial"_s);
        const Core::Question &q = item.question;
        CHECK(q.type == QuestionType::SingleChoice);
        CHECK(q.choices[0].correct);
        CHECK_FALSE(q.choices[1].correct);
        CHECK(q.partialCredit);
        CHECK(q.choices[0].weight == 100);
        CHECK(q.choices[1].weight == 50);
        CHECK(q.choices[2].weight == 0);
        CHECK(item.warnings.isEmpty());
    }
    SECTION("without percentages other than 0 and 100: all or nothing")
    {
        const Core::Question &q = byTitle(read, u"Planets"_s).question;
        CHECK_FALSE(q.partialCredit);
        for (const Core::Choice &choice : q.choices)
            CHECK(choice.weight == 0);
    }
    SECTION("true/false with both feedbacks, FALSE, TRUE with general feedback")
    {
        const Core::Question &round = byTitle(read, u"Round Earth"_s).question;
        CHECK(round.type == QuestionType::TrueFalse);
        CHECK(round.trueFalseAnswer);
        CHECK(round.incorrectFeedback == u"No, look again."_s);
        CHECK(round.correctFeedback == u"Indeed."_s);
        const Core::Question &flat = byTitle(read, u"Flat Earth"_s).question;
        CHECK_FALSE(flat.trueFalseAnswer);
        CHECK(flat.prompt == u"<p>The Earth is flat.</p>"_s);
        const Core::Question &sun = byTitle(read, u"Sun star"_s).question;
        CHECK(sun.trueFalseAnswer);
        CHECK(sun.correctFeedback == u"It is a G-type star."_s);
    }
    SECTION("short answer becomes a fill-in; a category without $course$")
    {
        const ImportedItem &item = byTitle(read, u"Short"_s);
        CHECK(item.category == u"Languages"_s);
        const Core::Question &q = item.question;
        CHECK(q.type == QuestionType::FillIn);
        CHECK(q.clozeText.isEmpty());
        REQUIRE(q.blanks.size() == 1);
        CHECK(q.blanks[0].acceptedAnswers == QStringList{u"quatre"_s, u"Quatre"_s});
        CHECK(q.correctFeedback == u"Bravo"_s);
        CHECK(item.warnings
              == QStringList{u"Answers with partial credit were dropped: quattro (50%)."_s});
    }
    SECTION("missing word as a fill-in and as a choice")
    {
        const ImportedItem &fill = byTitle(read, u"Missing fill"_s);
        CHECK(fill.question.type == QuestionType::FillIn);
        CHECK(fill.question.clozeText
              == u"The largest ocean is the [[1]], it covers a third of Earth."_s);
        CHECK(fill.question.prompt == GiftReader::missingWordPrompt());
        CHECK(fill.warnings.size() == 1);
        const ImportedItem &choice = byTitle(read, u"Missing choice"_s);
        CHECK(choice.question.type == QuestionType::SingleChoice);
        CHECK(choice.question.prompt == u"<p>Mozart was born in _____ in 1756.</p>"_s);
        CHECK(choice.question.choices[0].text == u"Salzburg"_s);
        CHECK(choice.warnings.size() == 1);
    }
    SECTION("matching, with a distractor dropped")
    {
        const ImportedItem &item = byTitle(read, u"Pairs"_s);
        const Core::Question &q = item.question;
        CHECK(q.type == QuestionType::Matching);
        REQUIRE(q.pairs.size() == 3);
        CHECK(q.pairs[0] == Core::MatchPair{u"p1"_s, u"chat"_s, u"cat"_s});
        CHECK(q.pairs[2].target == u"bird"_s);
        CHECK(item.warnings
              == QStringList{u"Extra wrong matches were dropped (a matching question here "
                             "offers only the right sides of its pairs): fish."_s});
    }
    SECTION("numerical: tolerance, range, several answers")
    {
        const Core::Question &pi = byTitle(read, u"Pi"_s).question;
        CHECK(pi.type == QuestionType::Numeric);
        CHECK_FALSE(pi.numeric.isRange);
        CHECK(pi.numeric.value == 3.14159);
        CHECK(pi.numeric.tolerance == 0.0005);
        const Core::Question &range = byTitle(read, u"Range"_s).question;
        CHECK(range.numeric.isRange);
        CHECK(range.numeric.minimum == 1);
        CHECK(range.numeric.maximum == 5);
        const ImportedItem &several = byTitle(read, u"Several numbers"_s);
        CHECK(several.question.numeric.value == 2026);
        CHECK(several.question.numeric.tolerance == 0);
        CHECK(several.question.correctFeedback == u"Exactly."_s);
        CHECK(several.warnings
              == QStringList{u"A numeric question holds one accepted answer: kept 2026:0, "
                             "dropped 2025:1 (50%)."_s,
                             u"1 wrong answer(s) with their own feedback were dropped."_s});
    }
    SECTION("essay, description, escapes")
    {
        CHECK(byTitle(read, u"Essay"_s).question.type == QuestionType::OpenText);
        const ImportedItem &intro = byTitle(read, u"Intro"_s);
        CHECK(intro.kind == ImportedItem::Kind::Content);
        CHECK(intro.contentHtml == u"<p>This part is about <strong>space</strong>.</p>"_s);
        CHECK(intro.toSlide().kind() == Core::SlideKind::Content);
        const Core::Question &escapes = byTitle(read, u"Escapes"_s).question;
        CHECK(escapes.prompt == u"<p>Escaped characters: ~ = # { } and a backslash \\ here?</p>"_s);
        CHECK(escapes.choices[0].text == u"a=b"_s);
        CHECK(escapes.choices[1].text == u"a~b"_s);
        CHECK(escapes.choices[2].text == u"a#b"_s);
    }
    SECTION("[plain] and [markdown] text formats; a question without a title")
    {
        CHECK(byTitle(read, u"Plain"_s).question.prompt
              == u"<p>Is 3 &lt; 5 &amp; &lt;b&gt;bold&lt;/b&gt;?</p>"_s);
        CHECK(byTitle(read, u"Markdown"_s).question.prompt
              == u"<p>This is <strong>strong</strong>, <em>em</em> and <code>code</code>.</p>"
                 "<ul><li>one</li><li>two</li></ul>"_s);
        const ImportedItem &untitled = read.items.back();
        CHECK(untitled.title == u"Question without title line"_s);
        CHECK(untitled.question.prompt == u"<p>Question without title line<br>on two lines</p>"_s);
    }
}

TEST_CASE("GIFT: BOM, CRLF line ends and comments", "[import][gift]")
{
    const auto read
        = requireRead(GiftReader::read(readTestFile(u"import/crlf.gift"_s), u"crlf.gift"_s));
    REQUIRE(read.items.size() == 2);
    CHECK(read.items[0].question.prompt == u"<p>Windows line ends?</p>"_s);
    CHECK(read.items[1].position == Import::SourcePosition{4, 1});
    const auto bom = requireRead(gift(u"\uFEFF// comment\n::A::B{T}"_s));
    REQUIRE(bom.items.size() == 1);
    CHECK(bom.items[0].title == u"A"_s);
}

TEST_CASE("GIFT: malformed questions name file:line:column and what was expected",
          "[import][gift][errors]")
{
    CHECK(itemError(gift(u"::T::Question\n{=a ~b\n"_s))
          == u"q.gift:2:7: expected '}' to close the answer set opened at 2:1"_s);
    CHECK(itemError(gift(u"::T::Q {=a {~b}"_s))
          == u"q.gift:1:12: unexpected '{' inside the answer set opened at 1:8 (write \\{ for a "
             "brace in text)"_s);
    CHECK(
        itemError(gift(u"::T::Q } {=a ~b}"_s))
        == u"q.gift:1:8: unexpected '}' without an opening '{' (write \\} for a brace in text)"_s);
    CHECK(itemError(gift(u"::T::Q {=a ~b} and {=c}"_s))
          == u"q.gift:1:20: expected one answer set per question (the first one was opened at "
             "1:8)"_s);
    CHECK(itemError(gift(u"::T::Q {=a ~b} and }"_s))
          == u"q.gift:1:20: unexpected '}' without an opening '{' (write \\} for a brace in "
             "text)"_s);
    CHECK(itemError(gift(u"::Title without end {T}"_s))
          == u"q.gift:1:1: expected '::' to close the title opened at 1:1"_s);
    CHECK(itemError(gift(u"::T::"_s))
          == u"q.gift:1:6: expected the question text after the title"_s);
    CHECK(itemError(gift(u"::T::{=a ~b}"_s))
          == u"q.gift:1:6: expected the question text before the answer set"_s);
    CHECK(itemError(gift(u"Q {a ~b}"_s))
          == u"q.gift:1:4: expected '=' (right answer) or '~' (wrong answer) at the start of an "
             "answer"_s);
    CHECK(itemError(gift(u"Q {~%x%a =b}"_s))
          == u"q.gift:1:5: expected a percentage like %50% after '~'"_s);
    CHECK(itemError(gift(u"Q {~%150%a =b}"_s))
          == u"q.gift:1:6: expected a percentage between -100 and 100"_s);
    CHECK(itemError(gift(u"Q {~a ~b}"_s))
          == u"q.gift:1:4: expected a right answer: mark one with '=' or give it a positive "
             "percentage like ~%50%"_s);
    CHECK(itemError(gift(u"Q {=a ~}"_s))
          == u"q.gift:1:8: expected the text of the answer after '~'"_s);
    CHECK(itemError(gift(u"Q {= =b}"_s))
          == u"q.gift:1:5: expected the text of the answer after '='"_s);
    CHECK(itemError(gift(u"Q {=%50%a}"_s))
          == u"q.gift:1:4: expected an answer worth 100%: a short answer needs one fully right "
             "answer"_s);
    CHECK(itemError(gift(u"Q {=a -> b =c}"_s))
          == u"q.gift:1:12: expected '->' between the two sides of a matching pair"_s);
    CHECK(itemError(gift(u"Q {=a -> =c -> d}"_s))
          == u"q.gift:1:9: expected the right side of the pair after '->'"_s);
    CHECK(itemError(gift(u"Q {=a -> b}"_s))
          == u"q.gift:1:4: expected at least 2 pairs in a matching question (found 1)"_s);
    CHECK(itemError(gift(u"Q {#abc}"_s))
          == u"q.gift:1:5: expected a number like 3.14, 3.14:0.01 or 1..5"_s);
    CHECK(itemError(gift(u"Q {#1:x}"_s))
          == u"q.gift:1:7: expected a number like 3.14, 3.14:0.01 or 1..5"_s);
    CHECK(itemError(gift(u"Q {#1:-2}"_s)) == u"q.gift:1:7: expected a tolerance of zero or more"_s);
    CHECK(itemError(gift(u"Q {#5..1}"_s))
          == u"q.gift:1:5: expected the minimum before the maximum in the range 5..1"_s);
    CHECK(itemError(gift(u"Q {# ~3}"_s))
          == u"q.gift:1:6: expected a right answer: mark one with '=' (and no percentage, or a "
             "positive one)"_s);
    CHECK(itemError(gift(u"Q {T#a#b#c}"_s))
          == u"q.gift:1:9: expected at most two feedbacks after a true/false answer "
             "(#wrong#right)"_s);
}

TEST_CASE("GIFT: a malformed question does not stop the others", "[import][gift][errors]")
{
    const auto read = requireRead(gift(u"::A::Q {=a ~b\n\n::B::R {T}\n"_s));
    REQUIRE(read.items.size() == 2);
    CHECK_FALSE(read.items[0].isImportable());
    CHECK(read.items[0].title == u"A"_s);
    CHECK(read.items[1].isImportable());
    CHECK(read.importableCount() == 1);
    CHECK(read.errorCount() == 1);
}

TEST_CASE("GIFT: hostile files fail with a clear message and bounded work",
          "[import][gift][errors]")
{
    SECTION("invalid UTF-8")
    {
        const auto read = GiftReader::read("::A::caf\xC3(\n"_ba, u"q.gift"_s);
        REQUIRE_FALSE(read);
        CHECK(read.error().message
              == u"q.gift:1:9: invalid UTF-8 byte 0xC3 (expected UTF-8 text; save the file as "
                 "UTF-8)"_s);
    }
    SECTION("binary junk")
    {
        const auto read = GiftReader::read("Q {T}\n\x89PNG\0\0\x01"_ba, u"q.gift"_s);
        REQUIRE_FALSE(read);
        CHECK(read.error().message
              == u"q.gift:2:5: unexpected NUL byte: this is not a text file (expected UTF-8 "
                 "text)"_s);
    }
    SECTION("file size")
    {
        GiftReader::Limits limits;
        limits.maxBytes = 100;
        const auto read = GiftReader::read(QByteArray(200, 'x'), u"q.gift"_s, limits);
        REQUIRE_FALSE(read);
        CHECK(read.error().message
              == u"q.gift: the file is 200 bytes; question files are limited to 100 bytes."_s);
    }
    SECTION("line length")
    {
        GiftReader::Limits limits;
        limits.maxLineLength = 10;
        const auto read = GiftReader::read("Q {T}\n" + QByteArray(11, 'x'), u"q.gift"_s, limits);
        REQUIRE_FALSE(read);
        CHECK(read.error().message
              == u"q.gift:2:11: line too long (expected at most 10 characters per line)"_s);
    }
    SECTION("question count")
    {
        GiftReader::Limits limits;
        limits.maxItems = 2;
        const auto read = GiftReader::read("A {T}\n\nB {T}\n\nC {T}\n", u"q.gift"_s, limits);
        REQUIRE_FALSE(read);
        CHECK(read.error().message
              == u"q.gift:5:1: too many questions (expected at most 2 in one file)"_s);
    }
    SECTION("answers per question")
    {
        QString many = u"Q {=a"_s;
        for (int i = 0; i < 200; ++i)
            many += u" ~x"_s;
        CHECK(itemError(gift(many + u'}'))
              == u"q.gift:1:304: too many answers (expected at most 100 in one answer set)"_s);
    }
    SECTION("an unterminated brace over a huge file is one error, read in linear time")
    {
        QByteArray huge = "Q {=a";
        huge += QByteArray("xxxxxxxxx\n").repeated(400'000);
        const auto read = GiftReader::read(huge, u"q.gift"_s);
        REQUIRE(read);
        REQUIRE(read->items.size() == 1);
        CHECK(read->items[0].error.endsWith(
            u": expected '}' to close the answer set opened at 1:3"_s));
    }
    SECTION("markdown that never closes its links or code stays linear")
    {
        const QString brackets = QString(u"["_s).repeated(90000);
        const ImportedItem item = onlyItem(gift(u"[markdown]"_s + brackets + u"{T}"_s));
        REQUIRE(item.isImportable());
        CHECK(item.question.prompt.size() == 90000 + 7);
        const QString ticks = u"x](y"_s + QString(u"`["_s).repeated(40000);
        CHECK(onlyItem(gift(u"[markdown]"_s + ticks + u"{T}"_s)).isImportable());
    }
    SECTION("deeply nested escapes")
    {
        const QString escapes = QString(u"\\\\"_s).repeated(5000) + u"\\{"_s;
        const ImportedItem item = onlyItem(gift(u"Q"_s + escapes + u" {T}"_s));
        REQUIRE(item.isImportable());
        CHECK(item.question.prompt.size() == 5000 + 1 + 8);
        CHECK(itemError(gift(u"Q {T"_s + QString(u"\\}"_s).repeated(5000)))
              == u"q.gift:1:10005: expected '}' to close the answer set opened at 1:3"_s);
    }
}

TEST_CASE("GIFT: [moodle] keeps line breaks, [html] does not, both are sanitized", "[import][gift]")
{
    const ImportedItem moodle = onlyItem(
        gift(u"::M::[moodle]First line\nsecond <i>line</i>\\n third<img src=x onerror=y>{T}"_s));
    CHECK(moodle.question.prompt == u"<p>First line<br>second <em>line</em><br>third</p>"_s);
    const ImportedItem html = onlyItem(gift(
        u"::H::[html]<p onclick=\"x\">One\ntwo</p><iframe src=\"e\"></iframe>{=<b>a</b> ~b}"_s));
    CHECK(html.question.prompt == u"<p>One\ntwo</p>"_s); // a space to a browser
    CHECK(html.question.choices[0].text == u"<strong>a</strong>"_s);
}

TEST_CASE("GIFT: Moodle's [tag:…] comments give a question its tags", "[import][gift][banks]")
{
    const QByteArray gift = "// [tag:écoute] [tag:Niveau 1]\n"
                            "// [tag:a\\]b] [tag:ÉCOUTE] [tag:] [tag:unclosed\n"
                            "::Q1:: Le ciel est bleu {T}\n"
                            "\n"
                            "// [tag:separated by a blank line]\n"
                            "\n"
                            "::Q2:: 2 + 2 = {#4}\n"
                            "// [tag:after]\n"
                            "\n"
                            "::Q3:: Pas d'étiquette {F}\n";
    const auto read = requireRead(GiftReader::read(gift, u"tags.gift"_s));
    REQUIRE(read.items.size() == 3);
    // Escaped "]" kept, the same tag in another case once, empty and unclosed ones ignored.
    CHECK(read.items[0].tags == QStringList{u"écoute"_s, u"Niveau 1"_s, u"a]b"_s});
    // A comment in the question's own block counts, wherever it sits; one cut off by a blank
    // line belongs to no question.
    CHECK(read.items[1].tags == QStringList{u"after"_s});
    CHECK(read.items[2].tags.isEmpty());
}
