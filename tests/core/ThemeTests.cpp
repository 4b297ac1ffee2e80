// SPDX-License-Identifier: MIT
// Themes: built-in themes, the palette derived in C++, WCAG contrast checks, course.xml format 3,
// the theme file and the ApplyTheme command.
#include "HostileZip.h"
#include "TestSupport.h"
#include "core/CourseSerializer.h"
#include "core/Document.h"
#include "core/ProjectFile.h"
#include "core/Sha256.h"
#include "core/ThemeFile.h"
#include "core/Validator.h"
#include "core/commands/ApplyTheme.h"

#include <QBuffer>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Core;

namespace {

QByteArray pngBytes(int width, int height, QColor colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

MediaAsset imageAsset(const QByteArray &bytes, const QString &fileName)
{
    MediaAsset asset;
    asset.id = AssetId(Sha256::hex(bytes));
    asset.fileName = fileName;
    asset.mimeType = u"image/png"_s;
    asset.byteSize = bytes.size();
    asset.imageSize = QImage::fromData(bytes).size();
    asset.source = AssetSource{AssetSource::Kind::Memory, {}, {}, bytes};
    return asset;
}

/** A theme that sets every field to something other than Theme{}. */
Theme everyField(const AssetId &logo, const AssetId &cover)
{
    Theme t;
    t.builtinId.clear();
    t.primary = QColor(0x00, 0x55, 0x44);
    t.accent = QColor(0x99, 0x22, 0x77);
    t.background = QColor(0xfa, 0xf0, 0xe0);
    t.surface = QColor(0xff, 0xfe, 0xfd);
    t.text = QColor(0x20, 0x10, 0x00);
    t.headingFont = ThemeFont::Slab;
    t.bodyFont = ThemeFont::Humanist;
    t.cornerRadius = 24;
    t.density = ThemeDensity::Compact;
    t.header = ThemeHeader::Centered;
    t.page = ThemePage::FullBleed;
    t.coverPage = true;
    t.coverImage = cover;
    t.sectionPages = true;
    t.fontFamily = u"Fira Sans"_s;
    t.logo = logo;
    return t;
}

std::unique_ptr<Course> courseWith(const Theme &theme, const std::vector<MediaAsset> &assets)
{
    auto course = std::make_unique<Course>();
    course->setId(CourseId(u"c"_s));
    course->metadata().title = u"Theme test"_s;
    for (const MediaAsset &asset : assets)
        course->assets().emplace(asset.id, asset);
    course->settings().theme = theme;
    return course;
}

} // namespace

TEST_CASE("Six built-in themes, clearly different, the first one today's look", "[core][theme]")
{
    const QList<Theme> themes = builtinThemes();
    REQUIRE(themes.size() == 6);
    CHECK(themes.first() == Theme{});
    CHECK(themes.first().builtinId == u"corporate"_s);
    QSet<QString> ids;
    for (const Theme &t : themes) {
        INFO(t.builtinId.toStdString());
        ids.insert(t.builtinId);
        CHECK(themeDisplayName(t.builtinId) != themeDisplayName(QString()));
        bool found = false;
        CHECK(builtinTheme(t.builtinId, &found) == t);
        CHECK(found);
        CHECK(t.cornerRadius >= minCornerRadius);
        CHECK(t.cornerRadius <= maxCornerRadius);
        CHECK(t.logo.isNull());
        CHECK(t.coverImage.isNull());
    }
    CHECK(ids
          == QSet<QString>{u"corporate"_s,
                           u"editorial"_s,
                           u"playful"_s,
                           u"dark"_s,
                           u"minimal"_s,
                           u"high-contrast"_s});
    // "Clearly different": every two themes differ in at least three visible respects.
    for (qsizetype i = 0; i < themes.size(); ++i) {
        for (qsizetype j = i + 1; j < themes.size(); ++j) {
            const Theme &a = themes[i];
            const Theme &b = themes[j];
            const int differences
                = int(a.primary != b.primary) + int(a.background != b.background)
                  + int(a.surface != b.surface) + int(a.headingFont != b.headingFont)
                  + int(a.cornerRadius != b.cornerRadius) + int(a.density != b.density)
                  + int(a.header != b.header) + int(a.page != b.page);
            INFO(a.builtinId.toStdString() << " / " << b.builtinId.toStdString());
            CHECK(differences >= 3);
        }
    }
    bool found = true;
    CHECK(builtinTheme(u"nope"_s, &found) == Theme{});
    CHECK_FALSE(found);
    CHECK(themeDisplayName(u"nope"_s) == u"Custom"_s);
}

TEST_CASE("withIdentity keeps the course's logo, cover image and font", "[core][theme]")
{
    Theme current = everyField(AssetId(u"logo"_s), AssetId(u"cover"_s));
    const Theme dark = builtinTheme(u"dark"_s);
    const Theme applied = withIdentity(dark, current);
    CHECK(applied.logo == current.logo);
    CHECK(applied.coverImage == current.coverImage);
    CHECK(applied.fontFamily == current.fontFamily);
    CHECK(applied.primary == dark.primary);
    CHECK(applied.builtinId == u"dark"_s);
}

TEST_CASE("Fonts are system stacks; an installed font goes first, sanitised", "[core][theme]")
{
    CHECK(cssFontStack(ThemeFont::System).endsWith(u"sans-serif"_s));
    CHECK(cssFontStack(ThemeFont::Serif).endsWith(u", serif"_s));
    CHECK(cssFontStack(ThemeFont::Mono).endsWith(u", monospace"_s));
    Theme t;
    CHECK(cssBodyFont(t) == cssFontStack(ThemeFont::System));
    t.bodyFont = ThemeFont::Rounded;
    t.fontFamily = u"\"Fira Sans\", sans-serif"_s;
    CHECK(cssBodyFont(t) == u"\"Fira Sans\", "_s + cssFontStack(ThemeFont::Rounded));
    t.fontFamily = u"x\"; } body { color: red"_s; // cannot end the CSS value
    CHECK(cssBodyFont(t) == u"\"x body color red\", "_s + cssFontStack(ThemeFont::Rounded));
    for (int f = 0; f <= int(ThemeFont::Mono); ++f) {
        ThemeFont back = ThemeFont::System;
        CHECK(fromString(toString(ThemeFont(f)), back));
        CHECK(back == ThemeFont(f));
        CHECK_FALSE(fontDisplayName(ThemeFont(f)).isEmpty());
    }
}

TEST_CASE("WCAG contrast ratios", "[core][theme]")
{
    CHECK(contrastRatio(Qt::white, Qt::black) == Approx(21.0));
    CHECK(contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(contrastRatio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)) == Approx(1.0));
    CHECK(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) == Approx(4.48).epsilon(0.01));
    CHECK(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) == Approx(4.54).epsilon(0.01));
    CHECK(relativeLuminance(Qt::white) == Approx(1.0));
    CHECK(relativeLuminance(Qt::black) == Approx(0.0));
}

