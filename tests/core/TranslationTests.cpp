// SPDX-License-Identifier: MIT
// One course in several languages (issue #13): block ids, the text walker, states, progress,
// translatedCourse() and the language and translation commands.
#include "CourseFixtures.h"
#include "TestSupport.h"
#include "core/CourseSerializer.h"
#include "core/Translation.h"
#include "core/commands/AddLanguage.h"
#include "core/commands/MoveSlide.h"
#include "core/commands/RemoveAsset.h"
#include "core/commands/RemoveLanguage.h"
#include "core/commands/SetSlideBody.h"
#include "core/commands/SetSourceLanguage.h"
#include "core/commands/SetTranslations.h"

#include <QSignalSpy>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Core;

namespace {

/** Two sections: a content slide with a heading and tabs, then a question. */
std::unique_ptr<Course> makeTranslatable()
{
    auto course = std::make_unique<Course>();
    course->setId(CourseId(u"c"_s));
    course->metadata().title = u"Sécurité"_s;
    course->metadata().language = u"fr"_s;
    auto one = std::make_unique<Section>();
    one->id = SectionId(u"s1"_s);
    one->title = u"Incendie"_s;
    Slide content;
    content.id = SlideId(u"A"_s);
    content.title = u"Alarme"_s;
    ContentBody body;
    ContentBlock heading;
    heading.type = ContentBlock::Type::Heading;
    heading.text = u"Que faire ?"_s;
    ContentBlock tabs;
    tabs.type = ContentBlock::Type::Tabs;
    tabs.items.resize(2);
    tabs.items[0].title = u"Avant"_s;
    tabs.items[1].title = u"Après"_s;
    tabs.items[1].text = u"<p>Sortir</p>"_s;
    body.blocks = {heading, tabs};
    content.body = body;
    one->slides.push_back(std::make_unique<Slide>(content));
    auto two = std::make_unique<Section>();
    two->id = SectionId(u"s2"_s);
    two->title = u"Quiz"_s;
    Slide question;
    question.id = SlideId(u"Q"_s);
    question.title = u"Question"_s;
    Question q;
    q.prompt = u"<p>Où aller ?</p>"_s;
    q.choices = {{u"c1"_s, u"Dehors"_s, true, u"Oui"_s}, {u"c2"_s, u"Ascenseur"_s, false, {}}};
    question.body = QuestionBody{q};
    two->slides.push_back(std::make_unique<Slide>(question));
    course->sections().push_back(std::move(one));
    course->sections().push_back(std::move(two));
    assignBlockIds(*course);
    return course;
}

QStringList unitIds(const Course &course)
{
    QStringList ids;
    for (const TextField &field : textFields(course))
        ids.append(field.unitId);
    return ids;
}

Translation
translate(const Course &course, const QString &unitId, const QString &text, bool approved = false)
{
    for (const TextField &field : textFields(course)) {
        if (field.unitId == unitId)
            return {text, sourceHash(field.source), approved};
    }
    FAIL("no unit " << unitId.toStdString());
    return {};
}

} // namespace

TEST_CASE("Blocks and items get short ids unique in their slide and block", "[core][translation]")
{
    ContentBody body;
    body.blocks.resize(3);
    body.blocks[1].id = u"b7"_s;
    body.blocks[2].id = u"b7"_s; // a duplicate: the later one gets a fresh id
    body.blocks[0].items.resize(2);
    CHECK(assignBlockIds(body));
    CHECK(body.blocks[0].id == u"b8"_s);
    CHECK(body.blocks[1].id == u"b7"_s);
    CHECK(body.blocks[2].id == u"b9"_s);
    CHECK(body.blocks[0].items[0].id == u"i1"_s);
    CHECK(body.blocks[0].items[1].id == u"i2"_s);
    CHECK_FALSE(assignBlockIds(body));

    SECTION("ids of an earlier version are not handed out again")
    {
        ContentBody next = body;
        next.blocks.pop_back();                // b9 deleted...
        next.blocks.push_back(ContentBlock{}); // ...and a block added in the same step
        assignBlockIds(next, &body);
        CHECK(next.blocks.back().id == u"b10"_s);
    }
    SECTION("a document gives ids to blocks edited or inserted without one")
    {
        auto course = makeCourse({u"S:A"_s});
        Document doc(std::move(course));
        const SlideId id = doc.course().sections()[0]->slides[0]->id;
        ContentBody edited;
        edited.blocks.resize(2);
        doc.push(std::make_unique<SetSlideBody>(&doc, id, edited, u"Add"_s));
        const auto &blocks = std::get<ContentBody>(doc.course().slide(id)->body).blocks;
        CHECK(blocks[0].id == u"b1"_s);
        CHECK(blocks[1].id == u"b2"_s);
        doc.undoStack()->undo();
        doc.undoStack()->redo();
        CHECK(std::get<ContentBody>(doc.course().slide(id)->body).blocks[1].id == u"b2"_s);
    }
}

