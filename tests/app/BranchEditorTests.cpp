// SPDX-License-Identifier: MIT
// Branching in the editor: target pickers on questions, choices and results, the section's
// "only reached by a branch" action, and the flow view (boxes, arrows, zoom, click to select).
#include "TestSupport.h"
#include "app/docks/FlowDock.h"
#include "app/docks/OutlineDock.h"
#include "app/editors/BranchTargetPicker.h"
#include "app/editors/Editor.h"
#include "app/editors/SlideEditorHost.h"
#include "app/models/CourseProblems.h"
#include "core/commands/SetSlideBody.h"
#include "editors/EditorTestSupport.h"

#include <QAction>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace EditorTest;

namespace {

/** slide-0 content, slide-1 question (single choice), slide-2 result | remediation: slide-3. */
std::unique_ptr<Core::Document> branchDocument()
{
    auto doc = makeDocument(
        {Core::SlideKind::Content, Core::SlideKind::Question, Core::SlideKind::Result});
    auto course = doc->course().clone();
    auto remediation = std::make_unique<Core::Section>();
    remediation->id = Core::SectionId(u"remed"_s);
    remediation->title = u"Remédiation"_s;
    remediation->branchOnly = true;
    auto slide
        = std::make_unique<Core::Slide>(Core::Slide::create(Core::SlideKind::Content, u"Revoir"_s));
    slide->id = slideId(3);
    remediation->slides.push_back(std::move(slide));
    course->sections().push_back(std::move(remediation));
    Core::Question &q = std::get<Core::QuestionBody>(course->slide(slideId(1))->body).question;
    q.prompt = u"<p>?</p>"_s;
    Core::Choice yes;
    yes.id = u"c1"_s;
    yes.text = u"Oui"_s;
    yes.correct = true;
    Core::Choice no;
    no.id = u"c2"_s;
    no.text = u"Non"_s;
    q.choices = {yes, no};
    return std::make_unique<Core::Document>(std::move(course));
}

void choose(App::BranchTargetPicker *picker, const QString &key)
{
    const int index = picker->findData(key);
    REQUIRE(index >= 0);
    picker->setCurrentIndex(index);
    emit picker->activated(index);
}

} // namespace

TEST_CASE("Target pickers set where answers and results lead, undoably", "[app][branch]")
{
    auto doc = branchDocument();
    App::SlideEditorHost host;
    host.setDocument(doc.get());
    host.setCurrentSlide(slideId(1));
    QWidget *editor = host.currentEditor();
    REQUIRE(editor);
    auto *onIncorrect = child<App::BranchTargetPicker>(editor, u"onIncorrectPicker"_s);
    CHECK(onIncorrect->currentText() == u"Next slide"_s);
    CHECK(onIncorrect->findText(u"Go to section “Remédiation” (only reached by a branch)"_s) >= 0);
    CHECK(onIncorrect->findText(u"Go to slide 4 “Revoir”"_s) >= 0);
    choose(onIncorrect, u"section:remed"_s);
    const auto question = [&] { return doc->course().slide(slideId(1))->question(); };
    CHECK(question()->onIncorrect == Core::BranchTarget::toSection(Core::SectionId(u"remed"_s)));
    CHECK(doc->undoStack()->undoText().startsWith(u"Set where an incorrect answer leads"_s));

    // One picker per choice (single choice), labelled with the choice.
    auto *choice2 = child<App::BranchTargetPicker>(editor, u"choiceTargetPicker1"_s);
    CHECK(choice2->accessibleName() == u"Choice 2 “Non”:"_s);
    choose(choice2, u"slide:slide-3"_s);
    CHECK(question()->choices[1].leadsTo == Core::BranchTarget::toSlide(slideId(3)));
    doc->undoStack()->undo();
    CHECK(question()->choices[1].leadsTo.isNext());
    CHECK(choice2->currentText() == u"Next slide"_s);

    SECTION("a target that no longer exists shows as missing")
    {
        Core::SlideBody body = doc->course().slide(slideId(1))->body;
        std::get<Core::QuestionBody>(body).question.onCorrect
            = Core::BranchTarget::toSlide(Core::SlideId(u"gone"_s));
        doc->push(std::make_unique<Core::SetSlideBody>(doc.get(), slideId(1), body, u"x"_s));
        auto *onCorrect = child<App::BranchTargetPicker>(editor, u"onCorrectPicker"_s);
        CHECK(onCorrect->currentText().startsWith(u"Missing slide or section"_s));
    }
    SECTION("results: passed and failed")
    {
        host.setCurrentSlide(slideId(2));
        auto *onFail = child<App::BranchTargetPicker>(host.currentEditor(), u"onFailPicker"_s);
        choose(onFail, u"section:remed"_s);
        const auto &result = std::get<Core::ResultBody>(doc->course().slide(slideId(2))->body);
        CHECK(result.onFail == Core::BranchTarget::toSection(Core::SectionId(u"remed"_s)));
        CHECK(result.onPass.isNext());
        screenshot(host, u"result-branch"_s);
    }
    SECTION("multiple response: no per-choice pickers")
    {
        Core::SlideBody body = doc->course().slide(slideId(1))->body;
        std::get<Core::QuestionBody>(body).question.type = Core::QuestionType::MultipleResponse;
        doc->push(std::make_unique<Core::SetSlideBody>(doc.get(), slideId(1), body, u"x"_s));
        CHECK(editor->findChild<App::BranchTargetPicker *>(u"choiceTargetPicker0"_s) == nullptr);
    }
}