TEST_CASE("Every built-in theme passes WCAG AA for every text pair of the player", "[core][theme]")
{
    for (const Theme &t : builtinThemes()) {
        INFO(t.builtinId.toStdString());
        const QList<ContrastProblem> problems = contrastProblems(t);
        for (const ContrastProblem &p : problems)
            INFO(p.message().toStdString());
        CHECK(problems.isEmpty());
    }
    // High contrast keeps its derived texts at AAA.
    const ThemePalette hc = themePalette(builtinTheme(u"high-contrast"_s));
    CHECK(contrastRatio(hc.muted, hc.surface) >= 7.0);
    CHECK(contrastRatio(hc.muted, hc.bg) >= 7.0);
    CHECK(contrastRatio(hc.primaryText, hc.primarySoft) >= 7.0);
}

TEST_CASE("The palette keeps derived text readable whatever the author's colours", "[core][theme]")
{
    SECTION("corporate looks as before")
    {
        const ThemePalette p = themePalette(Theme{});
        CHECK_FALSE(p.dark);
        CHECK(p.primary == QColor(0x1f, 0x4e, 0x79));
        CHECK(p.primaryInk == QColor(Qt::white));
        CHECK(p.primaryText == p.primary); // dark enough already
        CHECK(p.bg == QColor(0xee, 0xf1, 0xf5));
        CHECK(p.headBg == p.primary);
        CHECK(p.headInk == p.primaryInk);
        // The orange accent fails with white (3.2:1): its ink is the theme's dark text.
        CHECK(p.accentInk == QColor(0x10, 0x18, 0x28));
    }
    SECTION("a light brand colour gets dark ink and a darkened text variant")
    {
        Theme t;
        t.builtinId.clear();
        t.primary = QColor(0xff, 0xd4, 0x00); // yellow: 1.4:1 on white
        const ThemePalette p = themePalette(t);
        CHECK(contrastRatio(p.primaryInk, p.primary) >= 4.5);
        CHECK(relativeLuminance(p.primaryInk) < 0.2);
        CHECK(contrastRatio(p.primaryText, p.surface) >= 4.5);
        CHECK(contrastRatio(p.primaryText, p.primarySoft) >= 4.5);
        CHECK(contrastProblems(t).isEmpty());
    }
    SECTION("a dark surface gives a dark palette")
    {
        const ThemePalette p = themePalette(builtinTheme(u"dark"_s));
        CHECK(p.dark);
        CHECK(relativeLuminance(p.okBg) < 0.2);
        CHECK(contrastRatio(p.ok, p.okBg) >= 4.5);
        CHECK(contrastRatio(p.bad, p.badBg) >= 4.5);
        CHECK(contrastRatio(p.warn, p.warnBg) >= 4.5);
    }
    SECTION("the header follows its style")
    {
        Theme t;
        t.header = ThemeHeader::Plain;
        const ThemePalette p = themePalette(t);
        CHECK(p.headBg == t.surface);
        CHECK(p.headInk == t.text);
    }
    SECTION("every colour reaches the player")
    {
        const auto vars = themePalette(Theme{}).cssVariables();
        QStringList names;
        for (const auto &[name, colour] : vars) {
            names.append(name);
            CHECK(colour.isValid());
        }
        for (const char *name :
             {"primary",      "primary-ink", "primary-strong", "primary-soft", "primary-line",
              "primary-text", "accent",      "accent-ink",     "bg",           "surface",
              "surface-2",    "line",        "line-strong",    "ink",          "ink-2",
              "muted",        "ok",          "ok-bg",          "ok-line",      "bad",
              "bad-bg",       "bad-line",    "warn",           "warn-bg",      "warn-line",
              "head-bg",      "head-ink",    "head-line"}) {
            INFO(name);
            CHECK(names.contains(QString::fromLatin1(name)));
        }
    }
}