TEST_CASE("textFields lists every learner-visible text with a stable unit id",
          "[core][translation]")
{
    const auto course = makeTranslatable();
    CHECK(unitIds(*course)
          == QStringList{u"course/title"_s,
                         u"section/s1/title"_s,
                         u"slide/A/title"_s,
                         u"slide/A/block/b1/text"_s,
                         u"slide/A/block/b2/item/i1/title"_s,
                         u"slide/A/block/b2/item/i2/title"_s,
                         u"slide/A/block/b2/item/i2/text"_s,
                         u"section/s2/title"_s,
                         u"slide/Q/title"_s,
                         u"slide/Q/prompt"_s,
                         u"slide/Q/choice/c1/text"_s,
                         u"slide/Q/choice/c1/feedback"_s,
                         u"slide/Q/choice/c2/text"_s});
    const auto fields = textFields(*course);
    const auto field = [&](const QString &unit) {
        return *std::find_if(
            fields.begin(), fields.end(), [&](const TextField &f) { return f.unitId == unit; });
    };
    CHECK(field(u"slide/A/block/b2/item/i2/text"_s).format == TextFormat::Html);
    CHECK(field(u"slide/A/block/b2/item/i2/text"_s).slide == SlideId(u"A"_s));
    CHECK(field(u"slide/A/block/b2/item/i2/text"_s).context.contains(u"Incendie › Alarme"_s));
    CHECK(field(u"slide/A/block/b1/text"_s).role == TextRole::Heading);
    CHECK(field(u"section/s1/title"_s).slide.isNull());
    CHECK(field(u"slide/Q/choice/c1/feedback"_s).role == TextRole::ChoiceFeedback);

    SECTION("unit ids survive save, reload and moves")
    {
        auto reloaded = CourseSerializer::fromXml(CourseSerializer::toXml(*course), u"t"_s);
        REQUIRE(reloaded);
        CHECK(unitIds(**reloaded) == unitIds(*course));
        Document doc(course->clone());
        doc.push(std::make_unique<MoveSlide>(&doc, SlideId(u"A"_s), SectionId(u"s2"_s), 1));
        QStringList before = unitIds(*course);
        QStringList after = unitIds(doc.course());
        before.sort();
        after.sort();
        CHECK(before == after);
    }
}

