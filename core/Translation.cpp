// SPDX-License-Identifier: MIT
#include "Translation.h"

#include "Course.h"
#include "Tr.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace Core {

namespace {

/** X, const when Owner is: the walker hands out const or mutable references alike. */
template <typename Owner, typename X>
using Like = std::conditional_t<std::is_const_v<Owner>, const X, X>;

const QString sep = QStringLiteral(" › ");

QString blockName(ContentBlock::Type type)
{
    using Type = ContentBlock::Type;
    switch (type) {
    case Type::Heading:
        return Tr::tr("Heading");
    case Type::RichText:
        return Tr::tr("Text");
    case Type::Image:
        return Tr::tr("Image");
    case Type::Callout:
        return Tr::tr("Callout");
    case Type::ImageText:
        return Tr::tr("Image and text");
    case Type::Tabs:
        return Tr::tr("Tabs");
    case Type::Accordion:
        return Tr::tr("Accordion");
    case Type::FlipCards:
        return Tr::tr("Flip cards");
    case Type::Steps:
        return Tr::tr("Steps");
    case Type::Quote:
        return Tr::tr("Quote");
    case Type::KeyFigure:
        return Tr::tr("Key figure");
    case Type::Checklist:
        return Tr::tr("Checklist");
    case Type::Divider:
        return Tr::tr("Divider");
    case Type::Spacer:
        return Tr::tr("Spacer");
    case Type::Button:
        return Tr::tr("Button");
    case Type::Table:
        return Tr::tr("Table");
    case Type::LabelledGraphic:
        return Tr::tr("Labelled graphic");
    case Type::Gallery:
        return Tr::tr("Gallery");
    case Type::Audio:
        return Tr::tr("Audio");
    case Type::Video:
        return Tr::tr("Video");
    }
    return {};
}

/** The part of a unit id naming a caption track: its language, else (or when repeated) "#n". */
QString trackKey(const std::vector<CaptionTrack> &tracks, size_t index)
{
    const QString &language = tracks[index].language;
    bool unique = !language.isEmpty() && !language.contains(u'/');
    for (size_t i = 0; unique && i < index; ++i)
        unique = tracks[i].language != language;
    return unique ? language : u"#"_s + QString::number(index + 1);
}

/** An object id for a unit id; "#n" (1-based position) for an object that has none yet. */
QString keyOf(const QString &id, size_t index)
{
    return id.isEmpty() ? u"#"_s + QString::number(index + 1) : id;
}

/**
 * THE declaration of every learner-visible text and per-language medium of a course: what the
 * player shows (export/PlayerData.cpp) for each slide kind, block type and question type.
 * Adding a learner-visible field means adding a line here; the completeness test
 * (tests/export/TranslationCompletenessTests.cpp) fails until it is.
 *
 * text(QString &, unitId, format, role, maxLength, slide, context) is called for every text,
 * empty ones included (the callers skip those); media(AssetId &, unitId, slide, context) for
 * every medium, null ones included. Both get const references for a const course.
 */
template <typename C> class Walker
{
public:
    template <typename X> using L = Like<C, X>;

    template <typename TextVisitor, typename MediaVisitor>
    static void walk(C &course, TextVisitor &&text, MediaVisitor &&media)
    {
        const SlideId none;
        L<CourseMetadata> &meta = course.metadata();
        text(meta.title,
             u"course/title"_s,
             TextFormat::Plain,
             TextRole::CourseTitle,
             0,
             none,
             Tr::tr("Course title"));
        text(meta.description,
             u"course/description"_s,
             TextFormat::Plain,
             TextRole::CourseDescription,
             0,
             none,
             Tr::tr("Course description"));
        for (const auto &sectionPtr : course.sections()) {
            L<Section> &section = *sectionPtr;
            const QString where
                = section.title.isEmpty() ? Tr::tr("Untitled section") : section.title;
            text(section.title,
                 u"section/"_s + section.id.toString() + u"/title"_s,
                 TextFormat::Plain,
                 TextRole::SectionTitle,
                 0,
                 none,
                 Tr::tr("Section title"));
            for (const auto &slidePtr : section.slides) {
                L<Slide> &slide = *slidePtr;
                walkSlide(slide, where, text, media);
            }
        }
        for (const auto &bankPtr : course.banks()) {
            L<QuestionBank> &bank = *bankPtr;
            const QString where = Tr::tr("Question bank “%1”").arg(bank.name);
            for (const auto &slidePtr : bank.questions) {
                L<Slide> &slide = *slidePtr;
                walkSlide(slide, where, text, media);
            }
        }
    }

private:
    template <typename TextVisitor, typename MediaVisitor>
    static void
    walkSlide(L<Slide> &slide, const QString &where, TextVisitor &text, MediaVisitor &media)
    {
        const QString base = u"slide/"_s + slide.id.toString() + u'/';
        const QString here
            = where + sep + (slide.title.isEmpty() ? Tr::tr("Untitled slide") : slide.title);
        const SlideId &id = slide.id;
        const auto plain
            = [&](L<QString> &value, const QString &unit, TextRole role, const QString &part) {
                  text(value, base + unit, TextFormat::Plain, role, 0, id, here + sep + part);
              };
        const auto rich
            = [&](L<QString> &value, const QString &unit, TextRole role, const QString &part) {
                  text(value, base + unit, TextFormat::Html, role, 0, id, here + sep + part);
              };
        const auto medium = [&](L<AssetId> &value, const QString &unit, const QString &part) {
            media(value, base + unit, id, here + sep + part);
        };
        text(slide.title,
             base + u"title"_s,
             TextFormat::Plain,
             TextRole::SlideTitle,
             0,
             id,
             where + sep + Tr::tr("Slide title"));

        if (auto *content = std::get_if<ContentBody>(&slide.body)) {
            for (size_t b = 0; b < content->blocks.size(); ++b) {
                L<ContentBlock> &block = content->blocks[b];
                walkBlock(block,
                          u"block/"_s + keyOf(block.id, b) + u'/',
                          blockName(block.type) + u' ' + QString::number(b + 1),
                          plain,
                          rich,
                          medium);
            }
        } else if (auto *question = std::get_if<QuestionBody>(&slide.body)) {
            walkQuestion(question->question, plain, rich, medium);
        } else if (auto *video = std::get_if<VideoBody>(&slide.body)) {
            walkVideo(*video, QString(), Tr::tr("Video"), plain, medium);
        } else if (auto *result = std::get_if<ResultBody>(&slide.body)) {
            rich(result->passMessage,
                 u"pass"_s,
                 TextRole::PassMessage,
                 Tr::tr("Message when passed"));
            rich(result->failMessage,
                 u"fail"_s,
                 TextRole::FailMessage,
                 Tr::tr("Message when failed"));
        } else if (std::get_if<DrawBody>(&slide.body)) {
            // Only its title: the player shows the drawn bank questions in its place.
        } else if (auto *scenario = std::get_if<ScenarioBody>(&slide.body)) {
            rich(scenario->situation, u"situation"_s, TextRole::Situation, Tr::tr("Situation"));
            if (!scenario->character.isNull()) {
                plain(scenario->characterAlt,
                      u"characterAlt"_s,
                      TextRole::AltText,
                      Tr::tr("Character, alternative text"));
            }
            medium(scenario->character, u"character"_s, Tr::tr("Character"));
            for (size_t r = 0; r < scenario->responses.size(); ++r) {
                L<ScenarioResponse> &response = scenario->responses[r];
                const QString unit = u"response/"_s + keyOf(response.id, r) + u'/';
                const QString part = Tr::tr("Response %1").arg(r + 1);
                plain(response.text, unit + u"text"_s, TextRole::Response, part);
                rich(response.consequence,
                     unit + u"consequence"_s,
                     TextRole::Consequence,
                     part + sep + Tr::tr("consequence"));
            }
        }
    }

    template <typename Plain, typename Media>
    static void walkVideo(
        L<VideoBody> &video, const QString &unit, const QString &part, Plain &plain, Media &medium)
    {
        medium(video.video, unit + u"video"_s, part);
        medium(video.poster, unit + u"poster"_s, part + sep + Tr::tr("poster"));
        for (size_t t = 0; t < video.captions.size(); ++t) {
            L<CaptionTrack> &track = video.captions[t];
            const QString key = unit + u"track/"_s + trackKey(video.captions, t);
            const QString trackPart = part + sep + Tr::tr("captions “%1”").arg(track.language);
            plain(track.label,
                  key + u"/label"_s,
                  TextRole::CaptionTrackLabel,
                  trackPart + sep + Tr::tr("menu label"));
            medium(track.vtt, key, trackPart);
        }
    }

    template <typename Plain, typename Rich, typename Media>
    static void walkBlock(L<ContentBlock> &block,
                          const QString &unit,
                          const QString &part,
                          Plain &plain,
                          Rich &rich,
                          Media &medium)
    {
        using Type = ContentBlock::Type;
        const auto imageAlt = [&] {
            if (!block.image.isNull())
                plain(block.altText,
                      unit + u"altText"_s,
                      TextRole::AltText,
                      part + sep + Tr::tr("alternative text"));
            medium(block.image, unit + u"image"_s, part + sep + Tr::tr("image"));
        };
        switch (block.type) {
        case Type::Heading:
            plain(block.text, unit + u"text"_s, TextRole::Heading, part);
            break;
        case Type::RichText:
        case Type::Callout:
            rich(block.text, unit + u"text"_s, TextRole::Body, part);
            break;
        case Type::Quote:
            rich(block.text, unit + u"text"_s, TextRole::Body, part);
            plain(block.caption,
                  unit + u"caption"_s,
                  TextRole::Caption,
                  part + sep + Tr::tr("attribution"));
            medium(block.image, unit + u"image"_s, part + sep + Tr::tr("photo"));
            break;
        case Type::Image:
            imageAlt();
            plain(block.caption,
                  unit + u"caption"_s,
                  TextRole::Caption,
                  part + sep + Tr::tr("caption"));
            break;
        case Type::ImageText:
            imageAlt();
            rich(block.text, unit + u"text"_s, TextRole::Body, part);
            break;
        case Type::Tabs:
        case Type::Accordion:
        case Type::FlipCards:
        case Type::Steps:
        case Type::Checklist:
        case Type::LabelledGraphic:
        case Type::Gallery:
            if (block.type == Type::LabelledGraphic)
                imageAlt();
            for (size_t i = 0; i < block.items.size(); ++i) {
                L<BlockItem> &item = block.items[i];
                const QString itemUnit = unit + u"item/"_s + keyOf(item.id, i) + u'/';
                const QString itemPart = part + sep + Tr::tr("entry %1").arg(i + 1);
                plain(item.title, itemUnit + u"title"_s, TextRole::ItemTitle, itemPart);
                rich(item.text,
                     itemUnit + u"text"_s,
                     TextRole::Body,
                     itemPart + sep + Tr::tr("content"));
                if (!item.image.isNull())
                    plain(item.altText,
                          itemUnit + u"altText"_s,
                          TextRole::AltText,
                          itemPart + sep + Tr::tr("alternative text"));
                medium(item.image, itemUnit + u"image"_s, itemPart + sep + Tr::tr("image"));
            }
            break;
        case Type::KeyFigure:
            plain(block.text, unit + u"text"_s, TextRole::Heading, part + sep + Tr::tr("figure"));
            plain(block.caption,
                  unit + u"caption"_s,
                  TextRole::Caption,
                  part + sep + Tr::tr("label"));
            break;
        case Type::Divider:
        case Type::Spacer:
            break;
        case Type::Button:
            plain(block.text, unit + u"text"_s, TextRole::ButtonLabel, part);
            break;
        case Type::Table:
            for (size_t r = 0; r < block.rows.size(); ++r) {
                L<QStringList> &row = block.rows[r];
                for (qsizetype c = 0; c < row.size(); ++c) {
                    L<QString> &cell = row[c];
                    plain(cell,
                          unit + u"cell/"_s + QString::number(r) + u'/' + QString::number(c),
                          TextRole::TableCell,
                          part + sep + Tr::tr("row %1, column %2").arg(r + 1).arg(c + 1));
                }
            }
            break;
        case Type::Audio:
            walkVideo(block.media, unit, part, plain, medium);
            rich(block.text, unit + u"text"_s, TextRole::Body, part + sep + Tr::tr("transcript"));
            break;
        case Type::Video:
            walkVideo(block.media, unit, part, plain, medium);
            break;
        }
    }

    template <typename Plain, typename Rich, typename Media>
    static void walkQuestion(L<Question> &q, Plain &plain, Rich &rich, Media &medium)
    {
        using Type = QuestionType;
        rich(q.prompt, u"prompt"_s, TextRole::Prompt, Tr::tr("Question"));
        switch (q.type) {
        case Type::SingleChoice:
        case Type::MultipleResponse:
            for (size_t i = 0; i < q.choices.size(); ++i) {
                L<Choice> &choice = q.choices[i];
                const QString unit = u"choice/"_s + keyOf(choice.id, i) + u'/';
                const QString part = Tr::tr("Choice %1").arg(i + 1);
                rich(choice.text, unit + u"text"_s, TextRole::Choice, part);
                rich(choice.feedback,
                     unit + u"feedback"_s,
                     TextRole::ChoiceFeedback,
                     part + sep + Tr::tr("feedback"));
            }
            break;
        case Type::TrueFalse:
        case Type::Numeric:
        case Type::OpenText:
            break;
        case Type::Likert:
            for (qsizetype i = 0; i < q.likertScale.size(); ++i) {
                L<QString> &label = q.likertScale[i];
                plain(label,
                      u"likert/"_s + QString::number(i + 1),
                      TextRole::LikertLabel,
                      Tr::tr("Scale label %1").arg(i + 1));
            }
            break;
        case Type::FillIn:
            plain(q.clozeText, u"cloze"_s, TextRole::ClozeText, Tr::tr("Text with blanks"));
            for (size_t i = 0; i < q.blanks.size(); ++i) {
                L<Blank> &blank = q.blanks[i];
                const QString unit = u"blank/"_s + keyOf(blank.id, i) + u'/';
                const QString part = Tr::tr("Blank %1").arg(i + 1);
                plain(blank.label, unit + u"label"_s, TextRole::BlankLabel, part);
                // One unit, one accepted answer per line: a language may accept more or fewer.
                QString answers = blank.acceptedAnswers.join(u'\n');
                plain(answers,
                      unit + u"answers"_s,
                      TextRole::AcceptedAnswers,
                      part + sep + Tr::tr("accepted answers, one per line"));
                if constexpr (!std::is_const_v<C>) {
                    if (answers != blank.acceptedAnswers.join(u'\n'))
                        blank.acceptedAnswers = answers.split(u'\n');
                }
            }
            break;
        case Type::Matching:
            for (size_t i = 0; i < q.pairs.size(); ++i) {
                L<MatchPair> &pair = q.pairs[i];
                const QString unit = u"pair/"_s + keyOf(pair.id, i) + u'/';
                const QString part = Tr::tr("Pair %1").arg(i + 1);
                plain(pair.source, unit + u"source"_s, TextRole::MatchSource, part);
                plain(pair.target,
                      unit + u"target"_s,
                      TextRole::MatchTarget,
                      part + sep + Tr::tr("match"));
            }
            break;
        case Type::Sequencing:
            for (size_t i = 0; i < q.items.size(); ++i) {
                L<SequenceItem> &item = q.items[i];
                plain(item.text,
                      u"item/"_s + keyOf(item.id, i) + u"/text"_s,
                      TextRole::SequenceItem,
                      Tr::tr("Item %1").arg(i + 1));
            }
            break;
        case Type::DragDrop:
        case Type::Hotspot:
            plain(
                q.imageAlt, u"imageAlt"_s, TextRole::AltText, Tr::tr("Picture, alternative text"));
            medium(q.image, u"image"_s, Tr::tr("Picture"));
            for (size_t i = 0; i < q.regions.size(); ++i) {
                L<ImageRegion> &region = q.regions[i];
                plain(
                    region.label,
                    u"region/"_s + keyOf(region.id, i) + u"/label"_s,
                    TextRole::RegionLabel,
                    (q.type == Type::Hotspot ? Tr::tr("Region %1") : Tr::tr("Zone %1")).arg(i + 1));
            }
            if (q.type == Type::DragDrop) {
                for (size_t i = 0; i < q.dragItems.size(); ++i) {
                    L<DragItem> &item = q.dragItems[i];
                    plain(item.text,
                          u"dragItem/"_s + keyOf(item.id, i) + u"/text"_s,
                          TextRole::DragItem,
                          Tr::tr("Item to drag %1").arg(i + 1));
                }
            }
            break;
        }
        rich(q.correctFeedback,
             u"correctFeedback"_s,
             TextRole::CorrectFeedback,
             Tr::tr("Feedback when correct"));
        rich(q.incorrectFeedback,
             u"incorrectFeedback"_s,
             TextRole::IncorrectFeedback,
             Tr::tr("Feedback when incorrect"));
    }
};

template <typename C, typename TextVisitor, typename MediaVisitor>
void walkCourse(C &course, TextVisitor &&text, MediaVisitor &&media)
{
    Walker<C>::walk(course, text, media);
}

const Translation *
findTranslation(const Course &course, const QString &language, const QString &unitId)
{
    const auto &all = course.languages().translations;
    const auto lang = all.find(language);
    if (lang == all.end())
        return nullptr;
    const auto it = lang->second.find(unitId);
    return it == lang->second.end() ? nullptr : &it->second;
}

TranslationState stateOf(const Translation *translation, const QString &source)
{
    if (!translation || translation->text.isEmpty())
        return TranslationState::Untranslated;
    if (translation->sourceHash != sourceHash(source))
        return TranslationState::Outdated;
    return translation->approved ? TranslationState::Approved : TranslationState::Translated;
}

} // namespace

