// SPDX-License-Identifier: MIT
#include "ExportTestCourse.h"
#include "TestSupport.h"
#include "core/ProjectFile.h"
#include "core/Validator.h"
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

QStringList warningCodes(const std::vector<Export::ExportWarning> &warnings)
{
    QStringList codes;
    for (const Export::ExportWarning &warning : warnings)
        codes.append(warning.code);
    return codes;
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

    SECTION("the LMS judging by score: SCORM 1.2 mastery score, 2004 objective by measure")
    {
        course->settings().completion = Core::CompletionRule::QuizPassed;
        course->settings().lmsJudgesByScore = true;
        exportAndValidate(*course, ScormVersion::Scorm12, dir.filePath(u"s12.zip"_s));
        exportAndValidate(*course, ScormVersion::Scorm2004, dir.filePath(u"s2004.zip"_s));
    }
    SECTION("the course deciding (default), both versions")
    {
        exportAndValidate(*course, ScormVersion::Scorm12, dir.filePath(u"s12.zip"_s));
        exportAndValidate(*course, ScormVersion::Scorm2004, dir.filePath(u"s2004.zip"_s));
    }
    SECTION("without mastery, both versions")
    {
        course->settings().completion = Core::CompletionRule::AllSlidesViewed;
        course->settings().scorm12Reporting = Core::Scorm12Reporting::CompletedIncomplete;
        exportAndValidate(*course, ScormVersion::Scorm12, dir.filePath(u"s12.zip"_s));
        exportAndValidate(*course, ScormVersion::Scorm2004, dir.filePath(u"s2004.zip"_s));
    }
    SECTION("a minimal course: one text slide, no media")
    {
        Core::Course minimal;
        minimal.setId(Core::CourseId(u"0-minimal"_s));
        minimal.metadata().title = u"Minimal"_s;
        minimal.metadata().language = u"en"_s;
        auto section = std::make_unique<Core::Section>();
        section->id = Core::SectionId(u"s1"_s);
        Core::ContentBlock text;
        text.text = u"<p>Hello</p>"_s;
        section->slides.push_back(std::make_unique<Core::Slide>(
            ExportTest::makeSlide(u"only"_s, u"Only"_s, Core::ContentBody{{text}})));
        minimal.sections().push_back(std::move(section));
        exportAndValidate(minimal, ScormVersion::Scorm12, dir.filePath(u"m12.zip"_s));
        exportAndValidate(minimal, ScormVersion::Scorm2004, dir.filePath(u"m2004.zip"_s));
    }
}