TEST_CASE("Translation states follow the source hash; progress counts them", "[core][translation]")
{
    auto course = makeTranslatable();
    course->languages().targets = {u"en"_s};
    auto &en = course->languages().translations[u"en"_s];
    en[u"course/title"_s] = translate(*course, u"course/title"_s, u"Safety"_s, true);
    en[u"slide/A/title"_s] = translate(*course, u"slide/A/title"_s, u"Alarm"_s);
    en[u"slide/A/block/b1/text"_s] = translate(*course, u"slide/A/block/b1/text"_s, u"What now?"_s);
    en[u"slide/gone/title"_s] = {u"Orphan"_s, sourceHash(u"x"_s), true}; // a deleted slide's

    const auto stateOf = [&](const QString &unit) {
        for (const TextField &field : textFields(*course)) {
            if (field.unitId == unit)
                return translationState(*course, u"en"_s, field);
        }
        return TranslationState::Untranslated;
    };
    CHECK(stateOf(u"course/title"_s) == TranslationState::Approved);
    CHECK(stateOf(u"slide/A/title"_s) == TranslationState::Translated);
    CHECK(stateOf(u"slide/Q/prompt"_s) == TranslationState::Untranslated);

    // Editing the source makes its translation outdated.
    std::get<ContentBody>(course->slide(SlideId(u"A"_s))->body).blocks[0].text = u"Et alors ?"_s;
    CHECK(stateOf(u"slide/A/block/b1/text"_s) == TranslationState::Outdated);

    const TranslationProgress all = translationProgress(*course, u"en"_s);
    CHECK(all.approved == 1);
    CHECK(all.translated == 1);
    CHECK(all.outdated == 1);
    CHECK(all.total() == int(textFields(*course).size()));
    CHECK(all.untranslated == all.total() - 3);
    const TranslationProgress slideA = translationProgress(*course, u"en"_s, SlideId(u"A"_s));
    CHECK(slideA.total() == 5);
    CHECK(slideA.translated == 1);
    CHECK(slideA.outdated == 1);
    CHECK(translationProgress(*course, u"de"_s).untranslated == all.total());

    SECTION("state names")
    {
        for (TranslationState s : {TranslationState::Untranslated,
                                   TranslationState::Translated,
                                   TranslationState::Outdated,
                                   TranslationState::Approved}) {
            TranslationState back = TranslationState::Untranslated;
            CHECK(fromString(toString(s), back));
            CHECK(back == s);
        }
        TranslationState out;
        CHECK_FALSE(fromString(u"done"_s, out));
        CHECK(sourceHash(u"a"_s) != sourceHash(u"b"_s));
        CHECK(sourceHash(u"a"_s).size() == 16);
    }
    SECTION("translatedCourse applies current translations, falls back otherwise")
    {
        int untranslated = -1;
        const auto english = translatedCourse(*course, u"en"_s, &untranslated);
        CHECK(english->metadata().title == u"Safety"_s);
        CHECK(english->metadata().language == u"en"_s);
        CHECK(english->slide(SlideId(u"A"_s))->title == u"Alarm"_s);
        // outdated: the source
        CHECK(std::get<ContentBody>(english->slide(SlideId(u"A"_s))->body).blocks[0].text
              == u"Et alors ?"_s);
        CHECK(untranslated == all.untranslated + all.outdated);
        CHECK(english->languages() == CourseLanguages{});
        CHECK(english->id() == course->id());
        CHECK(unitIds(*english).size() == unitIds(*course).size());

        const auto french = translatedCourse(*course, u"fr"_s, &untranslated);
        CHECK(*french == *course);
        CHECK(untranslated == 0);
    }
}

TEST_CASE("Per-language media replace the source's when in the library", "[core][translation]")
{
    auto course = makeTranslatable();
    const MediaAsset fr = makeAsset("fr-bytes", u"plan-fr.png"_s, u"image/png"_s);
    const MediaAsset en = makeAsset("en-bytes", u"plan-en.png"_s, u"image/png"_s);
    course->assets().emplace(fr.id, fr);
    course->assets().emplace(en.id, en);
    auto &blocks = std::get<ContentBody>(course->slide(SlideId(u"A"_s))->body).blocks;
    ContentBlock image;
    image.type = ContentBlock::Type::Image;
    image.image = fr.id;
    image.altText = u"Plan"_s;
    image.id = u"b3"_s;
    blocks.push_back(image);
    const auto media = mediaFields(*course);
    REQUIRE(media.size() == 1);
    CHECK(media[0].unitId == u"slide/A/block/b3/image"_s);
    CHECK(media[0].source == fr.id);

    course->languages().targets = {u"en"_s, u"de"_s};
    course->languages().translations[u"en"_s][media[0].unitId] = {en.id.toString(), {}, false};
    course->languages().translations[u"de"_s][media[0].unitId] = {u"0000"_s, {}, false};
    const auto english = translatedCourse(*course, u"en"_s);
    CHECK(std::get<ContentBody>(english->slide(SlideId(u"A"_s))->body).blocks[2].image == en.id);
    const auto german = translatedCourse(*course, u"de"_s); // unknown asset: the source's
    CHECK(std::get<ContentBody>(german->slide(SlideId(u"A"_s))->body).blocks[2].image == fr.id);

    // The English picture is in use: "remove unused media" keeps it, English packages get it.
    const auto used = course->usedAssets();
    CHECK(std::find(used.begin(), used.end(), en.id) != used.end());
    CHECK(english->usedAssets() == std::vector<AssetId>{en.id});
    Document doc(course->clone());
    const int count = doc.undoStack()->count();
    doc.push(std::make_unique<RemoveAsset>(&doc, en.id));
    CHECK(doc.undoStack()->count() == count);
}

