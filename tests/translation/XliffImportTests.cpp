// SPDX-License-Identifier: MIT
#include "TranslationTestSupport.h"
#include "XliffCourseFixture.h"
#include "core/commands/SetTranslations.h"
#include "translation/PseudoTranslation.h"
#include "translation/TranslationMemory.h"
#include "translation/XliffExport.h"
#include "translation/XliffImport.h"
#include "translation/xliff/XliffReader.h"
#include "translation/xliff/XliffWriter.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Translation;

TEST_CASE("XLIFF export of a course is valid, one unit per text", "[translation][xliff]")
{
    const auto document = XliffFixture::makeDocument();
    const Core::Course &course = document->course();
    const auto fields = Core::textFields(course);
    for (const XliffVersion version : {XliffVersion::V1_2, XliffVersion::V2_0}) {
        const auto built = XliffExport::build(course, u"en"_s, version);
        REQUIRE(built);
        CHECK(built->units == int(fields.size()));
        CHECK(built->withTarget == 0);
        const QByteArray bytes = XliffWriter::write(built->document);
        const auto validation = TranslationTest::validateXliff(bytes,
                                                               version == XliffVersion::V1_2
                                                                   ? u"xliff-core-1.2-strict.xsd"_s
                                                                   : u"xliff_core_2.0.xsd"_s);
        INFO(validation.output.toStdString());
        CHECK(validation.exitCode == 0);
        // Notes carry the context and the role.
        CHECK(bytes.contains("Au téléphone › Décrocher"));
        CHECK(bytes.contains("Fill-in text: keep each blank placeholder where its answer goes"));
    }
    CHECK(XliffExport::build(course, u"de"_s, XliffVersion::V1_2).error().message
          == u"the course has no target language “de” (it has: en)");
    CHECK(XliffExport::build(course, u"fr"_s, XliffVersion::V1_2).error().message
          == u"fr is the course's source language: export a target language");
}

TEST_CASE("A translated XLIFF round trip gives the translated course", "[translation][xliff]")
{
    auto document = XliffFixture::makeDocument();
    for (const XliffVersion version : {XliffVersion::V1_2, XliffVersion::V2_0}) {
        INFO(versionName(version).toStdString());
        const auto built = XliffExport::build(document->course(), u"en"_s, version);
        REQUIRE(built);
        // A translator: pseudo-translates every unit and approves the course title.
        XliffDocument translated = built->document;
        for (XliffUnit &unit : translated.units) {
            unit.target = PseudoTranslation::translate(unit.source.segment);
            unit.state = unit.id == u"course/title" ? UnitState::Approved : UnitState::Translated;
        }
        const auto read = XliffReader::read(XliffWriter::write(translated), u"t.xlf"_s);
        REQUIRE(read);
        const auto report = XliffImport::check(document->course(), read.value(), u"t.xlf"_s);
        REQUIRE(report);
        CHECK(report->refused.empty());
        CHECK(int(report->changes.size()) == built->units);
        REQUIRE(report->approved.size() == 1);
        CHECK(report->approved[0].source == u"Accueil client");
        auto command = XliffImport::makeCommand(*document, report.value());
        REQUIRE(command);
        const int before = document->undoStack()->index();
        document->push(std::move(command));
        CHECK(document->undoStack()->index() == before + 1);
        for (const Core::TextField &field : Core::textFields(document->course())) {
            CHECK(Core::translationState(document->course(), u"en"_s, field)
                  == (field.unitId == u"course/title" ? Core::TranslationState::Approved
                                                      : Core::TranslationState::Translated));
        }
        const auto english = Core::translatedCourse(document->course(), u"en"_s);
        CHECK(english->metadata().title == u"Åççûéîļ çļîéñţ ļöŕéɱ");
        // Exported again, the units carry their translation and state.
        const auto again = XliffExport::build(document->course(), u"en"_s, version);
        REQUIRE(again);
        CHECK(again->withTarget == built->units);
        // The same file again changes nothing.
        const auto same = XliffImport::check(document->course(), read.value(), u"t.xlf"_s);
        REQUIRE(same);
        CHECK(same->changes.empty());
        CHECK(same->unchanged == built->units);
        document->undoStack()->undo();
    }
}

