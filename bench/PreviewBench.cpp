// SPDX-License-Identifier: MIT
// Preview refresh benchmark: how long the editor's preview takes to pick up an edit on a
// large course, against a full export of the same project.
//   capsule-bench-preview [--slides N] [--media-mb N]
// It writes the project (2,000 slides, 40 images, plus N MB of video, default 256), opens
// it, then times (medians):
//   - a full SCORM 2004 export of the project (what a preview by export would cost);
//   - a refresh: one edit, then what the preview does for it: PreviewSite::setCourse() and
//     the course.json the page fetches. Media are never touched.
// Then, for courses of 20 and 2,000 slides (images only), the live preview's path (medians):
//   - edit to slide data ready to send: Document::push() of a title edit, PreviewSite::
//     updateSlide() and the JSON the editor sends to the page (what PreviewController does);
//   - with Qt WebEngine: edit to page updated: the same, then the page (the dock's page,
//     offscreen) patches the player's current slide and answers; and the page's own share.
//   --live-only skips the export part (no 256 MB of video to write).
#include "BenchUtil.h"
#include "LargeCourse.h"
#include "core/Document.h"
#include "core/ProjectFile.h"
#include "core/commands/SetSlideBody.h"
#include "core/commands/SetSlideTitle.h"
#include "export/BuiltinExporters.h"
#include "export/ExportContext.h"
#include "export/Exporter.h"
#include "export/ExporterRegistry.h"
#include "export/PlayerData.h"
#include "preview/PreviewSite.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

#if CAPSULE_BENCH_WEBENGINE
#include "app/preview/PreviewController.h"
#include "app/preview/PreviewWebPage.h"
#include "app/preview/PreviewWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QWebEngineView>
#endif

using namespace Qt::StringLiterals;

