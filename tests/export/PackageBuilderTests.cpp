// SPDX-License-Identifier: MIT
#include "ExportTestCourse.h"
#include "TestSupport.h"
#include "core/ZipReader.h"
#include "export/PackageBuilder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using Export::PackageBuilder;
using Export::PlayerRuntime;

namespace {

/** A small player folder: two files, one in a subfolder, and self-tests that must not ship. */
QString makeFixturePlayer(const QTemporaryDir &dir)
{
    const QString root = dir.filePath(u"player"_s);
    ExportTest::writeFile(root + u"/index.html"_s, "<!doctype html><title>p</title>");
    ExportTest::writeFile(root + u"/player.js"_s, "console.log('player');");
    ExportTest::writeFile(root + u"/fonts/icons.woff2"_s, "wOF2 fake font");
    ExportTest::writeFile(root + u"/tests/player.test.js"_s, "test()");
    ExportTest::writeFile(root + u"/fonts/tests/x.js"_s, "test()");
    return root;
}

QStringList mediaNames(const Core::Course &course, std::initializer_list<Core::AssetId> ids)
{
    QStringList names;
    for (const Core::AssetId &id : ids)
        names.append(course.asset(id)->archiveName());
    names.sort();
    return names;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("Player files are listed sorted, without tests folders", "[export][package]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString root = makeFixturePlayer(dir);
    CHECK(PackageBuilder::playerFiles(root)
          == QStringList{u"fonts/icons.woff2"_s, u"index.html"_s, u"player.js"_s});

    SECTION("the built-in player has an index.html and no tests")
    {
        const QStringList files = PackageBuilder::playerFiles();
        CHECK(files.contains(u"index.html"_s));
        for (const QString &file : files)
            CHECK_FALSE(file.contains(u"tests/"));
        QStringList sorted = files;
        sorted.sort();
        CHECK(files == sorted);
    }
}

TEST_CASE("Package entries: leading entries, player, course.js, used media", "[export][package]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ExportTest::TestMedia media;
    const auto course = ExportTest::makeTestCourse(&media);
    PackageBuilder builder(*course, PlayerRuntime::Scorm12);
    builder.setPlayerRoot(makeFixturePlayer(dir));
    builder.addLeadingEntry(u"imsmanifest.xml"_s, "<manifest/>");

    const QStringList used
        = mediaNames(*course, {media.image, media.logo, media.video, media.poster, media.captions});
    const QStringList content = QStringList{u"fonts/icons.woff2"_s,
                                            u"index.html"_s,
                                            u"player.js"_s,
                                            u"content/course.js"_s}
                                + used;
    CHECK(builder.contentFiles() == content);

    const QString target = dir.filePath(u"out.zip"_s);
    Export::ExportContext context;
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    context.setProgressCallback([&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
    });
    const auto written = builder.write(target, context);
    INFO((written ? std::string() : written.error().message.toStdString()));
    REQUIRE(written);
    CHECK(lastTotal > 0);
    CHECK(lastDone == lastTotal);

    auto reader = Core::ZipReader::open(target);
    REQUIRE(reader);
    CHECK(reader->entryNames() == QStringList{u"imsmanifest.xml"_s} + content);
    CHECK_FALSE(reader->contains(course->asset(media.unused)->archiveName()));

    SECTION("bytes of every entry")
    {
        CHECK(reader->readAll(u"imsmanifest.xml"_s).value() == "<manifest/>");
        CHECK(reader->readAll(u"player.js"_s).value() == "console.log('player');");
        CHECK(reader->readAll(u"content/course.js"_s).value()
              == Export::PlayerData::toScript(*course, PlayerRuntime::Scorm12));
        for (const Core::AssetId &id : course->usedAssets()) {
            const Core::MediaAsset *asset = course->asset(id);
            CHECK(reader->readAll(asset->archiveName()).value() == asset->source.data);
        }
    }

    SECTION("compressed media are stored, text is deflated")
    {
        const auto compressed = [&](const QString &name) {
            const auto info = reader->entryInfo(name);
            REQUIRE(info);
            return info->compressed;
        };
        CHECK(compressed(u"imsmanifest.xml"_s));
        CHECK(compressed(u"index.html"_s));
        CHECK(compressed(u"player.js"_s));
        CHECK(compressed(u"content/course.js"_s));
        CHECK(compressed(course->asset(media.captions)->archiveName()));
        CHECK_FALSE(compressed(u"fonts/icons.woff2"_s));
        CHECK_FALSE(compressed(course->asset(media.image)->archiveName()));
        CHECK_FALSE(compressed(course->asset(media.poster)->archiveName()));
        CHECK_FALSE(compressed(course->asset(media.video)->archiveName()));
    }

    SECTION("the same course gives byte-identical packages")
    {
        const QString again = dir.filePath(u"again.zip"_s);
        const auto copy = course->clone();
        PackageBuilder second(*copy, PlayerRuntime::Scorm12);
        second.setPlayerRoot(builder.playerRoot());
        second.addLeadingEntry(u"imsmanifest.xml"_s, "<manifest/>");
        Export::ExportContext quiet;
        REQUIRE(second.write(again, quiet));
        CHECK(readFile(again) == readFile(target));
    }
}

TEST_CASE("Package media are streamed from files on disk", "[export][package]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ExportTest::TestMedia media;
    auto course = ExportTest::makeTestCourse(&media);
    // A video of a few MiB on disk: the builder hands the path to the zip writer.
    QByteArray big(6 * 1024 * 1024, '\0');
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 7919) % 251);
    const QString videoPath = dir.filePath(u"big video.mp4"_s);
    ExportTest::writeFile(videoPath, big);
    Core::MediaAsset &video = course->assets()[media.video];
    video.source = {};
    video.source.kind = Core::AssetSource::Kind::File;
    video.source.path = videoPath;

