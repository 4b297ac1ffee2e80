// SPDX-License-Identifier: MIT
// capsule-cli xliff export / import / pseudo and tm import / export / lookup end to end.
#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>
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

/** The exported XLIFF with every <target> of a unit replaced by text (1.2, plain units). */
QByteArray withTarget(QByteArray xliff,
                      const QByteArray &unitId,
                      const QByteArray &target,
                      const QByteArray &state = "translated")
{
    const qsizetype unit = xliff.indexOf("<trans-unit id=\"" + unitId + "\"");
    REQUIRE(unit >= 0);
    const qsizetype sourceEnd = xliff.indexOf("</source>", unit) + qsizetype(strlen("</source>"));
    const qsizetype unitEnd = xliff.indexOf("</trans-unit>", unit);
    qsizetype targetStart = xliff.indexOf("<target", sourceEnd);
    if (targetStart < 0 || targetStart > unitEnd) {
        xliff.insert(sourceEnd, "<target state=\"" + state + "\">" + target + "</target>");
        return xliff;
    }
    const qsizetype targetEnd
        = xliff.indexOf("</target>", targetStart) + qsizetype(strlen("</target>"));
    xliff.replace(targetStart,
                  targetEnd - targetStart,
                  "<target state=\"" + state + "\">" + target + "</target>");
    return xliff;
}

} // namespace

TEST_CASE("capsule-cli xliff export, import and pseudo", "[cli][translation]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"source.capsule"_s);
    const QString project = dir.filePath(u"course.capsule"_s);
    const QString memory = dir.filePath(u"memory.tmx"_s);
    REQUIRE(runCli({u"new"_s, u"--template"_s, u"sample"_s, source}).exitCode == 0);

    // Pseudo-translation into a copy adds the language.
    CliRun run = runCli({u"xliff"_s, u"pseudo"_s, u"--lang"_s, u"de"_s, u"-o"_s, project, source});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(u"Pseudo-translated "_s));
    // In place, over existing translations, it asks for --force.
    run = runCli({u"xliff"_s, u"pseudo"_s, u"--lang"_s, u"de"_s, project});
    CHECK(run.exitCode == 1);
    CHECK(
        run.err.contains(u"write to a copy with -o COPY.capsule, or replace them with --force"_s));

    const QString xlf = dir.filePath(u"de.xlf"_s);
    run = runCli({u"xliff"_s,
                  u"export"_s,
                  u"--lang"_s,
                  u"de"_s,
                  u"--memory"_s,
                  memory,
                  u"-o"_s,
                  xlf,
                  project});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(u"(XLIFF 1.2, fr → de)"_s));
    const QByteArray exported = fileBytes(xlf);
    CHECK(exported.contains("<trans-unit id=\"course/title\""));
    CHECK(exported.contains("state=\"translated\""));

    SECTION("2.0 too")
    {
        const QString xlf2 = dir.filePath(u"de2.xlf"_s);
        run = runCli({u"xliff"_s,
                      u"export"_s,
                      u"--lang"_s,
                      u"de"_s,
                      u"--xliff"_s,
                      u"2.0"_s,
                      u"--no-memory"_s,
                      u"-o"_s,
                      xlf2,
                      project});
        REQUIRE(run.exitCode == 0);
        CHECK(fileBytes(xlf2).contains("urn:oasis:names:tc:xliff:document:2.0"));
    }
    SECTION("a good import saves; approved units go to the memory")
    {
        writeFile(xlf, withTarget(exported, "course/title", "Kundenempfang", "signed-off"));
        run = runCli({u"xliff"_s, u"import"_s, u"--memory"_s, memory, xlf, project});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(u"Imported 1 translation into "_s));
        CHECK(run.out.contains(u"Added 1 approved translation to the translation memory"_s));
        run = runCli({u"tm"_s,
                      u"lookup"_s,
                      u"--memory"_s,
                      memory,
                      u"--from"_s,
                      u"fr"_s,
                      u"--to"_s,
                      u"de"_s,
                      u"La relation client au téléphone"_s});
        // The memory now knows the sample's title (whatever it is): an exact lookup of it.
        const QByteArray title = exported.mid(exported.indexOf("<source>") + 8);
        run = runCli({u"tm"_s,
                      u"lookup"_s,
                      u"--memory"_s,
                      memory,
                      u"--from"_s,
                      u"fr"_s,
                      u"--to"_s,
                      u"de"_s,
                      QString::fromUtf8(title.left(title.indexOf("</source>")))});
        CHECK(run.exitCode == 0);
        CHECK(run.out.startsWith(u"100%\tKundenempfang\t"_s));
        // A later export pre-fills nothing new (everything has a translation) but reads it.
        run = runCli({u"xliff"_s,
                      u"export"_s,
                      u"--lang"_s,
                      u"de"_s,
                      u"--memory"_s,
                      memory,
                      u"-o"_s,
                      xlf,
                      project});
        CHECK(run.exitCode == 0);
        CHECK(fileBytes(xlf).contains("<target state=\"signed-off\">Kundenempfang</target>"));
    }
    SECTION("refused units: listed with file:line; --strict leaves the project untouched")
    {
        QByteArray broken = withTarget(exported, "course/title", "Kundenempfang");
        broken.replace("<trans-unit id=\"section/", "<trans-unit id=\"section/gone-");
        writeFile(xlf, broken);
        const QByteArray before = fileBytes(project);
        run = runCli({u"xliff"_s, u"import"_s, u"--strict"_s, u"--no-memory"_s, xlf, project});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QRegularExpression(
            u"refused: .*de\\.xlf:\\d+: section/gone-[^:]+/title: unknown unit id"_s)));
        CHECK(run.err.contains(u"nothing was imported (--strict)"_s));
        CHECK(fileBytes(project) == before);
        run = runCli({u"xliff"_s, u"import"_s, u"--no-memory"_s, xlf, project});
        CHECK(run.exitCode == 1);
        CHECK(run.out.contains(u"Imported 1 translation into "_s));
        CHECK(fileBytes(project) != before);
    }
    SECTION("malformed files and wrong languages change nothing")
    {
        const QByteArray before = fileBytes(project);
        writeFile(xlf,
                  "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file");
        run = runCli({u"xliff"_s, u"import"_s, xlf, project});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(u"de.xlf:1:"_s));
        CHECK(run.err.contains(u"malformed XML"_s));
        QByteArray italian = exported;
        italian.replace("target-language=\"de\"", "target-language=\"it\"");
        writeFile(xlf, italian);
        run = runCli({u"xliff"_s, u"import"_s, xlf, project});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(u"wrong target language “it”: the course's target languages are"_s));
        CHECK(fileBytes(project) == before);
    }
    SECTION("usage errors")
    {
        CHECK(runCli({u"xliff"_s, u"export"_s, u"-o"_s, xlf, project}).exitCode == 2);
        CHECK(runCli({u"xliff"_s,
                      u"export"_s,
                      u"--lang"_s,
                      u"de"_s,
                      u"--xliff"_s,
                      u"3"_s,
                      u"-o"_s,
                      xlf,
                      project})
                  .exitCode
              == 2);
        CHECK(runCli({u"xliff"_s, u"frobnicate"_s}).exitCode == 2);
        CHECK(runCli({u"xliff"_s, u"pseudo"_s, u"--lang"_s, u"not a tag"_s, project}).exitCode
              == 2);
        run = runCli({u"xliff"_s, u"export"_s, u"--lang"_s, u"it"_s, u"-o"_s, xlf, project});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(u"the course has no target language “it”"_s));
    }
}

