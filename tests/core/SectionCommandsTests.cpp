// SPDX-License-Identifier: MIT
#include "CourseFixtures.h"
#include "TestSupport.h"
#include "core/commands/InsertSection.h"
#include "core/commands/MoveSection.h"
#include "core/commands/RemoveSection.h"
#include "core/commands/RenameSection.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Core;

TEST_CASE("InsertSection adds a section and undo removes it", "[core][commands]")
{
    Document doc(makeCourse({u"A:a1"_s, u"B:b1"_s}));
    auto section = std::make_unique<Section>();
    section->id = SectionId(u"new"_s);
    section->title = u"N"_s;
    QSignalSpy inserted(&doc, &Document::sectionInserted);
    checkRedoUndoRoundTrip(doc, std::make_unique<InsertSection>(&doc, 1, std::move(section)));
    CHECK(sectionTitles(doc) == QStringList{u"A"_s, u"N"_s, u"B"_s});
    CHECK(inserted.count() == 2); // push, then redo in the round trip
}

TEST_CASE("RemoveSection takes its slides along and undo restores them", "[core][commands]")
{
    Document doc(makeCourse({u"A:a1,a2"_s, u"B:b1"_s}));
    checkRedoUndoRoundTrip(doc, std::make_unique<RemoveSection>(&doc, SectionId(u"sec-A"_s)));
    CHECK(slideTitles(doc) == QStringList{u"b1"_s});

    SECTION("removing an unknown section adds no history")
    {
        doc.push(std::make_unique<RemoveSection>(&doc, SectionId(u"nope"_s)));
        CHECK(doc.undoStack()->count() == 1);
    }
}

TEST_CASE("MoveSection reorders sections", "[core][commands]")
{
    Document doc(makeCourse({u"A:"_s, u"B:"_s, u"C:"_s}));
    checkRedoUndoRoundTrip(doc, std::make_unique<MoveSection>(&doc, SectionId(u"sec-A"_s), 2));
    CHECK(sectionTitles(doc) == QStringList{u"B"_s, u"C"_s, u"A"_s});

    SECTION("a no-op move adds no history")
    {
        doc.push(std::make_unique<MoveSection>(&doc, SectionId(u"sec-B"_s), 0));
        CHECK(doc.undoStack()->count() == 1);
    }
}

TEST_CASE("RenameSection merges consecutive typing", "[core][commands]")
{
    Document doc(makeCourse({u"A:"_s}));
    checkRedoUndoRoundTrip(doc,
                           std::make_unique<RenameSection>(&doc, SectionId(u"sec-A"_s), u"Al"_s));
    doc.push(std::make_unique<RenameSection>(&doc, SectionId(u"sec-A"_s), u"Alp"_s));
    doc.push(std::make_unique<RenameSection>(&doc, SectionId(u"sec-A"_s), u"Alpha"_s));
    CHECK(doc.undoStack()->count() == 1);
    CHECK(sectionTitles(doc) == QStringList{u"Alpha"_s});
    doc.undoStack()->undo();
    CHECK(sectionTitles(doc) == QStringList{u"A"_s});
}