TEST_CASE("A custom theme's unreadable pairs are listed with the measured ratio", "[core][theme]")
{
    Theme t;
    t.builtinId.clear();
    t.text = QColor(0x99, 0x99, 0x99);       // 2.8:1 on white
    t.background = QColor(0xcc, 0xcc, 0xcc); // 1.7:1 with that text
    const QList<ContrastProblem> problems = contrastProblems(t);
    REQUIRE_FALSE(problems.isEmpty());
    const auto card = std::find_if(problems.cbegin(), problems.cend(), [](const auto &p) {
        return p.pair == u"Text on the card"_s;
    });
    REQUIRE(card != problems.cend());
    CHECK(card->foreground == t.text);
    CHECK(card->background == t.surface);
    CHECK(card->ratio == Approx(2.8));
    CHECK(card->required == Approx(4.5));
    CHECK(card->message() == u"Text on the card: contrast 2.8:1, 4.5:1 needed"_s);
    const auto page = std::find_if(problems.cbegin(), problems.cend(), [](const auto &p) {
        return p.pair == u"Text on the page background"_s;
    });
    REQUIRE(page != problems.cend());
    CHECK(page->ratio == Approx(1.7));

    // The Validator warns (not errors) with the same message.
    const auto course = courseWith(t, {});
    const auto issues = Validator::check(*course);
    int warnings = 0;
    for (const auto &issue : issues) {
        if (issue.code == u"theme.contrast"_s) {
            ++warnings;
            CHECK(issue.severity == Validator::Severity::Warning);
            CHECK(issue.field == Validator::Field::Theme);
        }
    }
    CHECK(warnings == problems.size());
    CHECK(std::any_of(issues.cbegin(), issues.cend(), [](const auto &issue) {
        return issue.message == u"Text on the card: contrast 2.8:1, 4.5:1 needed"_s;
    }));
    for (const Theme &builtin : builtinThemes()) {
        const auto clean = Validator::check(*courseWith(builtin, {}));
        CHECK(std::none_of(clean.cbegin(), clean.cend(), [](const auto &issue) {
            return issue.code.startsWith(u"theme."_s);
        }));
    }
}

