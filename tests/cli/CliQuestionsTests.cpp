// SPDX-License-Identifier: MIT
// capsule-cli questions import / export end to end: the real executable on real files.
#include "CliTestSupport.h"
#include "TestSupport.h"
#include "core/ProjectFile.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

using CliTest::CliRun;
using CliTest::runCli;

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("capsule-cli questions import and export GIFT", "[cli][import]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"course.capsule"_s);
    REQUIRE(runCli({u"new"_s, project}).exitCode == 0);
    const QString gift = testDataPath(u"import/constructs.gift"_s);

    SECTION("--dry-run lists the questions and writes nothing")
    {
        const QByteArray before = fileBytes(project);
        const CliRun run = runCli({u"questions"_s, u"import"_s, u"--dry-run"_s, gift, project});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(u"4:1      single-choice      Planets  [Astronomy]"_s));
        CHECK(run.out.contains(u"constructs.gift: 19 to import, 0 with errors, 6 warnings"_s));
        CHECK(run.err.contains(u"warning: constructs.gift:27:1: “Short”: Answers with partial "
                               "credit were dropped: quattro (50%)."_s));
        CHECK(fileBytes(project) == before);
    }
    SECTION("import saves once, into banks; export writes GIFT back")
    {
        const CliRun run
            = runCli({u"questions"_s, u"import"_s, u"--format"_s, u"gift"_s, gift, project});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.startsWith(u"Imported 18 questions into "_s));
        CHECK(run.err.contains(u"warning: “Intro” is a description, not a question: a question "
                               "bank holds only questions, so it was not imported."_s));
        const auto course = Core::ProjectFile::read(project);
        REQUIRE(course);
        QStringList banks;
        for (const auto &bank : course.value()->banks())
            banks.append(bank->name + u':' + QString::number(bank->questions.size()));
        CHECK(banks == QStringList{u"Astronomy:6"_s, u"Languages:12"_s});

        // Every bank by default, with its tags and percentages.
        const QString all = dir.filePath(u"all.gift"_s);
        const CliRun everything = runCli(
            {u"questions"_s, u"export"_s, u"--format"_s, u"gift"_s, u"-o"_s, all, project});
        INFO(everything.err.toStdString());
        REQUIRE(everything.exitCode == 0);
        CHECK(everything.out.startsWith(u"Exported 18 questions to "_s));
        CHECK(QString::fromUtf8(fileBytes(all)).contains(u"~%-100%"_s));

        // And back into one named bank.
        const CliRun intoBank
            = runCli({u"questions"_s, u"import"_s, u"--bank"_s, u"Review"_s, all, project});
        INFO(intoBank.err.toStdString());
        REQUIRE(intoBank.exitCode == 0);
        const auto withReview = Core::ProjectFile::read(project);
        REQUIRE(withReview);
        REQUIRE(withReview.value()->banks().size() == 3);
        CHECK(withReview.value()->banks().back()->name == u"Review"_s);
        CHECK(withReview.value()->banks().back()->questions.size() == 18);
        CHECK(*withReview.value()->banks()[0]->questions[1]->question()
              == *withReview.value()->banks()[2]->questions[1]->question());

        const QString out = dir.filePath(u"out.gift"_s);
        const CliRun exported = runCli({u"questions"_s,
                                        u"export"_s,
                                        u"--format"_s,
                                        u"gift"_s,
                                        u"--bank"_s,
                                        u"Astronomy"_s,
                                        u"-o"_s,
                                        out,
                                        project});
        INFO(exported.err.toStdString());
        REQUIRE(exported.exitCode == 0);
        CHECK(exported.out.startsWith(u"Exported 6 questions to "_s));
        const QString text = QString::fromUtf8(fileBytes(out));
        CHECK(text.contains(u"$CATEGORY: $course$/top/Astronomy\n"_s));
        CHECK(text.contains(u"::Planets::[html]<p>Which planet is the largest?</p>{\n"_s));

        // Into a named section: the exported file comes back in one more step.
        const CliRun again
            = runCli({u"questions"_s, u"import"_s, u"--section"_s, u"Review"_s, out, project});
        CHECK(again.exitCode == 0);
        const auto reread = Core::ProjectFile::read(project);
        REQUIRE(reread);
        CHECK(reread.value()->sections().back()->title == u"Review"_s);
        CHECK(reread.value()->sections().back()->slides.size() == 6);
    }
    SECTION("a file with errors imports nothing and names the place")
    {
        const QString bad = dir.filePath(u"bad.gift"_s);
        writeFile(bad, "::A::Q {T}\n\n::B::R {=a ~b\n");
        const QByteArray before = fileBytes(project);
        const CliRun run = runCli({u"questions"_s, u"import"_s, bad, project});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(
            u"error: bad.gift:3:14: expected '}' to close the answer set opened at 3:8\n"_s));
        CHECK(run.err.contains(u"capsule-cli: 1 question with errors; nothing was imported."_s));
        CHECK(fileBytes(project) == before);
    }
    SECTION("usage errors")
    {
        CHECK(runCli({u"questions"_s}).exitCode == 2);
        CHECK(runCli({u"questions"_s, u"import"_s, gift}).exitCode == 2);
        const CliRun format
            = runCli({u"questions"_s, u"import"_s, u"--format"_s, u"qti"_s, gift, project});
        CHECK(format.exitCode == 2);
        CHECK(format.err.contains(u"unknown question format \"qti\""_s));
        CHECK(runCli({u"questions"_s, u"export"_s, u"-o"_s, u"x"_s, project}).exitCode == 2);
        const CliRun noSection = runCli({u"questions"_s,
                                         u"export"_s,
                                         u"--format"_s,
                                         u"gift"_s,
                                         u"--section"_s,
                                         u"Nope"_s,
                                         u"-o"_s,
                                         dir.filePath(u"x.gift"_s),
                                         project});
        CHECK(noSection.exitCode == 1);
        CHECK(noSection.err.contains(u"has no section titled “Nope”"_s));
        const CliRun noBank = runCli({u"questions"_s,
                                      u"export"_s,
                                      u"--format"_s,
                                      u"gift"_s,
                                      u"--bank"_s,
                                      u"Nope"_s,
                                      u"-o"_s,
                                      dir.filePath(u"x.gift"_s),
                                      project});
        CHECK(noBank.exitCode == 1);
        CHECK(noBank.err.contains(u"has no question bank named “Nope”"_s));
        const CliRun both = runCli({u"questions"_s,
                                    u"import"_s,
                                    u"--bank"_s,
                                    u"A"_s,
                                    u"--section"_s,
                                    u"B"_s,
                                    gift,
                                    project});
        CHECK(both.exitCode == 2);
        CHECK(both.err.contains(u"give --bank or --section, not both"_s));
    }
}