TEST_CASE("Language tags", "[core][translation]")
{
    for (const QString &tag :
         {u"fr"_s, u"en-GB"_s, u"zh-Hant"_s, u"pt-BR"_s, u"es-419"_s, u"zh-Hant-TW"_s, u"fil"_s})
        CHECK(isValidLanguageTag(tag));
    for (const QString &tag : {QString(),
                               u"f"_s,
                               u"EN"_s,
                               u"en_GB"_s,
                               u"en-gb"_s,
                               u"english"_s,
                               u"en-"_s,
                               u" fr"_s,
                               u"zh-hant"_s})
        CHECK_FALSE(isValidLanguageTag(tag));
}

TEST_CASE("AddLanguage and RemoveLanguage are undoable", "[core][translation][commands]")
{
    Document doc(makeTranslatable());
    QSignalSpy languages(&doc, &Document::languagesChanged);
    checkRedoUndoRoundTrip(doc, std::make_unique<AddLanguage>(doc, u"en"_s));
    CHECK(doc.course().languages().targets == QStringList{u"en"_s});
    CHECK(languages.count() == 3);

    SECTION("invalid additions leave no history")
    {
        const int count = doc.undoStack()->count();
        for (const QString &code : {u"en"_s, u"fr"_s, u"EN"_s, u"x y"_s}) {
            auto command = std::make_unique<AddLanguage>(doc, code);
            CHECK_FALSE(command->isValid());
            doc.push(std::move(command));
        }
        CHECK(doc.undoStack()->count() == count);
    }
    SECTION("removing a language removes its translations; undo restores both in place")
    {
        doc.push(std::make_unique<AddLanguage>(doc, u"de"_s));
        doc.push(std::make_unique<SetTranslations>(
            doc,
            u"en"_s,
            SetTranslations::Changes{
                {u"course/title"_s, translate(doc.course(), u"course/title"_s, u"Safety"_s)}},
            u"Translate"_s));
        checkRedoUndoRoundTrip(doc, std::make_unique<RemoveLanguage>(doc, u"en"_s));
        CHECK(doc.course().languages().targets == QStringList{u"de"_s});
        CHECK_FALSE(doc.course().languages().translations.count(u"en"_s));
        const int count = doc.undoStack()->count();
        doc.push(std::make_unique<RemoveLanguage>(doc, u"it"_s));
        CHECK(doc.undoStack()->count() == count);
        doc.undoStack()->undo();
        CHECK(doc.course().languages().targets == (QStringList{u"en"_s, u"de"_s}));
        CHECK(doc.course().languages().translations.at(u"en"_s).at(u"course/title"_s).text
              == u"Safety"_s);
    }
}

TEST_CASE("A course has at most 100 target languages; track units hold no whitespace",
          "[core][translation][commands]")
{
    Document doc(makeTranslatable());
    for (int i = 0; i < CourseSerializer::maxTargetLanguages; ++i) {
        const QString code = QString(QChar(u'a' + i / 26)) + QChar(u'a' + i % 26) + u'x';
        doc.push(std::make_unique<AddLanguage>(doc, code));
    }
    REQUIRE(doc.course().languages().targets.size() == CourseSerializer::maxTargetLanguages);
    CHECK_FALSE(AddLanguage(doc, u"zz"_s).isValid());
    // ...and a file with them all reads back.
    const auto back = CourseSerializer::fromXml(CourseSerializer::toXml(doc.course()), u"t"_s);
    REQUIRE(back);
    CHECK((*back)->languages() == doc.course().languages());

    auto course = makeTranslatable();
    VideoBody video;
    video.captions = {CaptionTrack{{}, u"fr ca"_s, u"Québécois"_s},
                      CaptionTrack{{}, u"en"_s, u"English"_s},
                      CaptionTrack{{}, u"en"_s, u"English (2)"_s}};
    Slide slide;
    slide.id = SlideId(u"V"_s);
    slide.body = video;
    course->sections()[0]->slides.push_back(std::make_unique<Slide>(slide));
    QStringList tracks;
    for (const TextField &field : textFields(*course)) {
        if (field.unitId.startsWith(u"slide/V/track/"_s))
            tracks.append(field.unitId);
    }
    CHECK(tracks
          == (QStringList{u"slide/V/track/#1/label"_s,
                          u"slide/V/track/en/label"_s,
                          u"slide/V/track/#3/label"_s}));
}

