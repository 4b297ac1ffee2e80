// SPDX-License-Identifier: MIT
#include "Slide.h"

#include "EnumNames.h"

namespace Core {

using namespace Internal;

namespace {

constexpr EnumNameTable<SlideKind, 5> slideKindNames{{
    {SlideKind::Content, u"content"},
    {SlideKind::Question, u"question"},
    {SlideKind::Video, u"video"},
    {SlideKind::Result, u"result"},
    {SlideKind::Draw, u"draw"},
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

constexpr EnumNameTable<ContentBlock::Type, 4> blockTypeNames{{
    {ContentBlock::Type::Heading, u"heading"},
    {ContentBlock::Type::RichText, u"text"},
    {ContentBlock::Type::Image, u"image"},
    {ContentBlock::Type::Callout, u"callout"},
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

std::vector<AssetId> Slide::referencedAssets() const
{
    std::vector<AssetId> ids;
    if (const auto *content = std::get_if<ContentBody>(&body)) {
        for (const ContentBlock &block : content->blocks) {
            if (block.type == ContentBlock::Type::Image && !block.image.isNull())
                ids.push_back(block.image);
        }
    } else if (const auto *video = std::get_if<VideoBody>(&body)) {
        if (!video->video.isNull())
            ids.push_back(video->video);
        if (!video->poster.isNull())
            ids.push_back(video->poster);
        for (const CaptionTrack &track : video->captions) {
            if (!track.vtt.isNull())
                ids.push_back(track.vtt);
        }
    }
    return ids;
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
    }
    return slide;
}

} // namespace Core
