// SPDX-License-Identifier: MIT
// Atomic saves (issue #10 item 3): the temporary files a killed save leaves are removed by the
// next save of the same target, and nothing else is; saving through a symbolic link replaces
// the file it points to and keeps the link.
#include "CourseFixtures.h"
#include "TestSupport.h"
#include "core/ProjectFile.h"
#include "core/ZipWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Core;

namespace {

void makeFile(const QString &path, int ageSeconds)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write("leftover") == 8);
    REQUIRE(file.flush()); // else closing writes, and sets the time to now
    REQUIRE(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-ageSeconds),
                             QFileDevice::FileModificationTime));
}

void save(const Course &course, const QString &path)
{
    const auto written = ProjectFile::write(course, path);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.has_value());
}

QString titleOf(const QString &path)
{
    const auto loaded = ProjectFile::read(path);
    REQUIRE(loaded.has_value());
    return loaded.value()->sections().front()->title;
}

QStringList namesIn(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST_CASE("A save removes stale temporary files of its own target, and nothing else",
          "[core][file][save]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString target = dir.filePath(u"cours.capsule"_s);
    const auto course = makeCourse({u"Un:A"_s});
    save(*course, target);

    const int old = ZipWriter::staleTemporaryAgeSeconds + 60;
    makeFile(dir.filePath(u"cours.capsule.tmp-ab12cd"_s), old);  // ours, stale: removed
    makeFile(dir.filePath(u"cours.capsule.tmp-zz99zz"_s), old);  // ours, stale: removed
    makeFile(dir.filePath(u"cours.capsule.tmp-fresh1"_s), 30);   // ours, recent: a save in progress
    makeFile(dir.filePath(u"cours.capsule.tmp-ab12cde"_s), old); // not our pattern (7)
    makeFile(dir.filePath(u"cours.capsule.tmp-AB12CD"_s), old);  // not our alphabet
    makeFile(dir.filePath(u"cours.capsule.tmp-ab.2cd"_s), old);  // not our alphabet
    makeFile(dir.filePath(u"autre.capsule.tmp-ab12cd"_s), old);  // another target
    makeFile(dir.filePath(u"xcours.capsule.tmp-ab12cd"_s), old); // another target
    makeFile(dir.filePath(u"notes.txt"_s), old);
    REQUIRE(QDir(dir.path()).mkdir(u"cours.capsule.tmp-dir000"_s)); // a folder
    makeFile(dir.filePath(u"elsewhere"_s), old);
    REQUIRE(QFile::link(dir.filePath(u"elsewhere"_s), dir.filePath(u"cours.capsule.tmp-link00"_s)));

    save(*course, target);
    CHECK(namesIn(dir.path())
          == QStringList{u"autre.capsule.tmp-ab12cd"_s,
                         u"cours.capsule"_s,
                         u"cours.capsule.tmp-AB12CD"_s,
                         u"cours.capsule.tmp-ab.2cd"_s,
                         u"cours.capsule.tmp-ab12cde"_s,
                         u"cours.capsule.tmp-dir000"_s,
                         u"cours.capsule.tmp-fresh1"_s,
                         u"cours.capsule.tmp-link00"_s,
                         u"elsewhere"_s,
                         u"notes.txt"_s,
                         u"xcours.capsule.tmp-ab12cd"_s});
    CHECK(QFileInfo(dir.filePath(u"cours.capsule.tmp-link00"_s)).isSymbolicLink());

    // The same for a first save (no target yet) and for exports, which use the same writer.
    const QString fresh = dir.filePath(u"neuf.capsule"_s);
    makeFile(fresh + u".tmp-000000"_s, old);
    save(*course, fresh);
    CHECK_FALSE(QFileInfo::exists(fresh + u".tmp-000000"_s));
    CHECK(ZipWriter::removeStaleTemporaries(target) == 0);
}

TEST_CASE("Saving through a symbolic link replaces the file it points to and keeps the link",
          "[core][file][save]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(QDir(dir.path()).mkdir(u"real"_s));
    const QString real = dir.filePath(u"real/cours.capsule"_s);
    const QString link = dir.filePath(u"lien.capsule"_s);
    save(*makeCourse({u"Avant:A"_s}), real);
    REQUIRE(QFile::link(real, link));

    SECTION("a link")
    {
        save(*makeCourse({u"Après:A"_s}), link);
        CHECK(QFileInfo(link).isSymbolicLink());
        CHECK(QFileInfo(link).symLinkTarget() == real);
        CHECK(titleOf(real) == u"Après"_s);
    }
    SECTION("a chain of links, relative")
    {
        const QString second = dir.filePath(u"second.capsule"_s);
        REQUIRE(QFile::link(u"lien.capsule"_s, second));
        save(*makeCourse({u"Après:A"_s}), second);
        CHECK(QFileInfo(second).isSymbolicLink());
        CHECK(QFileInfo(link).isSymbolicLink());
        CHECK(titleOf(real) == u"Après"_s);
    }
    SECTION("re-saving a project opened through the link (media read from the file replaced)")
    {
        auto course = makeCourse({u"Après:A"_s});
        const MediaAsset asset = makeAsset("some media bytes", u"a.vtt"_s, u"text/vtt"_s);
        course->assets().emplace(asset.id, asset);
        save(*course, link);
        const auto opened = ProjectFile::read(link);
        REQUIRE(opened.has_value());
        save(*opened.value(), link);
        CHECK(QFileInfo(link).isSymbolicLink());
        const auto again = ProjectFile::read(real);
        REQUIRE(again.has_value());
        CHECK(again.value()->assets().size() == 1);
    }
    SECTION("a dangling link")
    {
        REQUIRE(QFile::remove(real));
        save(*makeCourse({u"Après:A"_s}), link);
        CHECK(QFileInfo(link).isSymbolicLink());
        CHECK(titleOf(real) == u"Après"_s);
    }
    // No temporary file left in either folder.
    CHECK(namesIn(dir.filePath(u"real"_s)) == QStringList{u"cours.capsule"_s});
    for (const QString &name : namesIn(dir.path()))
        CHECK_FALSE(name.contains(u".tmp-"_s));
}