TEST_CASE("capsule-cli tm import, export and lookup", "[cli][translation]")
{
    QTemporaryDir dir;
    const QString memory = dir.filePath(u"sub/memory.tmx"_s);
    const QString tmx = dir.filePath(u"in.tmx"_s);
    writeFile(tmx, R"(<?xml version="1.0"?>
<tmx version="1.4"><header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x"
 adminlang="en" srclang="fr" datatype="plaintext"/><body>
<tu><tuv xml:lang="fr"><seg>Cliquez sur le bouton pour continuer.</seg></tuv>
    <tuv xml:lang="en"><seg>Click the button to continue.</seg></tuv></tu>
</body></tmx>)");
    CliRun run = runCli({u"tm"_s, u"import"_s, u"--memory"_s, memory, tmx});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(u"Added 1 translation to "_s));
    run = runCli({u"tm"_s,
                  u"lookup"_s,
                  u"--memory"_s,
                  memory,
                  u"--from"_s,
                  u"fr"_s,
                  u"--to"_s,
                  u"en"_s,
                  u"Cliquez sur ce bouton pour continuer."_s});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QRegularExpression(u"^9\\d%\\tClick the button to continue\\.\\t"_s)));
    run = runCli({u"tm"_s,
                  u"lookup"_s,
                  u"--memory"_s,
                  memory,
                  u"--from"_s,
                  u"fr"_s,
                  u"--to"_s,
                  u"en"_s,
                  u"Rien à voir"_s});
    CHECK(run.exitCode == 1);
    const QString out = dir.filePath(u"out.tmx"_s);
    run = runCli({u"tm"_s, u"export"_s, u"--memory"_s, memory, u"-o"_s, out});
    CHECK(run.exitCode == 0);
    CHECK(fileBytes(out).contains("<seg>Click the button to continue.</seg>"));
    writeFile(tmx, "<tmx version=\"1.4\"><body><tu>");
    run = runCli({u"tm"_s, u"import"_s, u"--memory"_s, memory, tmx});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"in.tmx:1:"_s));
    CHECK(runCli({u"tm"_s, u"export"_s, u"--memory"_s, memory}).exitCode == 2);
}

TEST_CASE("capsule-cli questions, xliff and tm treat their sub-commands alike", "[cli]")
{
    const QList<std::pair<QString, QString>> commands{
        {u"questions"_s, u"import or export"_s},
        {u"xliff"_s, u"export, import or pseudo"_s},
        {u"tm"_s, u"import, export or lookup"_s},
    };
    for (const auto &[command, choices] : commands) {
        INFO(command.toStdString());
        // None or an unknown one: a usage error that says which exist.
        for (const QStringList &arguments :
             {QStringList{command}, QStringList{command, u"frob"_s}}) {
            const CliRun run = runCli(arguments);
            CHECK(run.exitCode == 2);
            CHECK(run.err.contains(command + u" needs "_s + choices));
            CHECK(run.err.contains(u"Run 'capsule-cli "_s + command + u" --help' for usage."_s));
            CHECK(run.out.isEmpty());
        }
        // A sub-command's own mistakes point to its own help.
        const CliRun wrong = runCli({command, u"import"_s, u"--bogus"_s});
        CHECK(wrong.exitCode == 2);
        CHECK(
            wrong.err.contains(u"Run 'capsule-cli "_s + command + u" import --help' for usage."_s));
        // --help: the usage of every sub-command, on standard output.
        const CliRun help = runCli({command, u"--help"_s});
        CHECK(help.exitCode == 0);
        CHECK(help.out.startsWith(u"Usage: "_s));
        CHECK(help.out.count(u"capsule-cli "_s + command + u' ') == choices.count(u',') + 2);
    }
}
