// SPDX-License-Identifier: MIT
// What makes the editor a finished desktop application: its own icon set, the user guide,
// the keyboard shortcuts, the preview's loading state, readable video errors.
#include "TestSupport.h"
#include "WindowTestSupport.h"
#include "app/Icons.h"
#include "app/MainWindow.h"
#include "app/docks/MediaLibraryDock.h"
#include "app/docks/OutlineDock.h"
#include "app/editors/VideoEditor.h"
#include "app/help/HelpWindow.h"
#include "app/help/ShortcutsDialog.h"
#include "app/models/SlideKindIcons.h"
#include "app/preview/PreviewController.h"
#include "core/Document.h"
#include "export/BuiltinExporters.h"
#include "export/ExporterRegistry.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPalette>
#include <QSet>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QToolBar>
#include <QTranslator>
#include <QTreeWidget>

#include <functional>

#if CAPSULE_HAS_WEBENGINE
#include "app/preview/PreviewWindow.h"
#endif

using namespace Qt::StringLiterals;

namespace {

using Window = WindowTest::SampleWindow;

QImage render(const QIcon &icon, int size = 24)
{
    return icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
}

/** The most opaque pixel's colour: what the strokes are drawn with. */
QColor strokeColor(const QImage &image)
{
    QColor best(Qt::transparent);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > best.alpha())
                best = c;
        }
    }
    return best;
}

QList<QAction *> menuActions(const QMenuBar *menuBar)
{
    QList<QAction *> result;
    std::function<void(const QMenu *)> collect = [&](const QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->menu())
                collect(action->menu());
            else if (!action->isSeparator())
                result.append(action);
        }
    };
    for (QAction *menu : menuBar->actions()) {
        if (menu->menu())
            collect(menu->menu());
    }
    return result;
}

struct PaletteGuard
{
    PaletteGuard()
        : saved(QApplication::palette())
    {}
    ~PaletteGuard() { QApplication::setPalette(saved); }
    QPalette saved;
};

} // namespace

TEST_CASE("The icon set: every SVG is valid, one stroke weight, drawn in the palette's colour",
          "[app][icons]")
{
    const QStringList names = App::Icons::names();
    REQUIRE(names.size() >= 30);
    for (const QString &name : names) {
        INFO(name.toStdString());
        const QByteArray svg = App::Icons::svg(name);
        CHECK(QSvgRenderer(svg).isValid());
        CHECK(svg.contains(R"(viewBox="0 0 24 24")"));
        CHECK(svg.contains(R"(stroke-width="1.75")"));
        CHECK(!svg.contains("stroke-width=\"2"));
        CHECK(App::Icons::icon(name).name() == u"capsule-"_s + name);
    }

    // Light and dark palettes: the strokes take the window text colour, disabled is dimmer.
    PaletteGuard guard;
    QPalette light;
    light.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    light.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa0, 0xa0));
    QApplication::setPalette(light);
    const QIcon save = App::Icons::icon(u"save"_s);
    CHECK(strokeColor(render(save)).lightness() < 60);
    CHECK(strokeColor(save.pixmap(QSize(24, 24), QIcon::Disabled).toImage()).lightness() > 120);
    QPalette dark;
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    CHECK(strokeColor(render(save)).lightness() > 200);
}

