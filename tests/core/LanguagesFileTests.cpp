// SPDX-License-Identifier: MIT
// course.xml format 5 (issue #13): block and item ids, <languages> with translations, and the
// files of formats 3 and 4 (tests/data/format-3, format-4) that must keep loading unchanged.
#include "KitchenSinkCourse.h"
#include "TestSupport.h"
#include "core/CourseSerializer.h"
#include "core/Translation.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace Core;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

std::unique_ptr<Course> parseXml(const QByteArray &xml)
{
    auto parsed = CourseSerializer::fromXml(xml, u"test.capsule"_s);
    INFO((parsed ? QString() : parsed.error().message).toStdString());
    REQUIRE(parsed.has_value());
    return std::move(parsed).value();
}

QString errorOf(const QByteArray &xml)
{
    auto parsed = CourseSerializer::fromXml(xml, u"test.capsule"_s);
    REQUIRE_FALSE(parsed.has_value());
    return parsed.error().message;
}

/** What the format 3/4 writer wrote for a course: today's output without block and item ids. */
QByteArray withoutIds(QByteArray xml, int formatVersion)
{
    static const QRegularExpression ids(u"(<block|<item) id=\"[bi][0-9]+\""_s);
    xml = QString::fromUtf8(xml).replace(ids, u"\\1"_s).toUtf8();
    xml.replace("formatVersion=\"5\"",
                "formatVersion=\"" + QByteArray::number(formatVersion) + '"');
    return xml;
}

const char header[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<capsule xmlns=\"https://capsule.example/ns/course/1\" ";

} // namespace

TEST_CASE("Files of formats 3 and 4 load unchanged", "[core][file][translation]")
{
    // Written by the format 3 and 4 serializers (tests/data/format-N/course.xml): no block ids,
    // no languages. They read as the course they were written from, with ids given on reading.
    for (const int version : {3, 4}) {
        INFO("format " << version);
        const QByteArray xml = readFile(testDataPath(u"format-%1/course.xml"_s.arg(version)));
        REQUIRE(xml.contains("formatVersion=\"" + QByteArray::number(version) + '"'));
        CHECK_FALSE(xml.contains("<block id="));
        const auto expected = KitchenSink::build(version >= 4);
        const auto loaded = parseXml(xml);
        CHECK(std::get<ContentBody>(loaded->sections()[0]->slides[0]->body).blocks[0].id.isEmpty());
        // A Document gives them ids (Document::load() does), the same as the course had.
        assignBlockIds(*loaded);
        CHECK(*loaded == *expected);
        // Saving writes format 5 and adds only the ids.
        const QByteArray saved = CourseSerializer::toXml(*loaded);
        CHECK(saved.contains("formatVersion=\"5\""));
        CHECK(saved.contains("<block id=\"b1\" type=\"heading\""));
        CHECK(withoutIds(saved, version) == xml);
    }
}

TEST_CASE("course.xml format 5 keeps block and item ids", "[core][file][translation]")
{
    auto course = KitchenSink::build();
    auto &blocks = std::get<ContentBody>(course->sections()[0]->slides[0]->body).blocks;
    blocks[0].id = u"b42"_s; // ids need not be in order: they are kept as they are
    std::swap(blocks[1], blocks[2]);
    const QByteArray xml = CourseSerializer::toXml(*course);
    CHECK(xml.contains("<block id=\"b42\" type=\"heading\""));
    CHECK(xml.contains("<item id=\"i2\">"));
    const auto back = parseXml(xml);
    CHECK(*back == *course);
    CHECK(CourseSerializer::toXml(*back) == xml);

    SECTION("a course of one language writes no <languages>")
    {
        CHECK_FALSE(xml.contains("<languages"));
    }
}

