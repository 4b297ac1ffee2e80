// SPDX-License-Identifier: MIT
#include "ImportTestSupport.h"
#include "import/csv/CsvReader.h"

using namespace Qt::StringLiterals;
using Core::QuestionType;
using Import::CsvReader;

namespace {

Core::Result<Import::ImportResult> csv(const QString &text)
{
    return CsvReader::read(text.toUtf8(), u"q.csv"_s);
}

} // namespace

TEST_CASE("CSV: the shipped template reads every question type", "[import][csv]")
{
    const QByteArray bytes = CsvReader::templateFile();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF")); // Excel needs the BOM to see UTF-8
    const auto read = requireRead(CsvReader::read(bytes, u"questions-template.csv"_s));
    for (const auto &item : read.items)
        INFO(item.error.toStdString());
    CHECK(read.errorCount() == 0);
    // Every type but those drawn on an image (drag-drop, hotspot: not expressible in CSV).
    std::vector<Core::QuestionType> types;
    for (Core::QuestionType type : Core::allQuestionTypes()) {
        if (type != Core::QuestionType::DragDrop && type != Core::QuestionType::Hotspot)
            types.push_back(type);
    }
    REQUIRE(read.items.size() == types.size());
    for (size_t i = 0; i < read.items.size(); ++i)
        CHECK(read.items[i].question.type == types[i]);

    const auto &single = read.items[0];
    CHECK(single.title == u"Capital of France"_s);
    CHECK(single.category == u"Geography"_s);
    CHECK(single.tags == QStringList{u"geography"_s, u"capitals"_s});
    CHECK(single.difficulty == Core::Difficulty::Easy);
    CHECK(read.items[5].difficulty == Core::Difficulty::Hard);
    CHECK(read.items[7].tags.isEmpty());
    CHECK(single.question.shuffle);
    CHECK(single.question.choices[1].correct);
    CHECK(single.question.correctFeedback == u"Right: Paris has been the capital since 987."_s);
    const auto &multiple = read.items[1].question;
    CHECK(multiple.prompt
          == u"<p>Which of these numbers are prime?<br>Tick every right answer.</p>"_s);
    CHECK(multiple.points == 2);
    CHECK(multiple.choices[0].correct);
    CHECK_FALSE(multiple.choices[1].correct);
    CHECK(multiple.choices[2].correct);
    CHECK(multiple.incorrectFeedback == u"Primes have exactly two divisors."_s);
    CHECK(read.items[2].question.trueFalseAnswer);
    const auto &fill = read.items[3].question;
    CHECK(fill.clozeText == u"The largest ocean is the [[1]]."_s);
    CHECK(fill.blanks[0].acceptedAnswers == QStringList{u"Pacific"_s, u"Pacific Ocean"_s});
    CHECK(read.items[4].question.pairs[1] == Core::MatchPair{u"p2"_s, u"Italy"_s, u"Rome"_s});
    CHECK(read.items[5].question.items.size() == 4);
    CHECK(read.items[6].question.numeric.value == 3.14);
    CHECK(read.items[6].question.numeric.tolerance == 0.005);
    CHECK(read.items[7].question.likertScale.size() == 4);
    CHECK(read.items[7].question.prompt
          == u"<p>How useful was this module? \"1\" means not at all.</p>"_s);
    CHECK(read.items[8].question.points == 0);
}

TEST_CASE("CSV: comma separated, CRLF, quoted separators and line breaks", "[import][csv]")
{
    const auto read = requireRead(csv(u"Type,Prompt,Answer1,Answer2,Correct\r\n"
                                      "single-choice,\"Pick, please\",\"a\r\nb\",c,2\r\n"
                                      ",,,,\r\n"
                                      "numeric,How much?,,,1..5\r\n"_s));
    REQUIRE(read.items.size() == 2);
    CHECK(read.items[0].question.prompt == u"<p>Pick, please</p>"_s);
    CHECK(read.items[0].question.choices[0].text == u"a<br>b"_s);
    CHECK(read.items[0].question.choices[1].correct);
    CHECK(read.items[1].position == Import::SourcePosition{5, 1});
    CHECK(read.items[1].question.numeric.isRange);
}

