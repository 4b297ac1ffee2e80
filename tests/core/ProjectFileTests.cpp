// SPDX-License-Identifier: MIT
// .capsule files: save/load round trips, byte-stable re-saves, atomic writes, and a clear error
// for each kind of damaged or hostile file.
#include "TestSupport.h"
#include "core/CourseSerializer.h"
#include "core/ProjectFile.h"
#include "core/ZipReader.h"
#include "core/ZipWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <zip.h>

using namespace Qt::StringLiterals;
using namespace Core;

namespace FormatTests {
std::unique_ptr<Course> makeFullCourse(); // CourseSerializerTests.cpp
}

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(data) == data.size());
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

std::unique_ptr<Course> load(const QString &path)
{
    auto loaded = ProjectFile::read(path);
    INFO((loaded ? QString() : loaded.error().message).toStdString());
    REQUIRE(loaded.has_value());
    return std::move(loaded).value();
}

void save(const Course &course, const QString &path)
{
    const auto written = ProjectFile::write(course, path);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.has_value());
}

/** Every entry of a zip, in order, with its bytes. */
QList<QPair<QString, QByteArray>> entriesOf(const QString &path)
{
    auto zip = ZipReader::open(path);
    REQUIRE(zip.has_value());
    QList<QPair<QString, QByteArray>> entries;
    for (const QString &name : zip->entryNames())
        entries.append({name, zip->readAll(name).value()});
    return entries;
}

/** Rewrites a project through `edit`, which may change, drop or add entries. */
void rewriteProject(const QString &from,
                    const QString &to,
                    const std::function<void(QList<QPair<QString, QByteArray>> &)> &edit)
{
    auto entries = entriesOf(from);
    edit(entries);
    // Raw libzip: ZipWriter would refuse the hostile names some tests need.
    int err = 0;
    zip_t *za = zip_open(QFile::encodeName(to).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    REQUIRE(za);
    for (const auto &[name, data] : entries) {
        zip_source_t *src = zip_source_buffer(za, data.constData(), zip_uint64_t(data.size()), 0);
        REQUIRE(zip_file_add(za, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8) >= 0);
    }
    REQUIRE(zip_close(za) == 0);
}

zip_uint16_t compressionOf(const QString &zipPath, const QString &entry)
{
    int err = 0;
    zip_t *za = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &err);
    REQUIRE(za);
    zip_stat_t st;
    zip_stat_init(&st);
    const int rc = zip_stat(za, entry.toUtf8().constData(), 0, &st);
    zip_discard(za);
    REQUIRE(rc == 0);
    return st.comp_method;
}

} // namespace

TEST_CASE("A saved project loads back equal, its media left in the file", "[core][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"cours.capsule"_s);
    const auto course = FormatTests::makeFullCourse();
    save(*course, path);

    const auto loaded = load(path);
    CHECK(*loaded == *course);
    for (const auto &[id, asset] : loaded->assets()) {
        INFO(asset.fileName.toStdString());
        CHECK(asset.source.kind == AssetSource::Kind::ZipEntry);
        CHECK(asset.source.path == QFileInfo(path).absoluteFilePath());
        CHECK(asset.source.entryName == asset.archiveName());
        CHECK(asset.source.data.isEmpty());
        const auto bytes = ProjectFile::readAssetBytes(asset.source);
        REQUIRE(bytes.has_value());
        CHECK(*bytes == course->asset(id)->source.data);
    }
    CHECK(filesIn(dir.path()) == QStringList{u"cours.capsule"_s});
}

TEST_CASE("A project's zip layout and compression follow the format", "[core][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"cours.capsule"_s);
    const auto course = FormatTests::makeFullCourse();
    save(*course, path);

    auto zip = ZipReader::open(path);
    REQUIRE(zip.has_value());
    QStringList expected{u"course.xml"_s};
    for (const auto &[id, asset] : course->assets())
        expected.append(asset.archiveName());
    CHECK(zip->entryNames() == expected);
    CHECK(std::is_sorted(expected.begin() + 1, expected.end()));
    CHECK(zip->readAll(u"course.xml"_s).value() == CourseSerializer::toXml(*course));

    CHECK(compressionOf(path, u"course.xml"_s) == ZIP_CM_DEFLATE);
    for (const auto &[id, asset] : course->assets()) {
        INFO(asset.archiveName().toStdString());
        const bool precompressed = asset.mimeType == u"image/png" || asset.mimeType == u"image/jpeg"
                                   || asset.mimeType == u"video/mp4";
        CHECK(compressionOf(path, asset.archiveName())
              == (precompressed ? ZIP_CM_STORE : ZIP_CM_DEFLATE));
    }
}

