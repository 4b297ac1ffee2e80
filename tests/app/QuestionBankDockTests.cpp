// SPDX-License-Identifier: MIT
#include "WindowTestSupport.h"
#include "app/docks/OutlineDock.h"
#include "app/docks/QuestionBankDock.h"
#include "app/editors/QuestionEditor.h"
#include "app/editors/SlideEditorHost.h"
#include "app/models/BankListModel.h"
#include "app/models/BankOperations.h"
#include "app/models/BankQuestionFilterModel.h"
#include "app/models/BankQuestionModel.h"
#include "core/Course.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

const Core::QuestionBank &bankAt(const Core::Document &document, int index)
{
    return *document.course().banks()[size_t(index)];
}

const Core::QuestionBody &bodyOf(const Core::Document &document, const Core::SlideId &id)
{
    const Core::Slide *slide = document.course().slide(id);
    REQUIRE(slide);
    return std::get<Core::QuestionBody>(slide->body);
}

QStringList titles(const Core::QuestionBank &bank)
{
    QStringList result;
    for (const auto &question : bank.questions)
        result.append(question->title);
    return result;
}

} // namespace

TEST_CASE("Question bank dock: banks, questions, filters, editing, moves, undo", "[app][banks]")
{
    WindowTest::SampleWindow fixture;
    App::MainWindow &window = *fixture.window;
    Core::Document &document = *window.document();
    App::QuestionBankDock *dock = window.bankDock();
    REQUIRE(dock);
    QAbstractItemModelTester bankTester(dock->bankModel());
    QAbstractItemModelTester questionTester(dock->questionModel());
    const size_t banksBefore = document.course().banks().size();
    const int slidesBefore = document.course().slideCount();

    // Add a bank and rename it in place.
    const Core::BankId geography = dock->addBank();
    REQUIRE(document.course().banks().size() == banksBefore + 1);
    CHECK(dock->currentBankId() == geography);
    const QModelIndex bankIndex = dock->bankModel()->indexForBank(geography);
    CHECK(dock->bankModel()->data(bankIndex).toString().startsWith(u"Bank "_s));
    REQUIRE(dock->bankModel()->setData(bankIndex, u"Geography"_s));
    CHECK(document.course().bank(geography)->name == u"Geography"_s);
    CHECK(dock->findChild<QLabel *>(u"bankQuestionsTitle"_s)->text()
          == u"Questions in “Geography”"_s);
    // An empty bank says how to fill it.
    CHECK(
        dock->findChild<QLabel *>(u"bankEmptyState"_s)->text().startsWith(u"This bank is empty"_s));

    // Questions of any type; the newest is current and edited in the slide editor.
    const Core::SlideId capital = dock->addQuestion(Core::QuestionType::SingleChoice);
    const Core::SlideId river = dock->addQuestion(Core::QuestionType::TrueFalse);
    const Core::SlideId height = dock->addQuestion(Core::QuestionType::Numeric);
    CHECK(bankAt(document, int(banksBefore)).questions.size() == 3);
    CHECK(document.course().slideCount() == slidesBefore); // banks are not in the slide flow
    CHECK(dock->currentQuestionId() == height);
    CHECK(window.editorHost()->currentSlide() == height);
    CHECK(window.outlineDock()->currentSlideId().isNull());

    dock->selectQuestion(capital);
    REQUIRE(window.editorHost()->currentSlide() == capital);
    auto *editor = qobject_cast<App::QuestionEditor *>(window.editorHost()->currentEditor());
    REQUIRE(editor);

    // Tags and difficulty are edited with the question, each one undo step.
    auto *tags = editor->findChild<QLineEdit *>(u"tagsEdit"_s);
    auto *difficulty = editor->findChild<QComboBox *>(u"difficultyCombo"_s);
    REQUIRE(tags);
    REQUIRE(difficulty);
    CHECK(tags->isVisibleTo(editor));
    tags->setText(u"capitals, Europe , capitals"_s);
    emit tags->editingFinished();
    CHECK(bodyOf(document, capital).tags == QStringList{u"capitals"_s, u"Europe"_s});
    CHECK(document.undoStack()->undoText().startsWith(u"Edit tags"_s));
    difficulty->setCurrentIndex(difficulty->findData(int(Core::Difficulty::Hard)));
    emit difficulty->activated(difficulty->currentIndex());
    CHECK(bodyOf(document, capital).difficulty == Core::Difficulty::Hard);
    // Question edits keep them.
    auto *type = editor->findChild<QComboBox *>(u"questionTypeCombo"_s);
    type->setCurrentIndex(type->findData(int(Core::QuestionType::MultipleResponse)));
    emit type->activated(type->currentIndex());
    CHECK(bodyOf(document, capital).question.type == Core::QuestionType::MultipleResponse);
    CHECK(bodyOf(document, capital).difficulty == Core::Difficulty::Hard);
    CHECK(bodyOf(document, capital).tags.size() == 2);
    CHECK(dock->questionModel()->data(dock->questionModel()->indexForSlide(capital),
                                      App::BankQuestionModel::SubtitleRole)
          == u"Multiple response · Hard · capitals, Europe"_s);

    // Filters: type, tag, difficulty, text.
    App::BankQuestionFilterModel *filter = dock->filterModel();
    CHECK(filter->rowCount() == 3);
    dock->typeFilter()->setCurrentIndex(
        dock->typeFilter()->findData(int(Core::QuestionType::TrueFalse)));
    CHECK(filter->rowCount() == 1);
    dock->typeFilter()->setCurrentIndex(0);
    const int tagRow = dock->tagFilter()->findData(u"Europe"_s);
    REQUIRE(tagRow > 0);
    dock->tagFilter()->setCurrentIndex(tagRow);
    CHECK(filter->rowCount() == 1);
    dock->tagFilter()->setCurrentIndex(0);
    dock->difficultyFilter()->setCurrentIndex(
        dock->difficultyFilter()->findData(int(Core::Difficulty::None)));
    CHECK(filter->rowCount() == 2);
    dock->difficultyFilter()->setCurrentIndex(0);
    dock->filterField()->setText(u"no such words"_s);
    CHECK(filter->rowCount() == 0);
    CHECK(dock->findChild<QLabel *>(u"bankEmptyState"_s)->text()
          == u"No question matches the filter."_s);
    dock->filterField()->setText(u"CAPITALS"_s); // tags count as text, any case
    CHECK(filter->rowCount() == 1);
    // Selecting a hidden question clears the filter.
    dock->selectQuestion(river);
    CHECK(dock->filterField()->text().isEmpty());
    CHECK(dock->currentQuestionId() == river);

    // Move between banks: by the menu, then by dropping on a bank.
    const Core::BankId history = dock->addBank();
    dock->bankModel()->setData(dock->bankModel()->indexForBank(history), u"History"_s);
    dock->selectQuestions({capital, river});
    CHECK(dock->selectedQuestionIds() == std::vector<Core::SlideId>{capital, river});
    const int undoBeforeMove = document.undoStack()->count();
    dock->moveSelectionToBank(history);
    CHECK(document.undoStack()->count() == undoBeforeMove + 1); // one step
    CHECK(document.course().bank(history)->questions.size() == 2);
    CHECK(document.course().bank(geography)->questions.size() == 1);
    CHECK(dock->currentBankId() == history); // the moved questions stay selected
    CHECK(dock->selectedQuestionIds() == std::vector<Core::SlideId>{capital, river});
    CHECK(document.undoStack()->undoText() == u"Move 2 questions to “History”"_s);

    std::unique_ptr<QMimeData> mime(
        dock->questionModel()->mimeData({dock->questionModel()->indexForSlide(river)}));
    REQUIRE(mime);
    const QModelIndex geographyRow = dock->bankModel()->indexForBank(geography);
    REQUIRE(dock->bankModel()->canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, geographyRow));
    REQUIRE(dock->bankModel()->dropMimeData(mime.get(), Qt::MoveAction, -1, 0, geographyRow));
    CHECK(titles(*document.course().bank(geography)).size() == 2);
    CHECK(document.course().bankQuestionPosition(river).bank
          == document.course().bankIndex(geography));
    CHECK(dock->currentBankId() == geography);
    CHECK(dock->currentQuestionId() == river);
    // Tags and difficulty travel with the question.
    CHECK(bodyOf(document, capital).difficulty == Core::Difficulty::Hard);

    // Duplicate and delete, then undo everything back.
    dock->selectQuestion(river);
    dock->duplicateQuestionAction()->trigger();
    CHECK(document.course().bank(geography)->questions.size() == 3);
    dock->deleteQuestionAction()->trigger();
    CHECK(document.course().bank(geography)->questions.size() == 2);
    document.undoStack()->undo(); // delete
    document.undoStack()->undo(); // duplicate
    document.undoStack()->undo(); // drop
    CHECK(document.course().bank(history)->questions.size() == 2);
    document.undoStack()->undo(); // move
    CHECK(document.course().bank(history)->questions.empty());
    CHECK(titles(*document.course().bank(geography)).size() == 3);

    // Deleting a bank removes its questions; undo brings both back.
    dock->selectBank(geography);
    dock->selectQuestion(capital);
    dock->deleteBankAction()->trigger();
    CHECK_FALSE(document.course().bank(geography));
    CHECK(window.editorHost()->currentSlide().isNull()); // the question edited went away
    document.undoStack()->undo();
    REQUIRE(document.course().bank(geography));
    CHECK(document.course().bank(geography)->questions.size() == 3);
    CHECK(bodyOf(document, capital).tags == QStringList{u"capitals"_s, u"Europe"_s});
}

TEST_CASE("Question bank dock: the outline and the banks share the slide editor", "[app][banks]")
{
    WindowTest::SampleWindow fixture;
    App::MainWindow &window = *fixture.window;
    App::QuestionBankDock *dock = window.bankDock();
    App::OutlineDock *outline = window.outlineDock();
    const Core::SlideId first = window.document()->course().allSlides().front()->id;
    outline->selectSlide(first);
    CHECK(window.editorHost()->currentSlide() == first);

    dock->addBank();
    const Core::SlideId question = dock->addQuestion(Core::QuestionType::FillIn);
    CHECK(window.editorHost()->currentSlide() == question);
    CHECK(outline->currentSlideId().isNull());

    outline->selectSlide(first);
    CHECK(window.editorHost()->currentSlide() == first);
    CHECK(dock->currentQuestionId().isNull());
    dock->selectQuestion(question);
    CHECK(window.editorHost()->currentSlide() == question);

    // The move menu lists the other banks only.
    dock->addBank();
    dock->selectBank(window.document()->course().banks().front()->id);
    dock->selectQuestion(question);
    emit dock->moveToBankMenu()->aboutToShow();
    CHECK(dock->moveToBankMenu()->actions().size()
          == int(window.document()->course().banks().size()) - 1);
}