TEST_CASE("SetTranslations applies a batch as one step and merges typing",
          "[core][translation][commands]")
{
    Document doc(makeTranslatable());
    doc.push(std::make_unique<AddLanguage>(doc, u"en"_s));
    QSignalSpy changed(&doc, &Document::translationsChanged);
    const Course &c = doc.course();
    checkRedoUndoRoundTrip(
        doc,
        std::make_unique<SetTranslations>(
            doc,
            u"en"_s,
            SetTranslations::Changes{
                {u"course/title"_s, translate(c, u"course/title"_s, u"Safety"_s)},
                {u"slide/A/title"_s, translate(c, u"slide/A/title"_s, u"Alarm"_s, true)}},
            u"Import XLIFF"_s));
    REQUIRE(changed.count() == 3);
    CHECK(changed.last().at(0).toString() == u"en"_s);
    CHECK(changed.last().at(1).toStringList()
          == (QStringList{u"course/title"_s, u"slide/A/title"_s}));
    CHECK(translationProgress(c, u"en"_s).translated == 1);
    CHECK(translationProgress(c, u"en"_s).approved == 1);
    const int steps = doc.undoStack()->count();

    SECTION("typing in one field merges; removing is a step of its own")
    {
        for (const QString &text : {u"H"_s, u"He"_s, u"Hello"_s}) {
            doc.push(std::make_unique<SetTranslations>(
                doc,
                u"en"_s,
                SetTranslations::Changes{
                    {u"slide/Q/title"_s, translate(c, u"slide/Q/title"_s, text)}},
                u"Translate"_s));
        }
        CHECK(doc.undoStack()->count() == steps + 1);
        CHECK(c.languages().translations.at(u"en"_s).at(u"slide/Q/title"_s).text == u"Hello"_s);
        doc.push(std::make_unique<SetTranslations>(
            doc,
            u"en"_s,
            SetTranslations::Changes{{u"slide/Q/title"_s, std::nullopt}},
            u"Clear"_s));
        CHECK(doc.undoStack()->count() == steps + 2);
        CHECK_FALSE(c.languages().translations.at(u"en"_s).count(u"slide/Q/title"_s));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        CHECK_FALSE(c.languages().translations.at(u"en"_s).count(u"slide/Q/title"_s));
    }
    SECTION("no change, or a language that is not a target, leaves no history")
    {
        doc.push(std::make_unique<SetTranslations>(
            doc,
            u"en"_s,
            SetTranslations::Changes{
                {u"course/title"_s, translate(c, u"course/title"_s, u"Safety"_s)}},
            u"Same"_s));
        doc.push(std::make_unique<SetTranslations>(
            doc,
            u"de"_s,
            SetTranslations::Changes{{u"course/title"_s, translate(c, u"course/title"_s, u"X"_s)}},
            u"German"_s));
        CHECK(doc.undoStack()->count() == steps);
    }
}

TEST_CASE("SetSourceLanguage is undoable and refuses a target language",
          "[core][translation][commands]")
{
    Document doc(makeTranslatable());
    doc.push(std::make_unique<AddLanguage>(doc, u"en"_s));
    QSignalSpy languages(&doc, &Document::languagesChanged);
    checkRedoUndoRoundTrip(doc, std::make_unique<SetSourceLanguage>(doc, u"fr-CA"_s));
    CHECK(doc.course().metadata().language == u"fr-CA"_s);
    CHECK(languages.count() == 3);
    auto toTarget = std::make_unique<SetSourceLanguage>(doc, u"en"_s);
    CHECK_FALSE(toTarget->isValid());
    const int count = doc.undoStack()->count();
    doc.push(std::move(toTarget));
    CHECK(doc.undoStack()->count() == count);
}
