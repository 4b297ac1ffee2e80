// SPDX-License-Identifier: MIT
#include "CourseFixtures.h"
#include "TestSupport.h"
#include "core/CourseFragment.h"
#include "core/Document.h"
#include "core/ProjectFile.h"
#include "core/Validator.h"
#include "core/commands/PasteFragment.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Core;

namespace {

const QByteArray pngBytes = QByteArray("\x89PNG\r\n\x1a\nfake picture bytes", 26);
const QByteArray jpegBytes = QByteArray("\xff\xd8\xff\xe0 another picture", 20);

ContentBlock block(ContentBlock::Type type, const QString &text = {});

/** A: a1 (image + button to a2), a2 (image twice, gallery), a3 (button to b1); B: b1. */
std::unique_ptr<Course> makeSource()
{
    auto course = makeCourse({u"A:a1,a2,a3"_s, u"B:b1"_s});
    course->metadata().language = u"fr"_s;
    const MediaAsset png = makeAsset(pngBytes, u"photo.png"_s, u"image/png"_s);
    const MediaAsset jpeg = makeAsset(jpegBytes, u"carte.jpg"_s, u"image/jpeg"_s);
    course->assets().emplace(png.id, png);
    course->assets().emplace(jpeg.id, jpeg);
    auto &a = course->sections()[0]->slides;
    ContentBlock image = block(ContentBlock::Type::Image);
    image.image = png.id;
    image.altText = u"Une photo"_s;
    ContentBlock toA2 = block(ContentBlock::Type::Button, u"Suite"_s);
    toA2.targetSlide = a[1]->id;
    std::get<ContentBody>(a[0]->body).blocks = {image, toA2};
    ContentBlock gallery = block(ContentBlock::Type::Gallery);
    BlockItem card;
    card.title = u"Carte"_s;
    card.image = jpeg.id;
    card.altText = u"Une carte"_s;
    gallery.items = {card};
    std::get<ContentBody>(a[1]->body).blocks = {image, gallery};
    ContentBlock toB1 = block(ContentBlock::Type::Button, u"Voir B"_s);
    toB1.targetSlide = course->sections()[1]->slides[0]->id;
    ContentBlock text = block(ContentBlock::Type::RichText, u"<p>Bonjour <b>à tous</b></p>"_s);
    std::get<ContentBody>(a[2]->body).blocks = {text, toB1};
    return course;
}

ContentBlock block(ContentBlock::Type type, const QString &text)
{
    ContentBlock b;
    b.type = type;
    b.text = text;
    return b;
}

CourseFragment roundTrip(const CourseFragment &fragment)
{
    auto bytes = fragment.toBytes();
    REQUIRE(bytes);
    auto read = CourseFragment::fromBytes(*bytes, u"The clipboard"_s);
    REQUIRE(read);
    CHECK(read->toBytes().value() == *bytes); // deterministic
    return std::move(*read);
}

QString errorOf(const QByteArray &bytes)
{
    auto read = CourseFragment::fromBytes(bytes, u"The clipboard"_s);
    REQUIRE_FALSE(read);
    return read.error().message;
}

} // namespace

TEST_CASE("A slide fragment round-trips with its media", "[core][fragment]")
{
    const auto source = makeSource();
    const auto &a = source->sections()[0]->slides;
    auto fragment = CourseFragment::fromSlides(*source, {a[1]->id, a[0]->id});
    REQUIRE(fragment);
    const CourseFragment read = roundTrip(*fragment);
    CHECK(read.kind() == CourseFragment::Kind::Slides);
    CHECK(read.language() == u"fr"_s);
    REQUIRE(read.slides().size() == 2);
    CHECK(read.slides()[0]->title == u"a2"_s); // the order given
    CHECK(*read.slides()[1] == *a[0]);
    REQUIRE(read.course().assets().size() == 2);
    for (const auto &[id, asset] : read.course().assets())
        CHECK(asset.source.data == (asset.fileName == u"photo.png"_s ? pngBytes : jpegBytes));
    CHECK(read.toPlainText() == u"a2\n\nCarte\n\na1\n\nSuite"_s);
}

