// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "app/models/OutlineModel.h"
#include "app/models/SlideOperations.h"
#include "app/models/ThumbnailRenderer.h"
#include "core/Document.h"
#include "core/commands/InsertSection.h"
#include "core/commands/InsertSlide.h"
#include "core/commands/MoveSection.h"
#include "core/commands/RemoveSection.h"
#include "core/commands/SetSlideTitle.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Core::Document> makeDocument(const std::vector<QStringList> &sections)
{
    auto course = std::make_unique<Core::Course>();
    course->metadata().title = u"Outline"_s;
    int n = 0;
    for (const QStringList &titles : sections) {
        auto section = std::make_unique<Core::Section>();
        section->id = Core::SectionId::generate();
        section->title = u"Section %1"_s.arg(++n);
        for (const QString &title : titles)
            section->slides.push_back(std::make_unique<Core::Slide>(
                Core::Slide::create(Core::SlideKind::Content, title)));
        course->sections().push_back(std::move(section));
    }
    return std::make_unique<Core::Document>(std::move(course));
}

/** The model's tree as "Section 1: A B | Section 2: C". */
QString modelTree(const App::OutlineModel &model)
{
    QStringList sections;
    for (int s = 0; s < model.rowCount(); ++s) {
        const QModelIndex section = model.index(s, 0);
        QStringList slides;
        for (int i = 0; i < model.rowCount(section); ++i) {
            const QModelIndex slide = model.index(i, 0, section);
            REQUIRE(model.parent(slide) == section);
            slides.append(slide.data(Qt::EditRole).toString());
        }
        sections.append(section.data().toString() + u": "_s + slides.join(u' '));
    }
    return sections.join(u" | "_s);
}

QString courseTree(const Core::Document &doc)
{
    QStringList sections;
    for (const auto &section : doc.course().sections()) {
        QStringList slides;
        for (const auto &slide : section->slides)
            slides.append(slide->title);
        sections.append(section->title + u": "_s + slides.join(u' '));
    }
    return sections.join(u" | "_s);
}

std::vector<Core::SlideId> idsOf(const Core::Document &doc, const QStringList &titles)
{
    std::vector<Core::SlideId> ids;
    for (const QString &title : titles) {
        for (const Core::Slide *slide : doc.course().allSlides()) {
            if (slide->title == title)
                ids.push_back(slide->id);
        }
    }
    return ids;
}

} // namespace

TEST_CASE("OutlineModel follows every structural command, undo and redo", "[app][models]")
{
    auto doc = makeDocument({{u"A"_s, u"B"_s, u"C"_s}, {u"D"_s}, {}});
    App::OutlineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(doc.get());
    CHECK(modelTree(model) == courseTree(*doc));
    CHECK(modelTree(model) == u"Section 1: A B C | Section 2: D | Section 3: "_s);
    QUndoStack *stack = doc->undoStack();

    SECTION("insert, duplicate and remove slides")
    {
        App::SlideOperations::addSlide(*doc,
                                       {Core::SlideKind::Question, Core::QuestionType::Matching},
                                       idsOf(*doc, {u"A"_s}).front());
        CHECK(modelTree(model) == courseTree(*doc));
        CHECK(model.rowCount(model.index(0, 0)) == 4);
        App::SlideOperations::duplicateSlides(*doc, idsOf(*doc, {u"B"_s, u"D"_s}));
        CHECK(modelTree(model) == courseTree(*doc));
        App::SlideOperations::removeSlides(*doc, idsOf(*doc, {u"A"_s, u"D"_s, u"C"_s}));
        CHECK(modelTree(model) == courseTree(*doc));
        while (stack->canUndo()) {
            stack->undo();
            CHECK(modelTree(model) == courseTree(*doc));
        }
        CHECK(modelTree(model) == u"Section 1: A B C | Section 2: D | Section 3: "_s);
        while (stack->canRedo()) {
            stack->redo();
            CHECK(modelTree(model) == courseTree(*doc));
        }
    }

    SECTION("move slides within and across sections")
    {
        CHECK(App::SlideOperations::moveSlides(
            *doc, idsOf(*doc, {u"A"_s, u"C"_s}), doc->course().sections()[1]->id, 0));
        CHECK(modelTree(model) == u"Section 1: B | Section 2: A C D | Section 3: "_s);
        CHECK(App::SlideOperations::moveSlides(
            *doc, idsOf(*doc, {u"D"_s}), doc->course().sections()[2]->id, -1));
        CHECK(App::SlideOperations::moveSlidesUp(*doc, idsOf(*doc, {u"D"_s})));
        CHECK(modelTree(model) == u"Section 1: B | Section 2: A C D | Section 3: "_s);
        CHECK(App::SlideOperations::moveSlidesDown(*doc, idsOf(*doc, {u"A"_s})));
        CHECK(modelTree(model) == u"Section 1: B | Section 2: C A D | Section 3: "_s);
        CHECK(App::SlideOperations::moveSlidesUp(*doc, idsOf(*doc, {u"C"_s})));
        CHECK(modelTree(model) == u"Section 1: B C | Section 2: A D | Section 3: "_s);
        CHECK(modelTree(model) == courseTree(*doc));
        while (stack->canUndo())
            stack->undo();
        CHECK(modelTree(model) == u"Section 1: A B C | Section 2: D | Section 3: "_s);
    }

    SECTION("insert, move, rename and remove sections")
    {
        App::SlideOperations::addSection(*doc, u"Intro"_s, 0);
        CHECK(modelTree(model) == u"Intro:  | Section 1: A B C | Section 2: D | Section 3: "_s);
        CHECK(App::SlideOperations::moveSection(*doc, doc->course().sections()[1]->id, +1));
        CHECK(modelTree(model) == courseTree(*doc));
        CHECK(model.setData(model.index(0, 0), u"Welcome"_s));
        CHECK(doc->course().sections()[0]->title == u"Welcome"_s);
        doc->push(
            std::make_unique<Core::RemoveSection>(doc.get(), doc->course().sections()[2]->id));
        CHECK(modelTree(model) == courseTree(*doc));
        doc->push(
            std::make_unique<Core::MoveSection>(doc.get(), doc->course().sections()[0]->id, 2));
        CHECK(modelTree(model) == courseTree(*doc));
        while (stack->canUndo()) {
            stack->undo();
            CHECK(modelTree(model) == courseTree(*doc));
        }
        CHECK(modelTree(model) == u"Section 1: A B C | Section 2: D | Section 3: "_s);
    }

    SECTION("renaming a slide in the model pushes SetSlideTitle")
    {
        const QModelIndex b = model.index(1, 0, model.index(0, 0));
        CHECK(model.setData(b, u"Bee"_s));
        CHECK(stack->count() == 1);
        CHECK(b.data().toString() == u"Bee"_s);
        CHECK_FALSE(model.setData(b, u"Bee"_s)); // unchanged: no step
        CHECK(stack->count() == 1);
        stack->undo();
        CHECK(b.data().toString() == u"B"_s);
    }

    SECTION("switching documents resets the model")
    {
        auto other = makeDocument({{u"X"_s}});
        model.setDocument(other.get());
        CHECK(modelTree(model) == u"Section 1: X"_s);
        model.setDocument(nullptr);
        CHECK(model.rowCount() == 0);
    }
}

