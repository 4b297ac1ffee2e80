// SPDX-License-Identifier: MIT
#include "BlockFixtures.h"
#include "ExportTestCourse.h"
#include "TestSupport.h"
#include "core/HtmlSanitizer.h"
#include "core/Theme.h"
#include "export/PlayerData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using Export::PlayerData;
using Export::PlayerRuntime;

namespace {

QJsonObject slideJson(const QJsonObject &data, const QString &id)
{
    for (const QJsonValue &section : data[u"sections"_s].toArray()) {
        for (const QJsonValue &slide : section[u"slides"_s].toArray()) {
            if (slide[u"id"_s].toString() == id)
                return slide.toObject();
        }
    }
    FAIL("no slide " << id.toStdString());
    return {};
}

QJsonObject questionJson(const QJsonObject &data, const QString &id)
{
    return slideJson(data, id)[u"question"_s].toObject();
}

QStringList keys(const QJsonObject &object)
{
    QStringList list = object.keys();
    list.sort();
    return list;
}

const QStringList commonQuestionKeys{u"correctFeedback"_s,
                                     u"incorrectFeedback"_s,
                                     u"points"_s,
                                     u"prompt"_s,
                                     u"shuffle"_s,
                                     u"type"_s};

QStringList questionKeys(const QStringList &specific)
{
    QStringList all = commonQuestionKeys + specific;
    all.sort();
    return all;
}

/** Parses the JSON out of "window.CAPSULE_COURSE = {...};\n". */
QJsonObject parseScript(const QByteArray &script)
{
    const QByteArray prefix = "window.CAPSULE_COURSE = ";
    REQUIRE(script.startsWith(prefix));
    REQUIRE(script.endsWith(";\n"));
    const QByteArray json = script.mid(prefix.size(), script.size() - prefix.size() - 2);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("Player data: course, settings and theme", "[export][playerdata]")
{
    ExportTest::TestMedia media;
    const auto course = ExportTest::makeTestCourse(&media);
    const QJsonObject data = PlayerData::toJson(*course, PlayerRuntime::Scorm2004);
    // The player's interface strings of the course language only (docs/export.md §9).
    CHECK(data.value(u"ui"_s).toObject().keys()
          == PlayerData::interfaceStrings({course->metadata().language}).keys());
    CHECK(data.value(u"ui"_s).toObject().size() == 1);

    CHECK(keys(data)
          == QStringList{u"author"_s,
                         u"description"_s,
                         u"format"_s,
                         u"id"_s,
                         u"language"_s,
                         u"runtime"_s,
                         u"sections"_s,
                         u"settings"_s,
                         u"title"_s,
                         u"ui"_s,
                         u"version"_s});
    CHECK(data[u"format"_s].toInt() == 1);
    CHECK(data[u"runtime"_s].toString() == u"scorm2004"_s);
    CHECK(data[u"id"_s].toString() == u"8d0c3f5e-5b7a-4c69-9d4e-2f1a0b9c7e11"_s);
    CHECK(data[u"title"_s].toString() == u"Sécurité au laboratoire"_s);
    CHECK(data[u"description"_s].toString() == u"Les règles de base & les bons réflexes."_s);
    CHECK(data[u"language"_s].toString() == u"fr"_s);
    CHECK(data[u"author"_s].toString() == u"Équipe HSE"_s);
    CHECK(data[u"version"_s].toString() == u"2.1"_s);

    const QJsonObject settings = data[u"settings"_s].toObject();
    CHECK(settings[u"navigation"_s].toString() == u"linear"_s);
    CHECK(settings[u"completion"_s].toString() == u"both"_s);
    CHECK(settings[u"passingScore"_s].toInt() == 75);
    CHECK(settings[u"maxAttempts"_s].toInt() == 3);
    CHECK(settings[u"scorm12Reporting"_s].toString() == u"passed-failed"_s);
    const QJsonObject theme = settings[u"theme"_s].toObject();
    // The palette is derived in C++: the player only assigns these variables.
    const QJsonObject vars = theme[u"vars"_s].toObject();
    const Core::ThemePalette palette = Core::themePalette(course->settings().theme);
    for (const auto &[name, colour] : palette.cssVariables()) {
        INFO(name.toStdString());
        CHECK(vars[name].toString() == colour.name(QColor::HexRgb));
    }
    CHECK(vars[u"primary"_s].toString() == u"#1f4e79"_s);
    CHECK(vars[u"accent"_s].toString() == u"#e07a1f"_s);
    CHECK(vars[u"accent-ink"_s].toString() == u"#101828"_s); // white on orange would be 3.2:1
    CHECK(vars[u"radius"_s].toString() == u"12px"_s);
    // The installed font, sanitised and quoted, before the body stack.
    CHECK(vars[u"font"_s].toString().startsWith(u"\"Georgia\", -apple-system, "_s));
    CHECK(vars[u"font-head"_s].toString().startsWith(u"-apple-system, "_s));
    CHECK(theme[u"cls"_s].toString() == u"hd-bar pg-card dn-comfortable"_s);
    CHECK(theme[u"logo"_s].toString() == course->asset(media.logo)->archiveName());
    CHECK(theme[u"cover"_s].toBool() == false);
    CHECK(theme[u"coverImage"_s].isNull());
    CHECK(theme[u"sectionPages"_s].toBool() == false);

    const QJsonArray sections = data[u"sections"_s].toArray();
    REQUIRE(sections.size() == 2);
    CHECK(sections[0][u"id"_s].toString() == u"sec-intro"_s);
    CHECK(sections[0][u"title"_s].toString() == u"Introduction"_s);
    CHECK(sections[0][u"slides"_s].toArray().size() == 2);
    CHECK(sections[1][u"slides"_s].toArray().size() == 11);

    SECTION("runtime names")
    {
        CHECK(PlayerData::toJson(*course, PlayerRuntime::Scorm12).value(u"runtime"_s).toString()
              == u"scorm12"_s);
        CHECK(PlayerData::toJson(*course, PlayerRuntime::Web).value(u"runtime"_s).toString()
              == u"web"_s);
    }
    SECTION("layout, dark palette, cover and section pages")
    {
        Core::Theme dark = Core::builtinTheme(u"dark"_s);
        dark.header = Core::ThemeHeader::Centered;
        dark.page = Core::ThemePage::FullBleed;
        dark.density = Core::ThemeDensity::Spacious;
        dark.headingFont = Core::ThemeFont::Serif;
        dark.coverPage = true;
        dark.coverImage = media.logo;
        dark.sectionPages = true;
        course->settings().theme = dark;
        const QJsonObject t
            = PlayerData::toJson(*course, PlayerRuntime::Web)[u"settings"_s][u"theme"_s].toObject();
        CHECK(t[u"cls"_s].toString() == u"hd-centered pg-full-bleed dn-spacious dark"_s);
        CHECK(t[u"vars"_s][u"bg"_s].toString() == u"#0d1117"_s);
        CHECK(t[u"vars"_s][u"font-head"_s].toString().endsWith(u", serif"_s));
        CHECK(t[u"cover"_s].toBool());
        CHECK(t[u"coverImage"_s].toString() == course->asset(media.logo)->archiveName());
        CHECK(t[u"sectionPages"_s].toBool());
    }
    SECTION("no logo is null")
    {
        course->settings().theme.logo = {};
        const QJsonObject json = PlayerData::toJson(*course, PlayerRuntime::Web);
        CHECK(json[u"settings"_s][u"theme"_s][u"logo"_s].isNull());
    }
}

TEST_CASE("The e2e theme fixture is what the exporter sends for each built-in theme",
          "[export][playerdata]")
{
    // tests/e2e/blocks.mjs runs axe-core on every block in these themes: they must be the
    // exporter's real output, not a copy that drifted.
    QFile file(QStringLiteral(CAPSULE_SOURCE_DIR "/tests/e2e/fixtures/themes.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject fixture = QJsonDocument::fromJson(file.readAll()).object();
    const QList<Core::Theme> themes = Core::builtinThemes();
    CHECK(fixture.size() == themes.size());
    for (const Core::Theme &theme : themes) {
        INFO(theme.builtinId.toStdString());
        auto course = std::make_unique<Core::Course>();
        course->settings().theme = theme;
        QJsonObject json
            = PlayerData::toJson(*course, PlayerRuntime::Web)[u"settings"_s][u"theme"_s].toObject();
        const QJsonObject expected = fixture[theme.builtinId].toObject();
        CHECK(json[u"vars"_s].toObject() == expected[u"vars"_s].toObject());
        CHECK(json[u"cls"_s].toString() == expected[u"cls"_s].toString());
    }
}

TEST_CASE("Player data: content slide blocks", "[export][playerdata]")
{
    ExportTest::TestMedia media;
    const auto course = ExportTest::makeTestCourse(&media);
    // Exports refuse unsafe HTML (Core::Validator); player data sanitizes it all the same.
    const QString rich
        = u"<p>Portez <strong>toujours</strong> vos lunettes.</p><script>x()</script>"_s;
    std::get<Core::ContentBody>(ExportTest::slideById(*course, u"slide-welcome"_s).body)
        .blocks[1]
        .text
        = rich;
    const QJsonObject slide
        = slideJson(PlayerData::toJson(*course, PlayerRuntime::Web), u"slide-welcome"_s);
    CHECK(keys(slide) == QStringList{u"blocks"_s, u"id"_s, u"kind"_s, u"title"_s});
    CHECK(slide[u"kind"_s].toString() == u"content"_s);
    CHECK(slide[u"title"_s].toString() == u"Bienvenue"_s);
    const QJsonArray blocks = slide[u"blocks"_s].toArray();
    REQUIRE(blocks.size() == 4);

    CHECK(blocks[0].toObject()
          == QJsonObject{{u"type"_s, u"heading"_s},
                         {u"level"_s, 3},
                         {u"text"_s, u"Avant de commencer </script>"_s}});
    CHECK(blocks[1].toObject()
          == QJsonObject{{u"type"_s, u"text"_s}, {u"html"_s, Core::HtmlSanitizer::sanitize(rich)}});
    CHECK_FALSE(blocks[1][u"html"_s].toString().contains(u"script"));
    CHECK(blocks[2].toObject()
          == QJsonObject{{u"type"_s, u"image"_s},
                         {u"src"_s, course->asset(media.image)->archiveName()},
                         {u"alt"_s, u"Schéma du laboratoire"_s},
                         {u"caption"_s, u"Figure 1"_s},
                         {u"width"_s, 640},
                         {u"height"_s, 480},
                         {u"size"_s, u"wide"_s}});
    CHECK(blocks[3][u"type"_s].toString() == u"callout"_s);
    CHECK(blocks[3][u"style"_s].toString() == u"warning"_s);
    CHECK(blocks[3][u"html"_s].toString()
          == Core::HtmlSanitizer::sanitize(u"<p>Line\u2028separator</p>"_s));

    SECTION("an image without a known size or without a picture")
    {
        auto &body
            = std::get<Core::ContentBody>(ExportTest::slideById(*course, u"slide-welcome"_s).body);
        course->assets()[media.image].imageSize = {};
        body.blocks[2].image = {};
        const QJsonObject welcome
            = slideJson(PlayerData::toJson(*course, PlayerRuntime::Web), u"slide-welcome"_s);
        const QJsonObject image = welcome[u"blocks"_s][2].toObject();
        CHECK(image[u"src"_s].isNull());
        CHECK(image[u"width"_s].isNull());
        CHECK(image[u"height"_s].isNull());
    }
}

TEST_CASE("Player data: video and result slides", "[export][playerdata]")
{
    ExportTest::TestMedia media;
    const auto course = ExportTest::makeTestCourse(&media);
    const QJsonObject data = PlayerData::toJson(*course, PlayerRuntime::Scorm12);

    const QJsonObject video = slideJson(data, u"slide-video"_s);
    CHECK(keys(video) == QStringList{u"id"_s, u"kind"_s, u"title"_s, u"video"_s});
    CHECK(video[u"kind"_s].toString() == u"video"_s);
    CHECK(video[u"video"_s].toObject()
          == QJsonObject{
              {u"src"_s, course->asset(media.video)->archiveName()},
              {u"mimeType"_s, u"video/mp4"_s},
              {u"poster"_s, course->asset(media.poster)->archiveName()},
              {u"tracks"_s,
               QJsonArray{QJsonObject{{u"src"_s, course->asset(media.captions)->archiveName()},
                                      {u"lang"_s, u"fr"_s},
                                      {u"label"_s, u"Français"_s}}}},
              {u"requiredPercent"_s, 90},
              {u"durationMs"_s, 12500}});

    const QJsonObject result = slideJson(data, u"slide-result"_s);
    CHECK(result
          == QJsonObject{{u"id"_s, u"slide-result"_s},
                         {u"kind"_s, u"result"_s},
                         {u"title"_s, u"Résultat"_s},
                         {u"passMessage"_s, Core::HtmlSanitizer::sanitize(u"<p>Bravo</p>"_s)},
                         {u"failMessage"_s, Core::HtmlSanitizer::sanitize(u"<p>Encore</p>"_s)}});

    SECTION("no poster is null; an unlabelled track is named after its language")
    {
        auto &body
            = std::get<Core::VideoBody>(ExportTest::slideById(*course, u"slide-video"_s).body);
        body.poster = {};
        body.captions[0].label.clear();
        body.captions[0].language = u"de"_s;
        const QJsonObject slide
            = slideJson(PlayerData::toJson(*course, PlayerRuntime::Web), u"slide-video"_s);
        const QJsonObject json = slide[u"video"_s].toObject();
        CHECK(json[u"poster"_s].isNull());
        CHECK(json[u"tracks"_s][0][u"label"_s].toString() == u"Deutsch"_s);
    }

    SECTION("web packages carry the caption text, for a launch from disk (file://)")
    {
        const auto trackOf = [&course](PlayerRuntime runtime) {
            return slideJson(PlayerData::toJson(*course, runtime),
                             u"slide-video"_s)[u"video"_s][u"tracks"_s][0]
                .toObject();
        };
        const QJsonObject web = trackOf(PlayerRuntime::Web);
        CHECK(web[u"vtt"_s].toString() == u"WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour\n"_s);
        CHECK(web[u"src"_s].toString() == course->asset(media.captions)->archiveName());
        CHECK_FALSE(trackOf(PlayerRuntime::Scorm2004).contains(u"vtt"_s));

        // A byte-order mark is dropped; a file over the limit is only referenced.
        auto &body
            = std::get<Core::VideoBody>(ExportTest::slideById(*course, u"slide-video"_s).body);
        body.captions[0].vtt = ExportTest::addMemoryAsset(
            *course, u"bom.vtt"_s, u"text/vtt"_s, QByteArray("\xEF\xBB\xBFWEBVTT\n"));
        CHECK(trackOf(PlayerRuntime::Web)[u"vtt"_s].toString() == u"WEBVTT\n"_s);
        QByteArray big("WEBVTT\n\n");
        big.append(QByteArray(PlayerData::maxEmbeddedCaptionBytes, 'x'));
        body.captions[0].vtt
            = ExportTest::addMemoryAsset(*course, u"big.vtt"_s, u"text/vtt"_s, big);
        CHECK_FALSE(trackOf(PlayerRuntime::Web).contains(u"vtt"_s));
        CHECK(trackOf(PlayerRuntime::Web)[u"src"_s].toString().startsWith(u"media/"_s));
    }
}

TEST_CASE("Player data: every question type carries only its own fields", "[export][playerdata]")
{
    const auto course = ExportTest::makeTestCourse();
    const QString unsafePrompt = u"<p>Which <b>one</b>?</p><script>alert(1)</script>"_s;
    std::get<Core::QuestionBody>(ExportTest::slideById(*course, u"q-single"_s).body).question.prompt
        = unsafePrompt;
    const QJsonObject data = PlayerData::toJson(*course, PlayerRuntime::Scorm12);

    const QJsonObject single = questionJson(data, u"q-single"_s);
    CHECK(keys(single) == questionKeys({u"choices"_s}));
    CHECK(single[u"type"_s].toString() == u"single-choice"_s);
    CHECK(single[u"prompt"_s].toString() == Core::HtmlSanitizer::sanitize(unsafePrompt));
    CHECK_FALSE(single[u"prompt"_s].toString().contains(u"script"));
    CHECK(single[u"points"_s].toDouble() == 2);
    CHECK(single[u"shuffle"_s].toBool());
    CHECK(single[u"correctFeedback"_s].toString()
          == Core::HtmlSanitizer::sanitize(u"<p>Yes</p>"_s));
    CHECK(single[u"incorrectFeedback"_s].toString()
          == Core::HtmlSanitizer::sanitize(u"<p>No</p>"_s));
    CHECK(single[u"choices"_s].toArray()
          == QJsonArray{
              QJsonObject{{u"id"_s, u"c1"_s},
                          {u"text"_s, Core::HtmlSanitizer::sanitize(u"Goggles"_s)},
                          {u"correct"_s, true},
                          {u"feedback"_s, Core::HtmlSanitizer::sanitize(u"Right"_s)}},
              QJsonObject{{u"id"_s, u"c2"_s},
                          {u"text"_s, Core::HtmlSanitizer::sanitize(u"Sandals"_s)},
                          {u"correct"_s, false},
                          {u"feedback"_s, Core::HtmlSanitizer::sanitize(u"<em>Wrong</em>"_s)}}});

    const QJsonObject multiple = questionJson(data, u"q-multiple"_s);
    CHECK(keys(multiple) == questionKeys({u"choices"_s}));
    CHECK(multiple[u"type"_s].toString() == u"multiple-response"_s);
    CHECK(multiple[u"choices"_s].toArray().size() == 3);

    const QJsonObject trueFalse = questionJson(data, u"q-truefalse"_s);
    CHECK(keys(trueFalse) == questionKeys({u"answer"_s}));
    CHECK(trueFalse[u"type"_s].toString() == u"true-false"_s);
    CHECK(trueFalse[u"answer"_s] == QJsonValue(false));

    const QJsonObject fillIn = questionJson(data, u"q-fillin"_s);
    CHECK(keys(fillIn) == questionKeys({u"blanks"_s, u"cloze"_s}));
    CHECK(fillIn[u"cloze"_s].toString() == u"Water boils at [[1]] degrees in [[2]]."_s);
    CHECK(fillIn[u"blanks"_s].toArray()
          == QJsonArray{QJsonObject{{u"id"_s, u"b1"_s},
                                    {u"label"_s, u"Temperature"_s},
                                    {u"answers"_s, QJsonArray{u"100"_s, u"hundred"_s}},
                                    {u"caseSensitive"_s, false}},
                        QJsonObject{{u"id"_s, u"b2"_s},
                                    {u"label"_s, u"Unit"_s},
                                    {u"answers"_s, QJsonArray{u"Celsius"_s}},
                                    {u"caseSensitive"_s, true}}});

    const QJsonObject matching = questionJson(data, u"q-matching"_s);
    CHECK(keys(matching) == questionKeys({u"pairs"_s}));
    CHECK(matching[u"pairs"_s].toArray()
          == QJsonArray{
              QJsonObject{{u"id"_s, u"p1"_s}, {u"source"_s, u"H2O"_s}, {u"target"_s, u"Water"_s}},
              QJsonObject{{u"id"_s, u"p2"_s}, {u"source"_s, u"NaCl"_s}, {u"target"_s, u"Salt"_s}}});

    const QJsonObject sequencing = questionJson(data, u"q-sequencing"_s);
    CHECK(keys(sequencing) == questionKeys({u"items"_s}));
    CHECK(sequencing[u"items"_s].toArray()
          == QJsonArray{QJsonObject{{u"id"_s, u"s1"_s}, {u"text"_s, u"Gloves"_s}},
                        QJsonObject{{u"id"_s, u"s2"_s}, {u"text"_s, u"Goggles"_s}},
                        QJsonObject{{u"id"_s, u"s3"_s}, {u"text"_s, u"Coat"_s}}});

    const QJsonObject exact = questionJson(data, u"q-numeric"_s);
    CHECK(keys(exact) == questionKeys({u"numeric"_s}));
    CHECK(exact[u"numeric"_s].toObject()
          == QJsonObject{{u"mode"_s, u"exact"_s}, {u"value"_s, 7}, {u"tolerance"_s, 0.5}});
    const QJsonObject range = questionJson(data, u"q-range"_s);
    CHECK(range[u"numeric"_s].toObject()
          == QJsonObject{{u"mode"_s, u"range"_s}, {u"min"_s, 18}, {u"max"_s, 24.5}});

    const QJsonObject likert = questionJson(data, u"q-likert"_s);
    CHECK(keys(likert) == questionKeys({u"scale"_s}));
    CHECK(likert[u"scale"_s].toArray() == QJsonArray{u"Disagree"_s, u"Neutral"_s, u"Agree"_s});

    const QJsonObject open = questionJson(data, u"q-open"_s);
    CHECK(keys(open) == questionKeys({u"maxLength"_s}));
    CHECK(open[u"maxLength"_s].toInt() == 500);

    const QJsonObject slide = slideJson(data, u"q-open"_s);
    CHECK(keys(slide) == QStringList{u"id"_s, u"kind"_s, u"question"_s, u"title"_s});
    CHECK(slide[u"kind"_s].toString() == u"question"_s);

    SECTION("fields of another type are dropped")
    {
        auto &question
            = std::get<Core::QuestionBody>(ExportTest::slideById(*course, u"q-truefalse"_s).body)
                  .question;
        question.choices = {{u"c1"_s, u"left over"_s, true, {}}};
        question.likertScale = {u"left over"_s};
        const QJsonObject json
            = questionJson(PlayerData::toJson(*course, PlayerRuntime::Web), u"q-truefalse"_s);
        CHECK(keys(json) == questionKeys({u"answer"_s}));
    }
}

TEST_CASE("Player data script is safe inside HTML and JavaScript", "[export][playerdata]")
{
    const auto course = ExportTest::makeTestCourse();
    course->metadata().description = u"a</script><!-- b \u2028 c \u2029 d"_s;
    const QByteArray script = PlayerData::toScript(*course, PlayerRuntime::Web);

    CHECK(script.startsWith("window.CAPSULE_COURSE = {"));
    CHECK(script.endsWith("};\n"));
    CHECK(script.count('\n') == 1);
    CHECK(script.indexOf("</") < 0);
    CHECK(script.indexOf("<!--") < 0);
    CHECK(script.indexOf("\xE2\x80\xA8") < 0);
    CHECK(script.indexOf("\xE2\x80\xA9") < 0);
    CHECK(script.contains("<\\/script>"));

    // The escapes are plain JSON: parsing gives back the original text.
    const QJsonObject parsed = parseScript(script);
    CHECK(parsed[u"description"_s].toString() == u"a</script><!-- b \u2028 c \u2029 d"_s);
    CHECK(parsed == PlayerData::toJson(*course, PlayerRuntime::Web));

    SECTION("deterministic, with sorted keys")
    {
        CHECK(script == PlayerData::toScript(*course->clone(), PlayerRuntime::Web));
        CHECK(script.indexOf("\"author\"") < script.indexOf("\"description\""));
        CHECK(script.indexOf("\"description\"") < script.indexOf("\"format\""));
    }
}

TEST_CASE("Player data: every content block type", "[export][playerdata][blocks]")
{
    const auto course = BlockFixtures::makeBlocksCourse();
    const BlockFixtures::Assets a;
    const QJsonArray blocks
        = slideJson(PlayerData::toJson(*course, PlayerRuntime::Web), u"blocks"_s)[u"blocks"_s]
              .toArray();
    QStringList types;
    for (const QJsonValue &block : blocks)
        types << block[u"type"_s].toString();
    CHECK(types
          == QStringList{u"image"_s,
                         u"image-text"_s,
                         u"tabs"_s,
                         u"accordion"_s,
                         u"flip-cards"_s,
                         u"steps"_s,
                         u"quote"_s,
                         u"key-figure"_s,
                         u"checklist"_s,
                         u"divider"_s,
                         u"spacer"_s,
                         u"button"_s,
                         u"button"_s,
                         u"table"_s,
                         u"labelled-graphic"_s,
                         u"gallery"_s,
                         u"audio"_s,
                         u"video"_s});
    const auto block = [&](int i) { return blocks[i].toObject(); };
    CHECK(block(0)[u"size"_s] == u"full"_s);
    CHECK(block(0)[u"focus"_s].toArray() == QJsonArray{20, 80});
    CHECK(block(1)[u"side"_s] == u"right"_s);
    CHECK(block(1)[u"share"_s] == u"third"_s);
    CHECK(block(1)[u"src"_s] == course->asset(a.plan.id)->archiveName());
    CHECK_FALSE(block(1).contains(u"focus"_s));
    // Items: plain titles, sanitized HTML, only what they use.
    const QJsonArray tabs = block(2)[u"items"_s].toArray();
    REQUIRE(tabs.size() == 3);
    CHECK(tabs[0].toObject()
          == QJsonObject{{u"title"_s, u"Item 1"_s},
                         {u"html"_s, Core::HtmlSanitizer::sanitize(u"<p>Detail <b>1</b></p>"_s)}});
    CHECK(block(2)[u"required"_s] == true);
    CHECK_FALSE(block(3).contains(u"required"_s));
    CHECK(block(4)[u"items"_s][0][u"alt"_s] == u"Front photo"_s);
    CHECK(block(6)[u"cite"_s] == u"Ada, fire warden"_s);
    CHECK(block(6)[u"photo"_s] == course->asset(a.photo.id)->archiveName());
    CHECK(block(7)
          == QJsonObject{{u"type"_s, u"key-figure"_s},
                         {u"value"_s, u"87 %"_s},
                         {u"label"_s, u"of fires start in the kitchen"_s}});
    CHECK(block(8)[u"items"_s][1].toObject() == QJsonObject{{u"title"_s, u"Item 2"_s}});
    CHECK(block(9) == QJsonObject{{u"type"_s, u"divider"_s}});
    CHECK(block(11)[u"url"_s] == u"https://example.org/rules?a=1&b=2"_s);
    CHECK(block(11)[u"label"_s] == u"Read the rules"_s);
    CHECK(block(12)[u"slide"_s] == u"start"_s);
    CHECK_FALSE(block(12).contains(u"url"_s));
    CHECK(block(13)[u"header"_s] == false);
    CHECK(block(13)[u"rows"_s][1].toArray() == QJsonArray{u"A"_s, u"Solids <wood>"_s});
    const QJsonObject marker = block(14)[u"items"_s][1].toObject();
    CHECK(marker[u"x"_s] == 100);
    CHECK(marker[u"y"_s] == 0);
    CHECK(block(14)[u"alt"_s] == u"Floor plan"_s);
    CHECK(block(15)[u"items"_s][1][u"src"_s] == course->asset(a.plan.id)->archiveName());
    CHECK(block(16)[u"video"_s][u"src"_s] == course->asset(a.sound.id)->archiveName());
    CHECK(block(16)[u"video"_s][u"requiredPercent"_s] == 100);
    CHECK(block(16)[u"html"_s] == u"<p>What is said.</p>"_s);
    CHECK(block(17)[u"video"_s][u"poster"_s] == course->asset(a.photo.id)->archiveName());
    CHECK(block(17)[u"video"_s][u"tracks"_s].toArray().size() == 1);

    SECTION("only http(s) addresses reach the player")
    {
        auto &body = std::get<Core::ContentBody>(course->sections().front()->slides[1]->body);
        for (const QString &bad : {u"javascript:alert(1)"_s, u"file:///etc/passwd"_s, u"//x"_s}) {
            body.blocks[11].url = bad;
            const QJsonObject json = slideJson(PlayerData::toJson(*course, PlayerRuntime::Web),
                                               u"blocks"_s)[u"blocks"_s][11]
                                         .toObject();
            CHECK(json[u"url"_s] == QString());
        }
    }
}
