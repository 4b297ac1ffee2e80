// SPDX-License-Identifier: MIT
#include "ExportTestCourse.h"
#include "TestSupport.h"
#include "core/ZipReader.h"
#include "export/PackageBuilder.h"
#include "export/PlayerData.h"
#include "export/web/WebExporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

TEST_CASE("Web export: player, course.js and media, no manifest", "[export][web]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ExportTest::TestMedia media;
    const auto course = ExportTest::makeTestCourse(&media);
    const Export::WebExporter exporter;
    Export::ExportOptions options;
    options.targetPath = dir.filePath(u"site.zip"_s);
    Export::ExportContext context;
    const auto result = exporter.exportCourse(*course, options, context);
    INFO((result ? std::string() : result.error().message.toStdString()));
    REQUIRE(result);

    auto reader = Core::ZipReader::open(options.targetPath);
    REQUIRE(reader);
    const QStringList entries = reader->entryNames();
    CHECK_FALSE(entries.contains(u"imsmanifest.xml"_s));
    CHECK(entries.contains(u"index.html"_s));
    CHECK(entries.contains(u"content/course.js"_s));
    QStringList expected = Export::PackageBuilder::playerFiles();
    expected += u"content/course.js"_s;
    QStringList used;
    for (const Core::AssetId &id : course->usedAssets())
        used.append(course->asset(id)->archiveName());
    used.sort();
    expected += used;
    CHECK(entries == expected);
    CHECK(reader->readAll(u"content/course.js"_s).value()
          == Export::PlayerData::toScript(*course, Export::PlayerRuntime::Web));
    CHECK(reader->readAll(u"content/course.js"_s).value().contains("\"runtime\":\"web\""));

    // Relative references only, so the site works from file:// and from any folder of a server.
    const QByteArray index = reader->readAll(u"index.html"_s).value();
    CHECK(index.contains("src=\"content/course.js\""));
    CHECK(index.indexOf("src=\"/") < 0);
    CHECK(index.indexOf("href=\"/") < 0);

    SECTION("byte-identical re-export")
    {
        Export::ExportOptions again;
        again.targetPath = dir.filePath(u"again.zip"_s);
        REQUIRE(exporter.exportCourse(*course, again, context));
        QFile first(options.targetPath);
        QFile second(again.targetPath);
        REQUIRE(first.open(QIODevice::ReadOnly));
        REQUIRE(second.open(QIODevice::ReadOnly));
        CHECK(first.readAll() == second.readAll());
    }
}

TEST_CASE("Web export warns about captions too large to show from disk", "[export][web]")
{
    ExportTest::TestMedia media;
    const auto course = ExportTest::makeTestCourse(&media);
    const auto warnings = [&](Export::PlayerRuntime runtime) {
        Export::ExportContext context;
        REQUIRE(Export::PackageBuilder::checkCourse(*course, runtime, context));
        QStringList codes;
        for (const Export::ExportWarning &warning : context.warnings())
            codes.append(warning.code);
        return codes;
    };
    CHECK_FALSE(warnings(Export::PlayerRuntime::Web).contains(u"captions.too-large-for-disk"_s));

    course->assets().at(media.captions).byteSize = Export::PlayerData::maxEmbeddedCaptionBytes + 1;
    CHECK(warnings(Export::PlayerRuntime::Web).count(u"captions.too-large-for-disk"_s) == 1);

    // The same track on a video block of a content slide counts too.
    Core::ContentBlock block;
    block.type = Core::ContentBlock::Type::Video;
    block.media.video = media.video;
    block.media.captions = {{media.captions, u"fr"_s, u"Français"_s}};
    std::get<Core::ContentBody>(ExportTest::slideById(*course, u"slide-welcome"_s).body)
        .blocks.push_back(block);
    CHECK(warnings(Export::PlayerRuntime::Web).count(u"captions.too-large-for-disk"_s) == 2);
    // SCORM packages are served by the LMS: their captions load from the file.
    CHECK_FALSE(
        warnings(Export::PlayerRuntime::Scorm12).contains(u"captions.too-large-for-disk"_s));
}

TEST_CASE("Web exporter describes itself", "[export][web]")
{
    const Export::WebExporter exporter;
    CHECK(exporter.id() == u"web"_s);
    CHECK_FALSE(exporter.displayName().isEmpty());
    CHECK_FALSE(exporter.description().isEmpty());
    CHECK(exporter.fileNameFilter().contains(u"*.zip"_s));
}