TEST_CASE("Section and block fragments round-trip", "[core][fragment]")
{
    const auto source = makeSource();
    SECTION("sections")
    {
        auto fragment = CourseFragment::fromSections(*source, {source->sections()[1]->id});
        REQUIRE(fragment);
        const CourseFragment read = roundTrip(*fragment);
        CHECK(read.kind() == CourseFragment::Kind::Sections);
        REQUIRE(read.course().sections().size() == 1);
        CHECK(read.course().sections()[0]->title == u"B"_s);
        CHECK(read.course().assets().empty()); // only the media used travel
    }
    SECTION("blocks, in slide order whatever the order given")
    {
        const SlideId a3 = source->sections()[0]->slides[2]->id;
        auto fragment = CourseFragment::fromBlocks(*source, a3, {1, 0, 7});
        REQUIRE(fragment);
        const CourseFragment read = roundTrip(*fragment);
        CHECK(read.kind() == CourseFragment::Kind::Blocks);
        REQUIRE(read.blocks().size() == 2);
        CHECK(read.blocks()[0].type == ContentBlock::Type::RichText);
        CHECK(read.toHtml()
              == u"<p>Bonjour <strong>à tous</strong></p><p><strong>Voir B</strong></p>"_s);
    }
    SECTION("nothing selected")
    {
        auto none = CourseFragment::fromSlides(*source, {SlideId(u"nope"_s)});
        REQUIRE_FALSE(none);
        CHECK(none.error().message == u"No slide is selected."_s);
    }
}

TEST_CASE("Pasting slides gives new ids, remaps links and reuses media", "[core][fragment]")
{
    const auto source = makeSource();
    const auto &a = source->sections()[0]->slides;
    const CourseFragment fragment
        = roundTrip(CourseFragment::fromSlides(*source, {a[0]->id, a[1]->id, a[2]->id}).value());

    // The target already has the PNG (same bytes, another name): it is reused.
    auto targetCourse = makeCourse({u"X:x1"_s});
    const MediaAsset png = makeAsset(pngBytes, u"autre-nom.png"_s, u"image/png"_s);
    targetCourse->assets().emplace(png.id, png);
    Document doc(std::move(targetCourse));
    auto paste = std::make_unique<PasteFragment>(
        &doc, fragment, PasteTarget{SectionId(u"sec-X"_s), 1, {}});
    REQUIRE(paste->isValid());
    CHECK(paste->reusedAssets() == 1);
    CHECK(paste->notes()
          == QStringList{u"A button went to a slide that is not in this course; its link was "
                         "removed."_s});
    CHECK(paste->text() == u"Paste 3 slides"_s);
    const std::vector<SlideId> pasted = paste->pastedSlides();
    checkRedoUndoRoundTrip(doc, std::move(paste));
    CHECK(doc.undoStack()->count() == 1); // one step

    CHECK(slideTitles(doc) == QStringList{u"x1"_s, u"a1"_s, u"a2"_s, u"a3"_s});
    const Course &course = doc.course();
    CHECK(course.assets().size() == 2);
    CHECK(course.asset(png.id)->fileName == u"autre-nom.png"_s); // the existing one is kept
    const Slide *a1 = course.slide(pasted[0]);
    REQUIRE(a1);
    CHECK(a1->id != a[0]->id);
    const auto &blocks = std::get<ContentBody>(a1->body).blocks;
    CHECK(blocks[1].targetSlide == pasted[1]); // remapped to the pasted copy of a2
    CHECK(std::get<ContentBody>(course.slide(pasted[2])->body).blocks[1].targetSlide.isNull());

    SECTION("survives save and reopen")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"target.capsule"_s);
        REQUIRE(ProjectFile::write(course, path));
        auto reopened = ProjectFile::read(path);
        REQUIRE(reopened);
        CHECK(**reopened == course);
    }
    SECTION("pasting again in the source course keeps its links")
    {
        Document same(source->clone());
        auto again = std::make_unique<PasteFragment>(
            &same, fragment, PasteTarget{source->sections()[1]->id, 1, {}});
        CHECK(again->notes().isEmpty());
        CHECK(again->reusedAssets() == 2);
        const std::vector<SlideId> ids = again->pastedSlides();
        same.push(std::move(again));
        CHECK(same.course().slideCount() == 7);
        CHECK(std::get<ContentBody>(same.course().slide(ids[2])->body).blocks[1].targetSlide
              == source->sections()[1]->slides[0]->id);
    }
}