TEST_CASE("A hand-translated XLIFF file imported into a copy gives the expected course",
          "[translation][xliff]")
{
    auto document = XliffFixture::makeDocument();
    const QString path = testDataPath(u"translation/hand-translated-1.2.xlf"_s);
    const auto read = XliffReader::readFile(path);
    REQUIRE(read);
    const auto report = XliffImport::check(document->course(), read.value(), u"hand.xlf"_s);
    REQUIRE(report);
    for (const ImportProblem &problem : report->refused)
        WARN(report->describe(problem).toStdString());
    CHECK(report->refused.empty());
    document->push(XliffImport::makeCommand(*document, report.value()));
    const auto english = Core::translatedCourse(document->course(), u"en"_s);
    CHECK(english->metadata().title == u"Welcoming customers");
    CHECK(english->metadata().language == u"en");
    const Core::Slide &content = *english->sections()[0]->slides[0];
    CHECK(content.title == u"Picking up");
    const auto &blocks = std::get<Core::ContentBody>(content.body).blocks;
    CHECK(blocks.at(0).text
          == u"<p>Answer <strong>before</strong> the third ring.<br>See <a "
             "href=\"https://example.org/guide?a=1&amp;b=2\">the guide</a>.</p>");
    const auto &fill = std::get<Core::QuestionBody>(english->sections()[0]->slides[1]->body);
    CHECK(fill.question.clozeText == u"Say [[1]], then [[2]].");
    const auto &choice = std::get<Core::QuestionBody>(english->sections()[0]->slides[2]->body);
    CHECK(choice.question.choices[0].text == u"Calm");
    CHECK(choice.question.choices[0].feedback == u"Yes");
    CHECK(choice.question.correctFeedback == u"Well spotted.");
    CHECK(choice.question.choices[1].text == u"In a hurry");
}

TEST_CASE("XLIFF import refuses bad units with file:line and keeps the rest",
          "[translation][xliff]")
{
    auto document = XliffFixture::makeDocument();
    const QString path = testDataPath(u"translation/broken-units-1.2.xlf"_s);
    const auto read = XliffReader::readFile(path);
    REQUIRE(read);
    const auto report = XliffImport::check(document->course(), read.value(), u"broken.xlf"_s);
    REQUIRE(report);
    QStringList problems;
    for (const ImportProblem &problem : report->refused)
        problems << report->describe(problem);
    CHECK(problems
          == QStringList{
              u"broken.xlf:5: slide/A/title: the source text changed since the export (now "
              "“Décrocher”): export again and translate the new text"_s,
              u"broken.xlf:9: slide/ZZZ/title: unknown unit id: the course has no such text "
              "(deleted since the export, or not from this course)"_s,
              u"broken.xlf:13: slide/F/title: empty target: nothing to import"_s,
              u"broken.xlf:17: slide/A/block/b1/text: inline code 2 (<strong>) of the source "
              "is missing"_s,
              u"broken.xlf:21: slide/F/cloze: inline code 2 ([[2]]) of the source is missing"_s,
              u"broken.xlf:25: slide/Q/choice/c1/text: the target is in “de”, not in the "
              "file's language “en”"_s,
              u"broken.xlf:29: slide/Q/choice/c2/text: line 31: inline element <bpt> is not "
              "one Capsule writes: keep the codes of the source (<g>, <x/>)"_s,
              u"broken.xlf:34: course/title: this unit id appears a second time (first on "
              "line 33); the first one counts"_s,
          });
    REQUIRE(report->changes.size() == 1);
    CHECK(report->changes[0].first == u"course/title");
    CHECK(report->untranslated == 1);

    SECTION("strict: nothing is applied; otherwise one undoable command")
    {
        const int before = document->undoStack()->count();
        document->push(XliffImport::makeCommand(*document, report.value()));
        CHECK(document->undoStack()->count() == before + 1);
        CHECK(Core::translatedCourse(document->course(), u"en"_s)->metadata().title
              == u"Customer care");
        document->undoStack()->undo();
        CHECK(Core::translatedCourse(document->course(), u"en"_s)->metadata().title
              == u"Accueil client");
    }
}

TEST_CASE("XLIFF import refuses a file for another language pair", "[translation][xliff]")
{
    const auto document = XliffFixture::makeDocument();
    XliffDocument doc;
    doc.sourceLanguage = u"fr"_s;
    doc.targetLanguage = u"de"_s;
    CHECK(XliffImport::check(document->course(), doc, u"x.xlf"_s).error().message
          == u"x.xlf: wrong target language “de”: the course's target languages are en; add the "
             "language to the course first");
    doc.targetLanguage = u"FR"_s;
    CHECK(XliffImport::check(document->course(), doc, u"x.xlf"_s).error().message
          == u"x.xlf: the file's target language “FR” is the course's source language");
    doc.sourceLanguage = u"en"_s;
    CHECK(XliffImport::check(document->course(), doc, u"x.xlf"_s).error().message
          == u"x.xlf: the file translates from “en” but the course's source language is “fr”");
    doc.sourceLanguage = u"fr"_s;
    doc.targetLanguage = u"EN"_s;
    const auto ok = XliffImport::check(document->course(), doc, u"x.xlf"_s);
    REQUIRE(ok);
    CHECK(ok->language == u"en");
    CHECK(XliffImport::makeCommand(*const_cast<Core::Document *>(document.get()), ok.value())
          == nullptr);
}