namespace {

/** A content slide in the middle of the course: the one edited. */
Core::SlideId middleContentSlide(const Core::Course &course)
{
    const std::vector<const Core::Slide *> slides = course.allSlides();
    for (size_t i = slides.size() / 2; i < slides.size(); ++i) {
        if (slides.at(i)->kind() == Core::SlideKind::Content)
            return slides.at(i)->id;
    }
    return slides.front()->id;
}

#if CAPSULE_BENCH_WEBENGINE
/** Runs the event loop until done() or timeoutMs; false on timeout. */
template <typename F> bool spinUntil(F &&done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    spinUntil([&] { return done; }, 10000);
    return result;
}
#endif

/** The live preview's figures for a course of slides slides. */
void benchLive(int slideCount)
{
    Bench::LargeCourseOptions options;
    options.slides = slideCount;
    Core::Document document(Bench::makeLargeCourse(options));
    const Core::Course &course = document.course();
    Preview::PreviewSite site;
    site.setCourse(course);
    const Core::SlideId edited = middleContentSlide(course);
    int round = 0;
    qsizetype bytes = 0;
    const double dataMs = Bench::medianMs(51, [&] {
        document.push(std::make_unique<Core::SetSlideTitle>(
            &document, edited, u"Titre modifié %1"_s.arg(++round)));
        const QJsonObject slide = site.updateSlide(course, edited);
        bytes = QJsonDocument(QJsonArray{slide}).toJson(QJsonDocument::Compact).size();
    });
    const double fullMs = Bench::medianMs(11, [&] {
        document.push(std::make_unique<Core::SetSlideTitle>(
            &document, edited, u"Titre modifié %1"_s.arg(++round)));
        site.setCourse(course);
        site.get(u"/player/content/course.json"_s);
    });
    std::printf("live, %5d slides: edit -> slide data ready to send %7.3f ms (%lld bytes); "
                "full refresh %7.2f ms\n",
                slideCount,
                dataMs,
                qlonglong(bytes),
                fullMs);

#if CAPSULE_BENCH_WEBENGINE
    QWebEngineView view;
    auto *page = new App::PreviewWebPage(App::PreviewWebPage::createProfile(&site, &view), &view);
    view.setPage(page);
    view.resize(420, 800);
    view.show();
    Preview::PreviewOptions shell;
    shell.embedded = shell.dock = true;
    shell.device = u"phone"_s;
    shell.startSlide = edited;
    view.load(Preview::PreviewSite::shellUrl(App::PreviewWindow::rootUrl(), shell));
    const QString ready = u"(() => { try { const d = document.getElementById('player')"
                          ".contentDocument; return d.body.getAttribute('data-ready') === 'true' "
                          "&& d.querySelector('article.slide').getAttribute('data-slide-id'); } "
                          "catch (e) { return ''; } })()"_s;
    if (!spinUntil([&] { return evaluate(page, ready).toString() == edited.toString(); }, 60000)) {
        std::printf("live, %5d slides: the page did not load (%s)\n",
                    slideCount,
                    qPrintable(page->errors.join(u"; "_s)));
        view.setPage(nullptr);
        delete page;
        return;
    }
    // What any call into the page costs: Qt to the renderer process and back.
    std::vector<double> trips;
    for (int i = 0; i < 31; ++i) {
        QElapsedTimer clock;
        clock.start();
        evaluate(page, u"1"_s);
        trips.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(trips.begin(), trips.end());
    // Typing in a text block (the commonest edit) and renaming the slide (its outline entry too).
    const auto textEdit = [&] {
        Core::SlideBody body = course.slide(edited)->body;
        if (auto *content = std::get_if<Core::ContentBody>(&body)) {
            for (Core::ContentBlock &block : content->blocks) {
                if (block.type == Core::ContentBlock::Type::RichText) {
                    block.text = u"<p>Texte modifié %1</p>"_s.arg(++round);
                    break;
                }
            }
        }
        document.push(std::make_unique<Core::SetSlideBody>(&document, edited, body, u"Edit"_s));
    };
    const auto titleEdit = [&] {
        document.push(std::make_unique<Core::SetSlideTitle>(
            &document, edited, u"Titre modifié %1"_s.arg(++round)));
    };
    for (const auto &[name, edit] :
         {std::pair<const char *, std::function<void()>>{"text", textEdit},
          std::pair<const char *, std::function<void()>>{"title", titleEdit}}) {
        std::vector<double> total;
        std::vector<double> inPage;
        int reloaded = 0;
        for (int i = 0; i < 31; ++i) {
            QElapsedTimer clock;
            clock.start();
            edit();
            const QJsonObject slide = site.updateSlide(course, edited);
            const QByteArray json = QJsonDocument(QJsonArray{slide}).toJson(QJsonDocument::Compact);
            double pageMs = -2;
            page->applySlides(json, site.revision(), [&](double ms) { pageMs = ms; });
            spinUntil([&] { return pageMs > -2; }, 10000);
            // The next call waits for the page to lay out and paint: counted, as a user sees it.
            evaluate(page, u"1"_s);
            total.push_back(double(clock.nsecsElapsed()) / 1e6);
            if (pageMs < 0)
                ++reloaded;
            inPage.push_back(pageMs);
        }
        std::sort(total.begin(), total.end());
        std::sort(inPage.begin(), inPage.end());
        std::printf("live, %5d slides, %-5s edit -> page updated %7.2f ms (the page's script "
                    "%.2f ms, an empty call %.2f ms; %d of %zu reloaded)\n",
                    slideCount,
                    name,
                    total.at(total.size() / 2),
                    inPage.at(inPage.size() / 2),
                    trips.at(trips.size() / 2),
                    reloaded,
                    total.size());
    }
    view.setPage(nullptr);
    delete page;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the generator draws images with QPainter
#if CAPSULE_BENCH_WEBENGINE
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1"); // Chromium refuses root otherwise
    App::PreviewController::registerUrlScheme();
    QApplication app(argc, argv);
#else
    QGuiApplication app(argc, argv);
#endif
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption slidesOption(u"slides"_s, u"Slides to generate."_s, u"N"_s, u"2000"_s);
    const QCommandLineOption mediaOption(u"media-mb"_s, u"Video media in MB."_s, u"N"_s, u"256"_s);
    const QCommandLineOption liveOnlyOption(u"live-only"_s, u"Only the live preview figures."_s);
    parser.addOptions({slidesOption, mediaOption, liveOnlyOption});
    parser.process(app);

    if (parser.isSet(liveOnlyOption)) {
        benchLive(20);
        benchLive(2000);
        return 0;
    }

    QTemporaryDir work;
    Bench::LargeCourseOptions options;
    options.slides = parser.value(slidesOption).toInt();
    options.mediaBytes = parser.value(mediaOption).toLongLong() * 1024 * 1024;
    options.mediaDirectory = work.filePath(u"media"_s);
    QDir().mkpath(options.mediaDirectory);
    const QString project = work.filePath(u"large.capsule"_s);
    if (auto written = Core::ProjectFile::write(*Bench::makeLargeCourse(options), project);
        !written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
        return 1;
    }
    auto loaded = Core::Document::load(project);
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().message));
        return 1;
    }
    Core::Document &document = *loaded.value();
    const Core::Course &course = document.course();

    Export::ExporterRegistry registry;
    Export::registerBuiltinExporters(registry);
    const Export::Exporter *exporter = registry.byId(u"scorm2004"_s);
    Export::ExportOptions exportOptions;
    exportOptions.targetPath = work.filePath(u"package.zip"_s);
    const double exportMs = Bench::medianMs(3, [&] {
        Export::ExportContext context;
        if (!exporter->exportCourse(course, exportOptions, context))
            std::fprintf(stderr, "export failed\n");
    });

    Preview::PreviewSite site;
    site.setCourse(course);
    const Core::SlideId edited = course.allSlides().at(course.allSlides().size() / 2)->id;
    int round = 0;
    qsizetype jsonBytes = 0;
    const double refreshMs = Bench::medianMs(21, [&] {
        document.push(std::make_unique<Core::SetSlideTitle>(
            &document, edited, u"Titre modifié %1"_s.arg(++round)));
        site.setCourse(course);
        jsonBytes = site.get(u"/player/content/course.json"_s).body.size();
    });

    std::printf("course:                 %lld slides, %zu media files\n",
                qlonglong(course.allSlides().size()),
                course.assets().size());
    std::printf("full SCORM export:      %8.1f ms (%.1f MB package)\n",
                exportMs,
                double(QFileInfo(exportOptions.targetPath).size()) / 1048576.0);
    std::printf("preview refresh:        %8.1f ms (edit + content data %.2f MB; no media)\n",
                refreshMs,
                double(jsonBytes) / 1048576.0);
    std::printf("refresh / full export:  %8.4f (%.1f%%)\n",
                refreshMs / exportMs,
                100.0 * refreshMs / exportMs);
    std::printf("(a full refresh waits 150 ms after the last change; a slide edit goes at once)\n");
    benchLive(20);
    benchLive(2000);
    return 0;
}
