// SPDX-License-Identifier: MIT
// Opens a generated 2,000-slide course in the editor's MainWindow (offscreen) and prints the
// time until the window is shown and painted, and the median and worst latency of 200 random
// slide selections (selection, current-slide wiring, editor update and repaint).
//   capsule-bench-editor [--slides N] [--selections N]
#include "BenchUtil.h"
#include "LargeCourse.h"
#include "app/MainWindow.h"
#include "app/docks/OutlineDock.h"
#include "app/editors/SlideEditorHost.h"
#include "app/editors/SlidePropertiesWidget.h"
#include "core/Document.h"
#include "export/BuiltinExporters.h"
#include "export/ExporterRegistry.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption slidesOption(u"slides"_s, u"Slides to generate."_s, u"N"_s, u"2000"_s);
    const QCommandLineOption selectionsOption(
        u"selections"_s, u"Random selections."_s, u"N"_s, u"200"_s);
    parser.addOptions({slidesOption, selectionsOption});
    parser.process(app);

    Export::ExporterRegistry exporters;
    Export::registerBuiltinExporters(exporters);
    QTemporaryDir dir;
    App::MainWindow::Options options;
    options.settingsFile = dir.filePath(u"settings.ini"_s);
    options.recoveryDirectory = dir.filePath(u"recovery"_s);

    Bench::LargeCourseOptions courseOptions;
    courseOptions.slides = parser.value(slidesOption).toInt();
    auto course = Bench::makeLargeCourse(courseOptions);
    const int slideCount = course->slideCount();
    std::printf("Course: %d slides in %zu sections, %zu media\n",
                slideCount,
                course->sections().size(),
                course->assets().size());

    QElapsedTimer timer;
    timer.start();
    App::MainWindow window(exporters, options);
    window.setDocument(std::make_unique<Core::Document>(std::move(course)));
    const double modelMs = double(timer.nsecsElapsed()) / 1e6;
    window.show();
    QApplication::processEvents();
    window.grab(); // forces a full layout and paint, as the first frame on screen
    const double shownMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("Window with document: %.1f ms (document set in %.1f ms)\n", shownMs, modelMs);

    const auto slides = window.document()->course().allSlides();
    std::vector<Core::SlideId> ids;
    for (const Core::Slide *slide : slides)
        ids.push_back(slide->id);
    QRandomGenerator random(42);
    const int selections = parser.value(selectionsOption).toInt();
    std::vector<double> latencies;
    for (int i = 0; i < selections; ++i) {
        const Core::SlideId &id = ids[size_t(random.bounded(int(ids.size())))];
        QElapsedTimer one;
        one.start();
        window.outlineDock()->selectSlide(id);
        QApplication::processEvents(); // wiring, editor update, repaint
        latencies.push_back(double(one.nsecsElapsed()) / 1e6);
    }
    std::sort(latencies.begin(), latencies.end());
    std::printf("Selection latency over %d random slides: median %.2f ms, worst %.2f ms\n",
                selections,
                latencies[latencies.size() / 2],
                latencies.back());
    // Where a selection's time goes: each part driven alone, same random slides.
    auto *properties = window.findChild<App::SlidePropertiesWidget *>();
    auto breakdown = [&](const char *name, auto &&select) {
        QRandomGenerator again(42);
        std::vector<double> times;
        for (int i = 0; i < selections; ++i) {
            const Core::SlideId &id = ids[size_t(again.bounded(int(ids.size())))];
            QElapsedTimer one;
            one.start();
            select(id);
            QApplication::processEvents();
            times.push_back(double(one.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        std::printf(
            "  %-24s median %.2f ms, worst %.2f ms\n", name, times[times.size() / 2], times.back());
    };
    breakdown("slide editor (central)",
              [&](const Core::SlideId &id) { window.editorHost()->setCurrentSlide(id); });
    if (properties)
        breakdown("properties dock",
                  [&](const Core::SlideId &id) { properties->setCurrentSlide(id); });
    std::printf("Peak memory: %.0f MB\n", Bench::peakRssMb());
    window.document()->undoStack()->setClean();
    return 0;
}
