// SPDX-License-Identifier: MIT
// The undo commands of question banks (issue #11).
#include "CourseFixtures.h"
#include "TestSupport.h"
#include "core/commands/InsertBank.h"
#include "core/commands/InsertBankQuestions.h"
#include "core/commands/MoveBankQuestion.h"
#include "core/commands/RemoveBank.h"
#include "core/commands/RemoveBankQuestion.h"
#include "core/commands/RenameBank.h"
#include "core/commands/SetSlideBody.h"
#include "core/commands/SetSlideTitle.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Core;

namespace {

std::unique_ptr<Slide> makeQuestion(const QString &id)
{
    auto slide = std::make_unique<Slide>(Slide::create(SlideKind::Question, id));
    slide->id = SlideId(id);
    return slide;
}

/** Banks "Name:q1,q2" (ids "bank-Name" and the question names); sections A:a1 with a draw. */
std::unique_ptr<Course> makeCourseWithBanks(const QStringList &banks)
{
    auto course = makeCourse({u"A:a1"_s});
    for (const QString &spec : banks) {
        auto bank = std::make_unique<QuestionBank>();
        bank->name = spec.section(u':', 0, 0);
        bank->id = BankId(u"bank-"_s + bank->name);
        for (const QString &q : spec.section(u':', 1).split(u',', Qt::SkipEmptyParts))
            bank->questions.push_back(makeQuestion(q));
        course->banks().push_back(std::move(bank));
    }
    return course;
}

QStringList bankNames(const Document &document)
{
    QStringList names;
    for (const auto &bank : document.course().banks())
        names << bank->name;
    return names;
}

QStringList questionIds(const Document &document, int bank)
{
    QStringList ids;
    for (const auto &question : document.course().banks()[size_t(bank)]->questions)
        ids << question->id.toString();
    return ids;
}

} // namespace

TEST_CASE("InsertBank adds a bank with its questions", "[core][commands][banks]")
{
    Document doc(makeCourseWithBanks({u"One:q1"_s}));
    QSignalSpy inserted(&doc, &Document::bankInserted);
    QSignalSpy removed(&doc, &Document::bankRemoved);
    auto bank = std::make_unique<QuestionBank>();
    bank->id = BankId(u"new"_s);
    bank->name = u"Two"_s;
    bank->questions.push_back(makeQuestion(u"n1"_s));
    auto command = std::make_unique<InsertBank>(&doc, 0, std::move(bank));
    CHECK(command->text() == u"Add question bank “Two”"_s);
    checkRedoUndoRoundTrip(doc, std::move(command));
    CHECK(bankNames(doc) == QStringList{u"Two"_s, u"One"_s});
    CHECK(doc.course().slide(SlideId(u"n1"_s)));
    CHECK(inserted.count() == 2);
    CHECK(inserted.first().first().toInt() == 0);
    CHECK(removed.count() == 1);

    SECTION("an index out of range appends")
    {
        auto last = std::make_unique<QuestionBank>();
        last->id = BankId(u"last"_s);
        last->name = u"Last"_s;
        doc.push(std::make_unique<InsertBank>(&doc, -1, std::move(last)));
        CHECK(bankNames(doc) == QStringList{u"Two"_s, u"One"_s, u"Last"_s});
    }
}

