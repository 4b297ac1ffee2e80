// SPDX-License-Identifier: MIT
#include "Slide.h"

#include "EnumNames.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Core {

using namespace Internal;

namespace {

constexpr EnumNameTable<SlideKind, 6> slideKindNames{{
    {SlideKind::Content, u"content"},
    {SlideKind::Question, u"question"},
    {SlideKind::Video, u"video"},
    {SlideKind::Result, u"result"},
    {SlideKind::Draw, u"draw"},
    {SlideKind::Scenario, u"scenario"},
}};

constexpr EnumNameTable<Difficulty, 3> difficultyNames{{
    {Difficulty::Easy, u"easy"},
    {Difficulty::Medium, u"medium"},
    {Difficulty::Hard, u"hard"},
}};

constexpr EnumNameTable<CalloutStyle, 3> calloutNames{{
    {CalloutStyle::Info, u"info"},
    {CalloutStyle::Tip, u"tip"},
    {CalloutStyle::Warning, u"warning"},
}};

constexpr EnumNameTable<ContentBlock::Type, 20> blockTypeNames{{
    {ContentBlock::Type::Heading, u"heading"},
    {ContentBlock::Type::RichText, u"text"},
    {ContentBlock::Type::Image, u"image"},
    {ContentBlock::Type::Callout, u"callout"},
    {ContentBlock::Type::ImageText, u"image-text"},
    {ContentBlock::Type::Tabs, u"tabs"},
    {ContentBlock::Type::Accordion, u"accordion"},
    {ContentBlock::Type::FlipCards, u"flip-cards"},
    {ContentBlock::Type::Steps, u"steps"},
    {ContentBlock::Type::Quote, u"quote"},
    {ContentBlock::Type::KeyFigure, u"key-figure"},
    {ContentBlock::Type::Checklist, u"checklist"},
    {ContentBlock::Type::Divider, u"divider"},
    {ContentBlock::Type::Spacer, u"spacer"},
    {ContentBlock::Type::Button, u"button"},
    {ContentBlock::Type::Table, u"table"},
    {ContentBlock::Type::LabelledGraphic, u"labelled-graphic"},
    {ContentBlock::Type::Gallery, u"gallery"},
    {ContentBlock::Type::Audio, u"audio"},
    {ContentBlock::Type::Video, u"video"},
}};

constexpr EnumNameTable<ImageSize, 4> imageSizeNames{{
    {ImageSize::Full, u"full"},
    {ImageSize::Wide, u"wide"},
    {ImageSize::Medium, u"medium"},
    {ImageSize::Small, u"small"},
}};

constexpr EnumNameTable<ImageSide, 2> imageSideNames{{
    {ImageSide::Left, u"left"},
    {ImageSide::Right, u"right"},
}};

constexpr EnumNameTable<ImageShare, 2> imageShareNames{{
    {ImageShare::Half, u"half"},
    {ImageShare::Third, u"third"},
}};

} // namespace

QString toString(SlideKind kind)
{
    return enumName(slideKindNames, kind);
}
bool fromString(const QString &text, SlideKind &out)
{
    return enumValue(slideKindNames, text, out);
}
QString toString(Difficulty difficulty)
{
    return enumName(difficultyNames, difficulty); // None: ""
}
bool fromString(const QString &text, Difficulty &out)
{
    if (text.isEmpty()) {
        out = Difficulty::None;
        return true;
    }
    return enumValue(difficultyNames, text, out);
}
QString toString(CalloutStyle style)
{
    return enumName(calloutNames, style);
}
bool fromString(const QString &text, CalloutStyle &out)
{
    return enumValue(calloutNames, text, out);
}
QString toString(ContentBlock::Type type)
{
    return enumName(blockTypeNames, type);
}
bool fromString(const QString &text, ContentBlock::Type &out)
{
    return enumValue(blockTypeNames, text, out);
}

QString toString(ImageSize size)
{
    return enumName(imageSizeNames, size);
}
bool fromString(const QString &text, ImageSize &out)
{
    return enumValue(imageSizeNames, text, out);
}
QString toString(ImageSide side)
{
    return enumName(imageSideNames, side);
}
bool fromString(const QString &text, ImageSide &out)
{
    return enumValue(imageSideNames, text, out);
}
QString toString(ImageShare share)
{
    return enumName(imageShareNames, share);
}
bool fromString(const QString &text, ImageShare &out)
{
    return enumValue(imageShareNames, text, out);
}

double ScenarioBody::bestPoints() const
{
    if (responses.empty())
        return 0;
    double best = responses.front().points;
    for (const ScenarioResponse &response : responses)
        best = std::max(best, response.points);
    return best;
}

QString ScenarioBody::freeResponseId() const
{
    for (int i = 1; i <= maxResponses; ++i) {
        const QString id = u"r"_s + QString::number(i);
        const bool used = std::any_of(responses.begin(),
                                      responses.end(),
                                      [&](const ScenarioResponse &r) { return r.id == id; });
        if (!used)
            return id;
    }
    return {};
}

