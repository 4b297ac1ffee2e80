// SPDX-License-Identifier: MIT
#include "LargeCourse.h"

#include "core/Sha256.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Bench {

namespace {

Core::AssetId hashOf(const QByteArray &bytes)
{
    return Core::AssetId(Core::Sha256::hex(bytes));
}

Core::MediaAsset makeImage(int index)
{
    QImage image(320, 180, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((index * 37) % 360, 120, 200));
    QPainter painter(&image);
    painter.drawText(image.rect(), Qt::AlignCenter, u"Image %1"_s.arg(index));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");

    Core::MediaAsset asset;
    asset.id = hashOf(bytes);
    asset.fileName = u"image-%1.png"_s.arg(index);
    asset.mimeType = u"image/png"_s;
    asset.byteSize = bytes.size();
    asset.imageSize = image.size();
    asset.source = {Core::AssetSource::Kind::Memory, {}, {}, bytes};
    return asset;
}

/** A file of pseudo-random bytes (incompressible, like real video) named .mp4. */
Core::MediaAsset makeVideoFile(int index, qint64 size, const QString &directory)
{
    const QString path = QDir(directory).filePath(u"video-%1.mp4"_s.arg(index));
    Core::Sha256 hash;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QRandomGenerator random(quint32(index + 1));
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 written = 0; written < size;) {
        const qint64 n = std::min<qint64>(chunk.size(), size - written);
        random.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        file.write(chunk.constData(), n);
        hash.addData(QByteArrayView(chunk.constData(), n));
        written += n;
    }
    Core::MediaAsset asset;
    asset.id = Core::AssetId(hash.hexResult());
    asset.fileName = u"video-%1.mp4"_s.arg(index);
    asset.mimeType = u"video/mp4"_s;
    asset.byteSize = size;
    asset.durationMs = 60000;
    asset.source = {Core::AssetSource::Kind::File, path, {}, {}};
    return asset;
}

Core::Question makeQuestion(Core::QuestionType type, int index)
{
    using namespace Core;
    Question q;
    q.type = type;
    q.prompt = u"<p>Question <strong>%1</strong>: which answer is right?</p>"_s.arg(index);
    q.points = 1 + index % 3;
    q.correctFeedback = u"Well done."_s;
    q.incorrectFeedback = u"Not quite: read the slide again."_s;
    switch (type) {
    case QuestionType::SingleChoice:
    case QuestionType::MultipleResponse:
        for (int c = 0; c < 4; ++c) {
            q.choices.push_back({u"c%1"_s.arg(c + 1),
                                 u"Answer %1"_s.arg(c + 1),
                                 c == 0 || (type == QuestionType::MultipleResponse && c == 2),
                                 u"Feedback for answer %1"_s.arg(c + 1)});
        }
        q.shuffle = true;
        break;
    case QuestionType::TrueFalse:
        q.trueFalseAnswer = index % 2 == 0;
        break;
    case QuestionType::FillIn:
        q.clozeText = u"Listening means [[1]] and [[2]]."_s;
        q.blanks = {{u"b1"_s, {}, {u"hearing"_s, u"attending"_s}, false},
                    {u"b2"_s, {}, {u"rephrasing"_s}, false}};
        break;
    case QuestionType::Matching:
        for (int p = 0; p < 4; ++p)
            q.pairs.push_back(
                {u"p%1"_s.arg(p + 1), u"Term %1"_s.arg(p + 1), u"Definition %1"_s.arg(p + 1)});
        break;
    case QuestionType::Sequencing:
        for (int s = 0; s < 4; ++s)
            q.items.push_back({u"s%1"_s.arg(s + 1), u"Step %1"_s.arg(s + 1)});
        break;
    case QuestionType::Numeric:
        q.numeric = {false, 42.5, 0.5, 0, 0};
        break;
    case QuestionType::Likert:
        q.likertScale = {u"Never"_s, u"Rarely"_s, u"Sometimes"_s, u"Often"_s, u"Always"_s};
        break;
    case QuestionType::OpenText:
        q.maxLength = 500;
        break;
    case QuestionType::DragDrop:
    case QuestionType::Hotspot:
        q.imageAlt = u"A service desk"_s;
        for (int r = 0; r < 3; ++r) {
            ImageRegion region;
            region.id = u"z%1"_s.arg(r + 1);
            region.label = u"Zone %1"_s.arg(r + 1);
            region.rect = QRectF(5 + 30 * r, 10, 25, 40);
            region.correct = r == 1;
            q.regions.push_back(region);
            q.dragItems.push_back({u"i%1"_s.arg(r + 1), u"Item %1"_s.arg(r + 1), region.id});
        }
        break;
    }
    return q;
}

} // namespace