TEST_CASE("Re-saving an unchanged project gives identical bytes", "[core][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"cours.capsule"_s);
    save(*FormatTests::makeFullCourse(), path);
    const QByteArray first = readFile(path);

    SECTION("over itself, reading media from the file being replaced")
    {
        const auto loaded = load(path);
        save(*loaded, path);
        CHECK(readFile(path) == first);
        save(*loaded, path); // the sources still point at valid entries
        CHECK(readFile(path) == first);
        CHECK(*load(path) == *loaded);
        CHECK(filesIn(dir.path()) == QStringList{u"cours.capsule"_s});
    }
    SECTION("to another file")
    {
        const QString copy = dir.filePath(u"copie.capsule"_s);
        save(*load(path), copy);
        CHECK(readFile(copy) == first);
    }
    SECTION("from media files on disk")
    {
        auto course = FormatTests::makeFullCourse();
        for (auto &[id, asset] : course->assets()) {
            const QString file = dir.filePath(u"import/"_s + id.toString());
            writeFile(file, asset.source.data);
            asset.source = AssetSource{AssetSource::Kind::File, file, {}, {}};
        }
        const QString fromDisk = dir.filePath(u"disque.capsule"_s);
        save(*course, fromDisk);
        CHECK(readFile(fromDisk) == first);
    }
}

TEST_CASE("A media entry is found by its sha256 whatever its extension", "[core][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"cours.capsule"_s);
    const auto course = FormatTests::makeFullCourse();
    save(*course, path);
    const MediaAsset &first = course->assets().begin()->second;
    const QString renamed = u"media/"_s + first.id.toString() + u".old"_s;
    const QString other = dir.filePath(u"autre.capsule"_s);
    rewriteProject(path, other, [&](auto &entries) {
        for (auto &entry : entries) {
            if (entry.first == first.archiveName())
                entry.first = renamed;
        }
    });

    const auto loaded = load(other);
    CHECK(*loaded == *course);
    CHECK(loaded->asset(first.id)->source.entryName == renamed);
    // Saving writes the canonical name again.
    save(*loaded, other);
    auto zip = ZipReader::open(other);
    REQUIRE(zip.has_value());
    CHECK(zip->contains(first.archiveName()));
    CHECK_FALSE(zip->contains(renamed));
    CHECK(*load(other) == *course);
}

TEST_CASE("An unpacked project folder reads like a project file", "[core][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto course = FormatTests::makeFullCourse();
    const QString folder = dir.filePath(u"template"_s);
    writeFile(folder + u"/course.xml"_s, CourseSerializer::toXml(*course));
    for (const auto &[id, asset] : course->assets())
        writeFile(folder + u'/' + asset.archiveName(), asset.source.data);

    const auto loaded = ProjectFile::readFolder(folder);
    REQUIRE(loaded.has_value());
    CHECK(**loaded == *course);
    for (const auto &[id, asset] : loaded.value()->assets()) {
        CHECK(asset.source.kind == AssetSource::Kind::File);
        CHECK(asset.source.path
              == QFileInfo(folder + u'/' + asset.archiveName()).absoluteFilePath());
    }

    SECTION("and saves to the same bytes as the original")
    {
        const QString a = dir.filePath(u"a.capsule"_s);
        const QString b = dir.filePath(u"b.capsule"_s);
        save(*course, a);
        save(**loaded, b);
        CHECK(readFile(a) == readFile(b));
    }
    SECTION("a missing media file is reported")
    {
        QFile::remove(folder + u'/' + course->assets().begin()->second.archiveName());
        const auto broken = ProjectFile::readFolder(folder);
        REQUIRE_FALSE(broken.has_value());
        CHECK(broken.error().code == ErrorCode::MissingAsset);
        CHECK(broken.error().message.contains(u"template"_s));
    }
    SECTION("a changed media file is reported")
    {
        const MediaAsset &asset = course->assets().begin()->second;
        QByteArray bytes = asset.source.data;
        bytes[0] = char(bytes[0] ^ 1);
        writeFile(folder + u'/' + asset.archiveName(), bytes);
        const auto broken = ProjectFile::readFolder(folder);
        REQUIRE_FALSE(broken.has_value());
        CHECK(broken.error().code == ErrorCode::HashMismatch);
    }
    SECTION("no course.xml")
    {
        const auto broken = ProjectFile::readFolder(dir.filePath(u"nowhere"_s));
        REQUIRE_FALSE(broken.has_value());
        CHECK(broken.error().code == ErrorCode::MissingEntry);
        CHECK(broken.error().message.contains(u"nowhere"_s));
    }
}