TEST_CASE("The Validator reports a missing cover image", "[core][theme]")
{
    Theme t;
    t.coverPage = true;
    t.coverImage = AssetId(QString(64, u'a'));
    const auto issues = Validator::check(*courseWith(t, {}));
    CHECK(std::any_of(issues.cbegin(), issues.cend(), [](const auto &issue) {
        return issue.code == u"asset.missing"_s && issue.field == Validator::Field::Theme
               && issue.message.contains(u"cover image"_s);
    }));
}

TEST_CASE("course.xml format 3 keeps every theme field", "[core][theme][file]")
{
    const MediaAsset logo = imageAsset(pngBytes(4, 2, Qt::red), u"logo.png"_s);
    const MediaAsset cover = imageAsset(pngBytes(8, 4, Qt::blue), u"hero.png"_s);
    QList<Theme> themes = builtinThemes();
    themes.append(everyField(logo.id, cover.id));
    for (const Theme &theme : themes) {
        INFO(theme.builtinId.toStdString());
        const auto course = courseWith(theme, {logo, cover});
        const QByteArray xml = CourseSerializer::toXml(*course);
        CHECK(xml.contains("formatVersion=\"5\""));
        const auto back = CourseSerializer::fromXml(xml, u"t.capsule"_s);
        REQUIRE(back.has_value());
        CHECK(back.value()->settings().theme == theme);
        CHECK(CourseSerializer::toXml(*back.value()) == xml);
    }
    const QByteArray xml
        = CourseSerializer::toXml(*courseWith(everyField(logo.id, cover.id), {logo, cover}));
    CHECK(xml.contains(
        "<theme primary=\"#005544\" accent=\"#992277\" background=\"#faf0e0\" "
        "surface=\"#fffefd\" text=\"#201000\" headingFont=\"slab\" bodyFont=\"humanist\" "
        "radius=\"24\" density=\"compact\" header=\"centered\" page=\"full-bleed\" "
        "cover=\"true\" coverImage=\""
        + cover.id.toString().toLatin1()
        + "\" sectionPages=\"true\" fontFamily=\"Fira Sans\" logo=\""
        + logo.id.toString().toLatin1() + "\" />"));
    // The default theme writes its name and colours only.
    CHECK(CourseSerializer::toXml(*courseWith(Theme{}, {}))
              .contains("<theme builtin=\"corporate\" primary=\"#1f4e79\" accent=\"#e07a1f\" "
                        "background=\"#eef1f5\" surface=\"#ffffff\" text=\"#101828\" />"));
}