TEST_CASE("capsule-cli questions import reads Aiken and CSV", "[cli][import]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"course.capsule"_s);
    REQUIRE(runCli({u"new"_s, project}).exitCode == 0);
    const CliRun aiken = runCli({u"questions"_s,
                                 u"import"_s,
                                 u"--format"_s,
                                 u"aiken"_s,
                                 testDataPath(u"import/questions.aiken.txt"_s),
                                 project});
    INFO(aiken.err.toStdString());
    CHECK(aiken.exitCode == 0);
    CHECK(aiken.out.startsWith(u"Imported 3 questions"_s));
    const QString csv = dir.filePath(u"q.csv"_s);
    writeFile(csv, "type;prompt;answer1;answer2;correct\nsingle-choice;Q?;a;b;A\n");
    const CliRun fromCsv = runCli({u"questions"_s, u"import"_s, csv, project});
    INFO(fromCsv.err.toStdString());
    CHECK(fromCsv.exitCode == 0);
    const auto course = Core::ProjectFile::read(project);
    REQUIRE(course);
    // Questions without a category go to a bank named after the file.
    QStringList banks;
    for (const auto &bank : course.value()->banks())
        banks.append(bank->name);
    CHECK(banks == QStringList{u"questions.aiken"_s, u"q"_s});

    SECTION("as slides of a section when asked")
    {
        const CliRun intoSection
            = runCli({u"questions"_s, u"import"_s, u"--section"_s, u"Quiz"_s, csv, project});
        CHECK(intoSection.exitCode == 0);
        const auto reread = Core::ProjectFile::read(project);
        REQUIRE(reread);
        CHECK(reread.value()->sections().back()->title == u"Quiz"_s);
    }
}
