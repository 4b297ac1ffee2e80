// SPDX-License-Identifier: MIT
// Issue 14, "Reuse": slides, sections and blocks copied in one document's window and pasted in
// another (media included) through the system clipboard, and slide templates (save, gallery,
// insert).
#include "WindowTestSupport.h"
#include "app/dialogs/TemplateGalleryDialog.h"
#include "app/docks/OutlineDock.h"
#include "app/models/FragmentClipboard.h"
#include "app/models/SlideTemplates.h"
#include "core/CourseFragment.h"
#include "core/ProjectFile.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace WindowTest;

namespace {

/** A second editor window on a small course of its own. */
struct OtherWindow
{
    explicit OtherWindow(WindowFixture &fixture)
    {
        window = std::make_unique<App::MainWindow>(fixture.registry, fixture.options);
        auto course = std::make_unique<Core::Course>();
        course->metadata().language = u"en"_s;
        auto section = std::make_unique<Core::Section>();
        section->id = Core::SectionId(u"other-section"_s);
        section->title = u"Other"_s;
        auto slide = std::make_unique<Core::Slide>(
            Core::Slide::create(Core::SlideKind::Content, u"Only slide"_s));
        slide->id = Core::SlideId(u"other-slide"_s);
        section->slides.push_back(std::move(slide));
        course->sections().push_back(std::move(section));
        window->setDocument(std::make_unique<Core::Document>(std::move(course)));
        window->show();
    }
    std::unique_ptr<App::MainWindow> window;
};

void activate(QWidget *window)
{
    window->activateWindow();
    QApplication::setActiveWindow(window);
}

/** The first slide of the sample that shows an image. */
const Core::Slide *slideWithImage(const Core::Course &course)
{
    for (const Core::Slide *slide : course.allSlides()) {
        for (const Core::AssetId &id : slide->referencedAssets()) {
            if (course.asset(id) && course.asset(id)->isImage())
                return slide;
        }
    }
    return nullptr;
}

/** Points QStandardPaths' data folder at a temporary one while alive. */
struct TemporaryDataHome
{
    TemporaryDataHome()
        : previous(qgetenv("XDG_DATA_HOME"))
    {
        qputenv("XDG_DATA_HOME", dir.path().toUtf8());
    }
    ~TemporaryDataHome() { qputenv("XDG_DATA_HOME", previous); }
    QTemporaryDir dir;
    QByteArray previous;
};

} // namespace

