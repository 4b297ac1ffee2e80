// SPDX-License-Identifier: MIT
#include "app/editors/DrawEditor.h"
#include "app/editors/SlideEditorHost.h"
#include "app/models/BankOperations.h"
#include "app/models/SlideOperations.h"
#include "core/Course.h"
#include "core/commands/SetSlideBody.h"
#include "editors/EditorTestSupport.h"

#include <QComboBox>
#include <QListWidget>
#include <QRadioButton>
#include <QSpinBox>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using EditorTest::makeDocument;

namespace {

/** Adds a question of a difficulty and tags to a bank. */
Core::SlideId addQuestion(Core::Document &document,
                          const Core::BankId &bank,
                          Core::Difficulty difficulty,
                          const QStringList &tags = {})
{
    const Core::SlideId id
        = App::BankOperations::addQuestion(document, bank, Core::QuestionType::TrueFalse);
    Core::QuestionBody body = std::get<Core::QuestionBody>(document.course().slide(id)->body);
    body.difficulty = difficulty;
    body.tags = tags;
    document.push(
        std::make_unique<Core::SetSlideBody>(&document, id, Core::SlideBody(body), u"Tag"_s));
    return id;
}

const Core::DrawBody &drawOf(const Core::Document &document, const Core::SlideId &id)
{
    return std::get<Core::DrawBody>(document.course().slide(id)->body);
}

} // namespace

TEST_CASE("Draw editor: banks with counts, how many, tag, difficulty, live line", "[app][banks]")
{
    auto document = makeDocument({Core::SlideKind::Content});
    Core::Document &doc = *document;
    const Core::BankId easyBank = App::BankOperations::addBank(doc, u"Basics"_s);
    const Core::BankId hardBank = App::BankOperations::addBank(doc, u"Advanced"_s);
    for (int i = 0; i < 3; ++i)
        addQuestion(doc, easyBank, Core::Difficulty::Easy, {u"verbs"_s});
    addQuestion(doc, easyBank, Core::Difficulty::Medium);
    addQuestion(doc, hardBank, Core::Difficulty::Hard, {u"Verbs"_s}); // case does not count
    addQuestion(doc, hardBank, Core::Difficulty::Hard);

    // "Add slide ▸ Random Questions from Banks" draws from every bank.
    const Core::SlideId drawId
        = App::SlideOperations::addSlide(doc, {Core::SlideKind::Draw, {}}, EditorTest::slideId(0));
    CHECK(drawOf(doc, drawId).banks == std::vector<Core::BankId>{easyBank, hardBank});

    App::SlideEditorHost host;
    host.setDocument(&doc);
    host.setCurrentSlide(drawId);
    auto *editor = qobject_cast<App::DrawEditor *>(host.currentEditor());
    REQUIRE(editor);

    QListWidget *banks = editor->bankList();
    REQUIRE(banks->count() == 2);
    CHECK(banks->item(0)->text() == u"Basics  (4 questions)"_s);
    CHECK(banks->item(1)->checkState() == Qt::Checked);
    CHECK(editor->countSpin()->value() == 5);
    CHECK(editor->summaryText() == u"Draws 5 of 6 matching questions."_s);

    // Asking for more than the banks hold says so, with the numbers.
    editor->countSpin()->setValue(9);
    CHECK(drawOf(doc, drawId).count == 9);
    CHECK(editor->summaryText()
          == u"The banks hold only 6 matching questions: the draw asks for 9."_s);
    editor->countSpin()->setValue(8); // typing merges into one step
    CHECK(doc.undoStack()->undoText().startsWith(u"Change number of questions drawn"_s));

    // Only one bank.
    banks->item(1)->setCheckState(Qt::Unchecked);
    CHECK(drawOf(doc, drawId).banks == std::vector<Core::BankId>{easyBank});
    CHECK(editor->summaryText()
          == u"The banks hold only 4 matching questions: the draw asks for 8."_s);
    banks->item(1)->setCheckState(Qt::Checked);

    // Only the questions tagged "verbs".
    QComboBox *tag = editor->tagCombo();
    const int verbs = tag->findData(u"verbs"_s);
    REQUIRE(verbs > 0);
    CHECK(tag->findData(u"Verbs"_s) < 0); // one entry whatever the case
    tag->setCurrentIndex(verbs);
    emit tag->activated(verbs);
    CHECK(drawOf(doc, drawId).tag == u"verbs"_s);
    editor->countSpin()->setValue(3);
    CHECK(editor->summaryText() == u"Draws 3 of 4 matching questions."_s);

    // k per difficulty.
    editor->byDifficultyRadio()->click();
    CHECK(drawOf(doc, drawId).byDifficulty);
    editor->difficultySpin(Core::Difficulty::Easy)->setValue(2);
    editor->difficultySpin(Core::Difficulty::Medium)->setValue(0);
    editor->difficultySpin(Core::Difficulty::Hard)->setValue(2);
    CHECK(drawOf(doc, drawId).total() == 4);
    CHECK(editor->summaryText() == u"Too few questions: 2 hard asked, only 1 available."_s);
    editor->difficultySpin(Core::Difficulty::Hard)->setValue(1);
    CHECK(editor->summaryText()
          == u"Draws 3 (2 easy, 0 medium, 1 hard) of 4 matching questions."_s);

    // The counts follow the banks: a new tagged hard question is counted at once.
    addQuestion(doc, hardBank, Core::Difficulty::Hard, {u"Verbs"_s}); // case does not count
    CHECK(editor->summaryText()
          == u"Draws 3 (2 easy, 0 medium, 1 hard) of 5 matching questions."_s);
    CHECK(banks->item(1)->text() == u"Advanced  (3 questions)"_s);

    // Undo goes back through every edit.
    Core::DrawBody initial;
    initial.banks = {easyBank, hardBank};
    while (doc.undoStack()->canUndo() && drawOf(doc, drawId) != initial)
        doc.undoStack()->undo();
    CHECK(drawOf(doc, drawId).count == 5);
    CHECK(editor->countSpin()->value() == 5);
    CHECK_FALSE(editor->byDifficultyRadio()->isChecked());
}

TEST_CASE("Draw editor: a course without banks explains what to do", "[app][banks]")
{
    auto document = makeDocument({Core::SlideKind::Content});
    const Core::SlideId drawId = App::SlideOperations::addSlide(
        *document, {Core::SlideKind::Draw, {}}, EditorTest::slideId(0));
    App::SlideEditorHost host;
    host.setDocument(document.get());
    host.setCurrentSlide(drawId);
    auto *editor = qobject_cast<App::DrawEditor *>(host.currentEditor());
    REQUIRE(editor);
    CHECK(editor->bankList()->count() == 0);
    CHECK(editor->summaryText() == u"Choose at least one bank to draw from."_s);
}