std::unique_ptr<Core::Course> makeLargeCourse(const LargeCourseOptions &options)
{
    using namespace Core;
    auto course = std::make_unique<Course>();
    course->setId(CourseId(u"bench-large-course"_s));
    course->metadata().title = u"Large benchmark course"_s;
    course->metadata().description = u"Generated to measure Capsule's speed."_s;
    course->metadata().keywords = {u"benchmark"_s};
    course->settings().completion = CompletionRule::AllSlidesViewedAndQuizPassed;

    std::vector<AssetId> images;
    for (int i = 0; i < 40; ++i) {
        MediaAsset image = makeImage(i);
        images.push_back(image.id);
        course->assets()[image.id] = image;
    }
    std::vector<AssetId> videos;
    if (options.mediaBytes > 0) {
        const int count = 8;
        for (int i = 0; i < count; ++i) {
            MediaAsset video = makeVideoFile(i, options.mediaBytes / count, options.mediaDirectory);
            videos.push_back(video.id);
            course->assets()[video.id] = video;
        }
    }

    const auto &types = allQuestionTypes();
    int slideIndex = 0;
    int questionIndex = 0;
    for (int s = 0; slideIndex < options.slides; ++s) {
        auto section = std::make_unique<Section>();
        section->id = SectionId(u"section-%1"_s.arg(s));
        section->title = u"Section %1"_s.arg(s + 1);
        for (int k = 0; k < 25 && slideIndex < options.slides; ++k, ++slideIndex) {
            Slide slide;
            slide.id = SlideId(u"slide-%1"_s.arg(slideIndex));
            slide.title = u"Slide %1"_s.arg(slideIndex + 1);
            if (k == 24) {
                slide.body = ResultBody{u"<p>Passed.</p>"_s, u"<p>Try again.</p>"_s};
            } else if (k % 2 == 1 || k == 22) { // over half of the slides are questions
                slide.body = QuestionBody{
                    makeQuestion(types[size_t(questionIndex) % types.size()], questionIndex)};
                ++questionIndex;
            } else if (k % 12 == 4 && !videos.empty()) {
                VideoBody video;
                video.video = videos[size_t(slideIndex) % videos.size()];
                video.poster = images[size_t(slideIndex) % images.size()];
                video.requiredWatchedPercent = 80;
                slide.body = video;
            } else {
                ContentBody content;
                content.blocks.push_back(
                    {ContentBlock::Type::Heading, slide.title, 2, {}, {}, {}, {}});
                content.blocks.push_back(
                    {ContentBlock::Type::RichText,
                     u"<p>Active listening is <em>the</em> skill of customer service. "
                     "Paragraph %1 explains why, with <strong>examples</strong>.</p>"
                     "<ul><li>Listen</li><li>Rephrase</li><li>Ask</li></ul>"_s.arg(slideIndex),
                     2,
                     {},
                     {},
                     {},
                     {}});
                content.blocks.push_back({ContentBlock::Type::Image,
                                          {},
                                          2,
                                          images[size_t(slideIndex) % images.size()],
                                          u"Illustration %1"_s.arg(slideIndex),
                                          u"Caption"_s,
                                          {}});
                content.blocks.push_back({ContentBlock::Type::Callout,
                                          u"<p>Remember this.</p>"_s,
                                          2,
                                          {},
                                          {},
                                          {},
                                          CalloutStyle::Tip});
                slide.body = content;
            }
            section->slides.push_back(std::make_unique<Slide>(std::move(slide)));
        }
        course->sections().push_back(std::move(section));
    }
    return course;
}

} // namespace Bench
