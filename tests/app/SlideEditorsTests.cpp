// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "app/editors/ContentEditor.h"
#include "app/editors/IssueListWidget.h"
#include "app/editors/ResultEditor.h"
#include "app/editors/RichTextEdit.h"
#include "app/editors/SlideEditorHost.h"
#include "app/editors/SlidePropertiesWidget.h"
#include "core/HtmlSanitizer.h"
#include "core/commands/RemoveSlide.h"
#include "core/commands/SetSlideTitle.h"
#include "editors/EditorTestSupport.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace EditorTest;
using Type = Core::ContentBlock::Type;

namespace {

const Core::ContentBody &contentOf(const Core::Document &doc, int slide)
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

} // namespace

TEST_CASE("SlideEditorHost shows the editor of the slide's kind and an empty state",
          "[app][editors]")
{
    auto doc = makeDocument({Core::SlideKind::Content,
                             Core::SlideKind::Question,
                             Core::SlideKind::Video,
                             Core::SlideKind::Result});
    App::SlideEditorHost host;
    host.resize(1100, 750);
    host.show();
    auto *emptyTitle = child<QLabel>(&host, u"emptyStateTitle"_s);
    CHECK(host.currentEditor() == nullptr);

    host.setDocument(doc.get());
    CHECK(host.currentEditor() == nullptr);
    CHECK(emptyTitle->text() == u"Select a slide in the outline"_s);
    CHECK(emptyTitle->isVisible());

    const QString expected[]
        = {u"contentEditor"_s, u"questionEditor"_s, u"videoEditor"_s, u"resultEditor"_s};
    for (int i = 0; i < 4; ++i) {
        host.setCurrentSlide(slideId(i));
        REQUIRE(host.currentEditor());
        CHECK(host.currentEditor()->objectName() == expected[i]);
        CHECK(host.currentEditor()->isVisible());
    }

    host.setCurrentSlide(slideId(0));
    QSignalSpy status(&host, &App::SlideEditorHost::statusMessageRequested);
    doc->push(std::make_unique<Core::RemoveSlide>(doc.get(), slideId(0)));
    CHECK(host.currentEditor() == nullptr);
    CHECK(emptyTitle->isVisible());
    doc->undoStack()->undo();
    host.setCurrentSlide(slideId(0));
    CHECK(host.currentEditor()->objectName() == u"contentEditor"_s);

    host.setCurrentSlide({});
    CHECK(host.currentEditor() == nullptr);
    screenshot(host, u"empty"_s);
}

