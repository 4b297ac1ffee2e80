// SPDX-License-Identifier: MIT
#include "ImportTestSupport.h"
#include "core/Document.h"
#include "import/QuestionFormat.h"
#include "import/QuestionImport.h"

#include <QTemporaryDir>
#include <QUndoCommand>

using namespace Qt::StringLiterals;
using Import::QuestionImport;

namespace {

std::unique_ptr<Core::Document> blankDocument()
{
    auto document = Core::Document::fromTemplate(u"blank"_s);
    REQUIRE(document);
    return std::move(document.value());
}

QStringList sectionTitles(const Core::Course &course)
{
    QStringList titles;
    for (const auto &section : course.sections())
        titles.append(section->title + u'(' + QString::number(section->slides.size()) + u')');
    return titles;
}

} // namespace

TEST_CASE("Import command: one section per category, one undo step", "[import]")
{
    auto document = blankDocument();
    const QStringList before = sectionTitles(document->course());
    const auto read = requireRead(Import::readQuestionFile(
        testDataPath(u"import/constructs.gift"_s), Import::QuestionFormat::Gift));
    auto command = QuestionImport::makeCommand(document.get(), read.items, {}, u"constructs"_s);
    REQUIRE(command);
    CHECK(command->text() == u"Import 19 question(s)"_s);
    document->push(std::move(command));
    CHECK(sectionTitles(document->course())
          == before + QStringList{u"Astronomy(6)"_s, u"Languages(13)"_s});
    CHECK(document->undoStack()->count() == 1);
    const Core::Slide *first
        = document->course().sections()[size_t(before.size())]->slides[0].get();
    CHECK(first->title == u"Planets"_s);
    REQUIRE(first->question());
    CHECK(first->question()->choices.size() == 3);

    document->undoStack()->undo();
    CHECK(sectionTitles(document->course()) == before);
    const int slidesBefore = document->course().slideCount();
    document->undoStack()->redo();
    CHECK(document->course().slideCount() == slidesBefore + 19);

    SECTION("survives save and reopen")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"imported.capsule"_s);
        REQUIRE(document->save(path));
        auto reopened = Core::Document::load(path);
        REQUIRE(reopened);
        CHECK(reopened.value()->course() == document->course());
    }
}

TEST_CASE("Import command: into a named section, existing or new; items with errors skipped",
          "[import]")
{
    auto document = blankDocument();
    const QString existing = document->course().sections().front()->title;
    const int slidesBefore = int(document->course().sections().front()->slides.size());
    const auto read = requireRead(Import::readQuestions(
        "A {T}\n\nB {=x\n\nC {F}\n", u"q.gift"_s, Import::QuestionFormat::Gift));
    document->push(QuestionImport::makeCommand(document.get(), read.items, existing, {}));
    CHECK(int(document->course().sections().front()->slides.size()) == slidesBefore + 2);

    document->push(QuestionImport::makeCommand(document.get(), read.items, u"Quiz"_s, {}));
    CHECK(document->course().sections().back()->title == u"Quiz"_s);
    CHECK(document->course().sections().back()->slides.size() == 2);

    const std::vector<Import::ImportedItem> none;
    CHECK(QuestionImport::makeCommand(document.get(), none, {}, u"x"_s) == nullptr);

    QStringList skipped;
    const auto items = QuestionImport::itemsFromCourse(document->course(), u"Quiz"_s, &skipped);
    CHECK(items.size() == 2);
    CHECK(items[0].category == u"Quiz"_s);
    CHECK(skipped.isEmpty());
}

TEST_CASE("Question formats: ids and detection", "[import]")
{
    CHECK(Import::formatFromId(u"GIFT"_s) == Import::QuestionFormat::Gift);
    CHECK_FALSE(Import::formatFromId(u"qti"_s));
    CHECK(Import::detectFormat(u"a.gift"_s, {}) == Import::QuestionFormat::Gift);
    CHECK(Import::detectFormat(u"a.CSV"_s, {}) == Import::QuestionFormat::Csv);
    CHECK(Import::detectFormat(u"a.txt"_s, "Q?\nA) x\nB) y\nANSWER: A\n")
          == Import::QuestionFormat::Aiken);
    CHECK(Import::detectFormat(u"a.txt"_s, "Q? {T}\n") == Import::QuestionFormat::Gift);
    CHECK_FALSE(Import::detectFormat(u"a.docx"_s, {}));
    const auto missing
        = Import::readQuestionFile(u"/nonexistent/q.gift"_s, Import::QuestionFormat::Gift);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.startsWith(u"/nonexistent/q.gift: cannot open the file: "_s));
}
