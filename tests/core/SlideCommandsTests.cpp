// SPDX-License-Identifier: MIT
#include "CourseFixtures.h"
#include "TestSupport.h"
#include "core/commands/InsertSlide.h"
#include "core/commands/MoveSlide.h"
#include "core/commands/RemoveSlide.h"
#include "core/commands/SetSlideBody.h"
#include "core/commands/SetSlideTitle.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Core;

TEST_CASE("InsertSlide adds a slide of any kind", "[core][commands]")
{
    Document doc(makeCourse({u"A:a1,a2"_s}));
    for (SlideKind kind :
         {SlideKind::Content, SlideKind::Question, SlideKind::Video, SlideKind::Result}) {
        auto slide = std::make_unique<Slide>(Slide::create(kind, toString(kind)));
        checkRedoUndoRoundTrip(
            doc, std::make_unique<InsertSlide>(&doc, SectionId(u"sec-A"_s), 1, std::move(slide)));
        CHECK(slideTitles(doc).at(1) == toString(kind));
        CHECK(doc.course().allSlides().at(1)->kind() == kind);
    }
}

TEST_CASE("RemoveSlide removes and undo puts it back in place", "[core][commands]")
{
    Document doc(makeCourse({u"A:a1,a2,a3"_s}));
    QSignalSpy removed(&doc, &Document::slideRemoved);
    checkRedoUndoRoundTrip(doc, std::make_unique<RemoveSlide>(&doc, SlideId(u"slide-a2"_s)));
    CHECK(slideTitles(doc) == QStringList{u"a1"_s, u"a3"_s});
    CHECK(removed.count() == 2);
    CHECK(removed.first().first().value<SlidePosition>() == SlidePosition{0, 1});
}

TEST_CASE("MoveSlide reorders within and across sections", "[core][commands]")
{
    Document doc(makeCourse({u"A:a1,a2,a3"_s, u"B:b1"_s}));

    SECTION("within a section")
    {
        checkRedoUndoRoundTrip(
            doc,
            std::make_unique<MoveSlide>(&doc, SlideId(u"slide-a1"_s), SectionId(u"sec-A"_s), 2));
        CHECK(slideTitles(doc) == QStringList{u"a2"_s, u"a3"_s, u"a1"_s, u"b1"_s});
    }
    SECTION("to another section")
    {
        checkRedoUndoRoundTrip(
            doc,
            std::make_unique<MoveSlide>(&doc, SlideId(u"slide-a2"_s), SectionId(u"sec-B"_s), 1));
        CHECK(slideTitles(doc) == QStringList{u"a1"_s, u"a3"_s, u"b1"_s, u"a2"_s});
        CHECK(doc.course().slidePosition(SlideId(u"slide-a2"_s)) == SlidePosition{1, 1});
    }
    SECTION("a no-op move adds no history")
    {
        doc.push(
            std::make_unique<MoveSlide>(&doc, SlideId(u"slide-a2"_s), SectionId(u"sec-A"_s), 1));
        CHECK(doc.undoStack()->count() == 0);
        CHECK_FALSE(doc.isModified());
    }
}

TEST_CASE("SetSlideTitle merges consecutive typing on one slide", "[core][commands]")
{
    Document doc(makeCourse({u"A:a1,a2"_s}));
    QSignalSpy changed(&doc, &Document::slideChanged);
    checkRedoUndoRoundTrip(doc,
                           std::make_unique<SetSlideTitle>(&doc, SlideId(u"slide-a1"_s), u"W"_s));
    CHECK(changed.last().at(1).value<SlideFields>() == SlideFields(SlideField::Title));
    doc.push(std::make_unique<SetSlideTitle>(&doc, SlideId(u"slide-a1"_s), u"We"_s));
    doc.push(std::make_unique<SetSlideTitle>(&doc, SlideId(u"slide-a1"_s), u"Welcome"_s));
    CHECK(doc.undoStack()->count() == 1);
    doc.push(std::make_unique<SetSlideTitle>(&doc, SlideId(u"slide-a2"_s), u"Other"_s));
    CHECK(doc.undoStack()->count() == 2);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    CHECK(slideTitles(doc) == QStringList{u"a1"_s, u"a2"_s});
}

TEST_CASE("SetSlideBody edits every kind of body", "[core][commands]")
{
    Document doc(makeCourse({u"A:a1"_s}));
    const SlideId id(u"slide-a1"_s);

    SECTION("content blocks")
    {
        ContentBody body;
        body.blocks.push_back({ContentBlock::Type::Heading, u"Hello"_s, 3, {}, {}, {}, {}});
        body.blocks.push_back(
            {ContentBlock::Type::Callout, u"<p>Tip</p>"_s, 2, {}, {}, {}, CalloutStyle::Tip});
        checkRedoUndoRoundTrip(doc, std::make_unique<SetSlideBody>(&doc, id, body, u"Edit"_s));
        CHECK(std::get<ContentBody>(doc.course().slide(id)->body).blocks.size() == 2);
    }
    SECTION("a question of every type")
    {
        for (QuestionType type : allQuestionTypes()) {
            QuestionBody body;
            body.question.type = type;
            body.question.prompt = toString(type);
            body.question.choices = {{u"c1"_s, u"Yes"_s, true, {}}, {u"c2"_s, u"No"_s, false, {}}};
            checkRedoUndoRoundTrip(doc, std::make_unique<SetSlideBody>(&doc, id, body, u"Edit"_s));
            CHECK(doc.course().slide(id)->question()->type == type);
        }
    }
    SECTION("video and result")
    {
        VideoBody video;
        video.requiredWatchedPercent = 80;
        checkRedoUndoRoundTrip(doc, std::make_unique<SetSlideBody>(&doc, id, video, u"Edit"_s));
        ResultBody result{u"Bravo"_s, u"Encore"_s};
        checkRedoUndoRoundTrip(doc, std::make_unique<SetSlideBody>(&doc, id, result, u"Edit"_s));
        CHECK(doc.course().slide(id)->kind() == SlideKind::Result);
    }
    SECTION("merge keys group typing, other edits stay separate")
    {
        QuestionBody body;
        body.question.prompt = u"W"_s;
        doc.push(std::make_unique<SetSlideBody>(&doc, id, body, u"Type"_s, u"prompt"_s));
        body.question.prompt = u"Why"_s;
        doc.push(std::make_unique<SetSlideBody>(&doc, id, body, u"Type"_s, u"prompt"_s));
        CHECK(doc.undoStack()->count() == 1);
        body.question.points = 3;
        doc.push(std::make_unique<SetSlideBody>(&doc, id, body, u"Points"_s));
        CHECK(doc.undoStack()->count() == 2);
    }
    SECTION("an unchanged body adds no history")
    {
        doc.push(std::make_unique<SetSlideBody>(&doc, id, doc.course().slide(id)->body, u"x"_s));
        CHECK(doc.undoStack()->count() == 0);
    }
}