std::vector<TextField> textFields(const Course &course)
{
    std::vector<TextField> fields;
    walkCourse(
        course,
        [&](const QString &text,
            const QString &unitId,
            TextFormat format,
            TextRole role,
            int maxLength,
            const SlideId &slide,
            const QString &context) {
            if (!text.isEmpty())
                fields.push_back({unitId, text, format, role, maxLength, slide, context});
        },
        [](const AssetId &, const QString &, const SlideId &, const QString &) {});
    return fields;
}

std::vector<MediaField> mediaFields(const Course &course)
{
    std::vector<MediaField> fields;
    walkCourse(
        course,
        [](const QString &,
           const QString &,
           TextFormat,
           TextRole,
           int,
           const SlideId &,
           const QString &) {},
        [&](const AssetId &asset,
            const QString &unitId,
            const SlideId &slide,
            const QString &context) {
            if (!asset.isNull())
                fields.push_back({unitId, asset, slide, context});
        });
    return fields;
}

QString sourceHash(const QString &source)
{
    // 64 bits of SHA-256: tells an edited source from the one translated, not a security claim.
    return QString::fromLatin1(
        QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha256).left(8).toHex());
}

QString toString(TranslationState state)
{
    switch (state) {
    case TranslationState::Untranslated:
        return u"untranslated"_s;
    case TranslationState::Translated:
        return u"translated"_s;
    case TranslationState::Outdated:
        return u"outdated"_s;
    case TranslationState::Approved:
        return u"approved"_s;
    }
    return {};
}

