// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "app/dialogs/ImportQuestionsDialog.h"
#include "app/models/BankOperations.h"
#include "core/Course.h"
#include "core/Document.h"
#include "import/gift/GiftReader.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Core::Document> sampleDocument()
{
    auto loaded = Core::Document::fromTemplate(u"sample"_s);
    REQUIRE(loaded);
    return std::move(loaded).value();
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

TEST_CASE("Import questions dialog: preview rows, warnings, errors, one undo step", "[app][import]")
{
    auto document = sampleDocument();
    const int sectionsBefore = int(document->course().sections().size());
    const int slidesBefore = document->course().slideCount();
    const int undoBefore = document->undoStack()->count();

    QTemporaryDir dir;
    const QString path = dir.filePath(u"quiz.gift"_s);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("$CATEGORY: $course$/top/Space\n\n"
                   "::Moons::Which planets have moons? {~%50%Earth ~%50%Mars ~%-100%Venus}\n\n"
                   "::Broken::Unclosed {=a ~b\n\n"
                   "::Flat::The Earth is flat.{F}\n");
    }
    App::ImportQuestionsDialog dialog(*document);
    auto *importButton = dialog.findChild<QPushButton *>(u"importButton"_s);
    REQUIRE(importButton);
    CHECK_FALSE(importButton->isEnabled());

    dialog.setFilePath(path);
    CHECK(dialog.format() == Import::QuestionFormat::Gift);
    const QTableWidget *table = dialog.previewTable();
    REQUIRE(table->rowCount() == 3);
    CHECK(cell(table, 0, 0) == u"3:1"_s);
    CHECK(cell(table, 0, 1) == u"Multiple response"_s);
    CHECK(cell(table, 0, 2) == u"Moons"_s);
    // Question banks, one per category, unless the author picks sections.
    CHECK(dialog.destination().kind == Import::ImportDestination::Kind::BanksPerCategory);
    CHECK(cell(table, 0, 3) == u"Bank “Space”"_s);
    // GIFT percentages are kept as partial-credit weights now: no warning.
    CHECK_FALSE(cell(table, 0, 4).contains(u"Partial-credit"_s));
    CHECK(cell(table, 1, 1) == u"Error"_s);
    CHECK(cell(table, 1, 4)
          == u"quiz.gift:5:26: expected '}' to close the answer set opened at 5:20"_s);
    CHECK(cell(table, 2, 1) == u"True / false"_s);
    CHECK(dialog.statusText()
          == u"2 question(s) to import · 1 with errors (skipped) · 0 warning(s)"_s);
    CHECK(importButton->isEnabled());
    CHECK(importButton->text() == u"&Import 2 Question(s)"_s);

    SECTION("into question banks, one per category, by default; undo removes them")
    {
        const size_t banksBefore = document->course().banks().size();
        REQUIRE(dialog.importQuestions());
        REQUIRE(document->course().banks().size() == banksBefore + 1);
        const Core::QuestionBank &bank = *document->course().banks().back();
        CHECK(bank.name == u"Space"_s);
        CHECK(bank.questions.size() == 2);
        CHECK(document->course().slideCount() == slidesBefore);
        CHECK(document->undoStack()->count() == undoBefore + 1);
        document->undoStack()->undo();
        CHECK(document->course().banks().size() == banksBefore);
    }
    SECTION("into an existing bank")
    {
        App::BankOperations::addBank(*document, u"Astronomy"_s);
        App::ImportQuestionsDialog into(*document);
        into.setFilePath(path);
        into.setDestination(Import::ImportDestination::Kind::Bank, u"Astronomy"_s);
        CHECK(cell(into.previewTable(), 0, 3) == u"Bank “Astronomy”"_s);
        REQUIRE(into.importQuestions());
        const Core::QuestionBank *bank = nullptr;
        for (const auto &candidate : document->course().banks())
            if (candidate->name == u"Astronomy"_s)
                bank = candidate.get();
        REQUIRE(bank);
        CHECK(bank->questions.size() == 2);
    }
    SECTION("into new sections; undo removes everything imported")
    {
        dialog.setTargetSection(QString());
        CHECK(cell(table, 0, 3) == u"Section “Space”"_s);
        REQUIRE(dialog.importQuestions());
        CHECK(dialog.QDialog::result() == QDialog::Accepted);
        CHECK(int(document->course().sections().size()) == sectionsBefore + 1);
        CHECK(document->course().sections().back()->title == u"Space"_s);
        CHECK(document->course().slideCount() == slidesBefore + 2);
        CHECK(document->undoStack()->count() == undoBefore + 1);
        CHECK(document->undoStack()->undoText() == u"Import 2 question(s)"_s);
        document->undoStack()->undo();
        CHECK(int(document->course().sections().size()) == sectionsBefore);
        CHECK(document->course().slideCount() == slidesBefore);
        document->undoStack()->redo();
        CHECK(document->course().slideCount() == slidesBefore + 2);
    }
    SECTION("into an existing section")
    {
        const QString first = document->course().sections().front()->title;
        const size_t firstSlides = document->course().sections().front()->slides.size();
        dialog.setTargetSection(first);
        CHECK(cell(table, 0, 3) == u"Section “%1”"_s.arg(first));
        REQUIRE(dialog.importQuestions());
        CHECK(int(document->course().sections().size()) == sectionsBefore);
        CHECK(document->course().sections().front()->slides.size() == firstSlides + 2);
        document->undoStack()->undo();
        CHECK(document->course().sections().front()->slides.size() == firstSlides);
    }
    SECTION("a hostile file shows its error and imports nothing")
    {
        const QString junk = dir.filePath(u"junk.gift"_s);
        QFile file(junk);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11));
        file.close();
        dialog.setFilePath(junk);
        CHECK(table->rowCount() == 0);
        CHECK(dialog.statusText().startsWith(u"junk.gift:3:1: unexpected NUL byte"_s));
        CHECK_FALSE(importButton->isEnabled());
        CHECK_FALSE(dialog.importQuestions());
        CHECK(document->undoStack()->count() == undoBefore);
    }
}