TEST_CASE("Pasting sections and blocks is one undoable step", "[core][fragment]")
{
    const auto source = makeSource();
    Document doc(makeCourse({u"X:x1"_s}));
    SECTION("sections")
    {
        const CourseFragment fragment
            = roundTrip(CourseFragment::fromSections(*source, {source->sections()[0]->id}).value());
        auto paste = std::make_unique<PasteFragment>(&doc, fragment, PasteTarget{{}, 0, {}});
        CHECK(paste->text() == u"Paste section “A”"_s);
        checkRedoUndoRoundTrip(doc, std::move(paste));
        CHECK(sectionTitles(doc) == QStringList{u"A"_s, u"X"_s});
        CHECK(doc.course().sections()[0]->id != source->sections()[0]->id);
        CHECK(doc.course().assets().size() == 2);
    }
    SECTION("blocks")
    {
        const SlideId a1 = source->sections()[0]->slides[0]->id;
        const CourseFragment fragment
            = roundTrip(CourseFragment::fromBlocks(*source, a1, {0, 1}).value());
        auto paste = std::make_unique<PasteFragment>(
            &doc, fragment, PasteTarget{{}, 0, SlideId(u"slide-x1"_s)});
        CHECK(paste->notes().size() == 1); // the button went to a2, not in this course
        checkRedoUndoRoundTrip(doc, std::move(paste));
        const auto &blocks
            = std::get<ContentBody>(doc.course().slide(SlideId(u"slide-x1"_s))->body).blocks;
        REQUIRE(blocks.size() == 2);
        CHECK(blocks[0].type == ContentBlock::Type::Image);
        CHECK(doc.course().asset(blocks[0].image));
        doc.undoStack()->undo();
        CHECK(doc.course().assets().empty());
    }
    SECTION("blocks into a slide that is not content")
    {
        const SlideId a1 = source->sections()[0]->slides[0]->id;
        const CourseFragment fragment = CourseFragment::fromBlocks(*source, a1, {0}).value();
        PasteFragment paste(&doc, fragment, PasteTarget{{}, 0, SlideId(u"unknown"_s)});
        CHECK_FALSE(paste.isValid());
    }
}

TEST_CASE("Oversized selections and fragments are refused with a clear message", "[core][fragment]")
{
    auto course = makeCourse({u"A:a1"_s});
    MediaAsset big = makeAsset(QByteArray(1, 'x'), u"film.mp4"_s, u"video/mp4"_s);
    big.byteSize = CourseFragment::maxMediaBytes + 1; // the size is checked before reading
    course->assets().emplace(big.id, big);
    ContentBlock video = block(ContentBlock::Type::Video);
    video.media.video = big.id;
    std::get<ContentBody>(course->sections()[0]->slides[0]->body).blocks = {video};
    auto fragment = CourseFragment::fromSlides(*course, {SlideId(u"slide-a1"_s)});
    REQUIRE_FALSE(fragment);
    CHECK(fragment.error().message
          == u"The selection uses 36.0 MB of media; at most 36.0 MB can be copied at once. Copy "
             "fewer slides, or slides with smaller media."_s);

    const QByteArray huge(CourseFragment::maxBytes + 1, ' ');
    CHECK(errorOf(huge)
          == u"The clipboard: the Capsule fragment takes 48.0 MB, more than the 48.0 MB Capsule "
             "reads; it was not read."_s);
}

