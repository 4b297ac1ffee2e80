// SPDX-License-Identifier: MIT
#include "ExportTestCourse.h"
#include "TestSupport.h"
#include "core/ZipReader.h"
#include "export/BuiltinExporters.h"
#include "export/ExporterRegistry.h"
#include "export/PackageBuilder.h"
#include "export/scorm/Manifest.h"
#include "export/scorm/ScormExporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <pugixml.hpp>

using namespace Qt::StringLiterals;
using Export::ScormVersion;

namespace {

struct Exported
{
    Core::Result<void> result;
    std::vector<Export::ExportWarning> warnings;
};

Exported exportWith(const QString &format, const Core::Course &course, const QString &target)
{
    Export::ExporterRegistry registry;
    Export::registerBuiltinExporters(registry);
    const Export::Exporter *exporter = registry.byId(format);
    REQUIRE(exporter);
    Export::ExportOptions options;
    options.targetPath = target;
    Export::ExportContext context;
    auto result = exporter->exportCourse(course, options, context);
    INFO((result ? std::string() : result.error().message.toStdString()));
    return {std::move(result), context.warnings()};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString expectFor(ScormVersion version)
{
    return version == ScormVersion::Scorm12 ? u"1.2"_s : u"2004-4th"_s;
}

QString formatFor(ScormVersion version)
{
    return version == ScormVersion::Scorm12 ? u"scorm12"_s : u"scorm2004"_s;
}

/** Exports, validates with validate-package and checks the manifest against the zip. */
void exportAndValidate(const Core::Course &course, ScormVersion version, const QString &target)
{
    const Exported exported = exportWith(formatFor(version), course, target);
    INFO((exported.result ? std::string() : exported.result.error().message.toStdString()));
    REQUIRE(exported.result);

    const auto run = ExportTest::validatePackage(target, expectFor(version));
    INFO(run.output.toStdString());
    CHECK(run.exitCode == 0);

    auto reader = Core::ZipReader::open(target);
    REQUIRE(reader);
    const QStringList entries = reader->entryNames();
    REQUIRE(!entries.isEmpty());
    CHECK(entries.first() == u"imsmanifest.xml"_s);

    const QByteArray manifest = reader->readAll(u"imsmanifest.xml"_s).value();
    CHECK(manifest == Export::manifestBytes(Export::buildManifest(course, version)));
    pugi::xml_document doc;
    REQUIRE(doc.load_buffer(manifest.constData(), size_t(manifest.size())));
    QStringList listed;
    for (const auto &node : doc.select_nodes("//resource/file/@href"))
        listed.append(QString::fromUtf8(node.attribute().value()));
    CHECK(listed == entries.mid(1));

    const QByteArray script = reader->readAll(u"content/course.js"_s).value();
    CHECK(script.contains(version == ScormVersion::Scorm12 ? "\"runtime\":\"scorm12\""
                                                           : "\"runtime\":\"scorm2004\""));
}

} // namespace

TEST_CASE("SCORM packages pass validate-package", "[export][scorm][validator]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto course = ExportTest::makeTestCourse();

    SECTION("SCORM 1.2 with a mastery score")
    {
        exportAndValidate(*course, ScormVersion::Scorm12, dir.filePath(u"s12.zip"_s));
    }
    SECTION("SCORM 2004 with an objective by measure")
    {
        exportAndValidate(*course, ScormVersion::Scorm2004, dir.filePath(u"s2004.zip"_s));
    }
    SECTION("without mastery, both versions")
    {
        course->settings().completion = Core::CompletionRule::AllSlidesViewed;
        course->settings().scorm12Reporting = Core::Scorm12Reporting::CompletedIncomplete;
        exportAndValidate(*course, ScormVersion::Scorm12, dir.filePath(u"s12.zip"_s));
        exportAndValidate(*course, ScormVersion::Scorm2004, dir.filePath(u"s2004.zip"_s));
    }
    SECTION("an empty course")
    {
        Core::Course empty;
        empty.setId(Core::CourseId(u"0-empty"_s));
        exportAndValidate(empty, ScormVersion::Scorm12, dir.filePath(u"e12.zip"_s));
        exportAndValidate(empty, ScormVersion::Scorm2004, dir.filePath(u"e2004.zip"_s));
    }
}

TEST_CASE("SCORM package layout", "[export][scorm]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ExportTest::TestMedia media;
    const auto course = ExportTest::makeTestCourse(&media);
    const QString target = dir.filePath(u"course.zip"_s);
    REQUIRE(exportWith(u"scorm12"_s, *course, target).result);

    auto reader = Core::ZipReader::open(target);
    REQUIRE(reader);
    QStringList expected{u"imsmanifest.xml"_s};
    expected += Export::PackageBuilder::playerFiles();
    expected += u"content/course.js"_s;
    QStringList used;
    for (const Core::AssetId &id : course->usedAssets())
        used.append(course->asset(id)->archiveName());
    used.sort();
    expected += used;
    CHECK(reader->entryNames() == expected);
    CHECK(reader->entryNames().contains(u"index.html"_s));
    CHECK_FALSE(reader->contains(course->asset(media.unused)->archiveName()));
    CHECK(reader->entryInfo(u"imsmanifest.xml"_s)->compressed);
    CHECK(reader->entryInfo(u"content/course.js"_s)->compressed);
    CHECK_FALSE(reader->entryInfo(course->asset(media.video)->archiveName())->compressed);

    SECTION("re-exporting gives the same bytes")
    {
        const QString again = dir.filePath(u"again.zip"_s);
        const auto copy = course->clone();
        REQUIRE(exportWith(u"scorm12"_s, *copy, again).result);
        CHECK(readFile(again) == readFile(target));
    }
    SECTION("the two SCORM versions differ only in manifest and course.js")
    {
        const QString other = dir.filePath(u"s2004.zip"_s);
        REQUIRE(exportWith(u"scorm2004"_s, *course, other).result);
        auto otherReader = Core::ZipReader::open(other);
        REQUIRE(otherReader);
        CHECK(otherReader->entryNames() == reader->entryNames());
    }
}

TEST_CASE("SCORM export writes nothing when cancelled", "[export][scorm]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto course = ExportTest::makeTestCourse();
    const Export::ScormExporter exporter(ScormVersion::Scorm2004);
    Export::ExportOptions options;
    options.targetPath = dir.filePath(u"course.zip"_s);
    Export::ExportContext context;
    context.setProgressCallback([&](qint64, qint64) { context.cancel(); });
    const auto result = exporter.exportCourse(*course, options, context);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == Core::ErrorCode::Cancelled);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("SCORM exporters describe themselves", "[export][scorm]")
{
    const Export::ScormExporter scorm12(ScormVersion::Scorm12);
    const Export::ScormExporter scorm2004(ScormVersion::Scorm2004);
    CHECK(scorm12.id() == u"scorm12"_s);
    CHECK(scorm2004.id() == u"scorm2004"_s);
    CHECK(scorm12.version() == ScormVersion::Scorm12);
    CHECK(scorm2004.version() == ScormVersion::Scorm2004);
    for (const Export::Exporter *exporter : {&scorm12, &scorm2004}) {
        CHECK_FALSE(exporter->displayName().isEmpty());
        CHECK_FALSE(exporter->description().isEmpty());
        CHECK(exporter->fileNameFilter().contains(u"*.zip"_s));
    }
}
