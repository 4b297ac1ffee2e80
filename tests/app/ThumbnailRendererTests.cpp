// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "app/models/OutlineModel.h"
#include "app/models/ThumbnailRenderer.h"
#include "core/Course.h"
#include "core/Document.h"
#include "core/MediaImporter.h"
#include "core/Theme.h"
#include "core/commands/AddAsset.h"
#include "core/commands/SetCourseSettings.h"
#include "core/commands/SetSlideBody.h"

#include <QBuffer>
#include <QLinearGradient>
#include <QPainter>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using Type = Core::ContentBlock::Type;

namespace {

/** A landscape picture with a red disc on its left and a blue one on its right. */
QByteArray photoBytes(QSize size = {640, 360})
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient sky(0, 0, 0, 360);
    sky.setColorAt(0, QColor(0x7d, 0xb9, 0xe8));
    sky.setColorAt(1, QColor(0xe8, 0xd8, 0xa8));
    p.fillRect(image.rect(), sky);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x3a, 0x7d, 0x44));
    const qreal w = size.width(), h = size.height();
    p.drawEllipse(QPointF(w / 2, h * 1.45), w * 0.8, h * 0.72);
    p.setBrush(QColor(0xd6, 0x2e, 0x2e));
    p.drawEllipse(QPointF(w * 0.14, h * 0.42), h / 6, h / 6);
    p.setBrush(QColor(0x1d, 0x4e, 0xd8));
    p.drawEllipse(QPointF(w * 0.86, h * 0.42), h / 6, h / 6);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

struct Fixture
{
    Core::Course course;
    Core::AssetId photo;
    Core::AssetId portrait; ///< taller than the player shows: cropped at the focal point

    Fixture()
    {
        course.metadata().title = u"Thumbnails"_s;
        photo = add(photoBytes(), u"photo.png"_s);
        portrait = add(photoBytes({360, 720}), u"portrait.png"_s);
    }

    Core::AssetId add(const QByteArray &bytes, const QString &name)
    {
        auto asset = Core::MediaImporter::fromData(bytes, name);
        REQUIRE(asset);
        const Core::AssetId id = asset->id;
        course.assets().emplace(id, std::move(asset.value()));
        return id;
    }
};

Core::BlockItem item(const QString &title, const Core::AssetId &image = {})
{
    Core::BlockItem it;
    it.title = title;
    it.text = u"<p>Some explanation that runs over a line or two of text.</p>"_s;
    it.image = image;
    return it;
}

Core::ContentBlock block(Type type, const Core::AssetId &photo)
{
    Core::ContentBlock b;
    b.type = type;
    b.text = u"<p>A paragraph of body text long enough to wrap over two or three lines in the "
             u"player at its usual width, as real course text does.</p>"_s;
    switch (type) {
    case Type::Heading:
        b.text = u"Why listening matters"_s;
        break;
    case Type::KeyFigure:
        b.text = u"87 %"_s;
        b.caption = u"of projects"_s;
        break;
    case Type::Button:
        b.text = u"Open the guide"_s;
        break;
    case Type::Image:
    case Type::ImageText:
    case Type::LabelledGraphic:
        b.image = photo;
        b.items = {item(u"One"_s), item(u"Two"_s)};
        b.items[1].x = 80;
        b.items[1].y = 30;
        break;
    case Type::Quote:
        b.image = photo;
        b.caption = u"A. Learner"_s;
        break;
    case Type::Tabs:
    case Type::Accordion:
    case Type::Steps:
    case Type::Checklist:
        b.items = {item(u"First"_s), item(u"Second"_s), item(u"Third"_s)};
        break;
    case Type::FlipCards:
        b.items = {item(u"Front"_s, photo), item(u"Back"_s), item(u"Third"_s)};
        break;
    case Type::Gallery:
        b.items = {item(u"Picture"_s, photo), item(u"Other"_s, photo)};
        break;
    case Type::Table:
        b.rows = {{u"A"_s, u"B"_s, u"C"_s}, {u"1"_s, u"2"_s, u"3"_s}, {u"4"_s, u"5"_s, u"6"_s}};
        break;
    case Type::Video:
        b.media.poster = photo;
        break;
    default:
        break;
    }
    return b;
}

const std::vector<Type> &allTypes()
{
    static const std::vector<Type> types = {
        Type::Heading,   Type::RichText,        Type::Image,     Type::Callout, Type::ImageText,
        Type::Tabs,      Type::Accordion,       Type::FlipCards, Type::Steps,   Type::Quote,
        Type::KeyFigure, Type::Checklist,       Type::Divider,   Type::Spacer,  Type::Button,
        Type::Table,     Type::LabelledGraphic, Type::Gallery,   Type::Audio,   Type::Video,
    };
    return types;
}