    PackageBuilder builder(*course, PlayerRuntime::Web);
    const QString target = dir.filePath(u"web.zip"_s);
    Export::ExportContext context;
    REQUIRE(builder.write(target, context));
    auto reader = Core::ZipReader::open(target);
    REQUIRE(reader);
    const auto info = reader->entryInfo(video.archiveName());
    REQUIRE(info);
    CHECK(info->size == big.size());
    CHECK_FALSE(info->compressed);
    CHECK(reader->readAll(video.archiveName()).value() == big);

    SECTION("byte-identical when exported twice")
    {
        const QString again = dir.filePath(u"web2.zip"_s);
        REQUIRE(PackageBuilder(*course, PlayerRuntime::Web).write(again, context));
        CHECK(readFile(again) == readFile(target));
    }
}

TEST_CASE("A cancelled package leaves no file", "[export][package]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto course = ExportTest::makeTestCourse();
    const QString target = dir.filePath(u"out.zip"_s);
    const auto filesInDir = [&] {
        return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    };

    SECTION("cancelled before it starts")
    {
        Export::ExportContext context;
        context.cancel();
        const auto written = PackageBuilder(*course, PlayerRuntime::Web).write(target, context);
        REQUIRE_FALSE(written);
        CHECK(written.error().code == Core::ErrorCode::Cancelled);
        CHECK(filesInDir().isEmpty());
    }

    SECTION("cancelled while writing")
    {
        Export::ExportContext context;
        int calls = 0;
        context.setProgressCallback([&](qint64, qint64) {
            ++calls;
            context.cancel();
        });
        const auto written = PackageBuilder(*course, PlayerRuntime::Web).write(target, context);
        REQUIRE_FALSE(written);
        CHECK(written.error().code == Core::ErrorCode::Cancelled);
        CHECK(calls >= 1);
        CHECK(filesInDir().isEmpty());
    }

    SECTION("an existing package is left untouched")
    {
        ExportTest::writeFile(target, "previous package");
        Export::ExportContext context;
        context.setProgressCallback([&](qint64, qint64) { context.cancel(); });
        REQUIRE_FALSE(PackageBuilder(*course, PlayerRuntime::Web).write(target, context));
        CHECK(readFile(target) == "previous package");
        CHECK(filesInDir() == QStringList{u"out.zip"_s});
    }
}

TEST_CASE("Package errors", "[export][package]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ExportTest::TestMedia media;
    auto course = ExportTest::makeTestCourse(&media);
    const QString target = dir.filePath(u"out.zip"_s);
    Export::ExportContext context;

    SECTION("a used asset missing from the library")
    {
        course->assets().erase(media.poster);
        const auto written = PackageBuilder(*course, PlayerRuntime::Web).write(target, context);
        REQUIRE_FALSE(written);
        CHECK(written.error().code == Core::ErrorCode::MissingAsset);
        CHECK(written.error().message.contains(media.poster.toString()));
    }
    SECTION("a used asset without bytes")
    {
        course->assets()[media.poster].source = {};
        const auto written = PackageBuilder(*course, PlayerRuntime::Web).write(target, context);
        REQUIRE_FALSE(written);
        CHECK(written.error().code == Core::ErrorCode::Export);
        CHECK(written.error().message.contains(u"poster.jpg"_s));
    }
    SECTION("a media file that vanished from disk")
    {
        Core::MediaAsset &poster = course->assets()[media.poster];
        poster.source = {};
        poster.source.kind = Core::AssetSource::Kind::File;
        poster.source.path = dir.filePath(u"gone.jpg"_s);
        const auto written = PackageBuilder(*course, PlayerRuntime::Web).write(target, context);
        REQUIRE_FALSE(written);
        CHECK(written.error().code == Core::ErrorCode::Io);
    }
    SECTION("no player")
    {
        PackageBuilder builder(*course, PlayerRuntime::Web);
        builder.setPlayerRoot(dir.filePath(u"nothing-here"_s));
        const auto written = builder.write(target, context);
        REQUIRE_FALSE(written);
        CHECK(written.error().code == Core::ErrorCode::Export);
    }
    SECTION("no target path")
    {
        const auto written = PackageBuilder(*course, PlayerRuntime::Web).write({}, context);
        REQUIRE_FALSE(written);
        CHECK(written.error().code == Core::ErrorCode::InvalidArgument);
    }
    CHECK_FALSE(QFile::exists(target));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}
