// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "translation/TranslationMemory.h"
#include "translation/tmx/TmxReader.h"
#include "translation/tmx/TmxWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Translation;

namespace {

std::vector<MemoryEntry> sampleEntries()
{
    const QDateTime date(QDate(2026, 12, 2), QTime(23, 55, 1), QTimeZone::utc());
    return {
        {u"fr"_s, u"en"_s, u"Bonjour"_s, u"Hello"_s, u"Sécurité"_s, date},
        {u"fr"_s,
         u"en-GB"_s,
         u"<p>Lisez <strong>ceci</strong> &amp; <a href=\"https://x.org/?a&amp;b\">cela</a><br>fin</p>"_s,
         u"<p>Read <strong>this</strong> &amp; <a href=\"https://x.org/?a&amp;b\">that</a><br>end</p>"_s,
         u"Cours 2"_s,
         date},
        {u"fr"_s, u"de"_s, u"a < b\n\"c\""_s, u"a < b\n„c“"_s, u"TMX"_s, date},
    };
}

} // namespace

TEST_CASE("TMX written and read back gives the same entries", "[translation][tmx]")
{
    const std::vector<MemoryEntry> entries = sampleEntries();
    const QByteArray bytes = TmxWriter::write(entries);
    CHECK(bytes.contains("<tmx version=\"1.4\">"));
    INFO(bytes.toStdString());
    CHECK(bytes.contains("<bpt i=\"1\">&lt;p&gt;</bpt>"));
    CHECK(bytes.contains("<ph>&lt;br&gt;</ph>"));
    const auto read = TmxReader::read(bytes, u"m.tmx"_s);
    REQUIRE(read);
    REQUIRE(read->size() == entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
        INFO(i);
        CHECK(read.value()[i] == entries[i]);
    }

    SECTION("through a file, via the memory")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/memory.tmx"_s);
        TranslationMemory memory;
        for (const MemoryEntry &entry : entries)
            CHECK(memory.add(entry));
        REQUIRE(memory.saveTmx(path));
        TranslationMemory loaded;
        REQUIRE(loaded.loadTmx(path));
        CHECK(loaded.entries() == memory.entries());
        // Loading again adds nothing.
        REQUIRE(loaded.loadTmx(path));
        CHECK(loaded.size() == 3);
    }
}

TEST_CASE("TMX reader takes other tools' files", "[translation][tmx]")
{
    const QByteArray bytes = R"(<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="X" creationtoolversion="1" segtype="sentence"
  o-tmf="x" adminlang="en" srclang="en-US" datatype="plaintext"/>
<body>
  <tu tuid="1" changedate="20250102T030405Z"><tuv lang="en-US"><seg>Save <hi>now</hi></seg></tuv>
      <tuv xml:lang="fr-FR"><seg>Enregistrer <hi>maintenant</hi></seg></tuv>
      <tuv xml:lang="de-DE"><seg>Jetzt speichern</seg></tuv></tu>
  <tu><tuv xml:lang="en-US"><seg>Alone</seg></tuv></tu>
  <tu><tuv xml:lang="fr-FR"><seg>Sans source</seg></tuv><tuv xml:lang="de-DE"><seg>Ohne</seg></tuv></tu>
</body></tmx>)";
    const auto read = TmxReader::read(bytes, u"x.tmx"_s);
    REQUIRE(read);
    REQUIRE(read->size() == 2);
    CHECK(read.value()[0].source == u"Save now");
    CHECK(read.value()[0].target == u"Enregistrer maintenant");
    CHECK(read.value()[0].targetLanguage == u"fr-FR");
    CHECK(read.value()[0].origin == u"x.tmx");
    CHECK(read.value()[0].created
          == QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::utc()));
    CHECK(read.value()[1].target == u"Jetzt speichern");
}

TEST_CASE("TMX reader errors name the file and the place", "[translation][tmx]")
{
    const auto error = [](const QByteArray &bytes) {
        const auto read = TmxReader::read(bytes, u"m.tmx"_s);
        REQUIRE_FALSE(read);
        return read.error().message;
    };
    CHECK(error(" \n") == u"m.tmx: the file is empty: expected a <tmx> element");
    CHECK(error("<tmx version=\"1.4\"><body><tu>").contains(u"m.tmx:1:"));
    CHECK(error("<tmx version=\"1.4\"><body><tu>").contains(u"malformed XML"));
    CHECK(error("<!-- nothing -->") == u"m.tmx:1:16: malformed XML: Premature end of document.");
    QByteArray many = "<tmx version=\"1.4\"><body>";
    for (int i = 0; i <= TmxReader::kMaxUnits; ++i)
        many += "<tu/>";
    CHECK(error(many).endsWith(u"more than 1000000 translation units"));
    CHECK(error("<xliff/>")
          == u"m.tmx:1:8: not a TMX file: the root element is <xliff>, expected <tmx>");
    CHECK(error("<tmx version=\"1.1\"/>")
          == u"m.tmx:1:20: unsupported TMX version “1.1”: Capsule reads TMX 1.4");
    CHECK(error("<tmx version=\"1.4\"><header/></tmx>")
          == u"m.tmx:1:34: the file has no <body> element");
    CHECK(error("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\"><tmx version=\"1.4\"/>")
          == u"m.tmx:1:33: a DOCTYPE is not allowed in a TMX file");
    QByteArray deep = "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"fr\"><seg>";
    for (int i = 0; i < 40; ++i)
        deep += "<hi>";
    CHECK(error(deep).endsWith(u"elements are nested more than 32 levels deep"));
    CHECK(TmxReader::read(QByteArray(TmxReader::kMaxFileBytes + 1, ' '), u"m.tmx"_s).error().message
          == u"m.tmx: the file is larger than 128 MB");
    CHECK(TmxReader::readFile(u"/nonexistent/m.tmx"_s)
              .error()
              .message.startsWith(u"cannot open /nonexistent/m.tmx: "));
    QTemporaryDir dir;
    const QString blocked = dir.filePath(u"file"_s);
    QFile(blocked).open(QIODevice::WriteOnly);
    CHECK(TmxWriter::writeFile(blocked + u"/m.tmx"_s, {})
              .error()
              .message.startsWith(u"cannot write "_s + blocked + u"/m.tmx: "_s));
}
