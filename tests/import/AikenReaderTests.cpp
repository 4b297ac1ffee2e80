// SPDX-License-Identifier: MIT
#include "ImportTestSupport.h"
#include "import/aiken/AikenReader.h"

using namespace Qt::StringLiterals;
using Import::AikenReader;

namespace {

Core::Result<Import::ImportResult> aiken(const QString &text)
{
    return AikenReader::read(text.toUtf8(), u"q.txt"_s);
}

} // namespace

TEST_CASE("Aiken: A) and A. choices, ANSWER and the French RÉPONSE", "[import][aiken]")
{
    const auto read
        = requireRead(AikenReader::read(readTestFile(u"import/questions.aiken.txt"_s), u"q.txt"_s));
    REQUIRE(read.items.size() == 3);
    CHECK(read.errorCount() == 0);
    const Core::Question &first = read.items[0].question;
    CHECK(first.type == Core::QuestionType::SingleChoice);
    CHECK(first.prompt == u"<p>What is the capital of France?</p>"_s);
    REQUIRE(first.choices.size() == 3);
    CHECK(first.choices[1].text == u"Paris"_s);
    CHECK(first.choices[1].correct);
    CHECK_FALSE(first.choices[0].correct);
    CHECK(read.items[0].title == u"What is the capital of France?"_s);
    CHECK(read.items[1].question.choices[1].correct);
    CHECK(read.items[1].position == Import::SourcePosition{7, 1});
    CHECK(read.items[2].question.choices[0].correct); // "REPONSE: a", no blank line before
    CHECK(read.items[2].question.prompt == u"<p>Quelle couleur a le ciel ?</p>"_s);
}

TEST_CASE("Aiken: a question on several lines, plain text, narrow no-break space",
          "[import][aiken]")
{
    const auto item = onlyItem(aiken(u"Is 1 < 2\nreally?\nA) Yes\nB) No\nRéponse\u202F: A\n"_s));
    CHECK(item.question.prompt == u"<p>Is 1 &lt; 2<br>really?</p>"_s);
    CHECK(item.question.choices[0].correct);
}

TEST_CASE("Aiken: malformed questions name file:line:column and what was expected",
          "[import][aiken][errors]")
{
    CHECK(itemError(aiken(u"ANSWER: A"_s)) == u"q.txt:1:1: expected a question before “ANSWER:”"_s);
    CHECK(itemError(aiken(u"Q?\nANSWER: A"_s))
          == u"q.txt:2:8: expected choices like “A) …” and “B) …” before “ANSWER:”"_s);
    CHECK(itemError(aiken(u"Q?\nA) x\nB) y\nANSWER: A, B"_s))
          == u"q.txt:4:8: expected one choice letter after “ANSWER:” (Aiken questions have one "
             "right answer), not “A, B”"_s);
    CHECK(itemError(aiken(u"Q?\nA) x\nB) y\nANSWER: D"_s))
          == u"q.txt:4:8: expected the letter of one of the choices (A, B) after “ANSWER:”, not "
             "“D”"_s);
    CHECK(itemError(aiken(u"Q?\nA) x\nANSWER: A"_s))
          == u"q.txt:3:1: expected at least 2 choices (found 1)"_s);
    CHECK(itemError(aiken(u"Q?\nA) x\nA) y\nANSWER: A"_s))
          == u"q.txt:3:1: choice A is given twice"_s);
    CHECK(itemError(aiken(u"Q?\nA)\nB) y\nANSWER: A"_s))
          == u"q.txt:2:3: expected the text of choice A"_s);
    CHECK(itemError(aiken(u"Q?\nA) x\nB) y\nsomething else\nANSWER: A"_s))
          == u"q.txt:4:1: expected a choice like “C) …” or “ANSWER: A” (the question at 1:1 has "
             "no answer yet)"_s);
    CHECK(itemError(aiken(u"Q?\nA) x\nB) y\n"_s))
          == u"q.txt:3:5: expected “ANSWER:” before the end of the file (the question at 1:1 "
             "has no answer)"_s);
}

TEST_CASE("Aiken: hostile input", "[import][aiken][errors]")
{
    const auto junk = AikenReader::read("\xFF\xFE\x00\x01"_ba, u"q.txt"_s);
    REQUIRE_FALSE(junk);
    CHECK(junk.error().message
          == u"q.txt:1:3: unexpected NUL byte: this is not a text file (expected UTF-8 text)"_s);
    AikenReader::Limits limits;
    limits.maxItems = 1;
    const auto many = AikenReader::read("A?\nA) x\nB) y\nANSWER: A\nB?\n", u"q.txt"_s, limits);
    REQUIRE_FALSE(many);
    CHECK(many.error().message
          == u"q.txt:5:1: too many questions (expected at most 1 in one file)"_s);
    // After an error, reading goes on after the answer line.
    const auto read
        = requireRead(aiken(u"Q?\nA) x\nstray\nANSWER: A\nR?\nA) x\nB) y\nANSWER: B"_s));
    REQUIRE(read.items.size() == 2);
    CHECK(read.items[1].isImportable());
}
