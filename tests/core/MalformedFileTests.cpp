// SPDX-License-Identifier: MIT
// The malformed-file corpus of issue #10: one hostile .capsule per case, built at test time
// (HostileZip.h), and the exact message each one gets. Memory stays bounded: the bombs are cut
// off at their declared size or refused before a byte is inflated.
#include "CourseFixtures.h"
#include "HostileZip.h"
#include "TestSupport.h"
#include "core/CourseSerializer.h"
#include "core/Document.h"
#include "core/ProjectFile.h"
#include "core/ZipReader.h"

#include <QDir>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Core;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(u"bad.capsule"_s);
    QString nativePath = QDir::toNativeSeparators(path);
    std::unique_ptr<Course> course = makeCourse({u"S:A"_s});

    MediaAsset addAsset(const QByteArray &bytes, const QString &fileName, const QString &mime)
    {
        MediaAsset asset = makeAsset(bytes, fileName, mime);
        course->assets().emplace(asset.id, asset);
        return asset;
    }
    QByteArray xml() const { return CourseSerializer::toXml(*course); }

    Error readError(ProjectFile::MediaCheck check = ProjectFile::MediaCheck::Now) const
    {
        const auto result = ProjectFile::read(path, check);
        REQUIRE_FALSE(result.has_value());
        return result.error();
    }
};

} // namespace

TEST_CASE("Malformed file: course.xml that inflates past its declared size is cut off",
          "[core][file][malformed]")
{
    Fixture f;
    // Issue #10's bomb: 26,950 bytes declared, 1 GiB inflated, about 1 MB in the file.
    const QByteArray bomb = HostileZip::lyingCourseXml(26950, 1024);
    CHECK(bomb.size() < 2 * 1024 * 1024);
    HostileZip::write(f.path, bomb);
    const Error error = f.readError();
    CHECK(error.code == ErrorCode::NotAZip);
    CHECK(error.message
          == f.nativePath
                 + u" is damaged: the entry \"course.xml\" inflates to more than the 26950 bytes "
                   "its zip directory declares."_s);

    // The editor opens projects through Document::load (MainWindow, autosave recovery).
    const auto document = Document::load(f.path);
    REQUIRE_FALSE(document.has_value());
    CHECK(document.error().message == error.message);

    // The same bound for every entry read through ZipReader, whatever the caller.
    const auto zip = ZipReader::open(f.path);
    REQUIRE(zip.has_value());
    qint64 seen = 0;
    const Result<void> streamed = zip->read(u"course.xml"_s, [&seen](QByteArrayView chunk) {
        seen += chunk.size();
        return true;
    });
    REQUIRE_FALSE(streamed.has_value());
    CHECK(seen <= 26950);
    CHECK_FALSE(zip->readAll(u"course.xml"_s).has_value());
}

TEST_CASE("Malformed file: a huge course.xml is refused before it is inflated",
          "[core][file][malformed]")
{
    Fixture f;
    // Honest: it really inflates to the declared ~4 GB (3.9 MB in the file).
    const int mebibytes = 3800;
    const QByteArray head = HostileZip::courseXmlHead();
    const quint64 declared = quint64(head.size()) + quint64(mebibytes) * 1024 * 1024;
    HostileZip::write(f.path,
                      HostileZip::build({{"course.xml",
                                          HostileZip::deflatedSpaces(head, mebibytes),
                                          true,
                                          HostileZip::crcOfSpaces(head, mebibytes),
                                          declared}}));
    const Error error = f.readError();
    CHECK(error.code == ErrorCode::InvalidContent);
    CHECK(error.message
          == u"bad.capsule: course.xml is too large (%1 bytes; the limit is 67108864 bytes); it "
             "was not read."_s.arg(declared));

    // An unpacked project folder: the same limit, checked on the file's size (a sparse file).
    const QString folder = f.dir.filePath(u"folder"_s);
    REQUIRE(QDir().mkpath(folder));
    QFile xml(folder + u"/course.xml"_s);
    REQUIRE(xml.open(QIODevice::WriteOnly));
    REQUIRE(xml.resize(ProjectFile::maxCourseXmlBytes + 1));
    xml.close();
    const auto unpacked = ProjectFile::readFolder(folder);
    REQUIRE_FALSE(unpacked.has_value());
    CHECK(unpacked.error().message
          == u"%1: course.xml is too large (67108865 bytes; the limit is 67108864 bytes); it was "
             "not read."_s.arg(QDir::toNativeSeparators(folder)));
}

