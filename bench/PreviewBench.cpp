// SPDX-License-Identifier: MIT
// Preview refresh benchmark: how long the editor's preview takes to pick up an edit on a
// large course, against a full export of the same project.
//   capsule-bench-preview [--slides N] [--media-mb N]
// It writes the project (2,000 slides, 40 images, plus N MB of video, default 256), opens
// it, then times (medians):
//   - a full SCORM 2004 export of the project (what a preview by export would cost);
//   - a refresh: one edit, then what the preview does for it: PreviewSite::setCourse() and
//     the course.json the page fetches. Media are never touched.
#include "BenchUtil.h"
#include "LargeCourse.h"
#include "core/Document.h"
#include "core/ProjectFile.h"
#include "core/commands/SetSlideTitle.h"
#include "export/BuiltinExporters.h"
#include "export/ExportContext.h"
#include "export/Exporter.h"
#include "export/ExporterRegistry.h"
#include "preview/PreviewSite.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the generator draws images with QPainter
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption slidesOption(u"slides"_s, u"Slides to generate."_s, u"N"_s, u"2000"_s);
    const QCommandLineOption mediaOption(u"media-mb"_s, u"Video media in MB."_s, u"N"_s, u"256"_s);
    parser.addOptions({slidesOption, mediaOption});
    parser.process(app);

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
    std::printf("(the editor waits 150 ms after the last keystroke before refreshing)\n");
    return 0;
}