TEST_CASE("Damaged or hostile project files are refused with a clear error", "[core][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString good = dir.filePath(u"bon.capsule"_s);
    const auto course = FormatTests::makeFullCourse();
    save(*course, good);
    const QString bad = dir.filePath(u"abîmé.capsule"_s);
    const QByteArray goodBytes = readFile(good);
    const MediaAsset &photo
        = std::find_if(course->assets().begin(), course->assets().end(), [](const auto &a) {
              return a.second.mimeType == u"image/jpeg";
          })->second;
    // ↑ an asset referenced by slides, so removing it from <media> breaks a reference
    const QString photoEntry = photo.archiveName();

    ErrorCode expected = ErrorCode::Io;
    QString inMessage;
    SECTION("truncated zip")
    {
        writeFile(bad, goodBytes.left(goodBytes.size() * 2 / 3));
        expected = ErrorCode::NotAZip;
        inMessage = u"is not a Capsule project: the file is damaged or is not a zip archive"_s;
    }
    SECTION("zip without its end record")
    {
        writeFile(bad, goodBytes.left(goodBytes.size() - 10));
        expected = ErrorCode::NotAZip;
        inMessage = u"is not a Capsule project"_s;
    }
    SECTION("not a zip")
    {
        writeFile(bad, "<?xml version=\"1.0\"?><capsule/>");
        expected = ErrorCode::NotAZip;
        inMessage = u"is not a Capsule project: the file is damaged or is not a zip archive"_s;
    }
    SECTION("empty file")
    {
        writeFile(bad, QByteArray());
        expected = ErrorCode::NotAZip;
        inMessage = u"is not a Capsule project"_s;
    }
    SECTION("no such file")
    {
        expected = ErrorCode::Io;
        inMessage = u"does not exist"_s;
    }
    SECTION("missing course.xml")
    {
        rewriteProject(good, bad, [](auto &entries) { entries.removeFirst(); });
        expected = ErrorCode::MissingEntry;
        inMessage = u"course.xml"_s;
    }
    SECTION("malformed course.xml")
    {
        rewriteProject(good, bad, [](auto &entries) { entries[0].second.chop(20); });
        expected = ErrorCode::MalformedXml;
        inMessage = u"line"_s;
    }
    SECTION("course.xml refers to an asset not in <media>")
    {
        rewriteProject(good, bad, [&](auto &entries) {
            QByteArray &xml = entries[0].second;
            const qsizetype at = xml.indexOf("<asset id=\"" + photo.id.toString().toLatin1());
            REQUIRE(at > 0);
            xml.remove(at, xml.indexOf("/>", at) + 2 - at);
        });
        expected = ErrorCode::MissingAsset;
        inMessage = photo.id.toString();
    }
    SECTION("media entry missing")
    {
        rewriteProject(good, bad, [&](auto &entries) {
            entries.removeIf([&](const auto &e) { return e.first == photoEntry; });
        });
        expected = ErrorCode::MissingAsset;
        inMessage = photoEntry;
    }
    SECTION("media entry whose bytes do not match its hash")
    {
        rewriteProject(good, bad, [&](auto &entries) {
            for (auto &[name, data] : entries) {
                if (name == photoEntry)
                    data[100] = char(data[100] ^ 0xff);
            }
        });
        expected = ErrorCode::HashMismatch;
        inMessage = photoEntry;
    }
    SECTION("media entry with a different size")
    {
        rewriteProject(good, bad, [&](auto &entries) {
            for (auto &[name, data] : entries) {
                if (name == photoEntry)
                    data.append('x');
            }
        });
        expected = ErrorCode::HashMismatch;
        inMessage = photoEntry;
    }
    SECTION("media entry corrupted inside the zip (CRC)")
    {
        QByteArray bytes = goodBytes;
        const qsizetype at = bytes.indexOf(photoEntry.toUtf8()) + photoEntry.size() + 200;
        bytes[at] = char(bytes[at] ^ 0xff);
        writeFile(bad, bytes);
        expected = ErrorCode::NotAZip;
        inMessage = u"damaged"_s;
    }
    SECTION("newer format version")
    {
        rewriteProject(good, bad, [](auto &entries) {
            entries[0].second.replace("formatVersion=\"5\"", "formatVersion=\"6\"");
            entries[0].second.replace("<metadata", "<future/><metadata");
        });
        expected = ErrorCode::NewerFormat;
        inMessage = u"abîmé.capsule was saved by a newer version of Capsule (format 6); this "
                    u"version reads format 5"_s;
    }
    SECTION("absolute entry name")
    {
        rewriteProject(good, bad, [](auto &entries) { entries.append({u"/tmp/evil"_s, "x"}); });
        expected = ErrorCode::UnsafeEntry;
        inMessage = u"/tmp/evil"_s;
    }
    SECTION("entry name with ..")
    {
        rewriteProject(good, bad, [](auto &entries) {
            entries.prepend({u"media/../../evil.sh"_s, "x"});
        });
        expected = ErrorCode::UnsafeEntry;
        inMessage = u"media/../../evil.sh"_s;
    }
    SECTION("entry name with a backslash or drive letter")
    {
        rewriteProject(good, bad, [](auto &entries) { entries.append({u"C:\\evil.txt"_s, "x"}); });
        expected = ErrorCode::UnsafeEntry;
        inMessage = u"evil.txt"_s;
    }

    const auto result = ProjectFile::read(bad);
    REQUIRE_FALSE(result.has_value());
    INFO(result.error().message.toStdString());
    CHECK(result.error().code == expected);
    CHECK(result.error().message.contains(u"abîmé.capsule"_s));
    CHECK(result.error().message.contains(inMessage));
}