TEST_CASE("A format 2 project opens unchanged, with today's look", "[core][theme][file]")
{
    const auto read = ProjectFile::read(testDataPath(u"format-2/theme-v2.capsule"_s));
    REQUIRE(read.has_value());
    const Course &course = *read.value();
    CHECK(course.metadata().title == u"Fire safety"_s);
    CHECK(course.settings().navigation == NavigationMode::Linear);
    CHECK(course.settings().completion == CompletionRule::AllSlidesViewedAndQuizPassed);
    CHECK(course.settings().passingScorePercent == 70);
    CHECK(course.settings().maxAttempts == 2);
    CHECK(course.slideCount() == 4);
    CHECK(course.banks().size() == 1);
    const Theme &t = course.settings().theme;
    CHECK(t.primary == QColor(0x7a, 0x1f, 0x2b));
    CHECK(t.accent == QColor(0x25, 0x63, 0xeb));
    CHECK(t.fontFamily == u"Fira Sans"_s);
    CHECK(t.logo.toString()
          == u"7486b831929347e96d38c84190a6cf9e23342f7afb8ffd6d4e48c9df17cc64e8"_s);
    CHECK(t.builtinId.isEmpty()); // its own colours: custom
    // Everything format 2 did not have keeps the look of that time.
    Theme expected;
    expected.builtinId.clear();
    expected.primary = t.primary;
    expected.accent = t.accent;
    expected.fontFamily = t.fontFamily;
    expected.logo = t.logo;
    CHECK(t == expected);

    // Saved again, it is format 3 and reads back the same.
    const QByteArray xml = CourseSerializer::toXml(course);
    CHECK(xml.contains("formatVersion=\"5\""));
    const auto again = CourseSerializer::fromXml(xml, u"again.capsule"_s);
    REQUIRE(again.has_value());
    CHECK(again.value()->settings() == course.settings());

    // A format 2 file with default colours is the corporate theme.
    const QByteArray v2
        = R"(<capsule xmlns="https://capsule.example/ns/course/1" formatVersion="2" id="c">
  <metadata><title>T</title></metadata>
  <settings><theme primary="#1f4e79" /></settings>
  <media />
</capsule>)";
    const auto plain = CourseSerializer::fromXml(v2, u"v2.capsule"_s);
    REQUIRE(plain.has_value());
    CHECK(plain.value()->settings().theme == Theme{});
}

TEST_CASE("course.xml refuses malformed theme values with exact messages", "[core][theme][file]")
{
    const QByteArray head
        = R"(<capsule xmlns="https://capsule.example/ns/course/1" formatVersion="3" id="c">
  <metadata><title>T</title></metadata>
  <settings>
    )";
    const QByteArray tail = R"(
  </settings>
  <media />