TEST_CASE("Every editor action uses Capsule's icons, and Publish has its own", "[app][icons]")
{
    Window fixture;
    App::MainWindow &window = *fixture.window;

    // No desktop-theme icon anywhere in the menus: each icon is ours (an icon of the set or a
    // slide kind's badge drawn from it) or there is none.
    QSet<qint64> kindBadges;
    for (Core::SlideKind kind : {Core::SlideKind::Content,
                                 Core::SlideKind::Question,
                                 Core::SlideKind::Video,
                                 Core::SlideKind::Result,
                                 Core::SlideKind::Draw,
                                 Core::SlideKind::Scenario})
        kindBadges.insert(App::SlideKindIcons::icon(kind).cacheKey());
    for (const QAction *action : menuActions(window.menuBar())) {
        INFO(action->text().toStdString());
        if (!action->icon().isNull() && !kindBadges.contains(action->icon().cacheKey()))
            CHECK(action->icon().name().startsWith(u"capsule-"_s));
    }

    // Every toolbar action has an icon of the set, all different.
    const auto *toolBar = window.findChild<QToolBar *>(u"MainToolBar"_s);
    REQUIRE(toolBar);
    QSet<QString> seen;
    for (const QAction *action : toolBar->actions()) {
        if (action->isSeparator())
            continue;
        INFO(action->text().toStdString());
        REQUIRE(!action->icon().isNull());
        CHECK(action->icon().name().startsWith(u"capsule-"_s));
        CHECK(!seen.contains(action->icon().name()));
        seen.insert(action->icon().name());
    }
    CHECK(seen.size() >= 12);

    const std::map<QString, QString> expected = {
        {u"actionNew"_s, u"capsule-new"_s},
        {u"actionOpen"_s, u"capsule-open"_s},
        {u"actionSave"_s, u"capsule-save"_s},
        {u"actionExport"_s, u"capsule-publish"_s},
        {u"actionPreview"_s, u"capsule-preview"_s},
        {u"actionCourseSettings"_s, u"capsule-settings"_s},
        {u"actionUserGuide"_s, u"capsule-help-guide"_s},
    };
    for (const auto &[objectName, iconName] : expected) {
        const auto *action = window.findChild<QAction *>(objectName);
        REQUIRE(action);
        CHECK(action->icon().name() == iconName);
    }
    CHECK(window.outlineDock()->duplicateAction()->icon().name() == u"capsule-duplicate"_s);
    CHECK(window.outlineDock()->deleteAction()->icon().name() == u"capsule-delete"_s);
    CHECK(window.mediaDock()->importAction()->icon().name() == u"capsule-media-import"_s);

    // Publish no longer looks like the result slide's badge (the green tick it used to share).
    const QImage publish = render(window.findChild<QAction *>(u"actionExport"_s)->icon(), 32);
    const QImage result = render(App::SlideKindIcons::icon(Core::SlideKind::Result), 32);
    CHECK(publish != result);
    const QColor publishColor = strokeColor(publish);
    CHECK(publishColor.hslSaturation() < 40); // drawn in the text colour, not in a kind's colour

    // Slide kinds: five different glyphs of the set.
    QSet<QString> glyphs;
    for (Core::SlideKind kind : {Core::SlideKind::Content,
                                 Core::SlideKind::Question,
                                 Core::SlideKind::Video,
                                 Core::SlideKind::Result,
                                 Core::SlideKind::Draw}) {
        glyphs.insert(App::SlideKindIcons::glyphName(kind));
        CHECK(App::Icons::names().contains(App::SlideKindIcons::glyphName(kind)));
    }
    CHECK(glyphs.size() == 5);
}

TEST_CASE("F1 opens the user guide offline, with its screenshots and links between pages",
          "[app][help]")
{
    Window fixture;
    App::MainWindow &window = *fixture.window;
    window.show();
    auto *guide = window.findChild<QAction *>(u"actionUserGuide"_s);
    REQUIRE(guide);
    CHECK(guide->shortcut() == QKeySequence(Qt::Key_F1));
    guide->trigger();

    App::HelpWindow *help = window.helpWindow();
    REQUIRE(help);
    CHECK(help->isVisible());
    CHECK(help->currentPage() == QUrl(u"qrc:/docs/editor.md"_s));
    const QTextDocument *page = help->browser()->document();
    CHECK(page->toPlainText().contains(u"Capsule"_s));

    // Its screenshots are there: every image of the page loads from the bundled guide.
    int images = 0;
    for (QTextBlock block = page->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QString name = format.toImageFormat().name();
            INFO(name.toStdString());
            const QVariant resource
                = help->browser()->loadResource(QTextDocument::ImageResource, QUrl(name));
            const QImage image = resource.typeId() == QMetaType::QByteArray
                                     ? QImage::fromData(resource.toByteArray())
                                     : resource.value<QImage>();
            CHECK(image.width() > 200);
            // Screenshots are scaled down to the view, never wider than it.
            CHECK(format.toImageFormat().width() > 0);
            CHECK(format.toImageFormat().width() <= help->browser()->viewport()->width());
            ++images;
        }
    }
    CHECK(images >= 3);

    // A link to another page of the guide opens it, Back returns.
    Q_EMIT help->browser()->anchorClicked(QUrl(u"preview.md"_s));
    CHECK(help->currentPage() == QUrl(u"qrc:/docs/preview.md"_s));
    CHECK(help->browser()->document()->toPlainText().contains(u"simulator"_s));
    help->browser()->backward();
    CHECK(help->currentPage() == QUrl(u"qrc:/docs/editor.md"_s));
    help->close();
}