bool ContentBlock::hasItems() const
{
    switch (type) {
    case Type::Tabs:
    case Type::Accordion:
    case Type::FlipCards:
    case Type::Steps:
    case Type::Checklist:
    case Type::LabelledGraphic:
    case Type::Gallery:
        return true;
    default:
        return false;
    }
}

bool ContentBlock::requiresInteraction() const
{
    switch (type) {
    case Type::Tabs:
    case Type::Accordion:
    case Type::FlipCards:
    case Type::LabelledGraphic:
        return required && !items.empty();
    case Type::Audio:
    case Type::Video:
        return media.requiredWatchedPercent > 0 && !media.video.isNull();
    default:
        return false;
    }
}

namespace {

void addMediaAssets(const VideoBody &video, std::vector<AssetId> &ids)
{
    if (!video.video.isNull())
        ids.push_back(video.video);
    if (!video.poster.isNull())
        ids.push_back(video.poster);
    for (const CaptionTrack &track : video.captions) {
        if (!track.vtt.isNull())
            ids.push_back(track.vtt);
    }
}

} // namespace

std::vector<AssetId> Slide::referencedAssets() const
{
    std::vector<AssetId> ids;
    if (const auto *content = std::get_if<ContentBody>(&body)) {
        for (const ContentBlock &block : content->blocks) {
            if (!block.image.isNull())
                ids.push_back(block.image);
            for (const BlockItem &item : block.items) {
                if (!item.image.isNull())
                    ids.push_back(item.image);
            }
            addMediaAssets(block.media, ids);
        }
    } else if (const auto *video = std::get_if<VideoBody>(&body)) {
        addMediaAssets(*video, ids);
    } else if (const auto *scenario = std::get_if<ScenarioBody>(&body)) {
        if (!scenario->character.isNull())
            ids.push_back(scenario->character);
    } else if (const auto *question = std::get_if<QuestionBody>(&body)) {
        // Kept while another type is selected (switching back loses nothing): still in use.
        if (!question->question.image.isNull())
            ids.push_back(question->question.image);
    }
    return ids;
}

namespace {

/** The number of an id "<prefix><n>" (n ≥ 1), or 0 when it has another form. */
int idNumber(const QString &id, QChar prefix)
{
    if (id.size() < 2 || id.at(0) != prefix)
        return 0;
    bool ok = false;
    const int n = QStringView(id).mid(1).toInt(&ok);
    return ok && n > 0 ? n : 0;
}

template <typename T, typename Range>
bool assignIds(std::vector<T> &objects, QChar prefix, const Range &previous)
{
    int highest = 0;
    for (const T &object : objects)
        highest = std::max(highest, idNumber(object.id, prefix));
    for (const T &object : previous)
        highest = std::max(highest, idNumber(object.id, prefix));
    bool changed = false;
    QSet<QString> seen;
    for (T &object : objects) {
        if (object.id.isEmpty() || seen.contains(object.id)) {
            object.id = prefix + QString::number(++highest);
            changed = true;
        }
        seen.insert(object.id);
    }
    return changed;
}

} // namespace

bool assignBlockIds(ContentBody &body, const ContentBody *previous)
{
    static const std::vector<ContentBlock> noBlocks;
    static const std::vector<BlockItem> noItems;
    bool changed = assignIds(body.blocks, u'b', previous ? previous->blocks : noBlocks);
    for (ContentBlock &block : body.blocks) {
        const std::vector<BlockItem> *before = &noItems;
        if (previous) {
            for (const ContentBlock &old : previous->blocks) {
                if (old.id == block.id) {
                    before = &old.items;
                    break;
                }
            }
        }
        changed = assignIds(block.items, u'i', *before) || changed;
    }
    return changed;
}

bool assignBlockIds(Slide &slide, const SlideBody *previous)
{
    auto *content = std::get_if<ContentBody>(&slide.body);
    if (!content)
        return false;
    return assignBlockIds(*content, previous ? std::get_if<ContentBody>(previous) : nullptr);
}

Slide Slide::create(SlideKind kind, const QString &title)
{
    Slide slide;
    slide.id = SlideId::generate();
    slide.title = title;
    switch (kind) {
    case SlideKind::Content:
        slide.body = ContentBody{};
        break;
    case SlideKind::Question:
        slide.body = QuestionBody{};
        break;
    case SlideKind::Video:
        slide.body = VideoBody{};
        break;
    case SlideKind::Result:
        slide.body = ResultBody{};
        break;
    case SlideKind::Draw:
        slide.body = DrawBody{};
        break;
    case SlideKind::Scenario: {
        ScenarioBody scenario;
        for (int i = 1; i <= ScenarioBody::minResponses; ++i)
            scenario.responses.push_back({u"r"_s + QString::number(i), {}, {}, 0, {}});
        slide.body = std::move(scenario);
        break;
    }
    }
    return slide;
}

} // namespace Core