</capsule>)";
    struct Case
    {
        const char *theme;
        ErrorCode code;
        const char *message;
    };
    const Case cases[] = {
        {R"(<theme surface="white" />)",
         ErrorCode::InvalidContent,
         R"(t.capsule: course.xml, line 4: attribute "surface" of <theme> is not a colour of the form #rrggbb: "white".)"},
        {R"(<theme radius="25" />)",
         ErrorCode::InvalidContent,
         R"(t.capsule: course.xml, line 4: attribute "radius" of <theme> is out of range: 25 is not between 0 and 24.)"},
        {R"(<theme radius="big" />)",
         ErrorCode::InvalidContent,
         R"(t.capsule: course.xml, line 4: attribute "radius" of <theme> is not an integer: "big".)"},
        {R"(<theme density="airy" />)",
         ErrorCode::InvalidContent,
         R"(t.capsule: course.xml, line 4: attribute "density" of <theme> has an unknown value "airy".)"},
        {R"(<theme header="top" />)",
         ErrorCode::InvalidContent,
         R"(t.capsule: course.xml, line 4: attribute "header" of <theme> has an unknown value "top".)"},
        {R"(<theme page="wide" />)",
         ErrorCode::InvalidContent,
         R"(t.capsule: course.xml, line 4: attribute "page" of <theme> has an unknown value "wide".)"},
        {R"(<theme headingFont="Comic Sans" />)",
         ErrorCode::InvalidContent,
         R"(t.capsule: course.xml, line 4: attribute "headingFont" of <theme> has an unknown value "Comic Sans".)"},
        {R"(<theme cover="yes" />)",
         ErrorCode::InvalidContent,
         R"(t.capsule: course.xml, line 4: attribute "cover" of <theme> must be "true" or "false", not "yes".)"},
        {R"(<theme coverImage="ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff" />)",
         ErrorCode::MissingAsset,
         "t.capsule: course.xml, line 4: <theme> refers to the media "
         "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff, which is not listed "
         "in <media>."},
        {R"(<theme shadow="none" />)",
         ErrorCode::InvalidContent,
         R"(t.capsule: course.xml, line 4: <theme> has an unknown attribute "shadow".)"},
        {"<theme>\n      <font/>\n    </theme>",
         ErrorCode::InvalidContent,
         R"(t.capsule: course.xml, line 5: <font> is not allowed in <theme>.)"},
    };
    for (const Case &c : cases) {
        INFO(c.theme);
        const auto result = CourseSerializer::fromXml(head + c.theme + tail, u"t.capsule"_s);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == c.code);
        CHECK(result.error().message == QString::fromUtf8(c.message));
    }
    // Format 3 attributes in a format 2 file: the strict reader refuses them.
    QByteArray v2 = head + R"(<theme density="compact" />)" + tail;
    v2.replace("formatVersion=\"3\"", "formatVersion=\"2\"");
    const auto old = CourseSerializer::fromXml(v2, u"t.capsule"_s);
    REQUIRE_FALSE(old.has_value());
    CHECK(old.error().message
          == uR"(t.capsule: course.xml, line 4: <theme> has an unknown attribute "density".)"_s);
}

TEST_CASE("A theme file carries the theme, its logo and cover image", "[core][theme][themefile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const MediaAsset logo = imageAsset(pngBytes(4, 2, Qt::red), u"logo.png"_s);
    const MediaAsset cover = imageAsset(pngBytes(8, 4, Qt::blue), u"hero.png"_s);
    const MediaAsset other = imageAsset(pngBytes(3, 3, Qt::green), u"other.png"_s);
    const Theme theme = everyField(logo.id, cover.id);
    const auto source = courseWith(theme, {logo, cover, other});
    const QString path = dir.filePath(u"brand.capsuletheme"_s);
    REQUIRE(ThemeFile::suffix() == u".capsuletheme"_s);
    const Result<void> written = ThemeFile::write(theme, *source, path);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.has_value());

    const Result<ThemeFile> read = ThemeFile::read(path);
    INFO((read ? QString() : read.error().message).toStdString());
    REQUIRE(read.has_value());
    CHECK(read->theme == theme);
    REQUIRE(read->assets.size() == 2);
    for (const MediaAsset &asset : read->assets) {
        CHECK((asset.id == logo.id || asset.id == cover.id));
        CHECK(asset.source.kind == AssetSource::Kind::Memory);
        CHECK(Sha256::hex(asset.source.data) == asset.id.toString());
        CHECK(asset.fileName == (asset.id == logo.id ? u"logo.png"_s : u"hero.png"_s));
        CHECK(asset.isImage());
    }

    SECTION("applied to another course as one undoable step, media deduplicated")
    {
        auto target = courseWith(builtinTheme(u"playful"_s), {logo}); // already has the logo
        Document doc(std::move(target));
        const CourseSettings before = doc.course().settings();
        doc.push(std::make_unique<ApplyTheme>(&doc, read.value()));
        CHECK(doc.undoStack()->count() == 1);
        CHECK(doc.course().settings().theme == theme);
        CHECK(doc.course().assets().size() == 2); // the logo once, the cover added
        CHECK(doc.course().asset(cover.id));
        doc.undoStack()->undo();
        CHECK(doc.course().settings() == before);
        CHECK(doc.course().assets().size() == 1);
        CHECK(doc.course().asset(logo.id)); // the course's own logo stays
        doc.undoStack()->redo();
        CHECK(doc.course().settings().theme == theme);

        // Applying the same theme again changes nothing and adds no history.
        doc.push(std::make_unique<ApplyTheme>(&doc, read.value()));
        CHECK(doc.undoStack()->count() == 1);
        doc.push(std::make_unique<ApplyTheme>(&doc, builtinTheme(u"dark"_s)));
        CHECK(doc.undoStack()->count() == 2);
        CHECK(doc.course().settings().theme.builtinId == u"dark"_s);
        CHECK(doc.course().settings().navigation == before.navigation);
    }
    SECTION("a theme without images is a theme.xml alone")
    {
        const QString plain = dir.filePath(u"plain.capsuletheme"_s);
        REQUIRE(ThemeFile::write(builtinTheme(u"minimal"_s), *source, plain).has_value());
        const auto back = ThemeFile::read(plain);
        REQUIRE(back.has_value());
        CHECK(back->theme == builtinTheme(u"minimal"_s));
        CHECK(back->assets.empty());
    }
    SECTION("writing refuses a theme whose logo is not in the course")
    {
        const auto empty = courseWith(theme, {});
        const auto failed = ThemeFile::write(theme, *empty, dir.filePath(u"x.capsuletheme"_s));
        REQUIRE_FALSE(failed.has_value());
        CHECK(failed.error().code == ErrorCode::MissingAsset);
        CHECK(
            failed.error().message.startsWith(u"x.capsuletheme: the theme refers to the media "_s));
    }
}