bool fromString(const QString &text, TranslationState &out)
{
    for (TranslationState state : {TranslationState::Untranslated,
                                   TranslationState::Translated,
                                   TranslationState::Outdated,
                                   TranslationState::Approved}) {
        if (text == toString(state)) {
            out = state;
            return true;
        }
    }
    return false;
}

TranslationState
translationState(const Course &course, const QString &language, const TextField &field)
{
    return stateOf(findTranslation(course, language, field.unitId), field.source);
}

TranslationProgress
translationProgress(const Course &course, const QString &language, const SlideId &slide)
{
    TranslationProgress progress;
    for (const TextField &field : textFields(course)) {
        if (!slide.isNull() && field.slide != slide)
            continue;
        switch (translationState(course, language, field)) {
        case TranslationState::Untranslated:
            ++progress.untranslated;
            break;
        case TranslationState::Translated:
            ++progress.translated;
            break;
        case TranslationState::Outdated:
            ++progress.outdated;
            break;
        case TranslationState::Approved:
            ++progress.approved;
            break;
        }
    }
    return progress;
}

std::unique_ptr<Course>
translatedCourse(const Course &course, const QString &language, int *untranslated)
{
    std::unique_ptr<Course> copy = course.clone();
    if (untranslated)
        *untranslated = 0;
    if (language == course.metadata().language)
        return copy;
    const auto all = course.languages().translations.find(language);
    const std::map<QString, Translation> none;
    const std::map<QString, Translation> &units
        = all == course.languages().translations.end() ? none : all->second;
    const auto find = [&](const QString &unitId) -> const Translation * {
        const auto it = units.find(unitId);
        return it == units.end() ? nullptr : &it->second;
    };
    int fellBack = 0;
    walkCourse(
        *copy,
        [&](QString &text,
            const QString &unitId,
            TextFormat,
            TextRole,
            int,
            const SlideId &,
            const QString &) {
            if (text.isEmpty())
                return;
            const Translation *translation = find(unitId);
            const TranslationState state = stateOf(translation, text);
            if (state == TranslationState::Translated || state == TranslationState::Approved)
                text = translation->text;
            else
                ++fellBack;
        },
        [&](AssetId &asset, const QString &unitId, const SlideId &, const QString &) {
            // A medium applies whenever it is in the library: a replaced source medium does
            // not make the other language's own picture or recording wrong.
            if (const Translation *translation = find(unitId); translation && !asset.isNull()) {
                const AssetId replacement(translation->text);
                if (!translation->text.isEmpty() && course.asset(replacement))
                    asset = replacement;
            }
        });
    copy->metadata().language = language;
    copy->languages() = CourseLanguages{};
    if (untranslated)
        *untranslated = fellBack;
    return copy;
}

bool isValidLanguageTag(const QString &tag)
{
    // language[-Script][-REGION]: "fr", "fil", "en-GB", "zh-Hant", "zh-Hant-TW", "es-419",
    // in the canonical case, so that one language has one spelling in a course.
    static const QRegularExpression pattern(
        u"^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?$"_s);
    return pattern.match(tag).hasMatch();
}

} // namespace Core
