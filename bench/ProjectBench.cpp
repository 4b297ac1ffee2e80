// SPDX-License-Identifier: MIT
// Opens and saves a generated 2,000-slide project and prints: load time as a ratio of a bare
// pugixml parse of the same course.xml (target <= 3), save time and peak memory.
//   capsule-bench-project [--slides N] [--runs N]
#include "BenchUtil.h"
#include "LargeCourse.h"
#include "core/CourseSerializer.h"
#include "core/Document.h"
#include "core/ProjectFile.h"
#include "core/ZipReader.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <pugixml.hpp>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // The generator draws its images with QPainter, which needs a GUI application.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption slidesOption(u"slides"_s, u"Slides to generate."_s, u"N"_s, u"2000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Timed runs (median)."_s, u"N"_s, u"5"_s);
    parser.addOptions({slidesOption, runsOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"large.capsule"_s);
    Bench::LargeCourseOptions options;
    options.slides = parser.value(slidesOption).toInt();
    auto course = Bench::makeLargeCourse(options);
    std::printf(
        "Generated course: %d slides, %zu media\n", course->slideCount(), course->assets().size());

    const double firstSave = Bench::medianMs(1, [&] {
        if (auto r = Core::ProjectFile::write(*course, path); !r)
            qFatal("save failed: %s", qPrintable(r.error().message));
    });

    auto zip = Core::ZipReader::open(path);
    if (!zip)
        qFatal("%s", qPrintable(zip.error().message));
    const QByteArray xml = zip->readAll(u"course.xml"_s).value();

    std::vector<std::unique_ptr<pugi::xml_document>> documents;
    const double bareParse = Bench::medianMs(runs, [&] {
        auto doc = std::make_unique<pugi::xml_document>();
        if (!doc->load_buffer(xml.constData(), size_t(xml.size())))
            qFatal("bare parse failed");
        documents.push_back(std::move(doc));
    });

    // Memory of one open project (plus the generator's), before the timings keep copies alive.
    double oneProjectRss = 0;
    {
        auto once = Core::Document::load(path);
        if (!once)
            qFatal("load failed: %s", qPrintable(once.error().message));
        oneProjectRss = Bench::peakRssMb();
    }

    // Where the load time goes.
    const double zipOpen = Bench::medianMs(runs, [&] { (void)Core::ZipReader::open(path); });
    const double inflate = Bench::medianMs(runs, [&] { (void)zip->readAll(u"course.xml"_s); });
    std::vector<std::unique_ptr<Core::Course>> parsed;
    const double fromXml = Bench::medianMs(runs, [&] {
        auto result = Core::CourseSerializer::fromXml(xml, path);
        if (!result)
            qFatal("fromXml failed");
        parsed.push_back(std::move(result).value());
    });

    // Loaded documents are kept until the end so that no destructor runs inside a timing.
    std::vector<std::unique_ptr<Core::Document>> loaded;
    const double load = Bench::medianMs(runs, [&] {
        auto result = Core::Document::load(path);
        if (!result)
            qFatal("load failed: %s", qPrintable(result.error().message));
        loaded.push_back(std::move(result).value());
    });
    Core::Document *document = loaded.back().get();

    const double save = Bench::medianMs(runs, [&] {
        if (auto r = document->save(path); !r)
            qFatal("save failed: %s", qPrintable(r.error().message));
    });

    std::printf("course.xml:            %.1f MB, project file %.1f MB\n",
                xml.size() / 1e6,
                QFileInfo(path).size() / 1e6);
    std::printf("bare pugixml parse:    %8.1f ms\n", bareParse);
    std::printf("load (Document::load): %8.1f ms  = %.2fx the bare parse (target <= 3)\n",
                load,
                load / bareParse);
    std::printf("  zip open + checks:   %8.1f ms\n", zipOpen);
    std::printf("  inflate course.xml:  %8.1f ms\n", inflate);
    std::printf(
        "  parse + build model: %8.1f ms  = %.2fx the bare parse\n", fromXml, fromXml / bareParse);
    std::printf("first save:            %8.1f ms\n", firstSave);
    std::printf("re-save:               %8.1f ms\n", save);
    std::printf("peak memory (RSS):     %8.1f MB with one project open (generator included)\n",
                oneProjectRss);
    std::printf("                       %8.1f MB at the end, with every timed load kept alive\n",
                Bench::peakRssMb());
    return 0;
}
