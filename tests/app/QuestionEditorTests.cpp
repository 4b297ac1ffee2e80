// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "app/editors/IssueListWidget.h"
#include "app/editors/ListTableEditor.h"
#include "app/editors/QuestionEditor.h"
#include "app/editors/RichTextEdit.h"
#include "core/HtmlSanitizer.h"
#include "editors/EditorTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;
using namespace EditorTest;
using QT = Core::QuestionType;

namespace {

struct Fixture
{
    std::unique_ptr<Core::Document> doc = makeDocument({Core::SlideKind::Question});
    App::QuestionEditor editor;

    Fixture()
    {
        editor.setDocument(doc.get());
        editor.setSlide(slideId(0));
        editor.resize(1100, 750);
        editor.show();
    }
    const Core::Question &q() const { return *doc->course().slide(slideId(0))->question(); }
    int steps() const { return doc->undoStack()->count(); }

    void setType(QT type)
    {
        auto *combo = child<QComboBox>(&editor, u"questionTypeCombo"_s);
        const int index = combo->findData(int(type));
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
        emit combo->activated(index);
        REQUIRE(q().type == type);
    }
    App::ListTableEditor *table(const QString &name)
    {
        return child<App::ListTableEditor>(&editor, name);
    }
    void addRows(const QString &name, int n)
    {
        for (int i = 0; i < n; ++i)
            child<QPushButton>(table(name), u"addRowButton"_s)->click();
    }
    void setCell(const QString &name, int row, int column, const QString &text)
    {
        QTableWidget *t = table(name)->table();
        REQUIRE(t->item(row, column));
        t->item(row, column)->setText(text);
    }
    void setChecked(const QString &name, int row, int column, bool on)
    {
        table(name)->table()->item(row, column)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    QStringList issues() const
    {
        return child<App::IssueListWidget>(&editor, u"issueList"_s)->messages();
    }
    /** The issues about the answers (the fixtures leave the prompt empty). */
    QStringList answerIssues() const
    {
        QStringList result = issues();
        result.removeAll(u"The question has no prompt."_s);
        return result;
    }
};

} // namespace

TEST_CASE("QuestionEditor: type list, prompt typing in one undo step, points and shuffle",
          "[app][editors]")
{
    Fixture f;
    auto *combo = child<QComboBox>(&f.editor, u"questionTypeCombo"_s);
    CHECK(combo->count() == int(Core::allQuestionTypes().size()));
    CHECK(f.issues().contains(u"The question has no prompt."_s));

    auto *prompt = child<App::RichTextEdit>(&f.editor, u"promptEdit"_s);
    prompt->textEdit()->setFocus();
    typeText(prompt->textEdit(), u"Quelle est la capitale ?"_s);
    CHECK(f.q().prompt == u"<p>Quelle est la capitale ?</p>"_s);
    CHECK(f.steps() == 1);
    CHECK_FALSE(f.issues().contains(u"The question has no prompt."_s));
    f.doc->undoStack()->undo();
    CHECK(f.q().prompt.isEmpty());
    CHECK(prompt->textEdit()->toPlainText().isEmpty());
    f.doc->undoStack()->redo();
    CHECK(prompt->textEdit()->toPlainText() == u"Quelle est la capitale ?"_s);

    child<QDoubleSpinBox>(&f.editor, u"pointsSpin"_s)->setValue(2.5);
    CHECK(f.q().points == 2.5);
    child<QCheckBox>(&f.editor, u"shuffleCheck"_s)->setChecked(true);
    CHECK(f.q().shuffle);
    f.doc->undoStack()->undo();
    CHECK_FALSE(child<QCheckBox>(&f.editor, u"shuffleCheck"_s)->isChecked());

    auto *correct = child<App::RichTextEdit>(&f.editor, u"correctFeedbackEdit"_s);
    typeText(correct->textEdit(), u"Bravo"_s);
    auto *incorrect = child<App::RichTextEdit>(&f.editor, u"incorrectFeedbackEdit"_s);
    typeText(incorrect->textEdit(), u"Non"_s);
    CHECK(f.q().correctFeedback == u"<p>Bravo</p>"_s);
    CHECK(f.q().incorrectFeedback == u"<p>Non</p>"_s);
}

TEST_CASE("QuestionEditor: single choice with radio semantics and inline validation",
          "[app][editors]")
{
    Fixture f;
    f.addRows(u"choicesTable"_s, 3);
    REQUIRE(f.q().choices.size() == 3);
    CHECK(f.q().choices[2].id == u"c3"_s);
    CHECK(f.issues().contains(
        u"A single-choice question needs exactly one correct answer (it has none)."_s));
    f.setCell(u"choicesTable"_s, 0, 1, u"Paris"_s);
    f.setCell(u"choicesTable"_s, 1, 1, u"Lyon & <Marseille>"_s);
    f.setCell(u"choicesTable"_s, 1, 2, u"Non, c'est Paris."_s);
    CHECK(f.q().choices[0].text == u"Paris"_s);
    CHECK(f.q().choices[1].text == u"Lyon &amp; &lt;Marseille&gt;"_s);
    CHECK(Core::HtmlSanitizer::isSafe(f.q().choices[1].text));
    CHECK(Core::HtmlSanitizer::toPlainText(f.q().choices[1].feedback) == u"Non, c'est Paris."_s);

    f.setChecked(u"choicesTable"_s, 1, 0, true);
    f.setChecked(u"choicesTable"_s, 0, 0, true); // radio: moves the correct answer
    CHECK(f.q().choices[0].correct);
    CHECK_FALSE(f.q().choices[1].correct);
    QTableWidget *table = f.table(u"choicesTable"_s)->table();
    CHECK(table->item(1, 0)->checkState() == Qt::Unchecked);
    CHECK(f.answerIssues().isEmpty());

    // Two correct answers (made as multiple response) show the validator's message live.
    f.setType(QT::MultipleResponse);
    f.setChecked(u"choicesTable"_s, 2, 0, true);
    CHECK(f.q().choices[0].correct);
    CHECK(f.q().choices[2].correct);
    f.setType(QT::SingleChoice);
    CHECK(f.issues().contains(
        u"A single-choice question needs exactly one correct answer (it has 2)."_s));

    // Reorder and remove.
    table->setCurrentCell(2, 1);
    child<QPushButton>(f.table(u"choicesTable"_s), u"moveRowUpButton"_s)->click();
    CHECK(f.q().choices[1].id == u"c3"_s);
    CHECK(table->currentRow() == 1);
    child<QPushButton>(f.table(u"choicesTable"_s), u"removeRowButton"_s)->click();
    REQUIRE(f.q().choices.size() == 2);
    CHECK(table->rowCount() == 2);
    CHECK(f.answerIssues().isEmpty());
    screenshot(f.editor, u"question-single"_s);
}

TEST_CASE("QuestionEditor: multiple response keeps several correct answers", "[app][editors]")
{
    Fixture f;
    f.setType(QT::MultipleResponse);
    f.addRows(u"choicesTable"_s, 3);
    CHECK(
        f.issues().contains(u"A multiple-response question needs at least one correct answer."_s));
    for (int row = 0; row < 3; ++row)
        f.setCell(u"choicesTable"_s, row, 1, u"Option %1"_s.arg(row + 1));
    f.setChecked(u"choicesTable"_s, 0, 0, true);
    f.setChecked(u"choicesTable"_s, 2, 0, true);
    CHECK(f.q().choices[0].correct);
    CHECK_FALSE(f.q().choices[1].correct);
    CHECK(f.q().choices[2].correct);
    f.setChecked(u"choicesTable"_s, 0, 0, false);
    CHECK_FALSE(f.q().choices[0].correct);
    CHECK(f.q().choices[2].correct);
}

TEST_CASE("QuestionEditor: true/false, and changing type keeps the other types' data",
          "[app][editors]")
{
    Fixture f;
    f.addRows(u"choicesTable"_s, 2);
    f.setCell(u"choicesTable"_s, 0, 1, u"Oui"_s);
    f.setType(QT::TrueFalse);
    CHECK(child<QRadioButton>(&f.editor, u"trueRadio"_s)->isChecked());
    child<QRadioButton>(&f.editor, u"falseRadio"_s)->click();
    CHECK_FALSE(f.q().trueFalseAnswer);
    f.doc->undoStack()->undo();
    CHECK(child<QRadioButton>(&f.editor, u"trueRadio"_s)->isChecked());
    f.doc->undoStack()->redo();
    CHECK(child<QRadioButton>(&f.editor, u"falseRadio"_s)->isChecked());
    f.setType(QT::SingleChoice);
    REQUIRE(f.q().choices.size() == 2);
    CHECK(f.q().choices[0].text == u"Oui"_s);
    CHECK_FALSE(f.q().trueFalseAnswer); // kept as well
    CHECK(f.table(u"choicesTable"_s)->table()->item(0, 1)->text() == u"Oui"_s);
}

TEST_CASE("QuestionEditor: fill-in text, blanks and accepted answers", "[app][editors]")
{
    Fixture f;
    f.setType(QT::FillIn);
    auto *cloze = child<QPlainTextEdit>(&f.editor, u"clozeEdit"_s);
    cloze->setFocus();
    const int before = f.steps();
    typeText(cloze, u"La capitale est "_s);
    CHECK(f.steps() == before + 1);
    child<QPushButton>(&f.editor, u"insertBlankButton"_s)->click();
    typeText(cloze, u"."_s);
    CHECK(f.q().clozeText == u"La capitale est [[1]]."_s);
    REQUIRE(f.q().blanks.size() == 1);
    CHECK(f.q().blanks[0].id == u"b1"_s);
    CHECK(f.issues().contains(u"Blank 1 of the fill-in question has no accepted answer."_s));

    f.setCell(u"blanksTable"_s, 0, 0, u"Ville"_s);
    f.setCell(u"blanksTable"_s, 0, 1, u"Paris, paris ,, PARIS"_s);
    f.setChecked(u"blanksTable"_s, 0, 2, true);
    CHECK(f.q().blanks[0].label == u"Ville"_s);
    CHECK(f.q().blanks[0].acceptedAnswers == QStringList{u"Paris"_s, u"paris"_s, u"PARIS"_s});
    CHECK(f.q().blanks[0].caseSensitive);
    CHECK(f.table(u"blanksTable"_s)->table()->item(0, 1)->text() == u"Paris, paris, PARIS"_s);
    CHECK(f.answerIssues().isEmpty());

    typeText(cloze, u" [[2]]"_s);
    CHECK(f.issues().contains(
        u"The fill-in text refers to blank [[2]], but the question has 1 blank(s)."_s));
    screenshot(f.editor, u"question-fillin"_s);
}

TEST_CASE("QuestionEditor: matching pairs", "[app][editors]")
{
    Fixture f;
    f.setType(QT::Matching);
    f.addRows(u"pairsTable"_s, 2);
    f.setCell(u"pairsTable"_s, 0, 0, u"Écouter"_s);
    f.setCell(u"pairsTable"_s, 0, 1, u"Laisser parler"_s);
    f.setCell(u"pairsTable"_s, 1, 0, u"Reformuler"_s);
    f.setCell(u"pairsTable"_s, 1, 1, u"Redire"_s);
    REQUIRE(f.q().pairs.size() == 2);
    CHECK(f.q().pairs[0].id == u"p1"_s);
    CHECK(f.q().pairs[0].source == u"Écouter"_s);
    CHECK(f.q().pairs[1].target == u"Redire"_s);
    CHECK(f.answerIssues().isEmpty());
}

TEST_CASE("QuestionEditor: sequencing items in order, reordered", "[app][editors]")
{
    Fixture f;
    f.setType(QT::Sequencing);
    f.addRows(u"itemsTable"_s, 3);
    for (int i = 0; i < 3; ++i)
        f.setCell(u"itemsTable"_s, i, 0, u"Step %1"_s.arg(i + 1));
    QTableWidget *table = f.table(u"itemsTable"_s)->table();
    table->setCurrentCell(0, 0);
    child<QPushButton>(f.table(u"itemsTable"_s), u"moveRowDownButton"_s)->click();
    REQUIRE(f.q().items.size() == 3);
    CHECK(f.q().items[0].text == u"Step 2"_s);
    CHECK(f.q().items[1].text == u"Step 1"_s);
    CHECK(table->item(0, 0)->text() == u"Step 2"_s);
    f.doc->undoStack()->undo();
    CHECK(table->item(0, 0)->text() == u"Step 1"_s);
}

TEST_CASE("QuestionEditor: numeric exact value with tolerance, or range", "[app][editors]")
{
    Fixture f;
    f.setType(QT::Numeric);
    auto *value = child<QDoubleSpinBox>(&f.editor, u"numericValueSpin"_s);
    auto *tolerance = child<QDoubleSpinBox>(&f.editor, u"numericToleranceSpin"_s);
    auto *minimum = child<QDoubleSpinBox>(&f.editor, u"numericMinimumSpin"_s);
    auto *maximum = child<QDoubleSpinBox>(&f.editor, u"numericMaximumSpin"_s);
    CHECK(value->isVisible());
    CHECK_FALSE(minimum->isVisible());
    value->setValue(3.5);
    tolerance->setValue(0.5);
    CHECK(f.q().numeric.value == 3.5);
    CHECK(f.q().numeric.tolerance == 0.5);
    CHECK_FALSE(f.q().numeric.isRange);

    auto *mode = child<QComboBox>(&f.editor, u"numericModeCombo"_s);
    mode->setCurrentIndex(1);
    emit mode->activated(1);
    CHECK(f.q().numeric.isRange);
    CHECK(minimum->isVisible());
    CHECK_FALSE(value->isVisible());
    minimum->setValue(10);
    maximum->setValue(5);
    CHECK(f.issues().contains(
        u"The accepted range is empty: the minimum (10) is greater than the maximum (5)."_s));
    maximum->setValue(20);
    CHECK(f.q().numeric.minimum == 10);
    CHECK(f.q().numeric.maximum == 20);
    CHECK(f.answerIssues().isEmpty());
    screenshot(f.editor, u"question-numeric"_s);
}

TEST_CASE("QuestionEditor: Likert labels", "[app][editors]")
{
    Fixture f;
    f.setType(QT::Likert);
    f.addRows(u"likertTable"_s, 3);
    f.setCell(u"likertTable"_s, 0, 0, u"Pas d'accord"_s);
    f.setCell(u"likertTable"_s, 1, 0, u"Neutre"_s);
    f.setCell(u"likertTable"_s, 2, 0, u"D'accord"_s);
    CHECK(f.q().likertScale == QStringList{u"Pas d'accord"_s, u"Neutre"_s, u"D'accord"_s});
    QTableWidget *table = f.table(u"likertTable"_s)->table();
    table->setCurrentCell(1, 0);
    child<QPushButton>(f.table(u"likertTable"_s), u"removeRowButton"_s)->click();
    CHECK(f.q().likertScale == QStringList{u"Pas d'accord"_s, u"D'accord"_s});
    CHECK(f.answerIssues().isEmpty());
}

TEST_CASE("QuestionEditor: open text maximum length", "[app][editors]")
{
    Fixture f;
    f.setType(QT::OpenText);
    auto *maxLength = child<QSpinBox>(&f.editor, u"maxLengthSpin"_s);
    CHECK(maxLength->text() == u"No limit"_s);
    maxLength->setValue(300);
    CHECK(f.q().maxLength == 300);
    f.doc->undoStack()->undo();
    CHECK(maxLength->value() == 0);
}

TEST_CASE("QuestionEditor: partial credit per choice for choice questions", "[app][editors]")
{
    Fixture f;
    f.setType(QT::MultipleResponse);
    f.addRows(u"choicesTable"_s, 3);
    f.setChecked(u"choicesTable"_s, 0, 0, true);
    f.setChecked(u"choicesTable"_s, 1, 0, true);
    QTableWidget *table = f.table(u"choicesTable"_s)->table();
    CHECK(table->isColumnHidden(3)); // all or nothing: no credit column

    auto *partial = child<QCheckBox>(&f.editor, u"partialCreditCheck"_s);
    partial->setChecked(true);
    CHECK(f.q().partialCredit);
    CHECK_FALSE(table->isColumnHidden(3));
    // The correct choices start with equal shares of 100 %, the others with nothing.
    REQUIRE(f.q().choices.size() == 3);
    CHECK(f.q().choices[0].weight == 50);
    CHECK(f.q().choices[1].weight == 50);
    CHECK(f.q().choices[2].weight == 0);

    f.setCell(u"choicesTable"_s, 2, 3, u"-150 %"_s); // clamped
    CHECK(f.q().choices[2].weight == -100);
    f.setCell(u"choicesTable"_s, 0, 3, u"+75"_s);
    CHECK(f.q().choices[0].weight == 75);
    const int steps = f.steps();
    f.setCell(u"choicesTable"_s, 1, 3, u"half"_s); // not a number: nothing changes
    CHECK(f.steps() == steps);
    CHECK(f.q().choices[1].weight == 50);
    CHECK(table->item(1, 3)->text() == u"50"_s);

    CHECK(App::QuestionEditor::parseWeight(u"33.5%"_s) == 33.5);
    CHECK_FALSE(App::QuestionEditor::parseWeight(u""_s));

    partial->setChecked(false);
    CHECK_FALSE(f.q().partialCredit);
    CHECK(f.q().choices[0].weight == 75); // kept for when it comes back
    CHECK(table->isColumnHidden(3));
}