TEST_CASE("Malformed file: a media entry that inflates past its declared size is cut off",
          "[core][file][malformed]")
{
    Fixture f;
    const QByteArray captions = "WEBVTT\n\n";
    const MediaAsset asset = f.addAsset(captions, u"c.vtt"_s, u"text/vtt"_s);
    const QString entry = asset.archiveName();
    HostileZip::write(f.path,
                      HostileZip::build({HostileZip::deflated("course.xml", f.xml()),
                                         {entry.toUtf8(),
                                          HostileZip::deflatedSpaces(captions, 64),
                                          true,
                                          HostileZip::crcOfSpaces(captions, 64),
                                          quint64(captions.size())}}));
    const QString expected = f.nativePath
                             + u" is damaged: the entry \"%1\" inflates to more than the 8 "
                               "bytes its zip directory declares."_s.arg(entry);
    const Error error = f.readError();
    CHECK(error.code == ErrorCode::NotAZip);
    CHECK(error.message == expected);

    // Opened for export (media checked later), loading it for a preview stops the same way.
    const auto deferred = ProjectFile::read(f.path, ProjectFile::MediaCheck::Deferred);
    REQUIRE(deferred.has_value());
    const auto bytes = ProjectFile::readAssetBytes(deferred.value()->asset(asset.id)->source);
    REQUIRE_FALSE(bytes.has_value());
    CHECK(bytes.error().message == expected);
}

TEST_CASE("Malformed file: an image too large to decode is refused before it is read",
          "[core][file][malformed]")
{
    Fixture f;
    const QByteArray head = "<svg xmlns=\"http://www.w3.org/2000/svg\">";
    const int mebibytes = 100;
    const quint64 declared = quint64(head.size()) + quint64(mebibytes) * 1024 * 1024;
    HostileZip::write(f.path,
                      HostileZip::build({{"media/big.svg",
                                          HostileZip::deflatedSpaces(head, mebibytes),
                                          true,
                                          HostileZip::crcOfSpaces(head, mebibytes),
                                          declared}}));
    const AssetSource source{AssetSource::Kind::ZipEntry, f.path, u"media/big.svg"_s, {}};
    const auto bytes = ProjectFile::readAssetBytes(source, ProjectFile::maxDecodedImageFileBytes);
    REQUIRE_FALSE(bytes.has_value());
    CHECK(bytes.error().code == ErrorCode::InvalidArgument);
    CHECK(bytes.error().message
          == u"The media file \"media/big.svg\" in %1 is too large to be loaded (%2 bytes; the "
             "limit is 67108864 bytes)."_s.arg(f.nativePath)
                 .arg(declared));
}

TEST_CASE("Malformed file: a DOCTYPE or an entity declaration in course.xml",
          "[core][file][malformed]")
{
    Fixture f;
    QByteArray xml = f.xml();
    const qsizetype afterDeclaration = xml.indexOf('\n') + 1;
    QString expected;
    SECTION("DOCTYPE")
    {
        xml.insert(afterDeclaration, "<!DOCTYPE capsule>\n");
        expected = u"bad.capsule: course.xml has a DOCTYPE (line 2); a Capsule file has no "
                   "DOCTYPE and no entity declarations."_s;
    }
    SECTION("entity declaration")
    {
        xml.insert(afterDeclaration, "<!DOCTYPE capsule [\n  <!ENTITY x \"y\">\n]>\n");
        expected = u"bad.capsule: course.xml declares an entity (line 3); a Capsule file has no "
                   "DOCTYPE and no entity declarations."_s;
    }
    HostileZip::write(f.path, HostileZip::build({HostileZip::deflated("course.xml", xml)}));
    const Error error = f.readError();
    CHECK(error.code == ErrorCode::MalformedXml);
    CHECK(error.message == expected);
    // The same parser reads project folders (templates).
    const auto direct = CourseSerializer::fromXml(xml, u"bad.capsule"_s);
    REQUIRE_FALSE(direct.has_value());
    CHECK(direct.error().message == expected);
}