TEST_CASE("An interrupted save leaves the previous file byte-identical", "[core][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"cours.capsule"_s);
    save(*FormatTests::makeFullCourse(), path);
    const QByteArray before = readFile(path);

    const auto loaded = load(path);
    loaded->metadata().title = u"Changed"_s;
    const qint64 total = QFileInfo(path).size();
    for (const qint64 failAfter : {qint64(0), qint64(100), total / 2, total - 2000}) {
        INFO(failAfter);
        ProjectFile::WriteOptions options;
        options.failAfterBytes = failAfter;
        const auto written = ProjectFile::write(*loaded, path, options);
        REQUIRE_FALSE(written.has_value());
        CHECK(written.error().code == ErrorCode::Io);
        CHECK(written.error().message.contains(u"cours.capsule"_s));
        CHECK(readFile(path) == before);
        CHECK(filesIn(dir.path()) == QStringList{u"cours.capsule"_s});
    }

    SECTION("and a cancelled one too")
    {
        ProjectFile::WriteOptions options;
        qint64 lastTotal = 0;
        options.progress = [&lastTotal](qint64 done, qint64 all) {
            lastTotal = all;
            return done < all / 2;
        };
        const auto written = ProjectFile::write(*loaded, path, options);
        REQUIRE_FALSE(written.has_value());
        CHECK(written.error().code == ErrorCode::Cancelled);
        CHECK(lastTotal > 0);
        CHECK(readFile(path) == before);
        CHECK(filesIn(dir.path()) == QStringList{u"cours.capsule"_s});
    }
    SECTION("while the same save without a fault succeeds")
    {
        save(*loaded, path);
        CHECK(load(path)->metadata().title == u"Changed"_s);
    }
}

TEST_CASE("A course that breaks the format is not saved", "[core][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"cours.capsule"_s);
    auto course = FormatTests::makeFullCourse();
    ErrorCode expected = ErrorCode::InvalidContent;

    SECTION("a value out of range")
    {
        course->settings().passingScorePercent = 120;
    }
    SECTION("a reference to an asset that is not in the library")
    {
        course->settings().theme.logo = AssetId(QString(64, u'0'));
        expected = ErrorCode::MissingAsset;
    }
    SECTION("bytes that do not match the asset id")
    {
        auto &asset = course->assets().begin()->second;
        asset.source.data[0] = char(asset.source.data[0] ^ 1);
        expected = ErrorCode::HashMismatch;
    }
    SECTION("an asset without bytes")
    {
        course->assets().begin()->second.source = AssetSource{};
        expected = ErrorCode::InvalidArgument;
    }
    const auto written = ProjectFile::write(*course, path);
    REQUIRE_FALSE(written.has_value());
    INFO(written.error().message.toStdString());
    CHECK(written.error().code == expected);
    CHECK(written.error().message.contains(u"cours.capsule"_s));
    CHECK(filesIn(dir.path()).isEmpty());
}

