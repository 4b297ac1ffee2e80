// SPDX-License-Identifier: MIT
// Importing questions into question banks, tags and difficulty, partial credit (issue #11).
#include "ImportTestSupport.h"
#include "core/Document.h"
#include "import/QuestionFormat.h"
#include "import/QuestionImport.h"
#include "import/csv/CsvReader.h"
#include "import/gift/GiftReader.h"
#include "import/gift/GiftWriter.h"

#include <QTemporaryDir>
#include <QUndoCommand>

using namespace Qt::StringLiterals;
using Import::ImportDestination;
using Import::ImportedItem;
using Import::QuestionImport;

namespace {

std::unique_ptr<Core::Document> blankDocument()
{
    auto document = Core::Document::fromTemplate(u"blank"_s);
    REQUIRE(document);
    return std::move(document.value());
}

QStringList bankSummary(const Core::Course &course)
{
    QStringList banks;
    for (const auto &bank : course.banks())
        banks.append(bank->name + u'(' + QString::number(bank->questions.size()) + u')');
    return banks;
}

Import::ImportResult constructs()
{
    return requireRead(Import::readQuestionFile(testDataPath(u"import/constructs.gift"_s),
                                                Import::QuestionFormat::Gift));
}

} // namespace

TEST_CASE("Import into banks: one bank per category by default, one undo step", "[import][banks]")
{
    auto document = blankDocument();
    const int slidesBefore = document->course().slideCount();
    const auto read = constructs();
    QStringList skipped;
    auto command = QuestionImport::makeCommand(
        document.get(), read.items, ImportDestination{{}, {}, u"constructs"_s}, &skipped);
    REQUIRE(command);
    // The description cannot go into a bank: skipped, and said so.
    CHECK(command->text() == u"Import 18 question(s)"_s);
    REQUIRE(skipped.size() == 1);
    CHECK(skipped.front().contains(u"is a description, not a question"_s));
    document->push(std::move(command));
    CHECK(bankSummary(document->course()) == QStringList{u"Astronomy(6)"_s, u"Languages(12)"_s});
    CHECK(document->course().slideCount() == slidesBefore);
    CHECK(document->undoStack()->count() == 1);
    const Core::Slide &moons = *document->course().banks()[0]->questions[1];
    CHECK(moons.title == u"Moons"_s);
    REQUIRE(moons.question());
    CHECK(moons.question()->partialCredit);

    document->undoStack()->undo();
    CHECK(document->course().banks().empty());
    document->undoStack()->redo();

    SECTION("a second import adds to the banks of the same names")
    {
        document->push(QuestionImport::makeCommand(
            document.get(), read.items, ImportDestination{{}, {}, u"constructs"_s}));
        CHECK(bankSummary(document->course())
              == QStringList{u"Astronomy(12)"_s, u"Languages(24)"_s});
        CHECK(document->undoStack()->count() == 2);
    }
    SECTION("survives save and reopen")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"banks.capsule"_s);
        REQUIRE(document->save(path));
        const auto reopened = Core::Document::load(path);
        REQUIRE(reopened);
        CHECK(reopened.value()->course() == document->course());
    }
}

TEST_CASE("Import into a named bank, or into sections", "[import][banks]")
{
    auto document = blankDocument();
    const auto read = constructs();

    SECTION("a new bank, then the same bank again")
    {
        const ImportDestination destination{ImportDestination::Kind::Bank, u"Quiz"_s, {}};
        document->push(QuestionImport::makeCommand(document.get(), read.items, destination));
        CHECK(bankSummary(document->course()) == QStringList{u"Quiz(18)"_s});
        document->push(QuestionImport::makeCommand(document.get(), read.items, destination));
        CHECK(bankSummary(document->course()) == QStringList{u"Quiz(36)"_s});
    }
    SECTION("items without a category go to the default bank")
    {
        const auto aiken = requireRead(Import::readQuestionFile(
            testDataPath(u"import/questions.aiken.txt"_s), Import::QuestionFormat::Aiken));
        document->push(QuestionImport::makeCommand(
            document.get(), aiken.items, ImportDestination{{}, {}, u"questions"_s}));
        REQUIRE(document->course().banks().size() == 1);
        CHECK(document->course().banks()[0]->name == u"questions"_s);
    }
    SECTION("sections per category, as before")
    {
        const int sections = int(document->course().sections().size());
        document->push(QuestionImport::makeCommand(
            document.get(),
            read.items,
            ImportDestination{ImportDestination::Kind::SectionsPerCategory, {}, u"x"_s}));
        CHECK(int(document->course().sections().size()) == sections + 2);
        CHECK(document->course().banks().empty());
    }
    SECTION("one section")
    {
        document->push(QuestionImport::makeCommand(
            document.get(),
            read.items,
            ImportDestination{ImportDestination::Kind::Section, u"Quiz"_s, {}}));
        CHECK(document->course().sections().back()->title == u"Quiz"_s);
        CHECK(document->course().sections().back()->slides.size() == 19);
    }
    SECTION("nothing that can go into a bank")
    {
        std::vector<ImportedItem> items(1);
        items[0].kind = ImportedItem::Kind::Content;
        items[0].title = u"Intro"_s;
        CHECK_FALSE(QuestionImport::makeCommand(document.get(), items, ImportDestination{}));
    }
}

