// SPDX-License-Identifier: MIT
// Game mode in the editor: the section properties dialog ("Play as a game") and the question
// editor's time limit, shown only for graded questions of a game section.
#include "TestSupport.h"
#include "app/dialogs/SectionPropertiesDialog.h"
#include "app/editors/QuestionEditor.h"
#include "core/commands/SetSectionGame.h"
#include "editors/EditorTestSupport.h"

#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::StringLiterals;
using namespace EditorTest;

namespace {
const Core::SectionId sectionId(u"section-1"_s);
}

TEST_CASE("Section properties: play as a game, with undo", "[app][game]")
{
    auto doc = makeDocument({Core::SlideKind::Question, Core::SlideKind::Question});
    App::SectionPropertiesDialog dialog(*doc, sectionId);
    auto *group = child<QGroupBox>(&dialog, u"playAsGameGroup"_s);
    CHECK_FALSE(group->isChecked());
    group->setChecked(true);
    child<QSpinBox>(&dialog, u"gamePointsSpin"_s)->setValue(50);
    child<QSpinBox>(&dialog, u"gameTimeSpin"_s)->setValue(0);
    // Two 1-point questions, untimed: 50 + 50 + the second's streak bonus (10 % of 50).
    CHECK(child<QLabel>(&dialog, u"gameSummary"_s)->text().contains(u"105"_s));
    dialog.accept();

    const Core::GameSettings &game = doc->course().sections()[0]->game;
    CHECK(game.enabled);
    CHECK(game.points == 50);
    CHECK(game.timeLimit == 0);
    CHECK(doc->undoStack()->count() == 1);
    doc->undoStack()->undo();
    CHECK(doc->course().sections()[0]->game == Core::GameSettings{});

    SECTION("OK without a change adds no history")
    {
        App::SectionPropertiesDialog unchanged(*doc, sectionId);
        unchanged.accept();
        CHECK(doc->undoStack()->index() == 0);
        CHECK(doc->undoStack()->count() == 1); // the undone command stays redoable
    }
}

TEST_CASE("Question editor: the time limit shows in a game section only", "[app][game]")
{
    auto doc = makeDocument({Core::SlideKind::Question});
    App::QuestionEditor editor;
    editor.setDocument(doc.get());
    editor.setSlide(slideId(0));
    editor.show();
    auto *spin = child<QSpinBox>(&editor, u"timeLimitSpin"_s);
    CHECK_FALSE(spin->isVisibleTo(&editor));

    Core::GameSettings game;
    game.enabled = true;
    doc->push(std::make_unique<Core::SetSectionGame>(doc.get(), sectionId, game));
    CHECK(spin->isVisibleTo(&editor));
    CHECK(spin->specialValueText().contains(u"20"_s));
    spin->setValue(45);
    CHECK(doc->course().slide(slideId(0))->question()->timeLimit == 45);
    spin->setValue(46); // typing merges into one step
    CHECK(doc->undoStack()->count() == 2);
    doc->undoStack()->undo();
    CHECK(doc->course().slide(slideId(0))->question()->timeLimit == 0);
    CHECK(spin->value() == 0);
}