TEST_CASE("Dropping slides in the outline moves them in one undo step", "[app][models]")
{
    auto doc = makeDocument({{u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s}, {u"F"_s}});
    App::OutlineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(doc.get());
    const QModelIndex first = model.index(0, 0);
    const QModelIndex second = model.index(1, 0);

    std::unique_ptr<QMimeData> mime(
        model.mimeData({model.index(2, 0, first), model.index(0, 0, first), first}));
    REQUIRE(mime);
    CHECK(mime->hasFormat(App::OutlineModel::slideListMimeType()));
    CHECK_FALSE(
        model.canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, {})); // not between sections
    CHECK_FALSE(model.canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, model.index(0, 0, first)));

    SECTION("to a later place of the same section")
    {
        REQUIRE(model.dropMimeData(mime.get(), Qt::MoveAction, 4, 0, first));
        CHECK(modelTree(model) == u"Section 1: B D A C E | Section 2: F"_s);
        CHECK(doc->undoStack()->count() == 1);
        doc->undoStack()->undo();
        CHECK(modelTree(model) == u"Section 1: A B C D E | Section 2: F"_s);
        doc->undoStack()->redo();
        CHECK(modelTree(model) == u"Section 1: B D A C E | Section 2: F"_s);
    }
    SECTION("into another section")
    {
        REQUIRE(model.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, second));
        CHECK(modelTree(model) == u"Section 1: B D E | Section 2: A C F"_s);
        CHECK(doc->undoStack()->count() == 1);
        CHECK(doc->undoStack()->text(0) == u"Move 2 slides"_s);
        doc->undoStack()->undo();
        CHECK(modelTree(model) == u"Section 1: A B C D E | Section 2: F"_s);
    }
    SECTION("onto a section: at its end")
    {
        REQUIRE(model.dropMimeData(mime.get(), Qt::MoveAction, -1, 0, second));
        CHECK(modelTree(model) == u"Section 1: B D E | Section 2: F A C"_s);
    }
    SECTION("where they already are: no step")
    {
        std::unique_ptr<QMimeData> single(model.mimeData({model.index(1, 0, first)}));
        CHECK_FALSE(model.dropMimeData(single.get(), Qt::MoveAction, 1, 0, first));
        CHECK_FALSE(model.dropMimeData(single.get(), Qt::MoveAction, 2, 0, first));
        CHECK(doc->undoStack()->count() == 0);
    }
}

