// SPDX-License-Identifier: MIT
#include "TranslationTestSupport.h"
#include "translation/xliff/XliffReader.h"
#include "translation/xliff/XliffWriter.h"

using namespace Qt::StringLiterals;
using namespace Translation;

namespace {

XliffDocument sampleDocument(XliffVersion version)
{
    XliffDocument doc;
    doc.version = version;
    doc.sourceLanguage = u"fr"_s;
    doc.targetLanguage = u"en-GB"_s;
    doc.original = u"Sécurité & accueil"_s;

    XliffUnit title;
    title.id = u"slide/5f0c-1/title"_s;
    title.source = InlineText::fromField(
        u"Bienvenue à bord"_s, Core::TextFormat::Plain, Core::TextRole::SlideTitle);
    title.context = u"Accueil › Bienvenue"_s;
    title.role = u"Slide title"_s;
    title.maxLength = 80;
    title.target = InlineText::fromField(
                       u"Welcome aboard"_s, Core::TextFormat::Plain, Core::TextRole::SlideTitle)
                       .segment;
    title.state = UnitState::Approved;
    doc.units.push_back(title);

    XliffUnit body;
    body.id = u"slide/5f0c-1/block/b1/text"_s;
    body.source = InlineText::fromField(
        u"<p>Lisez <strong>ceci</strong><br>puis <a href=\"https://example.org/a?b=1&amp;c=2\">cela</a>.</p><ul><li>un</li></ul>"_s,
        Core::TextFormat::Html,
        Core::TextRole::Body);
    body.context = u"Accueil › Bienvenue › Texte"_s;
    body.role = u"Body text"_s;
    doc.units.push_back(body);

    XliffUnit cloze;
    cloze.id = u"slide/q_1/cloze"_s;
    cloze.source = InlineText::fromField(
        u"Le [[1]] est [[2]]."_s, Core::TextFormat::Plain, Core::TextRole::ClozeText);
    cloze.target = cloze.source.segment;
    cloze.state = UnitState::NeedsReview;
    cloze.origin = XliffUnit::Origin::Memory;
    doc.units.push_back(cloze);

    XliffUnit outdated;
    outdated.id = u"course/title"_s;
    outdated.source = InlineText::fromField(
        u"Ligne 1\nLigne 2  "_s, Core::TextFormat::Plain, Core::TextRole::CourseTitle);
    outdated.target = outdated.source.segment;
    outdated.state = UnitState::NeedsTranslation;
    outdated.origin = XliffUnit::Origin::Outdated;
    outdated.context = u"Course title"_s; // as core/Translation.cpp names it: the role itself
    outdated.role = u"Course title"_s;
    doc.units.push_back(outdated);
    return doc;
}

} // namespace

TEST_CASE("XLIFF 1.2 and 2.0 exports validate against the OASIS schemas", "[translation][xliff]")
{
    const auto v12 = TranslationTest::validateXliff(
        XliffWriter::write(sampleDocument(XliffVersion::V1_2)), u"xliff-core-1.2-strict.xsd"_s);
    INFO(v12.output.toStdString());
    CHECK(v12.exitCode == 0);
    const auto v20 = TranslationTest::validateXliff(
        XliffWriter::write(sampleDocument(XliffVersion::V2_0)), u"xliff_core_2.0.xsd"_s);
    INFO(v20.output.toStdString());
    CHECK(v20.exitCode == 0);
}

TEST_CASE("XLIFF written and read back gives the same units", "[translation][xliff]")
{
    for (const XliffVersion version : {XliffVersion::V1_2, XliffVersion::V2_0}) {
        const XliffDocument doc = sampleDocument(version);
        const QByteArray bytes = XliffWriter::write(doc);
        const auto read = XliffReader::read(bytes, u"t.xlf"_s);
        REQUIRE(read);
        const XliffDocument &back = read.value();
        CHECK(back.version == version);
        CHECK(back.sourceLanguage == u"fr");
        CHECK(back.targetLanguage == u"en-GB");
        CHECK(back.original == doc.original);
        REQUIRE(back.units.size() == doc.units.size());
        for (size_t i = 0; i < doc.units.size(); ++i) {
            INFO("unit " << i << " version " << versionName(version).toStdString());
            CHECK(back.units[i].id == doc.units[i].id);
            CHECK(back.units[i].source.segment == doc.units[i].source.segment);
            CHECK(back.units[i].target.has_value() == doc.units[i].target.has_value());
            if (doc.units[i].target)
                CHECK(*back.units[i].target == *doc.units[i].target);
            CHECK(back.units[i].error.isEmpty());
            CHECK(back.units[i].line > 0);
        }
        CHECK(back.units[0].state == UnitState::Approved);
        CHECK(back.units[2].state
              == (version == XliffVersion::V1_2 ? UnitState::NeedsReview : UnitState::Translated));
        CHECK(back.units[3].state == UnitState::NeedsTranslation);
    }
}

