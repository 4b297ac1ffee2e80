// SPDX-License-Identifier: MIT
// Writes a large .capsule project for the benchmarks:
//   capsule-bench-generate [--slides N] [--media-mb N] [--media-dir DIR] -o FILE.capsule
// With --media-mb, incompressible video files totalling N MB are written to DIR (kept, so
// that the export benchmark can compare with a plain copy of the same bytes).
#include "LargeCourse.h"
#include "core/ProjectFile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>

#include <cstdio>

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
    const QCommandLineOption mediaOption(u"media-mb"_s, u"Video media in MB."_s, u"N"_s, u"0"_s);
    const QCommandLineOption dirOption(u"media-dir"_s, u"Where media files go."_s, u"DIR"_s);
    const QCommandLineOption outOption({u"o"_s, u"output"_s}, u"Project to write."_s, u"FILE"_s);
    parser.addOptions({slidesOption, mediaOption, dirOption, outOption});
    parser.process(app);
    if (!parser.isSet(outOption))
        parser.showHelp(2);

    Bench::LargeCourseOptions options;
    options.slides = parser.value(slidesOption).toInt();
    options.mediaBytes = parser.value(mediaOption).toLongLong() * 1024 * 1024;
    options.mediaDirectory = parser.value(dirOption);
    if (options.mediaBytes > 0) {
        if (options.mediaDirectory.isEmpty())
            parser.showHelp(2);
        QDir().mkpath(options.mediaDirectory);
    }
    const auto course = Bench::makeLargeCourse(options);
    int questions = 0;
    for (const Core::Slide *slide : course->allSlides())
        questions += slide->question() ? 1 : 0;
    if (auto written = Core::ProjectFile::write(*course, parser.value(outOption)); !written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
        return 1;
    }
    std::printf("%d slides, %d questions, %zu media files -> %s\n",
                course->slideCount(),
                questions,
                course->assets().size(),
                qPrintable(parser.value(outOption)));
    return 0;
}