Core::Slide contentSlide(std::vector<Core::ContentBlock> blocks)
{
    Core::Slide slide = Core::Slide::create(Core::SlideKind::Content, u"A slide"_s);
    std::get<Core::ContentBody>(slide.body).blocks = std::move(blocks);
    return slide;
}

QImage render(const Core::Course &course,
              const Core::Slide &slide,
              const Core::Theme &theme = {},
              QSize size = App::ThumbnailRenderer::slideSize(),
              qreal dpr = 2)
{
    return App::ThumbnailRenderer::render(
        App::ThumbnailRenderer::snapshot(course, slide, theme), size, dpr);
}

/** The share of pixels that differ between two images of the same size. */
double difference(const QImage &a, const QImage &b)
{
    REQUIRE(a.size() == b.size());
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    int differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            differing += p[col] != q[col];
    }
    return double(differing) / (x.width() * x.height());
}

} // namespace

TEST_CASE("Slide thumbnails draw each block type in its own way", "[app][thumbnails]")
{
    Fixture f;
    const QImage empty = render(f.course, contentSlide({}));
    CHECK(empty.size() == App::ThumbnailRenderer::slideSize() * 2);
    CHECK(empty.devicePixelRatio() == 2);

    std::vector<QImage> images;
    for (Type type : allTypes()) {
        // A heading first, so that even a spacer shows as the gap it makes.
        const QImage image
            = render(f.course, contentSlide({block(type, f.photo), block(Type::Heading, f.photo)}));
        INFO("block " << Core::toString(type).toStdString());
        CHECK(difference(image, empty) > 0.01);
        for (size_t i = 0; i < images.size(); ++i) {
            INFO("same as " << Core::toString(allTypes()[i]).toStdString());
            CHECK(difference(image, images[i]) > 0.003);
        }
        images.push_back(image);
    }

    SECTION("the image's focal point, size and side show")
    {
        Core::ContentBlock left = block(Type::Image, f.portrait);
        left.focusY = 0; // the portrait is cut to the player's height cap
        Core::ContentBlock right = left;
        right.focusY = 100;
        CHECK(difference(render(f.course, contentSlide({left})),
                         render(f.course, contentSlide({right})))
              > 0.01);
        Core::ContentBlock small = block(Type::Image, f.photo);
        small.imageSize = Core::ImageSize::Small;
        CHECK(difference(render(f.course, contentSlide({small})),
                         render(f.course, contentSlide({block(Type::Image, f.photo)})))
              > 0.05);
        Core::ContentBlock imageRight = block(Type::ImageText, f.photo);
        imageRight.imageSide = Core::ImageSide::Right;
        CHECK(difference(render(f.course, contentSlide({imageRight})),
                         render(f.course, contentSlide({block(Type::ImageText, f.photo)})))
              > 0.05);
    }
}

TEST_CASE("Slide thumbnails show each kind of slide and follow the theme", "[app][thumbnails]")
{
    Fixture f;
    const Core::Slide content = contentSlide({block(Type::Heading, f.photo),
                                              block(Type::RichText, f.photo),
                                              block(Type::Image, f.photo)});
    std::vector<QImage> kinds{render(f.course, content)};
    for (Core::SlideKind kind : {Core::SlideKind::Question,
                                 Core::SlideKind::Video,
                                 Core::SlideKind::Result,
                                 Core::SlideKind::Draw}) {
        const QImage image = render(f.course, Core::Slide::create(kind, u"A slide"_s));
        for (const QImage &other : kinds)
            CHECK(difference(image, other) > 0.02);
        kinds.push_back(image);
    }

    // Rendering is deterministic; another theme gives another picture.
    CHECK(render(f.course, content) == render(f.course, content));
    Core::Theme green;
    green.primary = QColor(0x0b, 0x6e, 0x4f);
    green.accent = QColor(0x8a, 0x3f, 0xfc);
    CHECK(difference(render(f.course, content, green), render(f.course, content)) > 0.02);
    CHECK(App::ThumbnailRenderer::contentHash(content, green)
          != App::ThumbnailRenderer::contentHash(content, Core::Theme{}));

    SECTION("large thumbnails have real text and stay within their size")
    {
        const QImage large = render(f.course, content, {}, QSize(240, 135), 1);
        CHECK(large.size() == QSize(240, 135));
        CHECK(large.devicePixelRatio() == 1);
    }
}