TEST_CASE("Malformed file: invalid UTF-8 in course.xml is refused with its byte offset",
          "[core][file][malformed]")
{
    Fixture f;
    QByteArray xml = f.xml();
    const qsizetype title = xml.indexOf("<title>A</title>");
    REQUIRE(title > 0);
    QByteArray bad;
    SECTION("a stray continuation byte")
    {
        bad = "\x80";
    }
    SECTION("a truncated sequence")
    {
        bad = "\xc3(";
    }
    SECTION("an overlong form")
    {
        bad = "\xc0\xaf";
    }
    SECTION("a surrogate")
    {
        bad = "\xed\xa0\x80";
    }
    const qsizetype offset = title + 8; // after "<title>A"
    xml.insert(offset, bad);
    const int line = int(xml.left(offset).count('\n')) + 1;
    HostileZip::write(f.path, HostileZip::build({HostileZip::deflated("course.xml", xml)}));
    const Error error = f.readError();
    CHECK(error.code == ErrorCode::MalformedXml);
    CHECK(error.message
          == u"bad.capsule: course.xml is not valid UTF-8 (byte offset %1, line %2); it was not "
             "read."_s.arg(offset)
                 .arg(line));
}

TEST_CASE("Malformed file: a folder entry gets its own message", "[core][file][malformed]")
{
    Fixture f;
    HostileZip::write(f.path,
                      HostileZip::build({HostileZip::deflated("course.xml", f.xml()),
                                         HostileZip::stored("media/", QByteArray())}));
    const Error error = f.readError();
    CHECK(error.code == ErrorCode::UnsafeEntry);
    CHECK(error.message
          == f.nativePath
                 + u" contains the folder entry \"media/\"; a Capsule file has no folder entries, "
                   "only files. It was not opened."_s);
}

TEST_CASE("Malformed file: duplicate entry names get their own message", "[core][file][malformed]")
{
    Fixture f;
    const QByteArray png = "\x89PNG\r\n\x1a\n-not-really";
    const MediaAsset asset = f.addAsset(png, u"p.png"_s, u"image/png"_s);
    const QByteArray entry = asset.archiveName().toUtf8();
    HostileZip::write(f.path,
                      HostileZip::build({HostileZip::deflated("course.xml", f.xml()),
                                         HostileZip::stored(entry, png),
                                         HostileZip::stored(entry, "other bytes")}));
    const Error error = f.readError();
    CHECK(error.code == ErrorCode::UnsafeEntry);
    CHECK(error.message
          == f.nativePath
                 + u" contains the entry \"%1\" twice, so which one to read is ambiguous; it was "
                   "not opened."_s.arg(QString::fromUtf8(entry)));
}

TEST_CASE("Malformed file: altered media with a recomputed CRC fail the SHA-256 check",
          "[core][file][malformed]")
{
    Fixture f;
    const QByteArray png = "\x89PNG\r\n\x1a\n-original-bytes";
    const MediaAsset asset = f.addAsset(png, u"p.png"_s, u"image/png"_s);
    QByteArray altered = png;
    altered[10] = 'X';
    // Same size, CRC-32 of the altered bytes: the zip layer sees nothing wrong.
    HostileZip::write(
        f.path,
        HostileZip::build({HostileZip::deflated("course.xml", f.xml()),
                           HostileZip::stored(asset.archiveName().toUtf8(), altered)}));
    const Error error = f.readError();
    CHECK(error.code == ErrorCode::HashMismatch);
    CHECK(error.message
          == u"bad.capsule is damaged: the content of the media file \"p.png\" (%1) does not "
             "match its checksum."_s.arg(asset.archiveName()));
    // Deferred (capsule-cli export without --verify) opens it: the CRC-32 is all a raw copy
    // checks (docs/export.md §5).
    CHECK(ProjectFile::read(f.path, ProjectFile::MediaCheck::Deferred).has_value());
}
