// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "WindowTestSupport.h"
#include "app/MainWindow.h"
#include "app/docks/MediaLibraryDock.h"
#include "app/docks/OutlineDock.h"
#include "app/files/RecentFiles.h"
#include "app/models/MediaLibraryModel.h"
#include "app/models/OutlineModel.h"
#include "core/Document.h"
#include "core/commands/SetSlideTitle.h"
#include "export/BuiltinExporters.h"
#include "export/ExporterRegistry.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QFileInfo>
#include <QImage>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

using Fixture = WindowTest::WindowFixture;

QAction *action(const App::MainWindow &window, const QString &name)
{
    auto *found = window.findChild<QAction *>(name);
    REQUIRE(found);
    return found;
}

std::vector<Core::SlideKind> kinds(const Core::Document &doc)
{
    std::vector<Core::SlideKind> result;
    for (const Core::Slide *slide : doc.course().allSlides())
        result.push_back(slide->kind());
    return result;
}

void dropUrls(QWidget *target, const QList<QUrl> &urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    CHECK(drop.isAccepted());
}

} // namespace

TEST_CASE("MainWindow shows the sample course outline and tracks modifications", "[app]")
{
    Fixture f;
    App::MainWindow window(f.registry, f.options);
    auto document = Core::Document::fromTemplate(u"sample"_s);
    REQUIRE(document);
    Core::Document *doc = document->get();
    window.setDocument(std::move(document).value());

    App::OutlineModel *outline = window.outlineDock()->model();
    int slides = 0;
    for (int i = 0; i < outline->rowCount(); ++i)
        slides += outline->rowCount(outline->index(i, 0));
    CHECK(outline->rowCount() == int(doc->course().sections().size()));
    CHECK(slides == doc->course().slideCount());
    CHECK_FALSE(window.isWindowModified());
    CHECK(window.windowTitle().contains(u"[*]"_s));
    // The first slide is current when a document opens.
    CHECK(window.outlineDock()->currentSlideId() == doc->course().allSlides().front()->id);

    const Core::Slide *first = doc->course().allSlides().front();
    doc->push(std::make_unique<Core::SetSlideTitle>(doc, first->id, u"Renamed"_s));
    CHECK(window.isWindowModified());
    CHECK(outline->index(0, 0, outline->index(0, 0)).data().toString() == u"Renamed"_s);
    CHECK(action(window, u"actionUndo"_s)->isEnabled());
    action(window, u"actionUndo"_s)->trigger();
    CHECK_FALSE(window.isWindowModified());
    CHECK(first->title != u"Renamed"_s);
    action(window, u"actionRedo"_s)->trigger();
    CHECK(first->title == u"Renamed"_s);
}

TEST_CASE("MainWindow builds a course through its actions, saves and reopens it", "[app]")
{
    Fixture f;
    App::MainWindow window(f.registry, f.options);
    action(window, u"actionNew"_s)->trigger();
    Core::Document *doc = window.document();
    REQUIRE(doc);
    REQUIRE(doc->course().slideCount() == 1);
    App::OutlineDock *outline = window.outlineDock();

    // One slide of every kind and question type, each added after the current one.
    const QList<QAction *> adds = outline->addSlideActions();
    REQUIRE(adds.size() == int(App::SlideOperations::newSlideChoices().size()));
    for (QAction *add : adds)
        add->trigger();
    CHECK(doc->course().slideCount() == 1 + adds.size());
    std::vector<Core::SlideKind> expected{Core::SlideKind::Content, Core::SlideKind::Content};
    for (size_t i = 0; i < Core::allQuestionTypes().size(); ++i)
        expected.push_back(Core::SlideKind::Question);
    expected.push_back(Core::SlideKind::Draw);
    expected.push_back(Core::SlideKind::Scenario);
    expected.push_back(Core::SlideKind::Video);
    expected.push_back(Core::SlideKind::Result);
    CHECK(kinds(*doc) == expected);
    std::vector<Core::QuestionType> types;
    for (const Core::Slide *slide : doc->course().allSlides()) {
        if (const Core::Question *q = slide->question())
            types.push_back(q->type);
    }
    CHECK(types == Core::allQuestionTypes());
    // The newest slide is current.
    CHECK(outline->currentSlideId() == doc->course().allSlides().back()->id);

    SECTION("multi-selection delete is one undo step")
    {
        const auto all = doc->course().allSlides();
        outline->selectSlides({all[1]->id, all[3]->id, all[5]->id});
        CHECK(outline->selectedSlideIds().size() == 3);
        const int steps = doc->undoStack()->count();
        REQUIRE(outline->deleteAction()->isEnabled());
        outline->deleteAction()->trigger();
        CHECK(doc->course().slideCount() == int(all.size()) - 3);
        CHECK(doc->undoStack()->count() == steps + 1);
        CHECK(doc->course().slide(all[1]->id) == nullptr);
        // The next remaining slide becomes current.
        CHECK(outline->currentSlideId() == all[6]->id);
        action(window, u"actionUndo"_s)->trigger();
        CHECK(doc->course().slideCount() == int(all.size()));
        CHECK(doc->course().allSlides() == all);
    }

    SECTION("duplicate, reorder, save, reopen")
    {
        const auto all = doc->course().allSlides();
        outline->selectSlides({all[2]->id, all[3]->id});
        outline->duplicateAction()->trigger();
        CHECK(doc->course().slideCount() == int(all.size()) + 2);
        CHECK(doc->course().allSlides()[3]->title == all[2]->title + u" (copy)"_s);

        outline->selectSlide(all.back()->id);
        outline->moveUpAction()->trigger();
        CHECK(doc->course().allSlides()[doc->course().slideCount() - 2]->id == all.back()->id);
        outline->moveDownAction()->trigger();
        CHECK(doc->course().allSlides().back()->id == all.back()->id);

        // A second section, and the selection moved into it.
        outline->addSectionAction()->trigger();
        REQUIRE(doc->course().sections().size() == 2);
        outline->selectSlides({all[0]->id, all[1]->id});
        outline->moveDownAction()->trigger();
        CHECK(doc->course().allSlides()[1]->id == all[0]->id);
        CHECK(doc->course().allSlides()[2]->id == all[1]->id);
        // Move to Section ▸ <the new section>
        QMenu *moveTo = outline->moveToSectionMenu();
        emit moveTo->aboutToShow();
        REQUIRE(moveTo->actions().size() == 2);
        moveTo->actions().back()->trigger();
        CHECK(doc->course().sections()[1]->slides.size() == 2);
        CHECK(doc->course().sections()[1]->slides[0]->id == all[0]->id);

        const QString path = f.dir.filePath(u"built.capsule"_s);
        REQUIRE(doc->save(path));
        CHECK_FALSE(window.isWindowModified());
        const std::unique_ptr<Core::Course> saved = doc->course().clone();
        REQUIRE(window.openFile(path));
        REQUIRE(window.document());
        CHECK(window.document() != nullptr);
        CHECK(window.document()->course() == *saved);
        CHECK(window.outlineDock()->model()->rowCount() == 2);
        CHECK(window.recentFiles()->files().value(0) == QFileInfo(path).absoluteFilePath());
    }
}