TEST_CASE("XLIFF export pre-fills exact memory matches for review", "[translation][xliff]")
{
    const auto document = XliffFixture::makeDocument();
    TranslationMemory memory;
    memory.add(u"fr"_s, u"en"_s, u"Calme"_s, u"Calm"_s, u"Earlier course"_s);
    memory.add(u"fr"_s, u"en"_s, u"Dites [[1]] puis [[2]]."_s, u"Say [[2]] and [[1]]."_s, u"X"_s);
    memory.add(u"fr"_s, u"en"_s, u"Pressée"_s, u"Hurried"_s, u"fuzzy only"_s);
    const auto built = XliffExport::build(document->course(), u"en"_s, XliffVersion::V1_2, &memory);
    REQUIRE(built);
    CHECK(built->prefilled == 2);
    const QByteArray bytes = XliffWriter::write(built->document);
    CHECK(bytes.contains("<target state=\"needs-review-translation\" "
                         "state-qualifier=\"exact-match\">Calm</target>"));
    CHECK(bytes.contains("Say <x id=\"2\""));
    CHECK_FALSE(bytes.contains("Hurried"));
    // Imported back unchanged, a pre-filled unit counts as translated, not approved.
    const auto read = XliffReader::read(bytes, u"p.xlf"_s);
    REQUIRE(read);
    const auto report = XliffImport::check(document->course(), read.value(), u"p.xlf"_s);
    REQUIRE(report);
    CHECK(report->changes.size() == 2);
    CHECK(report->approved.empty());
}

TEST_CASE("The sample course, pseudo-translated, exports valid XLIFF that imports back unchanged",
          "[translation][xliff]")
{
    auto loaded = Core::Document::fromTemplate(u"sample"_s);
    REQUIRE(loaded);
    Core::Document &document = *loaded.value();
    if (!document.course().languages().targets.contains(u"de"_s))
        document.push(std::make_unique<Core::AddLanguage>(document, u"de"_s));
    std::vector<std::pair<QString, std::optional<Core::Translation>>> changes;
    for (auto &[id, translation] : PseudoTranslation::translations(document.course()))
        changes.emplace_back(id, translation);
    document.push(std::make_unique<Core::SetTranslations>(document, u"de"_s, changes, u"p"_s));
    const int fields = int(Core::textFields(document.course()).size());
    REQUIRE(fields > 100);
    for (const XliffVersion version : {XliffVersion::V1_2, XliffVersion::V2_0}) {
        INFO(versionName(version).toStdString());
        const auto built = XliffExport::build(document.course(), u"de"_s, version);
        REQUIRE(built);
        CHECK(built->withTarget == fields);
        const QByteArray bytes = XliffWriter::write(built->document);
        const auto validation = TranslationTest::validateXliff(bytes,
                                                               version == XliffVersion::V1_2
                                                                   ? u"xliff-core-1.2-strict.xsd"_s
                                                                   : u"xliff_core_2.0.xsd"_s);
        INFO(validation.output.toStdString());
        CHECK(validation.exitCode == 0);
        const auto read = XliffReader::read(bytes, u"sample.xlf"_s);
        REQUIRE(read);
        const auto report = XliffImport::check(document.course(), read.value(), u"sample.xlf"_s);
        REQUIRE(report);
        CHECK(report->refused.empty());
        CHECK(report->unchanged == fields);
    }
}

TEST_CASE("A link the translation localized keeps its address through XLIFF",
          "[translation][xliff]")
{
    auto document = XliffFixture::makeDocument();
    const QString unit = u"slide/A/block/b1/text"_s;
    const QString source = Core::textFields(document->course()).at(3).source; // the rich text block
    REQUIRE(Core::textFields(document->course()).at(3).unitId == unit);
    const QString english = u"<p>Answer <strong>before</strong> the third ring.<br>See <a "
                            "href=\"https://example.org/en/guide\">the guide</a>.</p>"_s;
    document->push(std::make_unique<Core::SetTranslations>(
        *document,
        u"en"_s,
        Core::SetTranslations::Changes{
            {unit, Core::Translation{english, Core::sourceHash(source), false}}},
        u"t"_s));
    const auto built = XliffExport::build(document->course(), u"en"_s, XliffVersion::V1_2);
    REQUIRE(built);
    XliffDocument edited = built->document;
    XliffUnit &xliffUnit = *std::find_if(
        edited.units.begin(), edited.units.end(), [&](const XliffUnit &u) { return u.id == unit; });
    REQUIRE(xliffUnit.target);
    CHECK(xliffUnit.target->plainText() == u"Answer before the third ring.See the guide.");
    for (Segment::Piece &piece : xliffUnit.target->pieces) {
        if (piece.value == u"the guide")
            piece.value = u"our guide"_s;
    }
    const auto read = XliffReader::read(XliffWriter::write(edited), u"t.xlf"_s);
    REQUIRE(read);
    const auto report = XliffImport::check(document->course(), read.value(), u"t.xlf"_s);
    REQUIRE(report);
    REQUIRE(report->changes.size() == 1);
    CHECK(report->changes[0].second->text
          == u"<p>Answer <strong>before</strong> the third ring.<br>See <a "
             "href=\"https://example.org/en/guide\">our guide</a>.</p>");
}