TEST_CASE("ContentEditor adds, edits, moves and removes blocks through commands", "[app][editors]")
{
    auto doc = makeDocument({Core::SlideKind::Content});
    App::SlideEditorHost host;
    host.setDocument(doc.get());
    host.setCurrentSlide(slideId(0));
    host.resize(1100, 750);
    host.show();
    QWidget *editor = host.currentEditor();
    REQUIRE(editor);
    QUndoStack *undo = doc->undoStack();

    child<QPushButton>(editor, u"addHeadingButton"_s)->click();
    child<QPushButton>(editor, u"addTextButton"_s)->click();
    child<QPushButton>(editor, u"addImageButton"_s)->click();
    child<QPushButton>(editor, u"addCalloutButton"_s)->click();
    REQUIRE(contentOf(*doc, 0).blocks.size() == 4);
    CHECK(contentOf(*doc, 0).blocks[0].type == Type::Heading);
    CHECK(contentOf(*doc, 0).blocks[1].type == Type::RichText);
    CHECK(contentOf(*doc, 0).blocks[2].type == Type::Image);
    CHECK(contentOf(*doc, 0).blocks[3].type == Type::Callout);
    CHECK(undo->count() == 4);
    QList<QWidget *> blocks = blockWidgets(*editor);
    REQUIRE(blocks.size() == 4);

    SECTION("heading text and level")
    {
        auto *text = child<QLineEdit>(blocks[0], u"headingTextEdit"_s);
        typeText(text, u"Pourquoi écouter ?"_s);
        CHECK(contentOf(*doc, 0).blocks[0].text == u"Pourquoi écouter ?"_s);
        CHECK(undo->count() == 5); // the typing burst is one step
        auto *level = child<QComboBox>(blocks[0], u"headingLevelCombo"_s);
        level->setCurrentIndex(1);
        emit level->activated(1);
        CHECK(contentOf(*doc, 0).blocks[0].headingLevel == 3);
    }

    SECTION("rich text typing merges, keeps focus and cursor, and undo updates the widget")
    {
        auto *rich = child<App::RichTextEdit>(blocks[1], u"richTextEdit"_s);
        QTextEdit *area = rich->textEdit();
        QApplication::setActiveWindow(&host);
        area->setFocus();
        typeText(area, u"Un client "_s);
        rich->findChild<QAction *>(u"boldAction"_s)->trigger();
        typeText(area, u"écouté"_s);
        rich->findChild<QAction *>(u"boldAction"_s)->trigger();
        QTest::keyClick(area, Qt::Key_Return);
        rich->findChild<QAction *>(u"bulletListAction"_s)->trigger();
        typeText(area, u"point"_s);
        REQUIRE(rich->setLink(u"https://example.com"_s));

        const QString stored = contentOf(*doc, 0).blocks[1].text;
        CHECK(
            stored
            == u"<p>Un client <strong>écouté</strong></p><ul><li><a href=\"https://example.com\">point</a></li></ul>"_s);
        CHECK(Core::HtmlSanitizer::isSafe(stored));
        CHECK(undo->count() == 5);
        // The widgets were not rebuilt: same field, still focused, cursor at the end.
        CHECK(blockWidgets(*editor)[1]->findChild<QTextEdit *>() == area);
        CHECK(area->hasFocus());
        CHECK(area->textCursor().position() == area->document()->characterCount() - 1);

        undo->undo();
        CHECK(contentOf(*doc, 0).blocks[1].text.isEmpty());
        CHECK(area->toPlainText().isEmpty());
        undo->redo();
        CHECK(area->toPlainText() == u"Un client écouté\npoint"_s);
    }

    SECTION("pasted hostile HTML is sanitized before it is stored")
    {
        auto *rich = child<App::RichTextEdit>(blocks[3], u"richTextEdit"_s);
        auto *mime = new QMimeData;
        mime->setHtml(u"<table><tr><td style=\"color:red\">cell</td></tr></table>"
                      "<script>alert(1)</script><span style=\"font-size:40px\">big</span>"
                      "<a href=\"javascript:alert(2)\">js</a><img src=x onerror=alert(3)>"_s);
        QApplication::clipboard()->setMimeData(mime);
        rich->textEdit()->paste();
        const QString stored = contentOf(*doc, 0).blocks[3].text;
        CHECK(Core::HtmlSanitizer::isSafe(stored));
        CHECK(stored.contains(u"cell"_s));
        CHECK(stored.contains(u"big"_s));
        CHECK_FALSE(stored.contains(u"alert"_s));
        CHECK_FALSE(stored.contains(u"style"_s));
        CHECK_FALSE(stored.contains(u"<table"_s));
        auto *style = child<QComboBox>(blocks[3], u"calloutStyleCombo"_s);
        style->setCurrentIndex(2);
        emit style->activated(2);
        CHECK(contentOf(*doc, 0).blocks[3].calloutStyle == Core::CalloutStyle::Warning);
    }

    SECTION("image block: import, alt text warning, caption")
    {
        auto *altWarning = child<QLabel>(blocks[2], u"altTextWarning"_s);
        CHECK_FALSE(altWarning->isHidden());
        auto *content = qobject_cast<App::ContentEditor *>(editor);
        REQUIRE(content->importImage(2, testDataPath(u"media/image.png"_s)));
        const Core::AssetId image = contentOf(*doc, 0).blocks[2].image;
        REQUIRE_FALSE(image.isNull());
        CHECK(doc->course().asset(image));
        CHECK(undo->count() == 5); // import + choose: one step
        auto *combo = child<QComboBox>(blocks[2], u"imageAssetCombo"_s);
        CHECK(combo->currentData().toString() == image.toString());
        CHECK_FALSE(child<QLabel>(blocks[2], u"imagePreview"_s)->pixmap().isNull());

        typeText(child<QLineEdit>(blocks[2], u"altTextEdit"_s), u"Quatre étapes"_s);
        CHECK(contentOf(*doc, 0).blocks[2].altText == u"Quatre étapes"_s);
        CHECK(altWarning->isHidden());
        typeText(child<QLineEdit>(blocks[2], u"captionEdit"_s), u"Légende"_s);
        CHECK(contentOf(*doc, 0).blocks[2].caption == u"Légende"_s);

        undo->undo(); // caption
        undo->undo(); // alt text
        CHECK_FALSE(altWarning->isHidden());
        undo->undo(); // import
        CHECK(contentOf(*doc, 0).blocks[2].image.isNull());
        CHECK_FALSE(doc->course().asset(image));
        CHECK(combo->currentIndex() == 0);

        CHECK_FALSE(content->importImage(2, testDataPath(u"media/captions.vtt"_s)));
        CHECK_FALSE(content->importImage(2, testDataPath(u"media/missing.png"_s)));
    }

    SECTION("move and remove")
    {
        child<QToolButton>(blocks[1], u"moveBlockUpButton"_s)->click();
        CHECK(contentOf(*doc, 0).blocks[0].type == Type::RichText);
        CHECK(contentOf(*doc, 0).blocks[1].type == Type::Heading);
        blocks = blockWidgets(*editor);
        CHECK_FALSE(child<QToolButton>(blocks[0], u"moveBlockUpButton"_s)->isEnabled());
        CHECK_FALSE(child<QToolButton>(blocks[3], u"moveBlockDownButton"_s)->isEnabled());
        child<QToolButton>(blocks[0], u"moveBlockDownButton"_s)->click();
        CHECK(contentOf(*doc, 0).blocks[0].type == Type::Heading);
        blocks = blockWidgets(*editor);
        child<QToolButton>(blocks[2], u"removeBlockButton"_s)->click();
        REQUIRE(contentOf(*doc, 0).blocks.size() == 3);
        CHECK(contentOf(*doc, 0).blocks[2].type == Type::Callout);
        CHECK(blockWidgets(*editor).size() == 3);
        undo->undo();
        CHECK(blockWidgets(*editor).size() == 4);
    }
}