TEST_CASE("The keyboard shortcuts dialog lists every action's shortcut", "[app][help]")
{
    Window fixture;
    App::MainWindow &window = *fixture.window;
    auto *shortcutsAction = window.findChild<QAction *>(u"actionKeyboardShortcuts"_s);
    REQUIRE(shortcutsAction);

    App::ShortcutsDialog dialog(window.menuBar());
    QHash<QString, QString> listed; // shortcut -> action text
    for (int g = 0; g < dialog.tree()->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = dialog.tree()->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            listed.insert(group->child(i)->text(1), group->child(i)->text(0));
    }
    int withShortcut = 0;
    for (const QAction *action : menuActions(window.menuBar())) {
        if (action->shortcut().isEmpty())
            continue;
        ++withShortcut;
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        INFO(action->text().toStdString() << " " << keys.toStdString());
        CHECK(listed.contains(keys));
    }
    CHECK(withShortcut >= 15);
    CHECK(listed.value(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText))
          == u"Save"_s);
    CHECK(listed.value(u"F5"_s) == u"Preview Course"_s);
    CHECK(listed.value(u"F1"_s) == u"Capsule User Guide"_s);
}

TEST_CASE("A video the computer cannot decode is explained in the UI language", "[app][video]")
{
    const QString english = App::VideoEditor::playbackErrorText(QMediaPlayer::FormatError);
    CHECK(english.contains(u"gstreamer1.0-libav"_s));
    CHECK(english.contains(u"codec"_s));
    CHECK(App::VideoEditor::playbackErrorText(QMediaPlayer::ResourceError) == english);

    QTranslator translator;
    REQUIRE(translator.load(u":/i18n/capsule_fr.qm"_s));
    QCoreApplication::installTranslator(&translator);
    const QString french = App::VideoEditor::playbackErrorText(QMediaPlayer::FormatError);
    QCoreApplication::removeTranslator(&translator);
    CHECK(french != english);
    CHECK(french.contains(u"gstreamer1.0-plugins-good"_s));
    CHECK(french.contains(u"vidéo"_s));
}

#if CAPSULE_HAS_WEBENGINE

namespace {

qint64 firstPreview(App::MainWindow &window)
{
    QElapsedTimer clock;
    clock.start();
    window.findChild<QAction *>(u"actionPreview"_s)->trigger();
    App::PreviewWindow *preview = window.preview()->window();
    REQUIRE(preview);
    // At once, before the page (and on a first run the web engine) is ready: a loading state.
    CHECK(preview->isVisible());
    CHECK(preview->isLoading());
    auto *loading = preview->findChild<QWidget *>(u"previewLoading"_s);
    REQUIRE(loading);
    CHECK(loading->isVisible());
    QSignalSpy loaded(preview, &App::PreviewWindow::pageLoaded);
    REQUIRE(loaded.wait(60000));
    CHECK(!preview->isLoading());
    CHECK(!loading->isVisible());
    return clock.elapsed();
}

} // namespace

TEST_CASE("The preview window shows its loading state as soon as it opens", "[app][preview]")
{
    Window fixture;
    fixture.window->show();
    const qint64 ms = firstPreview(*fixture.window);
    WARN("first preview page loaded in " << ms << " ms");
    fixture.window->preview()->window()->close();
}

// Not run by default: `app_tests "[preview-warm-up]"` measures a first F5 after the warm-up
// main() starts (run it in a fresh process to compare with the test above).
TEST_CASE("Warm-up: the first preview after the editor warmed the web engine up",
          "[.][preview-warm-up]")
{
    Window fixture;
    fixture.window->show();
    fixture.window->preview()->warmUp();
    QTest::qWait(5000);
    const qint64 ms = firstPreview(*fixture.window);
    WARN("first preview page loaded, after warm-up, in " << ms << " ms");
    fixture.window->preview()->window()->close();
}

#endif

TEST_CASE("Toolbar icons follow a dark palette", "[app][icons]")
{
    PaletteGuard guard;
    {
        // The icons were drawn once in the light palette: the dark ones must not reuse them.
        Window light;
        light.window->show();
        light.window->grab();
    }
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    QApplication::setPalette(dark);
    Window fixture;
    fixture.window->show();
    const auto *toolBar = fixture.window->findChild<QToolBar *>(u"MainToolBar"_s);
    REQUIRE(toolBar);
    QWidget *button
        = toolBar->widgetForAction(fixture.window->findChild<QAction *>(u"actionSave"_s));
    REQUIRE(button);
    const QImage image = button->grab().toImage();
    int light = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            light += image.pixelColor(x, y).lightness() > 180 ? 1 : 0;
    WARN("light pixels " << light << " of " << image.width() * image.height() << " colour "
                         << strokeColor(render(App::Icons::icon(u"save"_s))).name().toStdString());
    CHECK(light > 20);
}