TEST_CASE("Theme files are read strictly, with messages naming the file and the place",
          "[core][theme][themefile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"bad.capsuletheme"_s);
    const QByteArray logo = pngBytes(4, 2, Qt::red);
    const QByteArray logoName = "media/" + Sha256::hex(logo).toLatin1() + ".png";
    const auto themeXml = [&](const QByteArray &themeAttributes, const QByteArray &media) {
        return R"(<?xml version="1.0" encoding="UTF-8"?>
<capsuleTheme xmlns="https://capsule.example/ns/course/1" formatVersion="3">
  <theme )" + themeAttributes
               + R"( />
  <media>)" + media
               + R"(</media>
</capsuleTheme>
)";
    };
    const QByteArray logoAsset = "<asset id=\"" + Sha256::hex(logo).toLatin1()
                                 + "\" fileName=\"logo.png\" mimeType=\"image/png\" byteSize=\""
                                 + QByteArray::number(logo.size()) + "\" />";
    const QByteArray logoRef = "logo=\"" + Sha256::hex(logo).toLatin1() + "\"";

    // The good file reads.
    HostileZip::write(
        path,
        HostileZip::build({HostileZip::deflated("theme.xml", themeXml(logoRef, logoAsset)),
                           HostileZip::stored(logoName, logo)}));
    {
        const auto good = ThemeFile::read(path);
        INFO((good ? QString() : good.error().message).toStdString());
        REQUIRE(good.has_value());
        CHECK(good->theme.logo.toString() == Sha256::hex(logo));
    }

    struct Case
    {
        const char *what;
        QByteArray bytes;
        ErrorCode code;
        QString message;
    };
    QByteArray damaged = logo;
    damaged[damaged.size() - 1] = char(damaged[damaged.size() - 1] ^ 0x01);
    const std::vector<Case> cases = {
        {"not a zip",
         "hello",
         ErrorCode::NotAZip,
         u"bad.capsuletheme is not a Capsule theme: the file is damaged or is not a zip archive."_s},
        {"no theme.xml",
         HostileZip::build({HostileZip::stored("course.xml", "<capsule/>")}),
         ErrorCode::MissingEntry,
         u"bad.capsuletheme is not a Capsule theme: it has no theme.xml."_s},
        {"bad colour",
         HostileZip::build({HostileZip::deflated("theme.xml", themeXml("accent=\"orange\"", ""))}),
         ErrorCode::InvalidContent,
         uR"(bad.capsuletheme: theme.xml, line 3: attribute "accent" of <theme> is not a colour of the form #rrggbb: "orange".)"_s},
        {"not a theme",
         HostileZip::build({HostileZip::deflated(
             "theme.xml",
             "<capsule xmlns=\"https://capsule.example/ns/course/1\" formatVersion=\"3\" />")}),
         ErrorCode::InvalidContent,
         uR"(bad.capsuletheme: theme.xml, line 1: the root element is <capsule>, not <capsuleTheme>: this is not a Capsule theme.)"_s},
        {"newer",
         HostileZip::build(
             {HostileZip::deflated("theme.xml",
                                   "<capsuleTheme xmlns=\"https://capsule.example/ns/course/1\" "
                                   "formatVersion=\"9\"><theme/></capsuleTheme>")}),
         ErrorCode::NewerFormat,
         u"bad.capsuletheme was saved by a newer version of Capsule (format 9); this version reads format 5."_s},
        {"logo not listed",
         HostileZip::build({HostileZip::deflated("theme.xml", themeXml(logoRef, ""))}),
         ErrorCode::MissingAsset,
         u"bad.capsuletheme: theme.xml, line 3: <theme> refers to the media "_s + Sha256::hex(logo)
             + u", which is not listed in <media>."_s},
        {"media entry missing",
         HostileZip::build({HostileZip::deflated("theme.xml", themeXml(logoRef, logoAsset))}),
         ErrorCode::MissingAsset,
         u"bad.capsuletheme: the media "_s + QString::fromLatin1(logoName)
             + u" listed in theme.xml is missing."_s},
        {"media not used",
         HostileZip::build({HostileZip::deflated("theme.xml", themeXml("", logoAsset)),
                            HostileZip::stored(logoName, logo)}),
         ErrorCode::InvalidContent,
         u"bad.capsuletheme: theme.xml lists the media "_s + QString::fromLatin1(logoName)
             + u", which the theme does not use."_s},
        {"damaged media",
         HostileZip::build({HostileZip::deflated("theme.xml", themeXml(logoRef, logoAsset)),
                            HostileZip::stored(logoName, damaged)}),
         ErrorCode::HashMismatch,
         u"bad.capsuletheme: the bytes of the media "_s + QString::fromLatin1(logoName)
             + u" do not match its name (the file is damaged)."_s},
        {"extra entry",
         HostileZip::build({HostileZip::deflated("theme.xml", themeXml(logoRef, logoAsset)),
                            HostileZip::stored(logoName, logo),
                            HostileZip::stored("readme.txt", "hi")}),
         ErrorCode::InvalidContent,
         uR"(bad.capsuletheme: unexpected entry "readme.txt"; a theme file holds theme.xml and the media it lists, nothing else.)"_s},
        {"huge theme.xml",
         HostileZip::build({HostileZip::deflated(
             "theme.xml", themeXml("", "") + QByteArray(ThemeFile::maxXmlBytes, ' '))}),
         ErrorCode::InvalidContent,
         u"bad.capsuletheme: theme.xml is too large ("_s},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        HostileZip::write(path, c.bytes);
        const auto result = ThemeFile::read(path);
        REQUIRE_FALSE(result.has_value());
        INFO(result.error().message.toStdString());
        CHECK(result.error().code == c.code);
        if (c.message.endsWith(u'('))
            CHECK(result.error().message.startsWith(c.message));
        else
            CHECK(result.error().message == c.message);
    }
}
