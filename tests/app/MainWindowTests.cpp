// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "app/MainWindow.h"
#include "core/Document.h"
#include "core/commands/SetSlideTitle.h"

#include <QTreeWidget>

using namespace Qt::StringLiterals;

TEST_CASE("MainWindow shows the sample course outline and tracks modifications", "[app]")
{
    App::MainWindow window;
    auto document = Core::Document::fromTemplate(u"sample"_s);
    REQUIRE(document);
    Core::Document *doc = document->get();
    window.setDocument(std::move(document).value());

    auto *outline = window.findChild<QTreeWidget *>();
    REQUIRE(outline);
    int slides = 0;
    for (int i = 0; i < outline->topLevelItemCount(); ++i)
        slides += outline->topLevelItem(i)->childCount();
    CHECK(outline->topLevelItemCount() == int(doc->course().sections().size()));
    CHECK(slides == doc->course().slideCount());
    CHECK_FALSE(window.isWindowModified());

    const Core::Slide *first = doc->course().allSlides().front();
    doc->push(std::make_unique<Core::SetSlideTitle>(doc, first->id, u"Renamed"_s));
    CHECK(window.isWindowModified());
    CHECK(outline->topLevelItem(0)->child(0)->text(0) == u"Renamed"_s);
    doc->undoStack()->undo();
    CHECK_FALSE(window.isWindowModified());
}