TEST_CASE("MainWindow opens recent files and .capsule files dropped on it", "[app]")
{
    Fixture f;
    const QString a = f.dir.filePath(u"a.capsule"_s);
    const QString b = f.dir.filePath(u"b.capsule"_s);
    for (const QString &path : {a, b}) {
        auto doc = Core::Document::fromTemplate(u"sample"_s);
        REQUIRE(doc);
        REQUIRE(doc.value()->save(path));
    }
    App::MainWindow window(f.registry, f.options);
    REQUIRE(window.openFile(a));
    CHECK(window.document()->filePath() == a);

    dropUrls(&window, {QUrl::fromLocalFile(b)});
    REQUIRE(window.document());
    CHECK(window.document()->filePath() == b);
    CHECK(window.windowTitle().startsWith(u"b.capsule"_s));

    // Open Recent lists both, newest first, and opens them.
    emit window.recentFilesMenu()->aboutToShow();
    const QList<QAction *> entries = window.recentFilesMenu()->actions();
    REQUIRE(entries.size() >= 2);
    CHECK(entries[0]->data().toString() == QFileInfo(b).absoluteFilePath());
    CHECK(entries[1]->data().toString() == QFileInfo(a).absoluteFilePath());
    entries[1]->trigger();
    CHECK(window.document()->filePath() == QFileInfo(a).absoluteFilePath());
}

TEST_CASE("MainWindow imports media files dropped on it", "[app]")
{
    Fixture f;
    App::MainWindow window(f.registry, f.options);
    auto doc = Core::Document::fromTemplate(u"blank"_s);
    REQUIRE(doc);
    window.setDocument(std::move(doc).value());
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::green);
    const QString png = f.dir.filePath(u"green.png"_s);
    REQUIRE(image.save(png));

    QSignalSpy finished(window.mediaDock(), &App::MediaLibraryDock::importFinished);
    dropUrls(&window, {QUrl::fromLocalFile(png)});
    REQUIRE(finished.wait(5000));
    CHECK(finished.first().at(0).toInt() == 1);
    CHECK(window.document()->course().assets().size() == 1);
    CHECK(window.mediaDock()->model()->rowCount() == 1);
    CHECK(window.isWindowModified());
}

TEST_CASE("MainWindow autosaves and recovers after a crash", "[app]")
{
    Fixture f;
    f.options.autosaveIntervalMs = 50;
    QString expectedTitle;
    {
        App::MainWindow crashed(f.registry, f.options);
        auto doc = Core::Document::fromTemplate(u"sample"_s);
        REQUIRE(doc);
        crashed.setDocument(std::move(doc).value());
        QSignalSpy autosaved(crashed.autosave(), &App::AutosaveManager::autosaved);
        crashed.outlineDock()->addSlideAction()->trigger();
        REQUIRE(autosaved.wait(5000));
        expectedTitle = crashed.document()->course().allSlides()[1]->title;
        crashed.autosave()->abandon();
        crashed.document()->undoStack()->setClean(); // so closing does not ask
    }
    App::MainWindow window(f.registry, f.options);
    const auto stale = window.autosave()->staleRecoveries();
    REQUIRE(stale.size() == 1);
    REQUIRE(window.recover(stale.front()));
    REQUIRE(window.document());
    CHECK(window.document()->isModified());
    CHECK(window.isWindowModified());
    CHECK(window.document()->course().allSlides()[1]->title == expectedTitle);
    window.document()->undoStack()->setClean();
}