TEST_CASE("Bank questions export with their tags and difficulty", "[import][banks]")
{
    auto document = blankDocument();
    const auto csv = requireRead(
        Import::CsvReader::read("type,prompt,answer1,answer2,correct,category,tags,difficulty\n"
                                "single-choice,Two?,1,2,2,Numbers,\"maths, easy ; maths\",facile\n"
                                "true-false,Sky is blue,,,true,Nature,,HARD\n",
                                u"q.csv"_s));
    REQUIRE(csv.items.size() == 2);
    CHECK(csv.items[0].tags == QStringList{u"maths"_s, u"easy"_s});
    CHECK(csv.items[0].difficulty == Core::Difficulty::Easy);
    CHECK(csv.items[1].tags.isEmpty());
    CHECK(csv.items[1].difficulty == Core::Difficulty::Hard);
    document->push(QuestionImport::makeCommand(document.get(), csv.items, ImportDestination{}));
    REQUIRE(document->course().banks().size() == 2);
    const auto &body
        = std::get<Core::QuestionBody>(document->course().banks()[0]->questions[0]->body);
    CHECK(body.tags == QStringList{u"maths"_s, u"easy"_s});
    CHECK(body.difficulty == Core::Difficulty::Easy);

    QStringList skipped;
    const auto all = QuestionImport::itemsFromBank(document->course(), {}, &skipped);
    REQUIRE(all.size() == 2);
    CHECK(skipped.isEmpty());
    CHECK(all[0].category == u"Numbers"_s);
    CHECK(all[0].tags == QStringList{u"maths"_s, u"easy"_s});
    CHECK(all[1].difficulty == Core::Difficulty::Hard);
    const auto nature = QuestionImport::itemsFromBank(document->course(), u"Nature"_s);
    REQUIRE(nature.size() == 1);
    CHECK(nature[0].question.type == Core::QuestionType::TrueFalse);
    // GIFT carries tags in Moodle's comments; it cannot carry a difficulty: said, not silently
    // dropped.
    const auto gift = Import::GiftWriter::write(all);
    CHECK(gift.written == 2);
    CHECK(gift.text.contains(u"// [tag:maths] [tag:easy]\n::"_s));
    CHECK(gift.warnings.filter(u"GIFT has no difficulty"_s).size() == 2);
    const auto reread = requireRead(Import::GiftReader::read(gift.text.toUtf8(), u"bank.gift"_s));
    REQUIRE(reread.items.size() == 2);
    CHECK(reread.items[0].tags == all[0].tags);
    CHECK(QuestionImport::itemsFromBank(document->course(), u"None"_s, &skipped).empty());
    CHECK(skipped == QStringList{u"The project has no question bank named “None”."_s});

    SECTION("a bad difficulty is an error of its cell")
    {
        const auto bad = requireRead(Import::CsvReader::read(
            "type,prompt,correct,difficulty\ntrue-false,Sky,true,trivial\n", u"bad.csv"_s));
        REQUIRE(bad.items.size() == 1);
        CHECK(bad.items[0].error
              == u"bad.csv:2:21: expected easy, medium or hard (or facile, moyen, difficile) in "
                 u"the difficulty column, not “trivial”"_s);
    }
}

TEST_CASE("GIFT partial credit: import, export, import keeps the weights", "[import][gift][banks]")
{
    const auto first = requireRead(Import::GiftReader::read(
        "::W::Which? {~%50%A ~%50%B ~%-100%C}\n\n::S::Best? {=Right ~%33.3%Third ~Wrong}\n",
        u"w.gift"_s));
    REQUIRE(first.items.size() == 2);
    const Core::Question &w = first.items[0].question;
    CHECK(w.partialCredit);
    CHECK(w.type == Core::QuestionType::MultipleResponse);
    CHECK(w.choices[2].weight == -100);
    const Import::GiftWriter::Output written = Import::GiftWriter::write(first.items);
    CHECK(written.warnings.isEmpty());
    CHECK(written.text.contains(u"~%50%A"_s));
    CHECK(written.text.contains(u"~%-100%C"_s));
    CHECK(written.text.contains(u"~%100%Right"_s));
    CHECK(written.text.contains(u"~%33.3%Third"_s));
    const auto second = requireRead(Import::GiftReader::read(written.text.toUtf8(), u"o.gift"_s));
    REQUIRE(second.items.size() == 2);
    CHECK(second.items[0].question == first.items[0].question);
    CHECK(second.items[1].question == first.items[1].question);

    SECTION("what GIFT cannot carry back is said")
    {
        std::vector<ImportedItem> items = first.items;
        items[0].question.choices[0].correct = false; // the percentages say it is right
        CHECK(Import::GiftWriter::write(items).warnings.size() == 1);
        items[0].question.type = Core::QuestionType::SingleChoice;
        items[0].question.choices
            = {{u"c1"_s, u"A"_s, true, {}, 100}, {u"c2"_s, u"B"_s, false, {}}};
        const auto output = Import::GiftWriter::write(items);
        REQUIRE(output.warnings.size() == 1);
        CHECK(output.warnings.front().contains(u"all or nothing"_s));
    }
}
