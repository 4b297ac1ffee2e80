// SPDX-License-Identifier: MIT
// The block editors of issue 14 (image size and focal point, image and text, entries of tabs
// and the like, button, table, media) and the block commands: drag and drop, Alt+Up/Down,
// duplicate, cut, copy and paste, each one undo step.
#include "TestSupport.h"
#include "app/editors/BlockItemsEditor.h"
#include "app/editors/ContentBlockWidget.h"
#include "app/editors/ContentEditor.h"
#include "app/editors/ListTableEditor.h"
#include "app/editors/RichTextEdit.h"
#include "app/editors/SlideEditorHost.h"
#include "editors/EditorTestSupport.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDropEvent>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace EditorTest;
using Type = Core::ContentBlock::Type;

namespace {

const Core::ContentBody &contentOf(const Core::Document &doc, int slide = 0)
{
    return std::get<Core::ContentBody>(doc.course().slide(slideId(slide))->body);
}

QList<QWidget *> blockWidgets(const QWidget &editor)
{
    QList<QWidget *> blocks;
    for (QWidget *w : editor.findChildren<QWidget *>(u"contentBlock"_s))
        blocks.append(w);
    std::sort(blocks.begin(), blocks.end(), [](QWidget *a, QWidget *b) { return a->y() < b->y(); });
    return blocks;
}

struct Fixture
{
    std::unique_ptr<Core::Document> doc
        = makeDocument({Core::SlideKind::Content, Core::SlideKind::Content});
    App::SlideEditorHost host;
    App::ContentEditor *editor = nullptr;

    Fixture()
    {
        host.setDocument(doc.get());
        host.setCurrentSlide(slideId(0));
        host.resize(1100, 750);
        host.show();
        editor = qobject_cast<App::ContentEditor *>(host.currentEditor());
        REQUIRE(editor);
    }
    QWidget *block(int i)
    {
        const QList<QWidget *> blocks = blockWidgets(*editor);
        REQUIRE(i < blocks.size());
        return blocks[i];
    }
    QStringList types() const
    {
        QStringList list;
        for (const Core::ContentBlock &b : contentOf(*doc).blocks)
            list << Core::toString(b.type);
        return list;
    }
};

} // namespace

TEST_CASE("Every block type can be added from the editor's More menu", "[app][editors][blocks]")
{
    Fixture f;
    auto *more = child<QPushButton>(f.editor, u"addMoreBlocksButton"_s);
    REQUIRE(more->menu());
    int added = 0;
    for (QAction *action : more->menu()->actions()) {
        if (action->isSeparator() || action->objectName().isEmpty())
            continue;
        action->trigger();
        ++added;
    }
    CHECK(added == 16);
    CHECK(contentOf(*f.doc).blocks.size() == 16);
    CHECK(f.types().contains(u"labelled-graphic"_s));
    CHECK(f.types().contains(u"video"_s));
    // New blocks of entries come with two to fill in; the table with a 2 x 2 grid.
    for (const Core::ContentBlock &b : contentOf(*f.doc).blocks) {
        if (b.type == Type::Tabs)
            CHECK(b.items.size() == 2);
        if (b.type == Type::Table)
            CHECK(b.rows.size() == 2);
        CHECK_FALSE(App::ContentBlockWidget::typeName(b.type).isEmpty());
    }
    CHECK(f.doc->undoStack()->count() == 16);
    screenshot(f.host, u"blocks-all"_s);
}

TEST_CASE("Image blocks: size and focal point", "[app][editors][blocks]")
{
    Fixture f;
    f.editor->addBlock(Type::Image);
    QWidget *card = f.block(0);
    auto *size = child<QComboBox>(card, u"imageSizeCombo"_s);
    size->setCurrentIndex(size->findData(int(Core::ImageSize::Small)));
    emit size->activated(size->currentIndex());
    CHECK(contentOf(*f.doc).blocks[0].imageSize == Core::ImageSize::Small);
    auto *x = child<QSpinBox>(card, u"focusXSpin"_s);
    x->setValue(30);
    x->setValue(25);
    CHECK(contentOf(*f.doc).blocks[0].focusX == 25);
    CHECK(f.doc->undoStack()->count() == 3); // add, size, one merged focal-point step
    f.doc->undoStack()->undo();
    CHECK(contentOf(*f.doc).blocks[0].focusX == 50);
    CHECK(x->value() == 50);
}