TEST_CASE("XLIFF notes give the context and the role, once each", "[translation][xliff]")
{
    for (const XliffVersion version : {XliffVersion::V1_2, XliffVersion::V2_0}) {
        INFO("version " << versionName(version).toStdString());
        const QString xml = QString::fromUtf8(XliffWriter::write(sampleDocument(version)));
        CHECK(xml.count(u">Accueil › Bienvenue</note>"_s) == 1);
        CHECK(xml.count(u">Slide title</note>"_s) == 1);
        // A title's context and role are the same words: the translator reads them once.
        CHECK(xml.count(u">Course title</note>"_s) == 1);
    }
}

TEST_CASE("XLIFF 2.0 unit ids are NMTOKENs that decode back", "[translation][xliff]")
{
    const QString id = u"slide/5f0c_a.b/cell/1/2"_s;
    const QString encoded = XliffWriter::encodeUnitId(id);
    CHECK(encoded == u"slide.5f0c_005fa_002eb.cell.1.2");
    CHECK(XliffWriter::decodeUnitId(encoded) == id);
    CHECK(XliffWriter::decodeUnitId(u"bad_zz"_s).isEmpty());
    CHECK(XliffWriter::decodeUnitId(u"a b"_s).isEmpty());
}

TEST_CASE("XLIFF reader accepts what translation tools write", "[translation][xliff]")
{
    SECTION("1.2 with bx/ex, mrk and groups")
    {
        const QByteArray bytes = R"(<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="c" source-language="fr" target-language="en" datatype="html">
    <body><group id="g"><trans-unit id="u1">
      <source><g id="1">Bon<x id="2"/>jour</g></source>
      <target state="final"><bx id="1"/>Hel<mrk mtype="term">l</mrk>o<x id="2"/><ex id="1"/></target>
    </trans-unit></group></body>
  </file>
</xliff>)";
        const auto read = XliffReader::read(bytes, u"t.xlf"_s);
        REQUIRE(read);
        REQUIRE(read->units.size() == 1);
        const XliffUnit &unit = read->units[0];
        CHECK(unit.state == UnitState::Approved);
        REQUIRE(unit.target);
        CHECK(unit.target->plainText() == u"Hello");
        CHECK(unit.target->pieces.front().type == Segment::Piece::Type::Start);
        CHECK(unit.target->pieces.back().type == Segment::Piece::Type::End);
    }
    SECTION("2.0 with several segments, sc/ec and cp")
    {
        const QByteArray bytes
            = R"(<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
 <file id="f"><unit id="u1"><segment state="reviewed"><source>A.</source><target>A<cp hex="2014"/>.</target></segment>
 <ignorable><source> </source></ignorable>
 <segment state="translated"><source><pc id="1">B</pc></source><target><sc id="1"/>b<ec startRef="1"/></target></segment></unit></file></xliff>)";
        const auto read = XliffReader::read(bytes, u"t.xlf"_s);
        REQUIRE(read);
        const XliffUnit &unit = read->units.at(0);
        CHECK(unit.state == UnitState::Translated);
        CHECK(unit.source.segment.plainText() == u"A. B");
        REQUIRE(unit.target);
        CHECK(unit.target->plainText() == u"A\u2014. b");
    }
}