TEST_CASE("Malformed fragments are refused with exact messages", "[core][fragment]")
{
    const auto source = makeSource();
    const SlideId a1 = source->sections()[0]->slides[0]->id;
    const SlideId a2 = source->sections()[0]->slides[1]->id;
    const QByteArray good = CourseFragment::fromSlides(*source, {a1, a2}).value().toBytes().value();
    const QByteArray head = "<fragment xmlns=\"https://capsule.example/ns/fragment/1\" ";

    CHECK(
        errorOf("")
        == u"The clipboard: not a Capsule fragment: the XML is not well-formed (line 1: No document element found)."_s);
    CHECK(
        errorOf("<html/>")
        == u"The clipboard: not a Capsule fragment (the root element must be <fragment xmlns=\"https://capsule.example/ns/fragment/1\">)."_s);
    CHECK(
        errorOf(head + "formatVersion=\"9\" kind=\"slides\"/>")
        == u"The clipboard: the Capsule fragment comes from a newer version of Capsule (fragment format 9); this version reads format 1."_s);
    CHECK(
        errorOf(head + "formatVersion=\"x\" kind=\"slides\"/>")
        == u"The clipboard: Capsule fragment, line 1: <fragment> has no valid \"formatVersion\" (\"x\")."_s);
    CHECK(
        errorOf(head + "formatVersion=\"1\" kind=\"pages\"/>")
        == u"The clipboard: Capsule fragment, line 1: <fragment> has an unknown kind \"pages\" (slides, sections or blocks)."_s);
    CHECK(
        errorOf(head + "formatVersion=\"1\" kind=\"slides\" evil=\"1\"/>")
        == u"The clipboard: Capsule fragment, line 1: <fragment> has an unknown attribute \"evil\"."_s);
    CHECK(
        errorOf(head + "formatVersion=\"1\" kind=\"slides\"/>")
        == u"The clipboard: Capsule fragment, line 1: <fragment> lacks the required element <course>."_s);
    CHECK(errorOf(head + "formatVersion=\"1\" kind=\"slides\">\n<script/></fragment>")
          == u"The clipboard: Capsule fragment, line 2: <script> is not allowed in <fragment>."_s);
    CHECK(
        errorOf("<!DOCTYPE x [<!ENTITY a \"b\">]>" + head + "formatVersion=\"1\" kind=\"slides\"/>")
        == u"The clipboard: a Capsule fragment has no DOCTYPE (line 1)."_s);
    CHECK(errorOf(
              head
              + "formatVersion=\"1\" kind=\"slides\"><course>&lt;capsule/&gt;</course></fragment>")
              .startsWith(u"The clipboard: course.xml, line 1: "_s));

    SECTION("damaged media bytes")
    {
        QByteArray bad = good;
        const qsizetype at = bad.indexOf("<file id=");
        REQUIRE(at > 0);
        const qsizetype text = bad.indexOf('>', at) + 1;
        bad[text] = bad[text] == 'A' ? 'B' : 'A';
        CHECK(errorOf(bad).contains(
            u"in the Capsule fragment are damaged (their size or SHA-256 does not match)."_s));
        bad[text] = '*';
        CHECK(errorOf(bad).endsWith(u"are not valid base64."_s));
    }
    SECTION("a medium without its bytes")
    {
        QByteArray bad = good;
        const qsizetype at = bad.indexOf("<file id=");
        bad.remove(at, bad.indexOf("</file>", at) + 7 - at);
        CHECK(errorOf(bad).contains(u"but does not hold its bytes."_s));
    }
    SECTION("a part that does not match its kind")
    {
        QByteArray bad = good;
        bad.replace("kind=\"slides\"", "kind=\"blocks\"");
        CHECK(errorOf(bad).endsWith(
            u"the course part does not hold what a \"blocks\" fragment holds (see the file format documentation)."_s));
    }
}

TEST_CASE("The fuzz seeds of the fragment reader are valid fragments", "[core][fragment]")
{
    const QDir dir(QStringLiteral(CAPSULE_SOURCE_DIR "/tests/fuzz/corpus/fragment"));
    const QStringList seeds = dir.entryList(QDir::Files);
    REQUIRE(seeds.size() >= 3);
    for (const QString &seed : seeds) {
        QFile file(dir.filePath(seed));
        REQUIRE(file.open(QIODevice::ReadOnly));
        auto read = CourseFragment::fromBytes(file.readAll(), seed);
        INFO(seed.toStdString() << ": "
                                << (read ? std::string() : read.error().message.toStdString()));
        CHECK(read);
    }
}

TEST_CASE("The built-in slide templates load, validate and make fragments", "[core][fragment]")
{
    for (const QString &language : {u"fr"_s, u"en"_s}) {
        INFO(language.toStdString());
        auto course = ProjectFile::readFolder(u":/templates/slides/"_s + language);
        REQUIRE(course);
        CHECK((*course)->metadata().language == language);
        CHECK((*course)->sections().size() == 13);
        // Templates are starting points: their slides must not draw errors.
        for (const Validator::Issue &issue : Validator::check(**course)) {
            INFO((issue.code + u": "_s + issue.location + u": "_s + issue.message).toStdString());
            CHECK(issue.severity != Validator::Severity::Error);
        }
        for (const auto &section : (*course)->sections()) {
            auto fragment = CourseFragment::fromSlides(**course, {section->slides[0]->id});
            REQUIRE(fragment);
            CHECK(roundTrip(*fragment).slides().size() == 1);
        }
    }
}