TEST_CASE("Image and text block: side, width and text", "[app][editors][blocks]")
{
    Fixture f;
    f.editor->addBlock(Type::ImageText);
    QWidget *card = f.block(0);
    auto *side = child<QComboBox>(card, u"imageSideCombo"_s);
    side->setCurrentIndex(1);
    emit side->activated(1);
    auto *share = child<QComboBox>(card, u"imageShareCombo"_s);
    share->setCurrentIndex(1);
    emit share->activated(1);
    auto *rich = card->findChild<App::RichTextEdit *>();
    REQUIRE(rich);
    rich->textEdit()->setFocus();
    typeText(rich->textEdit(), u"Beside"_s);
    const Core::ContentBlock &b = contentOf(*f.doc).blocks[0];
    CHECK(b.imageSide == Core::ImageSide::Right);
    CHECK(b.imageShare == Core::ImageShare::Third);
    CHECK(b.text.contains(u"Beside"_s));
}

TEST_CASE("Blocks of entries: add, edit, move, remove, required", "[app][editors][blocks]")
{
    Fixture f;
    f.editor->addBlock(Type::Tabs);
    QWidget *card = f.block(0);
    auto *items = child<App::BlockItemsEditor>(card, u"blockItemsEditor"_s);
    REQUIRE(items->count() == 2);
    items->titleEdit(0)->setFocus();
    typeText(items->titleEdit(0), u"Avant"_s);
    items->titleEdit(1)->setFocus();
    typeText(items->titleEdit(1), u"Après"_s);
    CHECK(contentOf(*f.doc).blocks[0].items[0].title == u"Avant"_s);
    CHECK(contentOf(*f.doc).blocks[0].items[1].title == u"Après"_s);

    child<QPushButton>(card, u"addItemButton"_s)->click();
    REQUIRE(contentOf(*f.doc).blocks[0].items.size() == 3);
    CHECK(items->count() == 3);

    const QList<QToolButton *> ups = card->findChildren<QToolButton *>(u"moveItemUpButton"_s);
    REQUIRE(ups.size() == 3);
    // The second entry's "up" button: find it by its card order.
    QToolButton *secondUp = nullptr;
    for (QToolButton *b : ups) {
        if (b->isEnabled()
            && (!secondUp || b->mapTo(card, QPoint()).y() < secondUp->mapTo(card, QPoint()).y()))
            secondUp = b;
    }
    REQUIRE(secondUp);
    secondUp->click();
    CHECK(contentOf(*f.doc).blocks[0].items[0].title == u"Après"_s);
    CHECK(items->titleEdit(0)->text() == u"Après"_s);

    auto *required = child<QCheckBox>(card, u"requiredCheck"_s);
    required->click();
    CHECK(contentOf(*f.doc).blocks[0].required);

    const int steps = f.doc->undoStack()->count();
    card->findChildren<QToolButton *>(u"removeItemButton"_s).first()->click();
    CHECK(contentOf(*f.doc).blocks[0].items.size() == 2);
    CHECK(f.doc->undoStack()->count() == steps + 1);
    f.doc->undoStack()->undo();
    CHECK(contentOf(*f.doc).blocks[0].items.size() == 3);
    CHECK(items->count() == 3);
}

TEST_CASE("Labelled graphic markers and gallery pictures", "[app][editors][blocks]")
{
    Fixture f;
    f.editor->addBlock(Type::LabelledGraphic);
    QWidget *card = f.block(0);
    child<QPushButton>(card, u"addItemButton"_s)->click();
    auto *x = child<QSpinBox>(card, u"markerXSpin"_s);
    x->setValue(12);
    child<QSpinBox>(card, u"markerYSpin"_s)->setValue(88);
    const Core::BlockItem &marker = contentOf(*f.doc).blocks[0].items[0];
    CHECK(marker.x == 12);
    CHECK(marker.y == 88);

    f.editor->addBlock(Type::Gallery);
    QWidget *gallery = f.block(1);
    child<QPushButton>(gallery, u"addItemButton"_s)->click();
    CHECK(gallery->findChild<QComboBox *>(u"itemImageCombo"_s));
    CHECK(gallery->findChild<QLineEdit *>(u"itemAltTextEdit"_s));
    CHECK_FALSE(gallery->findChild<App::RichTextEdit *>(u"itemTextEdit"_s));
}

