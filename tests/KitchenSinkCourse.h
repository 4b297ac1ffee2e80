// SPDX-License-Identifier: MIT
// A course with every slide kind, every block type and every question type (the enums are
// walked, and each builder switches over its enum without a default: a new value fails to
// compile until it is covered here), where every text a learner can see holds a distinct
// marker "⟦M<n>⟧". Used by the translation completeness test (export), the format-3/4 fixture
// tests and the translation model tests (core).
#pragma once

#include "core/Course.h"

#include <QCryptographicHash>

#include <memory>

namespace KitchenSink {

/** The text every marker starts with; nothing else in the course contains it. */
inline QString markerPrefix()
{
    return QStringLiteral("⟦M");
}

class Builder
{
public:
    /**
     * withFormat4: scenario slides, drag-and-drop and hotspot questions (format 4); without
     * them the course fits format 3.
     */
    explicit Builder(bool withFormat4 = true)
        : m_withFormat4(withFormat4)
    {}

    std::unique_ptr<Core::Course> build();

private:
    QString plain() { return markerPrefix() + QString::number(++m_n) + QStringLiteral("⟧ text"); }
    QString rich()
    {
        return QStringLiteral("<p>") + markerPrefix() + QString::number(++m_n)
               + QStringLiteral("⟧ <b>bold</b> &amp; more</p>");
    }
    static Core::MediaAsset asset(const QByteArray &bytes, const QString &name, const QString &mime)
    {
        Core::MediaAsset a;
        a.id = Core::AssetId(QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        a.fileName = name;
        a.mimeType = mime;
        a.byteSize = bytes.size();
        a.source = Core::AssetSource{Core::AssetSource::Kind::Memory, {}, {}, bytes};
        return a;
    }
    std::vector<Core::BlockItem> items(bool images)
    {
        std::vector<Core::BlockItem> list(2);
        for (Core::BlockItem &item : list) {
            item.title = plain();
            item.text = rich();
            if (images) {
                item.image = m_photo.id;
                item.altText = plain();
            }
        }
        return list;
    }
    Core::VideoBody video(bool audio)
    {
        Core::VideoBody v;
        v.video = audio ? m_sound.id : m_clip.id;
        v.poster = audio ? Core::AssetId() : m_photo.id;
        v.captions = {Core::CaptionTrack{m_vtt.id, QStringLiteral("fr"), plain()},
                      Core::CaptionTrack{m_vtt.id, QStringLiteral("en"), plain()}};
        return v;
    }
    Core::ContentBlock block(Core::ContentBlock::Type type);
    Core::Question question(Core::QuestionType type);
    Core::Slide slide(Core::SlideKind kind, std::vector<Core::Slide> &extra);

    bool m_withFormat4;
    int m_n = 0;
    int m_slides = 0;
    Core::MediaAsset m_photo
        = asset("photo", QStringLiteral("photo.jpg"), QStringLiteral("image/jpeg"));
    Core::MediaAsset m_sound
        = asset("sound", QStringLiteral("talk.mp3"), QStringLiteral("audio/mpeg"));
    Core::MediaAsset m_clip
        = asset("clip", QStringLiteral("clip.mp4"), QStringLiteral("video/mp4"));
    Core::MediaAsset m_vtt
        = asset("WEBVTT\n", QStringLiteral("clip.vtt"), QStringLiteral("text/vtt"));
    Core::BankId m_bank = Core::BankId(QStringLiteral("bank-1"));
};

inline Core::ContentBlock Builder::block(Core::ContentBlock::Type type)
{
    using Type = Core::ContentBlock::Type;
    Core::ContentBlock b;
    b.type = type;
    switch (type) {
    case Type::Heading:
    case Type::Button:
        b.text = plain();
        b.url = QStringLiteral("https://example.org/");
        break;
    case Type::RichText:
    case Type::Callout:
        b.text = rich();
        break;
    case Type::Image:
        b.image = m_photo.id;
        b.altText = plain();
        b.caption = plain();
        break;
    case Type::ImageText:
        b.image = m_photo.id;
        b.altText = plain();
        b.text = rich();
        break;
    case Type::Quote:
        b.text = rich();
        b.caption = plain();
        b.image = m_photo.id;
        break;
    case Type::KeyFigure:
        b.text = plain();
        b.caption = plain();
        break;
    case Type::Tabs:
    case Type::Accordion:
    case Type::Steps:
    case Type::Checklist:
        b.items = items(false);
        break;
    case Type::FlipCards:
    case Type::Gallery:
        b.items = items(true);
        break;
    case Type::LabelledGraphic:
        b.image = m_photo.id;
        b.altText = plain();
        b.items = items(false);
        break;
    case Type::Table:
        b.rows = {{plain(), plain()}, {plain(), plain(), plain()}};
        break;
    case Type::Audio:
        b.media = video(true);
        b.text = rich();
        break;
    case Type::Video:
        b.media = video(false);
        break;
    case Type::Divider:
    case Type::Spacer:
        break;
    }
    return b;
}

inline Core::Question Builder::question(Core::QuestionType type)
{
    using Type = Core::QuestionType;
    Core::Question q;
    q.type = type;
    q.prompt = rich();
    q.correctFeedback = rich();
    q.incorrectFeedback = rich();
    switch (type) {
    case Type::SingleChoice:
    case Type::MultipleResponse:
        q.choices = {Core::Choice{QStringLiteral("c1"), rich(), true, rich()},
                     Core::Choice{QStringLiteral("c2"), rich(), false, rich()}};
        break;
    case Type::TrueFalse:
    case Type::Numeric:
        q.numeric.value = 4;
        break;
    case Type::OpenText:
        q.maxLength = 200;
        break;
    case Type::FillIn:
        q.clozeText = plain() + QStringLiteral(" [[1]] / [[2]]");
        q.blanks = {Core::Blank{QStringLiteral("b1"), plain(), {plain(), plain()}, false},
                    Core::Blank{QStringLiteral("b2"), plain(), {plain()}, true}};
        break;
    case Type::Matching:
        q.pairs = {Core::MatchPair{QStringLiteral("p1"), plain(), plain()},
                   Core::MatchPair{QStringLiteral("p2"), plain(), plain()}};
        break;
    case Type::Sequencing:
        q.items = {Core::SequenceItem{QStringLiteral("s1"), plain()},
                   Core::SequenceItem{QStringLiteral("s2"), plain()}};
        break;
    case Type::Likert:
        q.likertScale = {plain(), plain(), plain()};
        break;
    case Type::DragDrop:
    case Type::Hotspot: {
        q.image = m_photo.id;
        q.imageAlt = plain();
        Core::ImageRegion a;
        a.id = QStringLiteral("z1");
        a.label = plain();
        a.rect = QRectF(0, 0, 50, 50);
        a.correct = true;
        Core::ImageRegion b;
        b.id = QStringLiteral("z2");
        b.label = plain();
        b.shape = Core::RegionShape::Polygon;
        b.polygon = {QPointF(60, 60), QPointF(90, 60), QPointF(75, 90)};
        q.regions = {a, b};
        if (type == Type::DragDrop) {
            q.dragItems = {Core::DragItem{QStringLiteral("d1"), plain(), QStringLiteral("z1")},
                           Core::DragItem{QStringLiteral("d2"), plain(), QStringLiteral("z2")}};
        }
        break;
    }
    }
    return q;
}

/** A slide of the kind; content and question slides come with extra ones (every type). */
inline Core::Slide Builder::slide(Core::SlideKind kind, std::vector<Core::Slide> &extra)
{
    Core::Slide s;
    s.id = Core::SlideId(QStringLiteral("slide-%1").arg(++m_slides));
    s.title = plain();
    switch (kind) {
    case Core::SlideKind::Content: {
        Core::ContentBody body;
        for (int t = 0;; ++t) {
            const auto type = Core::ContentBlock::Type(t);
            if (Core::toString(type).isEmpty())
                break;
            body.blocks.push_back(block(type));
        }
        s.body = body;
        break;
    }
    case Core::SlideKind::Question: {
        bool first = true;
        for (Core::QuestionType type : Core::allQuestionTypes()) {
            if (!m_withFormat4
                && (type == Core::QuestionType::DragDrop || type == Core::QuestionType::Hotspot))
                continue;
            if (first) {
                s.body = Core::QuestionBody{question(type)};
                first = false;
                continue;
            }
            Core::Slide more;
            more.id = Core::SlideId(QStringLiteral("slide-%1").arg(++m_slides));
            more.title = plain();
            more.body = Core::QuestionBody{question(type)};
            extra.push_back(more);
        }
        break;
    }
    case Core::SlideKind::Video:
        s.body = video(false);
        break;
    case Core::SlideKind::Result:
        s.body = Core::ResultBody{rich(), rich()};
        break;
    case Core::SlideKind::Draw:
        s.body = Core::DrawBody{{m_bank}, 1};
        break;
    case Core::SlideKind::Scenario: {
        Core::ScenarioBody scenario;
        scenario.situation = rich();
        scenario.character = m_photo.id;
        scenario.characterAlt = plain();
        for (const char *id : {"r1", "r2"}) {
            scenario.responses.push_back(
                Core::ScenarioResponse{QString::fromLatin1(id), plain(), rich(), 1});
        }
        s.body = scenario;
        break;
    }
    }
    return s;
}

inline std::unique_ptr<Core::Course> Builder::build()
{
    auto course = std::make_unique<Core::Course>();
    course->setId(Core::CourseId(QStringLiteral("kitchen-sink")));
    course->metadata().title = plain();
    course->metadata().description = plain();
    course->metadata().language = QStringLiteral("fr");
    course->metadata().author = QStringLiteral("Author (a name, not translated)");
    for (const Core::MediaAsset &a : {m_photo, m_sound, m_clip, m_vtt})
        course->assets().emplace(a.id, a);
    auto section = std::make_unique<Core::Section>();
    section->id = Core::SectionId(QStringLiteral("section-1"));
    section->title = plain();
    for (int k = 0;; ++k) {
        const auto kind = Core::SlideKind(k);
        if (Core::toString(kind).isEmpty())
            break;
        if (!m_withFormat4 && kind == Core::SlideKind::Scenario)
            continue;
        std::vector<Core::Slide> extra;
        section->slides.push_back(std::make_unique<Core::Slide>(slide(kind, extra)));
        for (Core::Slide &more : extra)
            section->slides.push_back(std::make_unique<Core::Slide>(std::move(more)));
    }
    course->sections().push_back(std::move(section));
    // A bank the draw slide draws from: its questions are learner-visible too.
    auto bank = std::make_unique<Core::QuestionBank>();
    bank->id = m_bank;
    bank->name = QStringLiteral("Bank (editor only)");
    Core::Slide question;
    question.id = Core::SlideId(QStringLiteral("bank-question"));
    question.title = plain();
    question.body = Core::QuestionBody{this->question(Core::QuestionType::SingleChoice),
                                       {QStringLiteral("tag")}};
    bank->questions.push_back(std::make_unique<Core::Slide>(question));
    course->banks().push_back(std::move(bank));
    Core::assignBlockIds(*course);
    return course;
}

inline std::unique_ptr<Core::Course> build(bool withFormat4 = true)
{
    return Builder(withFormat4).build();
}

} // namespace KitchenSink