TEST_CASE("Import questions dialog: CSV template and GIFT export of a section", "[app][import]")
{
    auto document = sampleDocument();
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"template.csv"_s);
    REQUIRE(App::ImportQuestionsDialog::saveCsvTemplate(csv));

    App::ImportQuestionsDialog dialog(*document);
    dialog.setFilePath(csv);
    CHECK(dialog.format() == Import::QuestionFormat::Csv);
    CHECK(dialog.previewTable()->rowCount() == 9);
    CHECK(dialog.importResult().errorCount() == 0);

    // The sample course's quiz section holds questions: export the one holding a question.
    Core::SlideId questionSlide;
    for (const Core::Slide *slide : document->course().allSlides())
        if (slide->question() && slide->question()->type == Core::QuestionType::SingleChoice
            && questionSlide.isNull())
            questionSlide = slide->id;
    REQUIRE_FALSE(questionSlide.isNull());
    const QString gift = dir.filePath(u"out.gift"_s);
    REQUIRE(
        App::ImportQuestionsDialog::exportSectionAsGift(nullptr, *document, questionSlide, gift));
    QFile file(gift);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto read = Import::GiftReader::read(file.readAll(), u"out.gift"_s);
    REQUIRE(read);
    CHECK(read->items.size() > 0);
    CHECK(read->errorCount() == 0);
}

TEST_CASE("Import questions dialog: descriptions stay out of banks; a bank exports to GIFT",
          "[app][import][banks]")
{
    auto document = sampleDocument();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mixed.gift"_s);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("::Intro::Read this first.\n\n"
                   "::Sky::The sky is blue.{T}\n\n"
                   "::Sum::2 + 2 = {#4}\n");
    }
    App::ImportQuestionsDialog dialog(*document);
    dialog.setFilePath(path);
    const QTableWidget *table = dialog.previewTable();
    REQUIRE(table->rowCount() == 3);
    // Items without a category go to a bank named after the file.
    CHECK(cell(table, 1, 3) == u"Bank “mixed”"_s);
    CHECK(cell(table, 0, 3).isEmpty());
    CHECK(cell(table, 0, 4).startsWith(u"Skipped: a description is not a question"_s));
    CHECK(dialog.importCount() == 2);
    auto *importButton = dialog.findChild<QPushButton *>(u"importButton"_s);
    CHECK(importButton->text() == u"&Import 2 Question(s)"_s);

    dialog.setTargetSection(QString());
    CHECK(dialog.importCount() == 3);
    CHECK(cell(table, 0, 3) == u"Section “mixed”"_s);
    dialog.setDestination(Import::ImportDestination::Kind::BanksPerCategory);
    REQUIRE(dialog.importQuestions());

    const Core::QuestionBank &bank = *document->course().banks().back();
    CHECK(bank.name == u"mixed"_s);
    REQUIRE(bank.questions.size() == 2);
    const QString gift = dir.filePath(u"bank.gift"_s);
    REQUIRE(App::ImportQuestionsDialog::exportBankAsGift(nullptr, *document, bank.id, gift));
    QFile file(gift);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto read = Import::GiftReader::read(file.readAll(), u"bank.gift"_s);
    REQUIRE(read);
    REQUIRE(read->items.size() == 2);
    CHECK(read->items[0].title == u"Sky"_s);
    CHECK(read->items[1].title == u"Sum"_s);
    CHECK(read->items[0].category == u"mixed"_s);
}