TEST_CASE("RemoveBank also drops the bank from draw slides; undo restores both",
          "[core][commands][banks]")
{
    auto course = makeCourseWithBanks({u"One:q1,q2"_s, u"Two:q3"_s});
    auto draw = std::make_unique<Slide>(Slide::create(SlideKind::Draw, u"Draw"_s));
    draw->id = SlideId(u"draw"_s);
    std::get<DrawBody>(draw->body).banks = {BankId(u"bank-Two"_s), BankId(u"bank-One"_s)};
    course->sections()[0]->slides.push_back(std::move(draw));
    auto other = std::make_unique<Slide>(Slide::create(SlideKind::Draw, u"Other"_s));
    other->id = SlideId(u"other"_s);
    std::get<DrawBody>(other->body).banks = {BankId(u"bank-Two"_s)};
    course->sections()[0]->slides.push_back(std::move(other));
    Document doc(std::move(course));

    QSignalSpy aboutToBeRemoved(&doc, &Document::bankAboutToBeRemoved);
    QSignalSpy changed(&doc, &Document::slideChanged);
    checkRedoUndoRoundTrip(doc, std::make_unique<RemoveBank>(&doc, BankId(u"bank-One"_s)));
    CHECK(bankNames(doc) == QStringList{u"Two"_s});
    CHECK(doc.course().slide(SlideId(u"q1"_s)) == nullptr);
    const auto &body = std::get<DrawBody>(doc.course().slide(SlideId(u"draw"_s))->body);
    CHECK(body.banks == std::vector<BankId>{BankId(u"bank-Two"_s)});
    CHECK(aboutToBeRemoved.first().first().toInt() == 0);
    CHECK(changed.count() == 3); // the draw slide: redo, undo, redo; "other" is untouched

    doc.undoStack()->undo();
    CHECK(bankNames(doc) == QStringList{u"One"_s, u"Two"_s});
    CHECK(std::get<DrawBody>(doc.course().slide(SlideId(u"draw"_s))->body).banks.size() == 2);

    SECTION("an unknown bank adds no history")
    {
        const int index = doc.undoStack()->index();
        doc.push(std::make_unique<RemoveBank>(&doc, BankId(u"nope"_s)));
        CHECK(doc.undoStack()->index() == index);
        CHECK(bankNames(doc) == QStringList{u"One"_s, u"Two"_s});
    }
}

TEST_CASE("RenameBank renames and merges typing", "[core][commands][banks]")
{
    Document doc(makeCourseWithBanks({u"One:q1"_s, u"Two:"_s}));
    QSignalSpy changed(&doc, &Document::bankChanged);
    checkRedoUndoRoundTrip(doc, std::make_unique<RenameBank>(&doc, BankId(u"bank-Two"_s), u"D"_s));
    CHECK(changed.last().first().toInt() == 1);
    doc.push(std::make_unique<RenameBank>(&doc, BankId(u"bank-Two"_s), u"Du"_s));
    doc.push(std::make_unique<RenameBank>(&doc, BankId(u"bank-Two"_s), u"Dune"_s));
    CHECK(doc.undoStack()->count() == 1);
    CHECK(bankNames(doc) == QStringList{u"One"_s, u"Dune"_s});
    doc.undoStack()->undo();
    CHECK(bankNames(doc) == QStringList{u"One"_s, u"Two"_s});

    SECTION("the same name adds no history")
    {
        doc.push(std::make_unique<RenameBank>(&doc, BankId(u"bank-One"_s), u"One"_s));
        CHECK(doc.undoStack()->index() == 0);
    }
}

TEST_CASE("InsertBankQuestions adds one or many questions in one step", "[core][commands][banks]")
{
    Document doc(makeCourseWithBanks({u"One:q1,q2"_s}));
    QSignalSpy inserted(&doc, &Document::bankQuestionInserted);
    std::vector<std::unique_ptr<Slide>> questions;
    questions.push_back(makeQuestion(u"n1"_s));
    questions.push_back(makeQuestion(u"n2"_s));
    auto command = std::make_unique<InsertBankQuestions>(
        &doc, BankId(u"bank-One"_s), 1, std::move(questions));
    CHECK(command->text() == u"Add 2 questions to bank “One”"_s);
    checkRedoUndoRoundTrip(doc, std::move(command));
    CHECK(questionIds(doc, 0) == QStringList{u"q1"_s, u"n1"_s, u"n2"_s, u"q2"_s});
    CHECK(doc.undoStack()->count() == 1);
    CHECK(inserted.first().first().value<BankPosition>() == BankPosition{0, 1});
    CHECK(inserted.at(1).first().value<BankPosition>() == BankPosition{0, 2});

    SECTION("appended when the index is out of range")
    {
        std::vector<std::unique_ptr<Slide>> one;
        one.push_back(makeQuestion(u"n3"_s));
        doc.push(
            std::make_unique<InsertBankQuestions>(&doc, BankId(u"bank-One"_s), -1, std::move(one)));
        CHECK(questionIds(doc, 0).last() == u"n3"_s);
    }
    SECTION("into an unknown bank: nothing")
    {
        std::vector<std::unique_ptr<Slide>> one;
        one.push_back(makeQuestion(u"n3"_s));
        doc.push(std::make_unique<InsertBankQuestions>(&doc, BankId(u"nope"_s), 0, std::move(one)));
        CHECK(doc.undoStack()->count() == 1);
    }
}