TEST_CASE("course.xml format 5 round-trips languages and translations", "[core][file][translation]")
{
    auto course = KitchenSink::build();
    const auto fields = textFields(*course);
    REQUIRE(fields.size() > 100);
    CourseLanguages &languages = course->languages();
    languages.targets = {u"en"_s, u"zh-Hant"_s, u"de"_s};
    auto &en = languages.translations[u"en"_s];
    en[fields[0].unitId] = {u"Title & <more>\n  spaces  "_s, sourceHash(fields[0].source), true};
    en[fields[5].unitId] = {u"<p>Rich</p>"_s, sourceHash(u"old source"_s), false};
    languages.translations[u"zh-Hant"_s][fields[1].unitId]
        = {u"說明"_s, sourceHash(fields[1].source), false};
    const auto media = mediaFields(*course);
    REQUIRE_FALSE(media.empty());
    en[media[0].unitId] = {media[0].source.toString(), {}, false};

    const QByteArray xml = CourseSerializer::toXml(*course);
    CHECK(xml.contains("  <languages>\n    <language code=\"en\">\n      <unit id=\""));
    CHECK(xml.contains("<language code=\"de\" />"));
    const auto back = parseXml(xml);
    CHECK(*back == *course);
    CHECK(CourseSerializer::toXml(*back) == xml);
    CHECK(translationState(*back, u"en"_s, fields[0]) == TranslationState::Approved);
    CHECK(translationState(*back, u"en"_s, fields[5]) == TranslationState::Outdated);

    SECTION("units of deleted objects and languages that are not targets are dropped on save")
    {
        course->languages().translations[u"en"_s][u"slide/deleted/title"_s] = {u"x"_s, {}, false};
        course->languages().translations[u"it"_s][fields[0].unitId] = {u"x"_s, {}, false};
        const QByteArray again = CourseSerializer::toXml(*course);
        CHECK(again == xml);
    }
}

TEST_CASE("course.xml format 5 refuses malformed languages and ids, naming the line",
          "[core][file][translation]")
{
    const QByteArray valid = QByteArray(header) + R"(formatVersion="5" id="c">
  <metadata language="fr"><title>T</title></metadata>
  <settings/>
  <languages>
    <language code="en">
      <unit id="course/title" sourceHash="0123456789abcdef" approved="true">Title</unit>
    </language>
  </languages>
  <section id="s">
    <slide id="a" kind="content">
      <block id="b1" type="tabs"><item id="i1"><title>x</title></item></block>
      <block id="b2" type="heading"><text>y</text></block>
    </slide>
  </section>
  <media/>
</capsule>
)";
    const auto course = parseXml(valid);
    CHECK(course->languages().targets == QStringList{u"en"_s});
    CHECK(course->languages().translations.at(u"en"_s).at(u"course/title"_s)
          == Translation{u"Title"_s, u"0123456789abcdef"_s, true});

    struct Case
    {
        const char *what;
        const char *from;
        const char *to;
        const char *expected;
    };
    const Case cases[] = {
        {"languages in format 4",
         "formatVersion=\"5\"",
         "formatVersion=\"4\"",
         "line 5: <languages> came with format 5; this file is format 4."},
        {"an unknown attribute",
         "approved=\"true\"",
         "approved=\"true\" state=\"x\"",
         "line 7: <unit> has an unknown attribute \"state\"."},
        {"a bad language tag", "code=\"en\"", "code=\"English\"", "line 6: attribute \"code\""},
        {"a language twice",
         "</language>",
         "</language><language code=\"en\"/>",
         "line 8: the language \"en\" is listed twice."},
        {"a unit twice",
         "Title</unit>",
         "Title</unit><unit id=\"course/title\">x</unit>",
         "line 7: the unit \"course/title\" is translated twice into \"en\"."},
        {"a bad hash", "0123456789abcdef", "0123456789ABCDEF", "line 7: attribute \"sourceHash\""},
        {"a unit id with spaces",
         "id=\"course/title\"",
         "id=\"course title\"",
         "line 7: attribute \"id\" of <unit>"},
        {"an element in a unit", ">Title<", "><b>T</b><", "line 7: <unit> holds an element"},
        {"a block id twice",
         "id=\"b2\"",
         "id=\"b1\"",
         "line 13: the block id \"b1\" is used twice."},
        {"an item id twice",
         "<item id=\"i1\"><title>x</title></item>",
         "<item id=\"i1\"/><item id=\"i1\"/>",
         "line 12: the item id \"i1\" is used twice."},
        {"an empty block id", "id=\"b2\"", "id=\"\"", "line 13: attribute \"id\" of <block>"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        QByteArray xml = valid;
        REQUIRE(xml.contains(c.from));
        xml.replace(c.from, c.to);
        const QString message = errorOf(xml);
        INFO(message.toStdString());
        CHECK(message.contains(QString::fromUtf8(c.expected)));
    }
    SECTION("block and item ids in format 4 are errors too")
    {
        QByteArray xml = valid;
        const qsizetype begin = xml.indexOf("  <languages>");
        xml.remove(begin, xml.indexOf("  <section") - begin);
        xml.replace("formatVersion=\"5\"", "formatVersion=\"4\"");
        CHECK(errorOf(xml).contains(
            u"<block> has the attribute \"id\", which came with format 5; this file is format 4."_s));
    }
    SECTION("a file of format 6 is newer")
    {
        QByteArray xml = valid;
        xml.replace("formatVersion=\"5\"", "formatVersion=\"6\"");
        CHECK(errorOf(xml).contains(u"this version reads format 5"_s));
    }
}