TEST_CASE("Slide thumbnails are cached by content and rendered again after an edit",
          "[app][thumbnails]")
{
    auto course = std::make_unique<Core::Course>();
    auto section = std::make_unique<Core::Section>();
    section->id = Core::SectionId::generate();
    section->title = u"Section"_s;
    Core::Slide slide = contentSlide({block(Type::Heading, {}), block(Type::RichText, {})});
    const Core::SlideId id = slide.id;
    section->slides.push_back(std::make_unique<Core::Slide>(slide));
    course->sections().push_back(std::move(section));
    Core::Document doc(std::move(course));

    App::ThumbnailRenderer renderer;
    renderer.setDevicePixelRatio(2);
    QSignalSpy ready(&renderer, &App::ThumbnailRenderer::slideThumbnailReady);
    const auto thumbnail
        = [&] { return renderer.slideThumbnail(doc.course(), *doc.course().slide(id)); };

    CHECK(thumbnail().isNull());
    REQUIRE(ready.wait(20000));
    const QImage first = thumbnail();
    REQUIRE_FALSE(first.isNull());
    CHECK(first.size() == App::ThumbnailRenderer::slideSize() * 2);
    // Asking again answers from the cache: no new render.
    CHECK(thumbnail().cacheKey() == first.cacheKey());
    CHECK(renderer.pendingCount() == 0);

    // A block added: the stale picture meanwhile, then a new one.
    Core::ContentBody body = std::get<Core::ContentBody>(doc.course().slide(id)->body);
    body.blocks.push_back(block(Type::Accordion, {}));
    doc.push(std::make_unique<Core::SetSlideBody>(&doc, id, body, u"Add block"_s));
    CHECK(thumbnail().cacheKey() == first.cacheKey());
    CHECK(renderer.pendingCount() == 1);
    REQUIRE(ready.wait(20000));
    const QImage edited = thumbnail();
    CHECK(difference(edited, first) > 0.01);

    // Undo: back to the first picture.
    doc.undoStack()->undo();
    thumbnail();
    REQUIRE(ready.wait(20000));
    CHECK(thumbnail() == first);

    // A theme change renders again too.
    Core::CourseSettings settings = doc.course().settings();
    settings.theme.primary = QColor(0x7a, 0x10, 0x4a);
    doc.push(std::make_unique<Core::SetCourseSettings>(&doc, settings));
    thumbnail();
    REQUIRE(ready.wait(20000));
    CHECK(difference(thumbnail(), first) > 0.01);
}

TEST_CASE("Thumbnail contact sheet", "[app][thumbnails][.sheet]")
{
    // Not run by default: CAPSULE_THUMBNAIL_SHEET=path.png app_tests "[.sheet]" draws every
    // block and slide kind at 1x and 2x, to look at.
    Fixture f;
    std::vector<Core::Slide> slides;
    for (Type type : allTypes())
        slides.push_back(contentSlide({block(Type::Heading, f.photo), block(type, f.photo)}));
    slides.push_back(contentSlide({block(Type::Heading, f.photo),
                                   block(Type::RichText, f.photo),
                                   block(Type::Image, f.photo),
                                   block(Type::Tabs, f.photo)}));
    for (Core::SlideKind kind : {Core::SlideKind::Question,
                                 Core::SlideKind::Video,
                                 Core::SlideKind::Result,
                                 Core::SlideKind::Draw})
        slides.push_back(Core::Slide::create(kind, u"A slide"_s));
    // Each thumbnail at 1x magnified 3 times (its pixels as squares), then at 2x magnified
    // 1.5 times, so that both show what a screen shows.
    const int columns = 4;
    const int rows = int(slides.size() + columns - 1) / columns;
    const QSize cell(2 * 192 + 24, 108 + 12);
    QImage sheet(QSize(std::max(columns * cell.width() + 8, 1240), rows * cell.height() + 8 + 290),
                 QImage::Format_RGB32);
    sheet.fill(QColor(0xf6, 0xf6, 0xf6));
    QPainter p(&sheet);
    for (size_t i = 0; i < slides.size(); ++i) {
        const QPoint at(int(i % columns) * cell.width() + 8, int(i / columns) * cell.height() + 8);
        const QImage once = render(f.course, slides[i], {}, {64, 36}, 1);
        p.drawImage(QRect(at, QSize(192, 108)), once.scaled(192, 108));
        const QImage twice = render(f.course, slides[i], {}, {64, 36}, 2);
        p.drawImage(QRect(at + QPoint(200, 0), QSize(192, 108)), twice.scaled(192, 108));
    }
    // The built-in themes on a rich slide, large, then at outline size (2x, magnified 1.5).
    const QList<Core::Theme> themes = Core::builtinThemes();
    for (int i = 0; i < int(themes.size()); ++i) {
        const QPoint at(8 + (i % 3) * 250, rows * cell.height() + 8 + (i / 3) * 140);
        p.drawImage(QRect(at, QSize(240, 135)),
                    render(f.course, slides[20], themes[i], {240, 135}, 1));
        QImage small = render(f.course, slides[20], themes[i], {64, 36}, 2);
        p.drawImage(QRect(at + QPoint(760, 0), QSize(192, 108)), small.scaled(192, 108));
    }
    p.end();
    const QString path = qEnvironmentVariable("CAPSULE_THUMBNAIL_SHEET");
    if (!path.isEmpty())
        CHECK(sheet.save(path));
}