TEST_CASE("Slides copied in one window are pasted in another with their media", "[app][reuse]")
{
    QGuiApplication::clipboard()->clear();
    SampleWindow sample;
    sample.window->show();
    OtherWindow other(sample);
    App::OutlineDock *source = sample.window->outlineDock();
    App::OutlineDock *target = other.window->outlineDock();
    CHECK_FALSE(target->pasteAction()->isEnabled());

    const Core::Course &sampleCourse = sample.window->document()->course();
    const Core::Slide *withImage = slideWithImage(sampleCourse);
    REQUIRE(withImage);
    const QString title = withImage->title;
    const std::vector<Core::AssetId> assets = withImage->referencedAssets();
    source->selectSlide(withImage->id);

    // Ctrl+C in the outline (the tree view alone would copy its item's text).
    activate(sample.window.get());
    source->view()->setFocus();
    QTest::keyClick(source->view(), Qt::Key_C, Qt::ControlModifier);
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    REQUIRE(data);
    CHECK(data->hasFormat(Core::CourseFragment::mimeType()));
    CHECK(data->text().startsWith(title)); // for other applications
    CHECK(data->hasHtml());
    CHECK(target->pasteAction()->isEnabled());
    CHECK(target->pasteAction()->text() == u"&Paste Slides"_s);

    // Ctrl+V in the other window's outline.
    Core::Document *doc = other.window->document();
    target->selectSlide(Core::SlideId(u"other-slide"_s));
    activate(other.window.get());
    target->view()->setFocus();
    QTest::keyClick(target->view(), Qt::Key_V, Qt::ControlModifier);
    REQUIRE(doc->course().slideCount() == 2);
    const Core::Slide *pasted = doc->course().allSlides()[1];
    CHECK(pasted->title == title);
    CHECK(pasted->id != withImage->id);
    CHECK(target->currentSlideId() == pasted->id);
    for (const Core::AssetId &id : assets)
        CHECK(doc->course().asset(id));
    CHECK(doc->undoStack()->count() == 1);

    SECTION("it survives save and reopen")
    {
        const QString path = sample.dir.filePath(u"other.capsule"_s);
        REQUIRE(Core::ProjectFile::write(doc->course(), path));
        auto reopened = Core::ProjectFile::read(path);
        REQUIRE(reopened);
        CHECK((*reopened)->slideCount() == 2);
        for (const Core::AssetId &id : assets)
            CHECK((*reopened)->asset(id));
    }
    SECTION("undo takes the slide and its media away")
    {
        doc->undoStack()->undo();
        CHECK(doc->course().slideCount() == 1);
        CHECK(doc->course().assets().empty());
    }
    SECTION("whole sections, cut from the sample")
    {
        const Core::SectionId first = sampleCourse.sections()[0]->id;
        const QString sectionTitle = sampleCourse.sections()[0]->title;
        const int sampleSlides = sampleCourse.slideCount();
        const int sectionSlides = int(sampleCourse.sections()[0]->slides.size());
        QTreeView *view = source->view();
        view->selectionModel()->setCurrentIndex(view->model()->index(0, 0),
                                                QItemSelectionModel::ClearAndSelect
                                                    | QItemSelectionModel::Rows);
        CHECK(source->cutAction()->text() == u"Cu&t Sections"_s);
        source->cutAction()->trigger();
        CHECK(sample.window->document()->course().slideCount() == sampleSlides - sectionSlides);
        CHECK(target->pasteAction()->text() == u"&Paste Sections"_s);
        target->pasteAction()->trigger();
        REQUIRE(doc->course().sections().size() == 2);
        CHECK(doc->course().sections()[1]->title == sectionTitle);
        CHECK(doc->course().sections()[1]->id != first);
    }
}

TEST_CASE("Blocks copied in one document are pasted in another with their media", "[app][reuse]")
{
    QGuiApplication::clipboard()->clear();
    SampleWindow sample;
    OtherWindow other(sample);
    const Core::Course &sampleCourse = sample.window->document()->course();
    const Core::Slide *withImage = slideWithImage(sampleCourse);
    REQUIRE(withImage);
    const auto &blocks = std::get<Core::ContentBody>(withImage->body).blocks;
    int imageBlock = -1;
    for (size_t i = 0; i < blocks.size() && imageBlock < 0; ++i) {
        if (!blocks[i].image.isNull())
            imageBlock = int(i);
    }
    REQUIRE(imageBlock >= 0);
    auto fragment = Core::CourseFragment::fromBlocks(sampleCourse, withImage->id, {imageBlock});
    REQUIRE(fragment);
    REQUIRE(App::FragmentClipboard::copy(*fragment));
    CHECK(App::FragmentClipboard::kind() == Core::CourseFragment::Kind::Blocks);

    // Through the outline (into the current content slide) and the Edit menu's entry.
    App::OutlineDock *target = other.window->outlineDock();
    target->selectSlide(Core::SlideId(u"other-slide"_s));
    CHECK(target->pasteAction()->text() == u"&Paste Blocks"_s);
    target->pasteAction()->trigger();
    Core::Document *doc = other.window->document();
    const auto &pasted
        = std::get<Core::ContentBody>(doc->course().slide(Core::SlideId(u"other-slide"_s))->body)
              .blocks;
    REQUIRE(pasted.size() == 1);
    Core::ContentBlock expected = blocks[size_t(imageBlock)];
    expected.id = pasted[0].id; // a pasted block gets an id of its new slide
    CHECK(pasted[0] == expected);
    CHECK(doc->course().asset(pasted[0].image));
    CHECK(doc->undoStack()->count() == 1);
}