TEST_CASE("The outline's section action marks a section as only reached by a branch",
          "[app][branch]")
{
    auto doc = branchDocument();
    App::OutlineDock outline;
    outline.setDocument(doc.get());
    outline.selectSlide(slideId(0));
    QAction *action = outline.branchOnlyAction();
    REQUIRE(action->isEnabled());
    CHECK_FALSE(action->isChecked());
    action->trigger();
    CHECK(doc->course().sections()[0]->branchOnly);
    CHECK(action->isChecked());
    doc->undoStack()->undo();
    CHECK_FALSE(doc->course().sections()[0]->branchOnly);
    CHECK_FALSE(action->isChecked());
    outline.selectSlide(slideId(3));
    CHECK(action->isChecked());
}

TEST_CASE("The flow view draws slides, default flow and branches; click selects", "[app][branch]")
{
    auto doc = branchDocument();
    Core::SlideBody body = doc->course().slide(slideId(1))->body;
    std::get<Core::QuestionBody>(body).question.onIncorrect
        = Core::BranchTarget::toSection(Core::SectionId(u"remed"_s));
    doc->push(std::make_unique<Core::SetSlideBody>(doc.get(), slideId(1), body, u"x"_s));

    App::CourseProblems problems;
    problems.setDocument(doc.get());
    problems.refreshNow();
    App::FlowDock dock;
    dock.setProblems(&problems);
    dock.resize(1000, 420);
    dock.show();
    REQUIRE(dock.slides().size() == 4);
    // 0→1, 1→2 (correct: next), 2→end, 3→2 (return); the incorrect branch 1→3.
    CHECK(dock.arrowCounts() == std::pair<int, int>{4, 1});

    QSignalSpy activated(&dock, &App::FlowDock::slideActivated);
    QGraphicsItem *box = nullptr;
    for (QGraphicsItem *item : dock.scene()->items()) {
        if (item->data(0).toString() == u"slide-3"_s)
            box = item;
    }
    REQUIRE(box);
    const QPoint at = dock.view()->mapFromScene(box->sceneBoundingRect().center());
    QTest::mouseClick(dock.view()->viewport(), Qt::LeftButton, {}, at);
    REQUIRE(activated.count() == 1);
    CHECK(activated.first().first().value<Core::SlideId>() == slideId(3));

    // Zoom: buttons and Ctrl+wheel, clamped.
    const double before = dock.view()->zoom();
    child<QToolButton>(&dock, u"flowZoomIn"_s)->click();
    CHECK(dock.view()->zoom() > before);
    for (int i = 0; i < 30; ++i)
        dock.view()->zoomBy(0.5);
    CHECK(dock.view()->zoom() == Approx(0.2));

    // Edits show up once the problems are checked again.
    QSignalSpy changed(&problems, &App::CourseProblems::changed);
    std::get<Core::QuestionBody>(body).question.onIncorrect = {};
    doc->push(std::make_unique<Core::SetSlideBody>(doc.get(), slideId(1), body, u"x"_s));
    REQUIRE(changed.wait(2000));
    CHECK(dock.arrowCounts().second == 0);

    dock.setCurrentSlide(slideId(1));
    dock.fit();
    dock.grab().save(u"/tmp/capsule-editor-flow.png"_s);
}