TEST_CASE("A project read with deferred media checks is checked when its media are written",
          "[core][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString good = dir.filePath(u"bon.capsule"_s);
    const auto course = FormatTests::makeFullCourse();
    save(*course, good);
    const MediaAsset &photo
        = std::find_if(course->assets().begin(), course->assets().end(), [](const auto &a) {
              return a.second.mimeType == u"image/jpeg";
          })->second;
    const QString photoEntry = photo.archiveName();

    bool damaged = false;
    SECTION("an intact project reads and saves as with the check done at once")
    {
        auto deferred = ProjectFile::read(good, ProjectFile::MediaCheck::Deferred);
        REQUIRE(deferred.has_value());
        const auto checked = load(good);
        CHECK(deferred.value()->assets() == checked->assets());
        const MediaAsset &asset = deferred.value()->assets().at(photo.id);
        CHECK(asset.source.kind == AssetSource::Kind::ZipEntry);
        CHECK(asset.source.expectedSha256 == photo.id.toString());
        CHECK(checked->assets().at(photo.id).source.expectedSha256.isEmpty());
        CHECK(ProjectFile::readAssetBytes(asset.source).has_value());

        const QString copy = dir.filePath(u"copie.capsule"_s);
        save(*deferred.value(), copy);
        CHECK(readFile(copy) == readFile(good));
    }

    // Presence and size are still checked when the file is read.
    SECTION("a missing media entry is still reported at once")
    {
        const QString bad = dir.filePath(u"abîmé.capsule"_s);
        rewriteProject(good, bad, [&](auto &entries) {
            entries.removeIf([&](const auto &e) { return e.first == photoEntry; });
        });
        const auto result = ProjectFile::read(bad, ProjectFile::MediaCheck::Deferred);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::MissingAsset);
        damaged = false;
    }

    const QString bad = dir.filePath(u"abîmé.capsule"_s);
    ErrorCode whenRead = ErrorCode::NotAZip;
    SECTION("a byte of a media entry damaged inside the zip")
    {
        QByteArray bytes = readFile(good);
        const qsizetype at = bytes.indexOf(photoEntry.toUtf8()) + photoEntry.size() + 200;
        bytes[at] = char(bytes[at] ^ 0xff);
        writeFile(bad, bytes);
        damaged = true;
    }
    SECTION("a media entry rewritten with other bytes (and a matching CRC)")
    {
        rewriteProject(good, bad, [&](auto &entries) {
            for (auto &[name, data] : entries) {
                if (name == photoEntry)
                    data[100] = char(data[100] ^ 0xff);
            }
        });
        whenRead = ErrorCode::HashMismatch;
        damaged = true;
    }
    if (damaged) {
        auto deferred = ProjectFile::read(bad, ProjectFile::MediaCheck::Deferred);
        INFO((deferred ? QString() : deferred.error().message).toStdString());
        REQUIRE(deferred.has_value());
        const AssetSource &source = deferred.value()->assets().at(photo.id).source;
        const auto bytes = ProjectFile::readAssetBytes(source);
        REQUIRE_FALSE(bytes.has_value());
        CHECK(bytes.error().code == whenRead);

        const QString target = dir.filePath(u"copie.capsule"_s);
        const auto written = ProjectFile::write(*deferred.value(), target);
        REQUIRE_FALSE(written.has_value());
        INFO(written.error().message.toStdString());
        CHECK(written.error().code == whenRead);
        CHECK(written.error().message.contains(u"abîmé.capsule"_s));
        CHECK(written.error().message.contains(photoEntry));
        CHECK_FALSE(QFile::exists(target));
        CHECK(filesIn(dir.path()) == QStringList{u"abîmé.capsule"_s, u"bon.capsule"_s});
    }
}