TEST_CASE("Button block: web address or slide", "[app][editors][blocks]")
{
    Fixture f;
    f.editor->addBlock(Type::Button);
    QWidget *card = f.block(0);
    auto *label = child<QLineEdit>(card, u"buttonLabelEdit"_s);
    label->setFocus();
    typeText(label, u"Go"_s);
    auto *url = child<QLineEdit>(card, u"buttonUrlEdit"_s);
    url->setFocus();
    typeText(url, u"https://example.org"_s);
    CHECK(contentOf(*f.doc).blocks[0].url == u"https://example.org"_s);
    QApplication::processEvents(); // new cards are shown by a queued call
    CHECK(url->isVisible());

    auto *target = child<QComboBox>(card, u"buttonTargetCombo"_s);
    target->setCurrentIndex(1);
    emit target->activated(1);
    auto *slide = child<QComboBox>(card, u"buttonSlideCombo"_s);
    CHECK(slide->isVisible());
    CHECK_FALSE(url->isVisible());
    CHECK(contentOf(*f.doc).blocks[0].targetSlide == slideId(0));
    slide->setCurrentIndex(2);
    emit slide->activated(2);
    CHECK(contentOf(*f.doc).blocks[0].targetSlide == slideId(1));
    CHECK(contentOf(*f.doc).blocks[0].text == u"Go"_s);
}

TEST_CASE("Table block: cells, rows, columns, header", "[app][editors][blocks]")
{
    Fixture f;
    f.editor->addBlock(Type::Table);
    QWidget *card = f.block(0);
    auto *table = child<QTableWidget>(card, u"tableCells"_s);
    CHECK(table->rowCount() == 2);
    CHECK(table->columnCount() == 2);
    table->item(1, 0)->setText(u"A"_s);
    CHECK(contentOf(*f.doc).blocks[0].rows[1] == QStringList{u"A"_s});
    child<QPushButton>(card, u"addColumnButton"_s)->click();
    CHECK(table->columnCount() == 3);
    child<QPushButton>(card, u"addRowButton"_s)->click();
    CHECK(table->rowCount() == 3);
    child<QCheckBox>(card, u"headerRowCheck"_s)->click();
    CHECK_FALSE(contentOf(*f.doc).blocks[0].headerRow);
    table->setCurrentCell(0, 0);
    child<QPushButton>(card, u"removeRowButton"_s)->click();
    CHECK(contentOf(*f.doc).blocks[0].rows.size() == 2);
    CHECK(contentOf(*f.doc).blocks[0].rows[0].first() == u"A"_s);
}

TEST_CASE("Audio and video blocks choose their file and required share", "[app][editors][blocks]")
{
    Fixture f;
    f.editor->addBlock(Type::Audio);
    f.editor->addBlock(Type::Video);
    auto *audioMedia = child<QComboBox>(f.block(0), u"mediaAssetCombo"_s);
    CHECK(audioMedia->itemText(0) == u"No sound file"_s);
    auto *percent = child<QSpinBox>(f.block(0), u"requiredPercentSpin"_s);
    percent->setValue(100);
    CHECK(contentOf(*f.doc).blocks[0].media.requiredWatchedPercent == 100);
    CHECK(child<QComboBox>(f.block(1), u"posterAssetCombo"_s));
    CHECK(f.block(0)->findChild<App::RichTextEdit *>()); // the transcript
}