TEST_CASE("XLIFF reader errors name the file and the place", "[translation][xliff]")
{
    const auto error = [](const QByteArray &bytes) {
        const auto read = XliffReader::read(bytes, u"in.xlf"_s);
        REQUIRE_FALSE(read);
        return read.error().message;
    };
    const QByteArray v12 = R"(<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">)";
    CHECK(error("") == u"in.xlf: the file is empty: expected an <xliff> element");
    CHECK(error("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file")
              .contains(u"malformed XML"));
    CHECK(error("<?xml version=\"1.0\"?>\n<!-- only a comment -->\n")
          == u"in.xlf:3:0: malformed XML: Premature end of document.");
    CHECK(error("<?xml version=\"1.0\"?>\n<html/>")
          == u"in.xlf:2:7: not an XLIFF file: the root element is <html>, expected <xliff>");
    CHECK(error("<xliff version=\"1.2\" xmlns=\"urn:x\"/>")
          == u"in.xlf:1:36: wrong namespace “urn:x”: expected "
             "urn:oasis:names:tc:xliff:document:1.2 or urn:oasis:names:tc:xliff:document:2.0");
    CHECK(error("<xliff version=\"1.2\"/>")
          == u"in.xlf:1:22: the <xliff> element has no namespace: expected "
             "urn:oasis:names:tc:xliff:document:1.2 or urn:oasis:names:tc:xliff:document:2.0");
    CHECK(error("<xliff version=\"1.1\" xmlns=\"urn:oasis:names:tc:xliff:document:1.1\"/>")
          == u"in.xlf:1:68: unsupported XLIFF version 1.1: Capsule reads XLIFF 1.2 and 2.0");
    CHECK(error("<xliff version=\"1.1\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"/>")
          == u"in.xlf:1:68: unsupported XLIFF version “1.1” in the 1.2 namespace: Capsule reads "
             "XLIFF 1.2 and 2.0");
    CHECK(error("<xliff version=\"2.1\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
                "srcLang=\"fr\"/>")
              .endsWith(u"unsupported XLIFF version “2.1”: Capsule reads XLIFF 1.2 and 2.0"));
    CHECK(error("<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"/>")
              .endsWith(u"the <xliff> element has no srcLang"));
    CHECK(error("<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
                "srcLang=\"fr\"/>")
              .endsWith(u"the <xliff> element has no trgLang: the file must be for one target "
                        "language"));
    CHECK(error(v12 + "</xliff>").endsWith(u"the file has no <file> element"));
    CHECK(error(v12 + "<file original=\"a\" target-language=\"en\"/></xliff>")
              .endsWith(u"the <file> element has no source-language"));
    CHECK(error(v12 + "<file original=\"a\" source-language=\"fr\"/></xliff>")
              .endsWith(u"the <file> element has no target-language"));
    CHECK(error(v12
                + "<file source-language=\"fr\" target-language=\"en\"><body/></file>"
                  "<file source-language=\"fr\" target-language=\"de\"><body/></file></xliff>")
              .endsWith(u"this <file> is for fr → de, an earlier one for fr → en: one XLIFF file "
                        "holds one language pair"));
    CHECK(error("<!DOCTYPE xliff [<!ENTITY a \"aaaa\">]>" + v12 + "</xliff>")
              .endsWith(u"a DOCTYPE is not allowed in an XLIFF file"));
    QByteArray deep = v12 + "<file source-language=\"fr\" target-language=\"en\"><body>";
    for (int i = 0; i < 40; ++i)
        deep += "<group id=\"g" + QByteArray::number(i) + "\">";
    CHECK(error(deep).endsWith(u"elements are nested more than 32 levels deep"));
    QByteArray many = v12 + "<file source-language=\"fr\" target-language=\"en\"><body>";
    for (int i = 0; i <= XliffReader::kMaxUnits; ++i)
        many += "<trans-unit id=\"u\"><source>a</source></trans-unit>";
    many += "</body></file></xliff>";
    CHECK(error(many).endsWith(u"more than 100000 units"));
    QByteArray codes = v12
                       + "<file source-language=\"fr\" target-language=\"en\"><body>"
                         "<trans-unit id=\"u\"><source>";
    for (int i = 0; i <= XliffReader::kMaxCodes; ++i)
        codes += "<x id=\"1\"/>";
    CHECK(error(codes).endsWith(u"more than 2000 inline elements in one text"));
    CHECK(XliffReader::read(QByteArray(XliffReader::kMaxFileBytes + 1, ' '), u"in.xlf"_s)
              .error()
              .message
          == u"in.xlf: the file is larger than 32 MB");
    CHECK(XliffReader::readFile(u"/nonexistent/x.xlf"_s)
              .error()
              .message.startsWith(u"cannot open /nonexistent/x.xlf: "));
}

TEST_CASE("XLIFF reader refuses a unit with foreign inline markup, not the file",
          "[translation][xliff]")
{
    const QByteArray bytes
        = R"(<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:o="urn:other">
<file original="c" source-language="fr" target-language="en" datatype="html"><body>
<trans-unit id="a"><source>x</source><target><bpt id="1">&lt;b&gt;</bpt>y</target></trans-unit>
<trans-unit id="b"><source>x</source><target>y<o:z/></target></trans-unit>
<trans-unit id="c"><source>x</source><target>z</target></trans-unit>
</body></file></xliff>)";
    const auto read = XliffReader::read(bytes, u"t.xlf"_s);
    REQUIRE(read);
    REQUIRE(read->units.size() == 3);
    CHECK(read->units[0].error
          == u"line 3: inline element <bpt> is not one Capsule writes: keep the codes of the "
             "source (<g>, <x/>)");
    CHECK(read->units[1].error == u"line 4: unexpected element <o:z> in the text");
    CHECK(read->units[2].error.isEmpty());
    const auto cp = XliffReader::read(
        R"(<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
<file id="f"><unit id="u"><segment><source>a</source><target>b<cp hex="zz"/></target></segment></unit></file></xliff>)",
        u"t.xlf"_s);
    REQUIRE(cp);
    CHECK(cp->units.at(0).error == u"line 2: <cp> with an invalid hex value");
    CHECK(read->units[2].line == 5);
}