TEST_CASE("Slide thumbnails render off the UI thread and follow edits", "[app][models]")
{
    auto doc = makeDocument({{u"A"_s, u"B"_s}});
    App::ThumbnailRenderer renderer;
    App::OutlineModel model;
    model.setThumbnailRenderer(&renderer);
    model.setDocument(doc.get());
    const QModelIndex a = model.index(0, 0, model.index(0, 0));
    QSignalSpy ready(&renderer, &App::ThumbnailRenderer::slideThumbnailReady);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    CHECK(a.data(App::OutlineModel::ThumbnailRole).value<QImage>().isNull()); // rendering
    CHECK(renderer.pendingCount() == 1);
    REQUIRE(ready.wait(5000));
    CHECK_FALSE(changed.isEmpty());
    const QImage first = a.data(App::OutlineModel::ThumbnailRole).value<QImage>();
    CHECK(first.size() == App::ThumbnailRenderer::slideSize());
    CHECK(renderer.pendingCount() == 0);
    // Only the asked-for row was rendered.
    CHECK(ready.count() == 1);

    // An edit gives a new render; the stale image stays meanwhile.
    doc->push(std::make_unique<Core::SetSlideTitle>(doc.get(), model.slideId(a), u"Changed"_s));
    CHECK(a.data(App::OutlineModel::ThumbnailRole).value<QImage>() == first);
    REQUIRE(ready.wait(5000));
    CHECK(a.data(App::OutlineModel::ThumbnailRole).value<QImage>() != first);
}

TEST_CASE("Media files dropped on a slide are imported and put on it in one undo step",
          "[app][models]")
{
    auto doc = makeDocument({{u"A"_s}});
    App::OutlineModel model;
    model.setDocument(doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex section = model.index(0, 0);
    const QModelIndex slide = model.index(0, 0, section);
    const Core::SlideId id = model.slideId(slide);

    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(testDataPath(u"media/image.png"_s)),
                   QUrl::fromLocalFile(testDataPath(u"media/image.jpg"_s))});
    CHECK(model.canDropMimeData(&files, Qt::CopyAction, -1, -1, slide));
    CHECK_FALSE(model.canDropMimeData(&files, Qt::CopyAction, -1, -1, section));
    REQUIRE(model.dropMimeData(&files, Qt::CopyAction, -1, -1, slide));

    const auto &content = std::get<Core::ContentBody>(doc->course().slide(id)->body);
    int images = 0;
    for (const Core::ContentBlock &block : content.blocks)
        images += block.type == Core::ContentBlock::Type::Image && doc->course().asset(block.image);
    CHECK(images == 2);
    CHECK(doc->course().assets().size() == 2);
    CHECK(doc->undoStack()->count() == 1);
    doc->undoStack()->undo();
    CHECK(doc->course().assets().empty());
    CHECK(std::get<Core::ContentBody>(doc->course().slide(id)->body).blocks.empty());

    SECTION("a video slide takes a video, a poster and captions")
    {
        auto video
            = std::make_unique<Core::Slide>(Core::Slide::create(Core::SlideKind::Video, u"V"_s));
        const Core::SlideId videoId = video->id;
        doc->push(std::make_unique<Core::InsertSlide>(
            doc.get(), doc->course().sections().front()->id, 1, std::move(video)));
        const QModelIndex videoIndex = model.indexForSlide(videoId);
        QMimeData media;
        media.setUrls({QUrl::fromLocalFile(testDataPath(u"media/clip.mp4"_s)),
                       QUrl::fromLocalFile(testDataPath(u"media/image.png"_s)),
                       QUrl::fromLocalFile(testDataPath(u"media/captions.vtt"_s))});
        REQUIRE(model.dropMimeData(&media, Qt::CopyAction, -1, -1, videoIndex));
        const auto &body = std::get<Core::VideoBody>(doc->course().slide(videoId)->body);
        CHECK(doc->course().asset(body.video)->isVideo());
        CHECK(doc->course().asset(body.poster)->isImage());
        REQUIRE(body.captions.size() == 1);
        CHECK(body.captions.front().language == doc->course().metadata().language);
    }
    SECTION("a failed import is reported, never half applied")
    {
        QSignalSpy failed(&model, &App::OutlineModel::mediaImportFailed);
        QMimeData bad;
        bad.setUrls({QUrl::fromLocalFile(testDataPath(u"media/make-fixtures.sh"_s)),
                     QUrl::fromLocalFile(testDataPath(u"media/missing.png"_s))});
        if (model.canDropMimeData(&bad, Qt::CopyAction, -1, -1, slide)) {
            REQUIRE(model.dropMimeData(&bad, Qt::CopyAction, -1, -1, slide));
            CHECK(failed.count() == 1);
            CHECK(failed.first().first().toStringList().join(u' ').contains(u"missing.png"_s));
        }
        CHECK(doc->course().assets().empty());
    }
}
