// SPDX-License-Identifier: MIT
// The editor's preview window: the real page (player + LMS simulator) in Qt WebEngine.
#include "TestSupport.h"
#include "WindowTestSupport.h"
#include "app/MainWindow.h"
#include "app/docks/OutlineDock.h"
#include "app/preview/PreviewController.h"
#include "core/Course.h"
#include "core/Document.h"
#include "core/commands/SetSlideTitle.h"
#include "export/BuiltinExporters.h"
#include "export/ExporterRegistry.h"
#include "preview/PreviewSite.h"

#include <QAction>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#if CAPSULE_HAS_WEBENGINE
#include "app/preview/PreviewWindow.h"

#include <QWebEnginePage>
#include <QWebEngineView>
#endif

using namespace Qt::StringLiterals;

namespace {

using WindowTest::SampleWindow;

} // namespace

#if CAPSULE_HAS_WEBENGINE

namespace {

/** Runs script in the preview page and returns its value (null on timeout). */
QVariant evaluate(App::PreviewWindow *window, const QString &script)
{
    QVariant result;
    bool done = false;
    window->view()->page()->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    QElapsedTimer clock;
    clock.start();
    while (!done && clock.elapsed() < 5000)
        QTest::qWait(10);
    return result;
}

/** Waits until script evaluates to expected; returns the last value. */
QString waitFor(App::PreviewWindow *window, const QString &script, const QString &expected)
{
    QString value;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30000) {
        value = evaluate(window, script).toString();
        if (value == expected)
            break;
        QTest::qWait(50);
    }
    return value;
}

// The player's frame inside the preview page, whatever the page's own layout.
const QString playerFrame
    = u"(Array.from(document.querySelectorAll('iframe')).find(f => /\\/player\\//.test(f.src)))"_s;

QString inPlayer(const QString &expression)
{
    return u"(() => { try { const f = %1; const d = f && f.contentDocument; "
           "return String(%2); } catch (e) { return 'error: ' + e; } })()"_s.arg(playerFrame,
                                                                                 expression);
}

} // namespace

TEST_CASE("Course media shown in the editor's preview cannot script it", "[app][preview]")
{
    auto document = Core::Document::fromTemplate(u"sample"_s);
    REQUIRE(document);
    std::unique_ptr<Core::Course> course = document.value()->course().clone();
    const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                           "<rect width=\"10\" height=\"10\" fill=\"red\"/><script>"
                           "try { parent.__svgRan = 1; top.__svgRan = 1; } catch (e) {}"
                           "</script></svg>";
    Core::MediaAsset asset;
    asset.id = Core::AssetId(
        QString::fromLatin1(QCryptographicHash::hash(svg, QCryptographicHash::Sha256).toHex()));
    asset.fileName = u"drawing.svg"_s;
    asset.mimeType = u"image/svg+xml"_s;
    asset.byteSize = svg.size();
    asset.source = Core::AssetSource(Core::AssetSource::Kind::Memory, {}, {}, svg);
    course->assets().insert({asset.id, asset});
    Preview::PreviewSite site;
    site.setCourse(*course);

    App::PreviewWindow preview(&site);
    preview.open({});
    REQUIRE(waitFor(&preview, u"document.readyState"_s, u"complete"_s) == u"complete"_s);
    const QString url = u"'/player/%1'"_s.arg(asset.archiveName());

    // An image in <img> still shows, and the player may read it.
    evaluate(&preview, u"window.__img = new Image(); window.__img.src = %1; 1"_s.arg(url));
    CHECK(waitFor(&preview, u"String(window.__img.naturalWidth)"_s, u"10"_s) == u"10"_s);
    CHECK(evaluate(&preview,
                   u"(() => { const x = new XMLHttpRequest(); x.open('GET', %1, false); x.send(); "
                   "return x.status + ' ' + x.getResponseHeader('Content-Type'); })()"_s.arg(url))
              .toString()
          == u"200 image/svg+xml"_s);

    // Opened as a document (frame, object), it never runs in the preview's origin.
    evaluate(&preview,
             u"(() => { const f = document.createElement('iframe'); f.onload = () => "
             "window.__frameLoaded = 1; f.src = %1; document.body.appendChild(f); "
             "const o = document.createElement('object'); o.data = %1; "
             "document.body.appendChild(o); return 1; })()"_s.arg(url));
    CHECK(waitFor(&preview, u"String(window.__frameLoaded)"_s, u"1"_s) == u"1"_s);
    QTest::qWait(300);
    CHECK(evaluate(&preview, u"String(window.__svgRan)"_s).toString() == u"undefined"_s);
    preview.close();
}