TEST_CASE("RemoveBankQuestion removes and undo puts it back in place", "[core][commands][banks]")
{
    Document doc(makeCourseWithBanks({u"One:q1,q2,q3"_s}));
    QSignalSpy removed(&doc, &Document::bankQuestionRemoved);
    checkRedoUndoRoundTrip(doc, std::make_unique<RemoveBankQuestion>(&doc, SlideId(u"q2"_s)));
    CHECK(questionIds(doc, 0) == QStringList{u"q1"_s, u"q3"_s});
    CHECK(removed.first().first().value<BankPosition>() == BankPosition{0, 1});

    SECTION("a section's slide is not a bank question")
    {
        doc.push(std::make_unique<RemoveBankQuestion>(&doc, SlideId(u"slide-a1"_s)));
        CHECK(doc.undoStack()->count() == 1);
        CHECK(doc.course().slideCount() == 1);
    }
}

TEST_CASE("MoveBankQuestion reorders within and across banks", "[core][commands][banks]")
{
    Document doc(makeCourseWithBanks({u"One:q1,q2,q3"_s, u"Two:q4"_s}));
    QSignalSpy moved(&doc, &Document::bankQuestionMoved);

    SECTION("within a bank")
    {
        checkRedoUndoRoundTrip(
            doc,
            std::make_unique<MoveBankQuestion>(&doc, SlideId(u"q1"_s), BankId(u"bank-One"_s), 2));
        CHECK(questionIds(doc, 0) == QStringList{u"q2"_s, u"q3"_s, u"q1"_s});
        CHECK(moved.first().at(0).value<BankPosition>() == BankPosition{0, 0});
        CHECK(moved.first().at(1).value<BankPosition>() == BankPosition{0, 2});
    }
    SECTION("to another bank")
    {
        auto command
            = std::make_unique<MoveBankQuestion>(&doc, SlideId(u"q2"_s), BankId(u"bank-Two"_s), 0);
        CHECK(command->text() == u"Move question “q2” to bank “Two”"_s);
        checkRedoUndoRoundTrip(doc, std::move(command));
        CHECK(questionIds(doc, 0) == QStringList{u"q1"_s, u"q3"_s});
        CHECK(questionIds(doc, 1) == QStringList{u"q2"_s, u"q4"_s});
    }
    SECTION("to the end of another bank")
    {
        doc.push(
            std::make_unique<MoveBankQuestion>(&doc, SlideId(u"q2"_s), BankId(u"bank-Two"_s), 99));
        CHECK(questionIds(doc, 1) == QStringList{u"q4"_s, u"q2"_s});
    }
    SECTION("a no-op move adds no history")
    {
        doc.push(
            std::make_unique<MoveBankQuestion>(&doc, SlideId(u"q2"_s), BankId(u"bank-One"_s), 1));
        CHECK(doc.undoStack()->count() == 0);
    }
}

TEST_CASE("The slide commands edit bank questions", "[core][commands][banks]")
{
    Document doc(makeCourseWithBanks({u"One:q1"_s}));
    QSignalSpy changed(&doc, &Document::slideChanged);
    checkRedoUndoRoundTrip(doc, std::make_unique<SetSlideTitle>(&doc, SlideId(u"q1"_s), u"Fire"_s));
    CHECK(doc.course().banks()[0]->questions[0]->title == u"Fire"_s);
    QuestionBody body = std::get<QuestionBody>(doc.course().slide(SlideId(u"q1"_s))->body);
    body.tags = {u"fire"_s};
    body.difficulty = Difficulty::Hard;
    checkRedoUndoRoundTrip(
        doc,
        std::make_unique<SetSlideBody>(&doc, SlideId(u"q1"_s), body, u"Edit tags"_s, QString()));
    CHECK(std::get<QuestionBody>(doc.course().banks()[0]->questions[0]->body).tags
          == QStringList{u"fire"_s});
    CHECK(changed.count() == 6);
    CHECK(changed.first().first().value<SlideId>() == SlideId(u"q1"_s));
}
