// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "app/files/AutosaveManager.h"
#include "app/files/RecentFiles.h"
#include "core/Document.h"
#include "core/commands/SetSlideTitle.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

QString touch(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    return path;
}

void renameFirstSlide(Core::Document &doc, const QString &title)
{
    doc.push(
        std::make_unique<Core::SetSlideTitle>(&doc, doc.course().allSlides().front()->id, title));
}

} // namespace

TEST_CASE("Recent files keep the last eight existing projects, newest first", "[app][files]")
{
    QTemporaryDir dir;
    App::RecentFiles recent(dir.filePath(u"settings.ini"_s));
    CHECK(recent.files().isEmpty());
    QSignalSpy changed(&recent, &App::RecentFiles::changed);

    QStringList paths;
    for (int i = 0; i < 10; ++i)
        paths.append(touch(dir, u"course%1.capsule"_s.arg(i)));
    for (const QString &path : paths)
        recent.add(path);
    CHECK(changed.count() == 10);
    QStringList files = recent.files();
    REQUIRE(files.size() == App::RecentFiles::maximumCount);
    CHECK(files.front() == paths[9]);
    CHECK(files.back() == paths[2]);

    recent.add(paths[5]); // reopening moves it first, without duplicates
    files = recent.files();
    CHECK(files.front() == paths[5]);
    CHECK(files.count(paths[5]) == 1);

    QFile::remove(paths[9]); // missing files are pruned
    files = recent.files();
    CHECK_FALSE(files.contains(paths[9]));
    CHECK(files.size() == 7);
    // ...from the settings too.
    CHECK(App::RecentFiles(dir.filePath(u"settings.ini"_s)).files() == files);

    recent.clear();
    CHECK(recent.files().isEmpty());
}

TEST_CASE("Autosave writes a recovery file that a later session recovers", "[app][files]")
{
    QTemporaryDir dir;
    const QString recoveryDir = dir.filePath(u"recovery"_s);
    auto loaded = Core::Document::fromTemplate(u"sample"_s);
    REQUIRE(loaded);
    std::unique_ptr<Core::Document> doc = std::move(loaded).value();
    const QString saved = dir.filePath(u"course.capsule"_s);
    REQUIRE(doc->save(saved));

    auto first = std::make_unique<App::AutosaveManager>(recoveryDir);
    first->setInterval(50);
    first->setDocument(doc.get());
    QSignalSpy autosaved(first.get(), &App::AutosaveManager::autosaved);

    SECTION("nothing is written while the document is clean")
    {
        CHECK_FALSE(autosaved.wait(300));
        CHECK_FALSE(QFileInfo::exists(first->recoveryFilePath()));
    }

    SECTION("a modified document is autosaved, then recovered after a crash")
    {
        renameFirstSlide(*doc, u"Unsaved change"_s);
        REQUIRE(autosaved.wait(5000));
        CHECK(autosaved.first().first().toString() == first->recoveryFilePath());
        CHECK(QFileInfo::exists(first->recoveryFilePath()));
        // The document itself is untouched: still modified, same file, same history.
        CHECK(doc->isModified());
        CHECK(doc->filePath() == saved);
        CHECK(doc->undoStack()->count() == 1);
        // Nothing new to save: no second write.
        CHECK_FALSE(autosaved.wait(300));

        first->abandon(); // as if Capsule crashed here
        first.reset();

        App::AutosaveManager second(recoveryDir);
        const auto stale = second.staleRecoveries();
        REQUIRE(stale.size() == 1);
        CHECK(stale.front().originalPath == saved);
        auto recovered = second.recover(stale.front());
        REQUIRE(recovered);
        std::unique_ptr<Core::Document> copy = std::move(recovered).value();
        CHECK(copy->course() == doc->course());
        CHECK(copy->isModified());
        CHECK(copy->filePath().isEmpty());
        CHECK(second.recoveredOriginalPath() == saved);
        second.setDocument(copy.get());
        CHECK(second.staleRecoveries().empty());
        CHECK(QFileInfo::exists(second.recoveryFilePath())); // its media live there until saved

        // Saving removes the recovery file; the saved project keeps the media.
        const QString resaved = dir.filePath(u"recovered.capsule"_s);
        REQUIRE(copy->save(resaved));
        CHECK_FALSE(QFileInfo::exists(second.recoveryFilePath()));
        auto reopened = Core::Document::load(resaved);
        REQUIRE(reopened);
        CHECK(reopened.value()->course() == doc->course());
        second.setDocument(nullptr);
    }

    SECTION("saving or closing normally leaves no recovery file")
    {
        renameFirstSlide(*doc, u"Unsaved change"_s);
        REQUIRE(autosaved.wait(5000));
        REQUIRE(doc->save(saved));
        CHECK_FALSE(QFileInfo::exists(first->recoveryFilePath()));

        renameFirstSlide(*doc, u"Another change"_s);
        REQUIRE(autosaved.wait(5000));
        const QString path = first->recoveryFilePath();
        first.reset(); // a normal close
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK(App::AutosaveManager(recoveryDir).staleRecoveries().empty());
    }

    SECTION("the recovery file of a running session is never offered")
    {
        renameFirstSlide(*doc, u"Unsaved change"_s);
        REQUIRE(autosaved.wait(5000));
        CHECK(App::AutosaveManager(recoveryDir).staleRecoveries().empty());
    }
    if (first)
        first->setDocument(nullptr);
}
