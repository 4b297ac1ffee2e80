// SPDX-License-Identifier: MIT
// The scenario slide editor (« mise en situation »): every field through SetSlideBody, undo.
#include "TestSupport.h"
#include "app/editors/BranchTargetPicker.h"
#include "app/editors/RichTextEdit.h"
#include "app/editors/ScenarioEditor.h"
#include "app/editors/SlideEditorHost.h"
#include "app/models/SlideOperations.h"
#include "editors/EditorTestSupport.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace EditorTest;

namespace {

const Core::ScenarioBody &scenarioOf(const Core::Document &doc, int slide)
{
    return std::get<Core::ScenarioBody>(doc.course().slide(slideId(slide))->body);
}

} // namespace

TEST_CASE("ScenarioEditor edits the situation, the character and the responses", "[app][editors]")
{
    auto doc = makeDocument({Core::SlideKind::Scenario, Core::SlideKind::Content});
    App::SlideEditorHost host;
    host.setDocument(doc.get());
    host.setCurrentSlide(slideId(0));
    QWidget *editor = host.currentEditor();
    REQUIRE(editor);
    CHECK(editor->objectName() == u"scenarioEditor"_s);

    typeText(child<App::RichTextEdit>(editor, u"situationEdit"_s)->textEdit(), u"Colis"_s);
    CHECK(scenarioOf(*doc, 0).situation == u"<p>Colis</p>"_s);
    CHECK(doc->undoStack()->count() == 1); // typing merges

    auto *alt = child<QLineEdit>(editor, u"characterAltEdit"_s);
    CHECK_FALSE(alt->isEnabled()); // no picture yet

    typeText(child<QLineEdit>(editor, u"responseText1"_s), u"Ecouter"_s);
    CHECK(scenarioOf(*doc, 0).responses[1].text == u"Ecouter"_s);
    typeText(child<App::RichTextEdit>(editor, u"responseConsequence0"_s)->textEdit(), u"Bien"_s);
    CHECK(scenarioOf(*doc, 0).responses[0].consequence == u"<p>Bien</p>"_s);
    child<QDoubleSpinBox>(editor, u"responsePoints1"_s)->setValue(-2);
    CHECK(scenarioOf(*doc, 0).responses[1].points == -2);

    // Targets: next, the section, the other slide (not itself: the same picker as questions').
    auto *target = child<App::BranchTargetPicker>(editor, u"responseTarget0"_s);
    CHECK(target->currentIndex() == 0);
    CHECK(target->findData(u"section:section-1"_s) >= 0);
    CHECK(target->findData(u"slide:slide-1"_s) >= 0);
    CHECK(target->findData(u"slide:slide-0"_s) < 0);
    target->setFocus();
    QTest::keyClick(target, Qt::Key_Down); // a combo changes on arrow keys without opening
    CHECK(scenarioOf(*doc, 0).responses[0].leadsTo
          == Core::BranchTarget::toSection(Core::SectionId(u"section-1"_s)));

    // Two responses: none can be removed; add up to four, then the button disables.
    CHECK_FALSE(child<QToolButton>(editor, u"removeResponse0"_s)->isEnabled());
    auto *add = child<QPushButton>(editor, u"addResponseButton"_s);
    add->click();
    add->click();
    REQUIRE(scenarioOf(*doc, 0).responses.size() == 4);
    CHECK(scenarioOf(*doc, 0).responses[3].id == u"r4"_s);
    CHECK_FALSE(add->isEnabled());
    child<QToolButton>(editor, u"removeResponse2"_s)->click();
    REQUIRE(scenarioOf(*doc, 0).responses.size() == 3);
    CHECK(scenarioOf(*doc, 0).responses[2].id == u"r4"_s);
    CHECK(add->isEnabled());
    add->click(); // the free id is reused
    CHECK(scenarioOf(*doc, 0).responses[3].id == u"r3"_s);

    // Everything undoes, the widgets follow.
    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    CHECK(scenarioOf(*doc, 0)
          == std::get<Core::ScenarioBody>(Core::Slide::create(Core::SlideKind::Scenario, {}).body));
    CHECK(child<QLineEdit>(editor, u"responseText1"_s)->text().isEmpty());
    CHECK(editor->findChild<QLineEdit *>(u"responseText2"_s) == nullptr);
    screenshot(host, u"scenario"_s);
}

TEST_CASE("A new scenario slide from the menu has two ready responses", "[app][editors]")
{
    const auto choices = App::SlideOperations::newSlideChoices();
    const auto it = std::find_if(choices.begin(), choices.end(), [](const auto &choice) {
        return choice.kind == Core::SlideKind::Scenario;
    });
    REQUIRE(it != choices.end());
    CHECK(App::SlideOperations::newSlideLabel(*it) == u"Scenario Slide"_s);
    const Core::Slide slide = App::SlideOperations::makeSlide(*it);
    const auto &body = std::get<Core::ScenarioBody>(slide.body);
    REQUIRE(body.responses.size() == 2);
    CHECK(body.responses[0].text == u"Response 1"_s);
    CHECK(body.responses[0].points == 1);
    CHECK(body.bestPoints() == 1);
}