TEST_CASE("A video block takes several caption tracks, edited as on a video slide",
          "[app][editors][blocks]")
{
    Fixture f;
    f.editor->addBlock(Type::Video);
    auto *tracks = child<App::ListTableEditor>(f.block(0), u"captionsTable"_s);
    CHECK(tracks->rowCount() == 0);
    const int steps = f.doc->undoStack()->count();

    // Two languages, each one undo step with its file.
    REQUIRE(f.editor->addCaptionTrack(
        0, testDataPath(u"media/captions.vtt"_s), u"fr"_s, u"Français"_s));
    REQUIRE(f.editor->addCaptionTrack(0, testDataPath(u"media/captions.vtt"_s), u"en"_s));
    CHECK(f.doc->undoStack()->count() == steps + 2);
    const auto &captions = contentOf(*f.doc).blocks[0].media.captions;
    REQUIRE(captions.size() == 2);
    CHECK(captions[0].language == u"fr"_s);
    CHECK(captions[0].label == u"Français"_s);
    CHECK(captions[1].language == u"en"_s);
    CHECK(f.doc->course().asset(captions[0].vtt)->isCaptions());
    tracks = child<App::ListTableEditor>(f.block(0), u"captionsTable"_s);
    REQUIRE(tracks->rowCount() == 2);
    CHECK(tracks->table()->item(1, 0)->text() == u"en"_s);
    CHECK(tracks->table()->item(0, 3)->text().contains(u"cue"_s));

    // The label is edited in place, the order changed, a track removed: each one step.
    tracks->table()->item(1, 1)->setText(u"English"_s);
    CHECK(contentOf(*f.doc).blocks[0].media.captions[1].label == u"English"_s);
    tracks = child<App::ListTableEditor>(f.block(0), u"captionsTable"_s);
    emit tracks->moveRequested(1, 0);
    CHECK(contentOf(*f.doc).blocks[0].media.captions[0].language == u"en"_s);
    tracks = child<App::ListTableEditor>(f.block(0), u"captionsTable"_s);
    emit tracks->removeRequested(1);
    REQUIRE(contentOf(*f.doc).blocks[0].media.captions.size() == 1);
    CHECK(contentOf(*f.doc).blocks[0].media.captions[0].label == u"English"_s);
    f.doc->undoStack()->undo();
    CHECK(contentOf(*f.doc).blocks[0].media.captions.size() == 2);

    // Not a caption file: refused, nothing changes.
    const int before = f.doc->undoStack()->count();
    CHECK_FALSE(f.editor->addCaptionTrack(0, testDataPath(u"media/image.png"_s)));
    CHECK(f.doc->undoStack()->count() == before);
}