TEST_CASE("CSV: malformed rows and files name file:line:column and what was expected",
          "[import][csv][errors]")
{
    const QString header = u"type;prompt;correct;text;answer1;answer2;points;shuffle\n"_s;
    CHECK(itemError(csv(header + u"essay;Q"_s))
          == u"q.csv:2:1: expected a question type (single-choice, multiple-response, "
             "true-false, fill-in, matching, sequencing, numeric, likert, open-text), not "
             "“essay”"_s);
    CHECK(itemError(csv(header + u"open-text;"_s))
          == u"q.csv:2:11: expected the question in the prompt column"_s);
    CHECK(itemError(csv(header + u"open-text;Q;;;;;-1"_s))
          == u"q.csv:2:17: expected a number of points of zero or more, not “-1”"_s);
    CHECK(itemError(csv(header + u"open-text;Q;;;;;;maybe"_s))
          == u"q.csv:2:18: expected yes or no in the shuffle column, not “maybe”"_s);
    CHECK(itemError(csv(header + u"true-false;Q;perhaps"_s))
          == u"q.csv:2:14: expected true or false in the correct column, not “perhaps”"_s);
    CHECK(itemError(csv(header + u"single-choice;Q;1;;a"_s))
          == u"q.csv:2:20: expected at least 2 answers in the answer columns (found 1)"_s);
    CHECK(itemError(csv(header + u"single-choice;Q;;;a;b"_s))
          == u"q.csv:2:17: expected the right answer's number or letter in the correct column "
             "(1 or A for answer1)"_s);
    CHECK(itemError(csv(header + u"single-choice;Q;C;;a;b"_s))
          == u"q.csv:2:17: expected the number or letter of a filled answer column in the "
             "correct column, not “C”"_s);
    CHECK(itemError(csv(header + u"single-choice;Q;1,2;;a;b"_s))
          == u"q.csv:2:17: expected one right answer for a single-choice question (found 2; "
             "use multiple-response)"_s);
    CHECK(itemError(csv(header + u"fill-in;Q;;no blank;a"_s))
          == u"q.csv:2:12: expected the blank written [[1]] in the text column"_s);
    CHECK(itemError(csv(header + u"fill-in;Q;;[[1]] and [[2]];a"_s))
          == u"q.csv:2:12: expected one blank, [[1]], in the text column (a CSV fill-in has one "
             "blank)"_s);
    CHECK(itemError(csv(header + u"matching;Q;;;a -> b;c"_s))
          == u"q.csv:2:21: expected “left -> right” in answer2"_s);
    CHECK(itemError(csv(header + u"matching;Q;;;a -> b; -> c"_s))
          == u"q.csv:2:21: expected text on both sides of “->” in answer2"_s);
    CHECK(itemError(csv(header + u"numeric;Q;abc"_s))
          == u"q.csv:2:11: expected a number like 3.14, 3.14:0.01 or 1..5 in the correct "
             "column, not “abc”"_s);
    CHECK(itemError(csv(header + u"numeric;Q;5..1"_s))
          == u"q.csv:2:11: expected the minimum before the maximum in the range 5..1"_s);
    CHECK(itemError(csv(header + u"numeric;Q;5:-1"_s))
          == u"q.csv:2:11: expected a tolerance of zero or more"_s);
    CHECK(itemError(csv(header + u"open-text;Q;;;;;;;extra"_s))
          == u"q.csv:2:19: expected at most 8 cells, as in the header line"_s);

    auto fileError = [](const Core::Result<Import::ImportResult> &result) {
        REQUIRE_FALSE(result);
        return result.error().message;
    };
    CHECK(fileError(csv(u""_s))
          == u"q.csv:1:1: expected a header line naming the columns (type, prompt, …)"_s);
    CHECK(fileError(csv(u"type;title\n"_s))
          == u"q.csv:1:1: expected a header line with at least the columns type and prompt"_s);
    CHECK(fileError(csv(u"type;prompt;colour\n"_s))
          == u"q.csv:1:13: unknown column “colour” (expected one of type, title, category, "
             "prompt, points, shuffle, correct, text, feedback, correct_feedback, "
             "incorrect_feedback, tags, difficulty, answer1…, answer40 at most)"_s);
    CHECK(fileError(csv(header + u"open-text;\"unterminated\n\nmore"_s))
          == u"q.csv:4:5: expected '\"' to close the cell opened at 2:11"_s);
    CHECK(fileError(csv(header + u"open-text;\"Q\"x;"_s))
          == u"q.csv:2:14: expected ';' or the end of the line after the closing quote of the "
             "cell opened at 2:11 (write \"\" for a quote inside a cell)"_s);
}

TEST_CASE("CSV: hostile files", "[import][csv][errors]")
{
    CsvReader::Limits limits;
    limits.maxColumns = 3;
    const auto wide = CsvReader::read("type;prompt;a;b\n", u"q.csv"_s, limits);
    REQUIRE_FALSE(wide);
    CHECK(wide.error().message == u"q.csv:1:15: too many columns (expected at most 3)"_s);

    limits = {};
    limits.maxCellLength = 5;
    const auto longCell
        = CsvReader::read("type;prompt\nopen-text;\"123456\"\n", u"q.csv"_s, limits);
    REQUIRE_FALSE(longCell);
    CHECK(longCell.error().message
          == u"q.csv:2:11: cell too long (expected at most 5 characters in one cell)"_s);

    limits = {};
    limits.maxItems = 1;
    const auto rows
        = CsvReader::read("type;prompt\nopen-text;A\nopen-text;B\n", u"q.csv"_s, limits);
    REQUIRE_FALSE(rows);
    CHECK(rows.error().message
          == u"q.csv:3:1: too many questions (expected at most 1 in one file)"_s);

    const auto invalid = CsvReader::read("type;prompt\nopen-text;caf\xE9\n", u"q.csv"_s);
    REQUIRE_FALSE(invalid);
    CHECK(invalid.error().message
          == u"q.csv:2:14: invalid UTF-8 byte 0xE9 (expected UTF-8 text; save the file as "
             "UTF-8)"_s);

    // A huge unterminated quote fails once, quickly.
    const auto quote = CsvReader::read(
        "type;prompt\nopen-text;\"" + QByteArray("xxxxxxxxx\n").repeated(100000), u"q.csv"_s);
    REQUIRE_FALSE(quote);
    CHECK(quote.error().message.startsWith(u"q.csv:2:11: cell too long"_s));
}

TEST_CASE("CSV: drag-and-drop and hotspot rows are refused with a message", "[import][csv]")
{
    const QByteArray rows = "type,prompt\ndrag-drop,Placez les éléments\nhotspot,Cliquez\n";
    const auto read = requireRead(CsvReader::read(rows, u"q.csv"_s));
    REQUIRE(read.items.size() == 2);
    CHECK(read.errorCount() == 2);
    CHECK(read.items[0].error.contains(u"“drag-drop” questions are drawn on an image"_s));
    CHECK(read.items[1].error.contains(u"“hotspot” questions"_s));
}