TEST_CASE("A slide saved as a template is inserted from the gallery", "[app][reuse]")
{
    TemporaryDataHome home;
    SampleWindow sample;
    App::OutlineDock *outline = sample.window->outlineDock();
    Core::Document *doc = sample.window->document();
    const Core::Slide *first = doc->course().allSlides()[0];
    const Core::Slide *withImage = slideWithImage(doc->course());
    REQUIRE(withImage);
    outline->selectSlide(withImage->id);
    CHECK(outline->saveAsTemplateAction()->isEnabled());
    REQUIRE(outline->saveSelectionAsTemplate(u"Mon modèle"_s));
    QStringList problems;
    const auto mine = App::SlideTemplates::userTemplates(&problems);
    CHECK(problems.isEmpty());
    REQUIRE(mine.size() == 1);
    CHECK(mine[0].name == u"Mon modèle"_s);
    CHECK(mine[0].filePath.endsWith(u"/templates/mon-modele.capsuleslide"_s));
    CHECK(mine[0].filePath.startsWith(home.dir.path()));
    CHECK_FALSE(mine[0].fragment.course().assets().empty()); // the media travel with it

    App::TemplateGalleryDialog dialog(doc->course());
    dialog.show();
    activate(&dialog);
    QListWidget *builtIn = dialog.builtInList();
    QListWidget *own = dialog.userList();
    CHECK(builtIn->count() == 13);
    CHECK(builtIn->item(0)->text() == u"Page de titre"_s); // a French course
    CHECK_FALSE(builtIn->item(0)->icon().isNull());
    REQUIRE(own->count() == 1);
    CHECK(own->item(0)->text() == u"Mon modèle"_s);

    SECTION("keyboard: arrows choose, Enter inserts a built-in template")
    {
        REQUIRE(QApplication::focusWidget() == builtIn);
        QTest::keyClick(builtIn, Qt::Key_Right);
        CHECK(dialog.chosenTemplate()->name == u"Objectifs pédagogiques"_s);
        auto *remove = dialog.findChild<QPushButton *>(u"deleteTemplateButton"_s);
        CHECK_FALSE(remove->isEnabled()); // built-in ones cannot be deleted
        QTest::keyClick(builtIn, Qt::Key_Return);
        CHECK(dialog.result() == QDialog::Accepted);
        outline->selectSlide(first->id);
        const int count = doc->course().slideCount();
        outline->pasteFragment(dialog.chosenTemplate()->fragment);
        CHECK(doc->course().slideCount() == count + 1);
        CHECK(doc->course().allSlides()[1]->title == u"Objectifs du module"_s);
    }
    SECTION("keyboard: Alt+M reaches my templates, Delete deletes one")
    {
        QTest::keyClick(&dialog, Qt::Key_M, Qt::AltModifier);
        CHECK(QApplication::focusWidget() == own);
        own->setCurrentRow(0);
        CHECK(dialog.chosenTemplate()->name == u"Mon modèle"_s);
        CHECK(dialog.findChild<QPushButton *>(u"deleteTemplateButton"_s)->isEnabled());
        dialog.deleteSelected(false);
        CHECK(App::SlideTemplates::userTemplates().empty());
        CHECK(own->isHidden());
    }
    SECTION("my template is inserted with its media into another course")
    {
        OtherWindow other(sample);
        App::TemplateGalleryDialog english(other.window->document()->course());
        CHECK(english.builtInList()->item(0)->text() == u"Title page"_s);
        english.userList()->setCurrentRow(0);
        REQUIRE(english.chosenTemplate());
        other.window->outlineDock()->pasteFragment(english.chosenTemplate()->fragment);
        const Core::Course &course = other.window->document()->course();
        REQUIRE(course.slideCount() == 2);
        for (const Core::AssetId &id : course.allSlides()[1]->referencedAssets())
            CHECK(course.asset(id));
    }
}
