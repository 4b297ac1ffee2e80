// SPDX-License-Identifier: MIT
// A course with one content slide holding every block type, each field set to a non-default
// value somewhere; shared by the core (model, course.xml, Validator) and export (player data)
// tests of the content blocks.
#pragma once

#include "core/Course.h"

#include <QCryptographicHash>

#include <memory>

namespace BlockFixtures {

inline Core::MediaAsset asset(const QByteArray &bytes, const QString &fileName, const QString &mime)
{
    Core::MediaAsset a;
    a.id = Core::AssetId(
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    a.fileName = fileName;
    a.mimeType = mime;
    a.byteSize = bytes.size();
    a.source = Core::AssetSource{Core::AssetSource::Kind::Memory, {}, {}, bytes};
    return a;
}

struct Assets
{
    Core::MediaAsset photo
        = asset("photo-bytes", QStringLiteral("photo.jpg"), QStringLiteral("image/jpeg"));
    Core::MediaAsset plan
        = asset("plan-bytes", QStringLiteral("plan.png"), QStringLiteral("image/png"));
    Core::MediaAsset sound
        = asset("sound-bytes", QStringLiteral("talk.mp3"), QStringLiteral("audio/mpeg"));
    Core::MediaAsset clip
        = asset("clip-bytes", QStringLiteral("clip.mp4"), QStringLiteral("video/mp4"));
    Core::MediaAsset vtt
        = asset("WEBVTT\n", QStringLiteral("clip.en.vtt"), QStringLiteral("text/vtt"));
};

inline Core::ContentBlock block(Core::ContentBlock::Type type)
{
    Core::ContentBlock b;
    b.type = type;
    return b;
}

inline std::vector<Core::BlockItem> items(int n, bool rich = true)
{
    std::vector<Core::BlockItem> list;
    for (int i = 1; i <= n; ++i) {
        Core::BlockItem item;
        item.title = QStringLiteral("Item %1").arg(i);
        if (rich)
            item.text = QStringLiteral("<p>Detail <b>%1</b></p>").arg(i);
        list.push_back(item);
    }
    return list;
}

/** Every block type, in Type order after the four original ones. */
inline std::vector<Core::ContentBlock> everyBlock(const Assets &a, const Core::SlideId &target)
{
    using Type = Core::ContentBlock::Type;
    std::vector<Core::ContentBlock> blocks;

    auto image = block(Type::Image);
    image.image = a.photo.id;
    image.altText = QStringLiteral("A photo");
    image.imageSize = Core::ImageSize::Full;
    image.focusX = 20;
    image.focusY = 80;
    blocks.push_back(image);

    auto imageText = block(Type::ImageText);
    imageText.image = a.plan.id;
    imageText.altText = QStringLiteral("The plan");
    imageText.text = QStringLiteral("<p>Beside the plan</p>");
    imageText.imageSide = Core::ImageSide::Right;
    imageText.imageShare = Core::ImageShare::Third;
    blocks.push_back(imageText);

    auto tabs = block(Type::Tabs);
    tabs.items = items(3);
    tabs.required = true;
    blocks.push_back(tabs);

    auto accordion = block(Type::Accordion);
    accordion.items = items(2);
    blocks.push_back(accordion);

    auto cards = block(Type::FlipCards);
    cards.items = items(2);
    cards.items[0].image = a.photo.id;
    cards.items[0].altText = QStringLiteral("Front photo");
    cards.required = true;
    blocks.push_back(cards);

    auto steps = block(Type::Steps);
    steps.items = items(3);
    blocks.push_back(steps);

    auto quote = block(Type::Quote);
    quote.text = QStringLiteral("<p>Safety first.</p>");
    quote.caption = QStringLiteral("Ada, fire warden");
    quote.image = a.photo.id;
    blocks.push_back(quote);

    auto figure = block(Type::KeyFigure);
    figure.text = QStringLiteral("87 %");
    figure.caption = QStringLiteral("of fires start in the kitchen");
    blocks.push_back(figure);

    auto checklist = block(Type::Checklist);
    checklist.items = items(2, false);
    blocks.push_back(checklist);

    blocks.push_back(block(Type::Divider));
    blocks.push_back(block(Type::Spacer));

    auto link = block(Type::Button);
    link.text = QStringLiteral("Read the rules");
    link.url = QStringLiteral("https://example.org/rules?a=1&b=2");
    blocks.push_back(link);

    auto jump = block(Type::Button);
    jump.text = QStringLiteral("Back to the start");
    jump.targetSlide = target;
    blocks.push_back(jump);

    auto table = block(Type::Table);
    table.rows = {{QStringLiteral("Class"), QStringLiteral("Fire")},
                  {QStringLiteral("A"), QStringLiteral("Solids <wood>")},
                  {QStringLiteral("B"), QString(), QStringLiteral("extra")}};
    table.headerRow = false;
    blocks.push_back(table);

    auto graphic = block(Type::LabelledGraphic);
    graphic.image = a.plan.id;
    graphic.altText = QStringLiteral("Floor plan");
    graphic.items = items(2);
    graphic.items[0].x = 10;
    graphic.items[0].y = 90;
    graphic.items[1].x = 100;
    graphic.items[1].y = 0;
    graphic.required = true;
    blocks.push_back(graphic);

    auto gallery = block(Type::Gallery);
    gallery.items = items(2, false);
    gallery.items[0].image = a.photo.id;
    gallery.items[0].altText = QStringLiteral("First");
    gallery.items[1].image = a.plan.id;
    gallery.items[1].altText = QStringLiteral("Second");
    blocks.push_back(gallery);

    auto audio = block(Type::Audio);
    audio.media.video = a.sound.id;
    audio.media.requiredWatchedPercent = 100;
    audio.text = QStringLiteral("<p>What is said.</p>");
    blocks.push_back(audio);

    auto video = block(Type::Video);
    video.media.video = a.clip.id;
    video.media.poster = a.photo.id;
    video.media.requiredWatchedPercent = 80;
    video.media.captions = {Core::CaptionTrack{a.vtt.id, QStringLiteral("en"), QString()}};
    blocks.push_back(video);
    return blocks;
}

/** Two slides: "start" (empty) and "blocks" with everyBlock(). */
inline std::unique_ptr<Core::Course> makeBlocksCourse()
{
    const Assets a;
    auto course = std::make_unique<Core::Course>();
    course->setId(Core::CourseId(QStringLiteral("blocks-course")));
    course->metadata().title = QStringLiteral("Blocks");
    for (const Core::MediaAsset &m : {a.photo, a.plan, a.sound, a.clip, a.vtt})
        course->assets().emplace(m.id, m);
    auto section = std::make_unique<Core::Section>();
    section->id = Core::SectionId(QStringLiteral("sec"));
    Core::Slide start = Core::Slide::create(Core::SlideKind::Content, QStringLiteral("Start"));
    start.id = Core::SlideId(QStringLiteral("start"));
    Core::Slide slide = Core::Slide::create(Core::SlideKind::Content, QStringLiteral("Blocks"));
    slide.id = Core::SlideId(QStringLiteral("blocks"));
    std::get<Core::ContentBody>(slide.body).blocks = everyBlock(a, start.id);
    section->slides.push_back(std::make_unique<Core::Slide>(start));
    section->slides.push_back(std::make_unique<Core::Slide>(slide));
    course->sections().push_back(std::move(section));
    return course;
}

} // namespace BlockFixtures