TEST_CASE("Blocks move by drag and drop and by Alt+Up/Down", "[app][editors][blocks]")
{
    Fixture f;
    f.editor->addBlock(Type::Heading);
    f.editor->addBlock(Type::Quote);
    f.editor->addBlock(Type::Divider);
    REQUIRE(f.types() == QStringList({u"heading"_s, u"quote"_s, u"divider"_s}));

    SECTION("keyboard")
    {
        QWidget *field = child<QLineEdit>(f.block(0), u"headingTextEdit"_s);
        field->setFocus();
        QTest::keyClick(field, Qt::Key_Down, Qt::AltModifier);
        CHECK(f.types() == QStringList({u"quote"_s, u"heading"_s, u"divider"_s}));
        QApplication::processEvents();
        QWidget *moved = child<QLineEdit>(f.block(1), u"headingTextEdit"_s);
        QTest::keyClick(moved, Qt::Key_Up, Qt::AltModifier);
        CHECK(f.types() == QStringList({u"heading"_s, u"quote"_s, u"divider"_s}));
        CHECK(f.doc->undoStack()->count() == 5);
        f.doc->undoStack()->undo();
        CHECK(f.types() == QStringList({u"quote"_s, u"heading"_s, u"divider"_s}));
    }
    SECTION("drag and drop: the first block dropped below the last")
    {
        QWidget *container = f.block(0)->parentWidget();
        auto *mime = new QMimeData;
        mime->setData(App::ContentBlockWidget::dragMimeType(), "0");
        const QPoint below(10, f.block(2)->geometry().bottom() - 2);
        QDropEvent drop(below, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        // QDropEvent::source() is only set by a real drag, from this editor's grip: a drop
        // from anywhere else (another window, another application) is refused.
        QApplication::sendEvent(container, &drop);
        QApplication::processEvents();
        CHECK(f.types() == QStringList({u"heading"_s, u"quote"_s, u"divider"_s}));
        // The editor's own move, as the drop performs it.
        f.editor->moveBlockTo(0, 2);
        CHECK(f.types() == QStringList({u"quote"_s, u"divider"_s, u"heading"_s}));
        f.doc->undoStack()->undo();
        CHECK(f.types() == QStringList({u"heading"_s, u"quote"_s, u"divider"_s}));
        delete mime;
    }
}

TEST_CASE("Blocks are duplicated, cut, copied and pasted, in the course and another one",
          "[app][editors][blocks]")
{
    QGuiApplication::clipboard()->clear();
    Fixture f;
    f.editor->addBlock(Type::KeyFigure);
    auto *figure = child<QLineEdit>(f.block(0), u"figureEdit"_s);
    figure->setFocus();
    typeText(figure, u"87 %"_s);
    f.editor->addBlock(Type::Divider);
    CHECK_FALSE(child<QPushButton>(f.editor, u"pasteBlockButton"_s)->isEnabled());

    // The block menu's actions.
    auto *menuButton = child<QToolButton>(f.block(0), u"blockMenuButton"_s);
    REQUIRE(menuButton->menu());
    menuButton->menu()->findChild<QAction *>(u"duplicateBlockAction"_s)->trigger();
    CHECK(f.types() == QStringList({u"key-figure"_s, u"key-figure"_s, u"divider"_s}));
    CHECK(contentOf(*f.doc).blocks[1].text == u"87 %"_s);

    f.editor->copyBlock(0);
    CHECK(child<QPushButton>(f.editor, u"pasteBlockButton"_s)->isEnabled());
    f.editor->cutBlock(2); // the divider now on the clipboard
    CHECK(f.types() == QStringList({u"key-figure"_s, u"key-figure"_s}));
    f.editor->pasteBlock(0);
    CHECK(f.types() == QStringList({u"key-figure"_s, u"divider"_s, u"key-figure"_s}));
    const int steps = f.doc->undoStack()->count();
    f.doc->undoStack()->undo();
    CHECK(f.types() == QStringList({u"key-figure"_s, u"key-figure"_s}));
    f.doc->undoStack()->redo();
    CHECK(f.doc->undoStack()->count() == steps);

    SECTION("pasting on another slide of the same course")
    {
        f.host.setCurrentSlide(slideId(1));
        auto *other = qobject_cast<App::ContentEditor *>(f.host.currentEditor());
        REQUIRE(other);
        CHECK(other->canPasteBlock());
        child<QPushButton>(other, u"pasteBlockButton"_s)->click();
        CHECK(contentOf(*f.doc, 1).blocks.size() == 1);
        CHECK(contentOf(*f.doc, 1).blocks[0].type == Type::Divider);
    }
    SECTION("into another document, through the system clipboard")
    {
        auto otherDoc = makeDocument({Core::SlideKind::Content});
        App::SlideEditorHost host;
        host.setDocument(otherDoc.get());
        host.setCurrentSlide(slideId(0));
        auto *other = qobject_cast<App::ContentEditor *>(host.currentEditor());
        REQUIRE(other);
        CHECK(other->canPasteBlock());
        other->pasteBlock(-1);
        REQUIRE(contentOf(*otherDoc).blocks.size() == 1);
        CHECK(contentOf(*otherDoc).blocks[0].type == Type::Divider);
        CHECK(otherDoc->undoStack()->count() == 1);
    }
    SECTION("Ctrl+C on a block's menu button copies the block, not text")
    {
        auto *button = child<QToolButton>(f.block(0), u"blockMenuButton"_s);
        f.host.activateWindow();
        QApplication::setActiveWindow(&f.host);
        REQUIRE(QTest::qWaitForWindowActive(&f.host));
        button->setFocus();
        QApplication::processEvents();
        INFO("focus window: " << (QGuiApplication::focusWindow() == f.host.windowHandle()));
        QTest::keyClick(button, Qt::Key_C, Qt::ControlModifier);
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        REQUIRE(data);
        CHECK(data->data(u"application/x-capsule-fragment-kind"_s) == "blocks");
        CHECK(data->text() == u"87 %"_s);
        QTest::keyClick(button, Qt::Key_V, Qt::ControlModifier); // after this block
        CHECK(f.types()
              == QStringList({u"key-figure"_s, u"key-figure"_s, u"divider"_s, u"key-figure"_s}));
    }
}