TEST_CASE("SCORM package layout", "[export][scorm]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ExportTest::TestMedia media;
    const auto course = ExportTest::makeTestCourse(&media);
    const QString target = dir.filePath(u"course.zip"_s);
    const Exported exported = exportWith(u"scorm12"_s, *course, target);
    REQUIRE(exported.result);
    CHECK(warningCodes(exported.warnings).isEmpty()); // the test course is clean

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

namespace {

const Export::ExportWarning *findWarning(const std::vector<Export::ExportWarning> &warnings,
                                         const QString &code)
{
    for (const Export::ExportWarning &warning : warnings) {
        if (warning.code == code)
            return &warning;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Validator warnings are reported and do not stop the export", "[export][warnings]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto course = ExportTest::makeTestCourse();
    std::get<Core::ContentBody>(ExportTest::slideById(*course, u"slide-welcome"_s).body)
        .blocks[2]
        .altText.clear();
    std::get<Core::VideoBody>(ExportTest::slideById(*course, u"slide-video"_s).body)
        .captions.clear();
    // Nine unlimited open-text answers: about 4,500 characters of resume data.
    auto &quiz = course->sections().back()->slides;
    for (int i = 0; i < 9; ++i) {
        Core::Question open;
        open.type = Core::QuestionType::OpenText;
        open.prompt = u"Tell us more"_s;
        quiz.insert(quiz.begin(),
                    std::make_unique<Core::Slide>(ExportTest::makeSlide(
                        u"open-%1"_s.arg(i), u"Open"_s, Core::QuestionBody{open})));
    }

    const Exported scorm12 = exportWith(u"scorm12"_s, *course, dir.filePath(u"s12.zip"_s));
    REQUIRE(scorm12.result);
    const QStringList codes = warningCodes(scorm12.warnings);
    QStringList sorted = codes;
    sorted.sort();
    CHECK(sorted
          == QStringList{
              u"image.no-alt-text"_s, u"scorm12.suspend-data-too-large"_s, u"video.no-captions"_s});
    const auto *alt = findWarning(scorm12.warnings, u"image.no-alt-text"_s);
    REQUIRE(alt);
    CHECK(alt->slide == Core::SlideId(u"slide-welcome"_s));
    CHECK(alt->message.contains(u"Bienvenue"_s)); // the location names the slide
    const auto *captions = findWarning(scorm12.warnings, u"video.no-captions"_s);
    REQUIRE(captions);
    CHECK(captions->slide == Core::SlideId(u"slide-video"_s));

    // Every Validator warning, in the Validator's order.
    QStringList validatorWarnings;
    for (const auto &issue : Core::Validator::check(*course)) {
        REQUIRE(issue.severity == Core::Validator::Severity::Warning);
        validatorWarnings.append(issue.code);
    }
    CHECK(codes == validatorWarnings);

    const auto run = ExportTest::validatePackage(dir.filePath(u"s12.zip"_s), u"1.2"_s);
    INFO(run.output.toStdString());
    CHECK(run.exitCode == 0);

    SECTION("the SCORM 1.2 resume-data warning is for SCORM 1.2 only")
    {
        for (const QString &format : {u"scorm2004"_s, u"web"_s}) {
            const Exported other = exportWith(format, *course, dir.filePath(format + u".zip"_s));
            REQUIRE(other.result);
            CHECK(warningCodes(other.warnings)
                  == QStringList{u"image.no-alt-text"_s, u"video.no-captions"_s});
        }
    }
}

TEST_CASE("Validator errors stop the export with a message listing them", "[export][warnings]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto course = ExportTest::makeTestCourse();
    // A single-choice question without a correct answer, and an unsafe pass message.
    auto &single
        = std::get<Core::QuestionBody>(ExportTest::slideById(*course, u"q-single"_s).body).question;
    for (Core::Choice &choice : single.choices)
        choice.correct = false;
    std::get<Core::ResultBody>(ExportTest::slideById(*course, u"slide-result"_s).body).passMessage
        = u"<p onclick=\"x()\">Bravo</p>"_s;

    std::vector<Core::Validator::Issue> errors;
    for (const auto &issue : Core::Validator::check(*course)) {
        if (issue.severity == Core::Validator::Severity::Error)
            errors.push_back(issue);
    }
    REQUIRE(errors.size() == 2);

    for (const QString &format : {u"scorm12"_s, u"scorm2004"_s, u"web"_s}) {
        const QString target = dir.filePath(format + u".zip"_s);
        const Exported exported = exportWith(format, *course, target);
        REQUIRE_FALSE(exported.result);
        CHECK(exported.result.error().code == Core::ErrorCode::Export);
        const QString message = exported.result.error().message;
        for (const auto &issue : errors) {
            CHECK(message.contains(issue.message));
            CHECK(message.contains(issue.location));
        }
        CHECK(message.count(u'\n') == 2); // a heading line, then one line per error
        CHECK_FALSE(QFile::exists(target));
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("Exporting a project whose media checks were deferred", "[export][scorm]")
{
    // capsule-cli export reads projects with MediaCheck::Deferred: the media are checked while
    // the package is written instead of in a pass of their own when the project is opened.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ExportTest::TestMedia media;
    const auto course = ExportTest::makeTestCourse(&media);
    const QString project = dir.filePath(u"projet.capsule"_s);
    REQUIRE(Core::ProjectFile::write(*course, project));
    const QString videoEntry = course->asset(media.video)->archiveName();
    const Export::ScormExporter exporter(Export::ScormVersion::Scorm12);
    const auto exportTo = [&](const Core::Course &from, const QString &target) {
        Export::ExportContext context;
        return exporter.exportCourse(from, Export::ExportOptions{target}, context);
    };
    const auto readBytes = [](const QString &path) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };

    SECTION("an intact project gives the package of a fully checked one")
    {
        const auto checked = Core::ProjectFile::read(project);
        const auto deferred
            = Core::ProjectFile::read(project, Core::ProjectFile::MediaCheck::Deferred);
        REQUIRE(checked);
        REQUIRE(deferred);
        const QString first = dir.filePath(u"checked.zip"_s);
        const QString second = dir.filePath(u"deferred.zip"_s);
        REQUIRE(exportTo(*checked.value(), first));
        REQUIRE(exportTo(*deferred.value(), second));
        CHECK(readBytes(second) == readBytes(first));
    }

    SECTION("a damaged media entry fails the export and leaves no package")
    {
        QByteArray bytes = readBytes(project);
        const qsizetype at = bytes.indexOf(videoEntry.toUtf8()) + videoEntry.size() + 2000;
        bytes[at] = char(bytes[at] ^ 0x01);
        ExportTest::writeFile(project, bytes);
        const auto deferred
            = Core::ProjectFile::read(project, Core::ProjectFile::MediaCheck::Deferred);
        REQUIRE(deferred); // presence and sizes are right: only the bytes are damaged

        const QString target = dir.filePath(u"paquet.zip"_s);
        ExportTest::writeFile(target, "the previous package");
        const auto exported = exportTo(*deferred.value(), target);
        REQUIRE_FALSE(exported);
        INFO(exported.error().message.toStdString());
        CHECK(exported.error().code == Core::ErrorCode::HashMismatch);
        CHECK(exported.error().message.contains(u"projet.capsule"_s));
        CHECK(exported.error().message.contains(videoEntry));
        CHECK(readBytes(target) == "the previous package");
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)
              == QStringList({u"paquet.zip"_s, u"projet.capsule"_s}));
    }
}
