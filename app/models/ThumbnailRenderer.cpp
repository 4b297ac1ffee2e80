// SPDX-License-Identifier: MIT
#include "ThumbnailRenderer.h"

#include "SlideKindIcons.h"
#include "core/Course.h"
#include "core/HtmlSanitizer.h"
#include "core/ProjectFile.h"

#include <QBuffer>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace App {

namespace {

constexpr int cacheBudgetKb = 48 * 1024;

int imageCostKb(const QImage &image)
{
    return std::max<int>(1, int(image.sizeInBytes() / 1024));
}

QImage decodeImage(const Core::AssetSource &source, QSize maxPixels)
{
    if (source.kind == Core::AssetSource::Kind::None)
        return {};
    auto bytes = Core::ProjectFile::readAssetBytes(
        source, Core::ProjectFile::maxDecodedImageFileBytes); // hostile files: bounded
    if (!bytes)
        return {};
    QBuffer buffer(&bytes.value());
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(maxPixels, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (!image.isNull() && !size.isValid())
        image = image.scaled(maxPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

void drawLines(QPainter &p, QRectF area, int lines, const QColor &color)
{
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    const qreal h = 7;
    for (int i = 0; i < lines && area.height() >= h; ++i) {
        const qreal w = area.width() * (i == lines - 1 ? 0.6 : 1.0);
        p.drawRoundedRect(QRectF(area.left(), area.top(), w, h), 3, 3);
        area.setTop(area.top() + h + 6);
    }
}

} // namespace

ThumbnailRenderer::ThumbnailRenderer(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(std::clamp(QThread::idealThreadCount() - 1, 1, 2));
    // Workers draw text on QImages. Load the font database here, on the GUI thread, so that
    // its lazy first-use set-up never runs on a worker while the GUI thread uses fonts too.
    (void)QFontDatabase::families();
    (void)QFontMetricsF(QFont()).height();
    m_slides.setMaxCost(cacheBudgetKb);
    m_assets.setMaxCost(cacheBudgetKb / 4);
}

ThumbnailRenderer::~ThumbnailRenderer()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void ThumbnailRenderer::setDevicePixelRatio(qreal ratio)
{
    if (qFuzzyCompare(ratio, m_dpr))
        return;
    m_dpr = ratio;
    clear();
}

void ThumbnailRenderer::clear()
{
    m_pool.clear();
    ++m_generation;
    m_slides.clear();
    m_assets.clear();
    m_pendingSlides.clear();
    m_pendingAssets.clear();
    m_failedAssets.clear();
}

size_t ThumbnailRenderer::contentHash(const Core::Slide &slide, const Core::Theme &theme)
{
    size_t h
        = qHashMulti(0, int(slide.kind()), slide.title, theme.primary.rgba(), theme.accent.rgba());
    if (const auto *content = std::get_if<Core::ContentBody>(&slide.body)) {
        for (const auto &block : content->blocks)
            h = qHashMulti(h, int(block.type), block.text, block.image, int(block.calloutStyle));
    } else if (const auto *question = std::get_if<Core::QuestionBody>(&slide.body)) {
        const Core::Question &q = question->question;
        h = qHashMulti(h,
                       int(q.type),
                       q.prompt,
                       int(q.choices.size()),
                       int(q.items.size()),
                       int(q.pairs.size()),
                       int(q.likertScale.size()));
    } else if (const auto *video = std::get_if<Core::VideoBody>(&slide.body)) {
        h = qHashMulti(h, video->video, video->poster);
    } else if (const auto *result = std::get_if<Core::ResultBody>(&slide.body)) {
        h = qHashMulti(h, result->passMessage);
    } else if (const auto *draw = std::get_if<Core::DrawBody>(&slide.body)) {
        h = qHashMulti(h, draw->total(), int(draw->banks.size()));
    }
    return h;
}

QImage ThumbnailRenderer::slideThumbnail(const Core::Course &course, const Core::Slide &slide)
{
    const size_t hash = contentHash(slide, course.settings().theme);
    const Entry *cached = m_slides.object(slide.id);
    if (cached && cached->hash == hash)
        return cached->image;

    const auto pending = m_pendingSlides.constFind(slide.id);
    if (pending == m_pendingSlides.cend() || *pending != hash) {
        SlideSnapshot snapshot{slide, course.settings().theme, {}};
        if (const auto *content = std::get_if<Core::ContentBody>(&slide.body)) {
            for (const auto &block : content->blocks) {
                if (block.type == Core::ContentBlock::Type::Image
                    || block.type == Core::ContentBlock::Type::ImageText
                    || block.type == Core::ContentBlock::Type::LabelledGraphic) {
                    if (const Core::MediaAsset *asset = course.asset(block.image))
                        snapshot.image = asset->source;
                    break;
                }
            }
        } else if (const auto *video = std::get_if<Core::VideoBody>(&slide.body)) {
            if (const Core::MediaAsset *asset = course.asset(video->poster))
                snapshot.image = asset->source;
        }
        m_pendingSlides.insert(slide.id, hash);
        const qreal dpr = m_dpr;
        const int generation = m_generation;
        const Core::SlideId id = slide.id;
        QtConcurrent::run(&m_pool, [snapshot = std::move(snapshot), dpr] {
            return render(snapshot, slideSize(), dpr);
        }).then(this, [this, id, hash, generation](const QImage &image) {
            if (generation != m_generation)
                return;
            if (m_pendingSlides.value(id) == hash)
                m_pendingSlides.remove(id);
            m_slides.insert(id, new Entry{hash, image}, imageCostKb(image));
            emit slideThumbnailReady(id);
        });
    }
    return cached ? cached->image : QImage();
}

QImage ThumbnailRenderer::assetThumbnail(const Core::MediaAsset &asset)
{
    if (!asset.isImage() || m_failedAssets.contains(asset.id))
        return {};
    if (const QImage *cached = m_assets.object(asset.id))
        return *cached;
    if (!m_pendingAssets.contains(asset.id)) {
        m_pendingAssets.insert(asset.id);
        const QSize pixels = assetSize() * m_dpr;
        const qreal dpr = m_dpr;
        const int generation = m_generation;
        const Core::AssetId id = asset.id;
        QtConcurrent::run(&m_pool, [source = asset.source, pixels, dpr] {
            QImage image = decodeImage(source, pixels);
            image.setDevicePixelRatio(dpr);
            return image;
        }).then(this, [this, id, generation](const QImage &image) {
            if (generation != m_generation)
                return;
            m_pendingAssets.remove(id);
            if (image.isNull()) {
                m_failedAssets.insert(id);
                return;
            }
            m_assets.insert(id, new QImage(image), imageCostKb(image));
            emit assetThumbnailReady(id);
        });
    }
    return {};
}

QImage ThumbnailRenderer::render(const SlideSnapshot &snapshot, QSize logicalSize, qreal dpr)
{
    // Thumbnails show the slide as the learner's player draws it: white paper and the
    // course theme, whatever the editor's palette.
    QImage image(logicalSize * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    // Draw in a 256 x 144 space whatever the output size.
    p.scale(logicalSize.width() / 256.0, logicalSize.height() / 144.0);

    const Core::Theme &theme = snapshot.theme;
    const Core::Slide &slide = snapshot.slide;
    const QColor ink(0x33, 0x33, 0x33);
    const QColor faint(0xd8, 0xdc, 0xe0);

    p.fillRect(QRectF(0, 0, 256, 18), theme.primary);

    QFont font;
    font.setPixelSize(20);
    font.setBold(true);
    p.setFont(font);
    p.setPen(ink);
    const QString title = QFontMetricsF(font).elidedText(slide.title, Qt::ElideRight, 224);
    p.drawText(QRectF(16, 26, 224, 26), Qt::AlignLeft | Qt::AlignVCenter, title);

    const QRectF body(16, 60, 224, 72);
    const QImage picture = snapshot.image.kind == Core::AssetSource::Kind::None
                               ? QImage()
                               : decodeImage(snapshot.image, QSize(224, 128) * dpr);

    switch (slide.kind()) {
    case Core::SlideKind::Content: {
        const auto &blocks = std::get<Core::ContentBody>(slide.body).blocks;
        QRectF area = body;
        bool pictureDrawn = false;
        for (const auto &block : blocks) {
            if (area.height() < 8)
                break;
            switch (block.type) {
            case Core::ContentBlock::Type::Heading:
                drawLines(p, QRectF(area.left(), area.top(), area.width() * 0.7, 10), 1, ink);
                area.setTop(area.top() + 16);
                break;
            case Core::ContentBlock::Type::RichText:
                drawLines(p, QRectF(area.left(), area.top(), area.width(), 33), 3, faint);
                area.setTop(area.top() + 39);
                break;
            case Core::ContentBlock::Type::Callout: {
                const QRectF r(area.left(), area.top(), area.width(), 22);
                p.setPen(Qt::NoPen);
                p.setBrush(
                    QColor(theme.accent.red(), theme.accent.green(), theme.accent.blue(), 50));
                p.drawRect(r);
                p.setBrush(theme.accent);
                p.drawRect(QRectF(r.left(), r.top(), 4, r.height()));
                area.setTop(area.top() + 28);
                break;
            }
            case Core::ContentBlock::Type::Divider:
            case Core::ContentBlock::Type::Spacer:
                if (block.type == Core::ContentBlock::Type::Divider)
                    p.fillRect(QRectF(area.left(), area.top() + 3, area.width(), 1), faint);
                area.setTop(area.top() + 8);
                break;
            default: { // interactive and other blocks: a framed band of rows
                const QRectF r(area.left(), area.top(), area.width(), 22);
                p.setPen(QPen(faint, 1));
                p.setBrush(Qt::NoBrush);
                p.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
                drawLines(p, r.adjusted(6, 6, -area.width() * 0.4, -6), 1, faint);
                area.setTop(area.top() + 28);
                break;
            }
            case Core::ContentBlock::Type::Image:
            case Core::ContentBlock::Type::ImageText:
            case Core::ContentBlock::Type::Gallery:
            case Core::ContentBlock::Type::LabelledGraphic: {
                const qreal h = std::min<qreal>(area.height(), 60);
                const QRectF r(area.left(), area.top(), area.width(), h);
                if (!picture.isNull() && !pictureDrawn) {
                    const QSizeF s = QSizeF(picture.size()).scaled(r.size(), Qt::KeepAspectRatio);
                    p.drawImage(QRectF(r.left(), r.top(), s.width(), s.height()), picture);
                    pictureDrawn = true;
                } else {
                    p.fillRect(QRectF(r.left(), r.top(), h * 1.6, h), faint);
                }
                area.setTop(area.top() + h + 6);
                break;
            }
            }
        }
        if (blocks.empty())
            drawLines(p, body.adjusted(0, 0, 0, -36), 2, faint);
        break;
    }
    case Core::SlideKind::Question: {
        const Core::Question &q = std::get<Core::QuestionBody>(slide.body).question;
        drawLines(
            p, QRectF(body.left(), body.top(), body.width(), 20), 1, QColor(0x88, 0x88, 0x88));
        const int options = std::clamp(
            int(std::max({q.choices.size(), q.items.size(), q.pairs.size(), size_t(2)})), 2, 4);
        qreal y = body.top() + 16;
        for (int i = 0; i < options; ++i, y += 14) {
            p.setPen(QPen(theme.primary, 2));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QRectF(body.left(), y, 9, 9));
            p.setPen(Qt::NoPen);
            p.setBrush(faint);
            p.drawRoundedRect(QRectF(body.left() + 16, y + 1, 120 - 12 * (i % 3), 7), 3, 3);
        }
        break;
    }
    case Core::SlideKind::Video: {
        const QRectF r(48, 52, 160, 84);
        if (!picture.isNull())
            p.drawImage(r, picture);
        else
            p.fillRect(r, QColor(0x20, 0x20, 0x20));
        SlideKindIcons::paint(
            p, QRectF(r.center().x() - 16, r.center().y() - 16, 32, 32), Core::SlideKind::Video);
        break;
    }
    case Core::SlideKind::Result: {
        const QRectF ring(128 - 34, 60, 68, 68);
        p.setPen(QPen(faint, 9));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(ring);
        p.setPen(QPen(theme.accent, 9, Qt::SolidLine, Qt::RoundCap));
        p.drawArc(ring, 90 * 16, -270 * 16);
        break;
    }
    case Core::SlideKind::Draw: {
        // A fanned stack of question cards and how many are drawn from it.
        const auto &draw = std::get<Core::DrawBody>(slide.body);
        const QColor cardEdge(0xb8, 0xbe, 0xc6);
        for (int i = 0; i < 3; ++i) {
            const QRectF card(70 + i * 14, 70 - i * 6, 62, 62);
            p.setPen(QPen(i == 2 ? theme.primary : cardEdge, i == 2 ? 2.5 : 1.5));
            p.setBrush(i == 2 ? QColor(Qt::white) : QColor(0xf2, 0xf4, 0xf6));
            p.drawRoundedRect(card, 7, 7);
        }
        QFont mark;
        mark.setPixelSize(40);
        mark.setBold(true);
        p.setFont(mark);
        p.setPen(theme.primary);
        p.drawText(QRectF(98, 58, 62, 62), Qt::AlignCenter, u"?"_s);
        QFont count;
        count.setPixelSize(26);
        count.setBold(true);
        p.setFont(count);
        p.setPen(ink);
        p.drawText(QRectF(172, 76, 70, 40),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   u"×\u2009%1"_s.arg(draw.total()));
        break;
    }
    }
    p.end();
    return image;
}

} // namespace App