TEST_CASE("ContentEditor screenshot with every block type", "[app][editors]")
{
    auto doc = Core::Document::fromTemplate(u"sample"_s);
    REQUIRE(doc);
    App::SlideEditorHost host;
    host.setDocument(doc->get());
    host.setCurrentSlide(Core::SlideId(u"fondamentaux-definition"_s));
    REQUIRE(host.currentEditor());
    screenshot(host, u"content"_s);
    host.setCurrentSlide(Core::SlideId(u"intro-objectifs"_s));
    screenshot(host, u"content2"_s);
}

TEST_CASE("SlidePropertiesWidget edits the title and shows the slide's issues", "[app][editors]")
{
    auto doc = makeDocument({Core::SlideKind::Content, Core::SlideKind::Question});
    App::SlidePropertiesWidget properties;
    properties.setDocument(doc.get());
    properties.setCurrentSlide(slideId(1));
    properties.resize(360, 600);
    properties.show();

    auto *title = child<QLineEdit>(&properties, u"slideTitleEdit"_s);
    CHECK(title->text() == u"Slide 1"_s);
    title->selectAll();
    typeText(title, u"Quiz"_s);
    CHECK(doc->course().slide(slideId(1))->title == u"Quiz"_s);
    CHECK(doc->undoStack()->count() == 1);
    CHECK(child<QLabel>(&properties, u"kindLabel"_s)->text() == u"Question"_s);
    CHECK(child<QLabel>(&properties, u"questionTypeLabel"_s)->text() == u"Single choice"_s);

    auto *issues = child<App::IssueListWidget>(&properties, u"issueList"_s);
    CHECK(issues->messages().contains(u"The question has no prompt."_s));

    child<QDoubleSpinBox>(&properties, u"pointsSpin"_s)->setValue(3);
    CHECK(doc->course().slide(slideId(1))->question()->points == 3);
    child<QCheckBox>(&properties, u"shuffleCheck"_s)->setChecked(true);
    CHECK(doc->course().slide(slideId(1))->question()->shuffle);

    doc->push(std::make_unique<Core::SetSlideTitle>(doc.get(), slideId(1), u"Renamed"_s));
    CHECK(title->text() == u"Renamed"_s);

    properties.setCurrentSlide(slideId(0));
    CHECK_FALSE(child<QDoubleSpinBox>(&properties, u"pointsSpin"_s)->isVisible());
    CHECK(issues->messages().isEmpty());
    screenshot(properties, u"properties"_s);
    properties.setCurrentSlide({});
}

TEST_CASE("ResultEditor edits the pass and fail messages", "[app][editors]")
{
    auto doc = makeDocument({Core::SlideKind::Result});
    App::SlideEditorHost host;
    host.setDocument(doc.get());
    host.setCurrentSlide(slideId(0));
    QWidget *editor = host.currentEditor();
    REQUIRE(editor);
    auto *pass = child<App::RichTextEdit>(editor, u"passMessageEdit"_s);
    auto *fail = child<App::RichTextEdit>(editor, u"failMessageEdit"_s);
    typeText(pass->textEdit(), u"Bravo"_s);
    typeText(fail->textEdit(), u"Encore"_s);
    const auto &body = std::get<Core::ResultBody>(doc->course().slide(slideId(0))->body);
    CHECK(body.passMessage == u"<p>Bravo</p>"_s);
    CHECK(body.failMessage == u"<p>Encore</p>"_s);
    CHECK(doc->undoStack()->count() == 2);
    doc->undoStack()->undo();
    CHECK(fail->textEdit()->toPlainText().isEmpty());
    screenshot(host, u"result"_s);
}