TEST_CASE("Preview opens at the chosen slide and shows an edit without a restart", "[app][preview]")
{
    SampleWindow sample;
    App::MainWindow &window = *sample.window;
    Core::Document *doc = window.document();
    window.show();

    const std::vector<const Core::Slide *> slides = doc->course().allSlides();
    REQUIRE(slides.size() > 6);
    const Core::Slide *chosen = slides.at(5);
    window.outlineDock()->selectSlide(chosen->id);
    REQUIRE(window.outlineDock()->currentSlideId() == chosen->id);

    auto *previewFromSlide = window.findChild<QAction *>(u"actionPreviewFromSlide"_s);
    REQUIRE(previewFromSlide);
    CHECK(previewFromSlide->shortcut() == QKeySequence(Qt::SHIFT | Qt::Key_F5));
    CHECK(window.findChild<QAction *>(u"actionPreview"_s)->shortcut() == QKeySequence(Qt::Key_F5));
    previewFromSlide->trigger();

    App::PreviewWindow *preview = window.preview()->window();
    REQUIRE(preview);
    CHECK(preview->isVisible());

    // The player starts at the chosen slide, talking to the simulator's API.
    CHECK(waitFor(preview, inPlayer(u"d.body.getAttribute('data-ready')"_s), u"true"_s)
          == u"true"_s);
    CHECK(waitFor(preview,
                  inPlayer(u"d.querySelector('article.slide').getAttribute('data-slide-id')"_s),
                  chosen->id.toString())
          == chosen->id.toString());
    CHECK(evaluate(preview, inPlayer(u"d.querySelector('.tracking-off') === null"_s)).toString()
          == u"true"_s);
    CHECK(evaluate(preview, u"location.protocol"_s).toString() == u"capsule-preview:"_s);

    // An edit reaches the open preview in place: same page, same slide, new title.
    evaluate(preview, inPlayer(u"(f.contentWindow.__sameSession = 'yes')"_s));
    const QString title = u"Titre modifié dans l’éditeur"_s;
    doc->push(std::make_unique<Core::SetSlideTitle>(doc, chosen->id, title));
    CHECK(waitFor(preview, inPlayer(u"d.querySelector('.slide-title').textContent"_s), title)
          == title);
    CHECK(evaluate(preview, inPlayer(u"f.contentWindow.__sameSession"_s)).toString() == u"yes"_s);
    CHECK(evaluate(preview,
                   inPlayer(u"d.querySelector('article.slide').getAttribute('data-slide-id')"_s))
              .toString()
          == chosen->id.toString());

    // F5 restarts from the first slide.
    window.findChild<QAction *>(u"actionPreview"_s)->trigger();
    CHECK(waitFor(preview,
                  inPlayer(u"d.querySelector('article.slide') && "
                           "d.querySelector('article.slide').getAttribute('data-slide-id')"_s),
                  slides.front()->id.toString())
          == slides.front()->id.toString());
    INFO(preview->scriptErrors().join(u"\n"_s).toStdString());
    CHECK(preview->scriptErrors().isEmpty());
    preview->close();
}

#endif

TEST_CASE("Preview in browser serves the page from 127.0.0.1 and follows edits", "[app][preview]")
{
    SampleWindow sample;
    App::MainWindow &window = *sample.window;
    Core::Document *doc = window.document();

    // What "Preview in Browser" hands to the browser (not started here).
    App::PreviewController *controller = window.preview();
    const QUrl url = controller->serve();
    REQUIRE(controller->server());
    CHECK(url.scheme() == u"http"_s);
    CHECK(url.host() == u"127.0.0.1"_s);
    CHECK(url.path() == u"/preview/index.html"_s);
    Preview::PreviewSite *site = controller->site();
    const int revision = site->revision();
    CHECK(revision > 0);

    const Core::Slide *first = doc->course().allSlides().front();
    doc->push(std::make_unique<Core::SetSlideTitle>(doc, first->id, u"Nouveau titre"_s));
    QElapsedTimer clock;
    clock.start();
    while (site->revision() == revision && clock.elapsed() < 5000)
        QTest::qWait(20);
    CHECK(site->revision() == revision + 1);
    CHECK(site->get(u"/player/content/course.json"_s).body.contains("Nouveau titre"));
}
