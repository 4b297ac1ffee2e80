// SPDX-License-Identifier: MIT
#include "ThumbnailRenderer.h"

#include "SlideKindIcons.h"
#include "core/Course.h"
#include "core/HtmlSanitizer.h"
#include "core/ProjectFile.h"
#include "core/Theme.h"

#include <QBuffer>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImageReader>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace App {

namespace {

constexpr int cacheBudgetKb = 48 * 1024;
// Thumbnails are drawn in a 256 x 144 design space whatever their size.
constexpr qreal designWidth = 256;
constexpr qreal designHeight = 144;
constexpr qreal headerHeight = 16;

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
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > maxPixels.width() || size.height() > maxPixels.height()))
        reader.setScaledSize(size.scaled(maxPixels, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (!image.isNull() && !size.isValid())
        image = image.scaled(maxPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

/** a with share t of b. */
QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

/** The theme as the thumbnail draws it: colours, shape and layout in design units. */
struct Look
{
    QColor bg, surface, surface2, line, lineStrong, ink, ink2, muted;
    QColor primary, primaryInk, primarySoft, primaryLine, primaryText, accent, accentInk;
    QColor ok, okBg, okLine, warn, warnBg, warnLine;
    QColor headBg, headInk, headLine;
    QColor textBar;    ///< body text drawn as bars
    QColor headingBar; ///< headings drawn as bars
    qreal radius = 6;  ///< design units
    enum class Header { Bar, Plain, Centered } header = Header::Bar;
    bool card = true;
    qreal density = 1;
    QFont headingFont, bodyFont;
    bool dark = false;
};

/** A QFont that picks the first installed family of a CSS font stack. */
QFont fontFor(const QString &cssStack, const QString &preferred = {})
{
    QStringList families;
    if (!preferred.isEmpty())
        families.append(preferred);
    QFont::StyleHint hint = QFont::SansSerif;
    for (QString family : cssStack.split(u',')) {
        family = family.trimmed();
        family.remove(u'"');
        if (family == u"serif")
            hint = QFont::Serif;
        else if (family == u"monospace")
            hint = QFont::Monospace;
        else if (!family.isEmpty() && family != u"sans-serif" && !family.startsWith(u"ui-")
                 && !family.startsWith(u"-"))
            families.append(family);
    }
    QFont font;
    font.setStyleHint(hint);
    font.setFamilies(families);
    return font;
}

Look lookFor(const Core::Theme &theme)
{
    const Core::ThemePalette palette = Core::themePalette(theme);
    Look look;
    look.bg = palette.bg;
    look.surface = palette.surface;
    look.surface2 = palette.surface2;
    look.line = palette.line;
    look.lineStrong = palette.lineStrong;
    look.ink = palette.ink;
    look.ink2 = palette.ink2;
    look.muted = palette.muted;
    look.primary = palette.primary;
    look.primaryInk = palette.primaryInk;
    look.primarySoft = palette.primarySoft;
    look.primaryLine = palette.primaryLine;
    look.primaryText = palette.primaryText;
    look.accent = palette.accent;
    look.accentInk = palette.accentInk;
    look.ok = palette.ok;
    look.okBg = palette.okBg;
    look.okLine = palette.okLine;
    look.warn = palette.warn;
    look.warnBg = palette.warnBg;
    look.warnLine = palette.warnLine;
    look.headBg = palette.headBg;
    look.headInk = palette.headInk;
    look.headLine = palette.headLine;
    look.dark = palette.dark;
    // The player's radius (px on a 676 px column) made visible at thumbnail sizes.
    look.radius
        = std::clamp(theme.cornerRadius, Core::minCornerRadius, Core::maxCornerRadius) * 0.5;
    switch (theme.header) {
    case Core::ThemeHeader::Bar:
        look.header = Look::Header::Bar;
        break;
    case Core::ThemeHeader::Plain:
        look.header = Look::Header::Plain;
        break;
    case Core::ThemeHeader::Centered:
        look.header = Look::Header::Centered;
        break;
    }
    look.card = theme.page == Core::ThemePage::Card;
    look.density = theme.density == Core::ThemeDensity::Compact    ? 0.75
                   : theme.density == Core::ThemeDensity::Spacious ? 1.3
                                                                   : 1.0;
    look.bodyFont = fontFor(Core::cssFontStack(theme.bodyFont), theme.fontFamily);
    look.headingFont = fontFor(Core::cssFontStack(theme.headingFont));
    look.textBar = mix(look.surface, look.ink2, look.dark ? 0.42 : 0.3);
    look.headingBar = mix(look.surface, look.ink, 0.82);
    return look;
}

/** The player's controls over a video frame: a play button and a progress line. */
void videoControlsOn(QPainter &p, const QRectF &frame, const Look &look)
{
    const qreal s = std::min(frame.width(), frame.height());
    const QPointF c = frame.center();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawEllipse(c, s * 0.15, s * 0.15);
    p.setBrush(QColor(0x1d, 0x29, 0x39));
    const qreal t = s * 0.07;
    p.drawPolygon(
        QPolygonF{c + QPointF(-t * 0.7, -t), c + QPointF(t * 1.1, 0), c + QPointF(-t * 0.7, t)});
    const QRectF track(frame.left() + 6, frame.bottom() - 6, frame.width() - 12, 1.8);
    p.setBrush(QColor(255, 255, 255, 110));
    p.drawRoundedRect(track, 0.9, 0.9);
    p.setBrush(look.accent);
    p.drawRoundedRect(
        QRectF(track.left(), track.top(), track.width() * 0.3, track.height()), 0.9, 0.9);
}

QString plainText(const QString &html)
{
    return Core::HtmlSanitizer::toPlainText(html).simplified();
}

/**
 * Draws a slide's parts in design units. In measuring mode (paint == false) it draws nothing
 * and only answers heights, so that the same code lays out and paints.
 */
class SlidePainter
{
public:
    SlidePainter(QPainter &painter,
                 const Look &look,
                 const QHash<Core::AssetId, QImage> &images,
                 qreal pixelsPerUnit)
        : m_p(painter)
        , m_look(look)
        , m_images(images)
        , m_detailed(pixelsPerUnit >= 0.6)
    {}

    void setPainting(bool paint) { m_paint = paint; }
    /** How far a full-size image reaches beyond the content column on each side. */
    void setBleed(qreal bleed) { m_bleed = bleed; }
    bool detailed() const { return m_detailed; }

    qreal gap() const { return 9 * m_look.density; }

    // ---- primitives -------------------------------------------------------------------

    void bar(const QRectF &r, const QColor &color)
    {
        if (!m_paint || r.width() <= 0)
            return;
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(color);
        m_p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
    }

    void box(const QRectF &r, const QColor &fill, const QColor &border, qreal radius, qreal pen = 1)
    {
        if (!m_paint)
            return;
        m_p.setPen(border.isValid() ? QPen(border, pen) : QPen(Qt::NoPen));
        m_p.setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
        const qreal inset = border.isValid() ? pen / 2 : 0;
        m_p.drawRoundedRect(r.adjusted(inset, inset, -inset, -inset), radius, radius);
    }

    void disc(const QPointF &center, qreal radius, const QColor &fill, const QColor &border = {})
    {
        if (!m_paint)
            return;
        m_p.setPen(border.isValid() ? QPen(border, 1.2) : QPen(Qt::NoPen));
        m_p.setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
        m_p.drawEllipse(center, radius, radius);
    }

    /** Paragraph text as bars: as many lines as the text needs at width w, at most maxLines. */
    qreal textLines(QPointF at, qreal w, const QString &text, int maxLines, const QColor &color)
    {
        const int chars = std::max<int>(int(text.size()), 20);
        const qreal perLine = std::max<qreal>(w / 2.5, 8);
        const int lines = std::clamp(int(std::ceil(chars / perLine)), 1, maxLines);
        qreal last = std::fmod(chars, perLine) / perLine;
        if (chars > perLine * maxLines || last < 0.05)
            last = 0.92;
        last = std::max<qreal>(last, 0.3);
        return bars(at, w, lines, last, color);
    }

    qreal bars(QPointF at, qreal w, int lines, qreal lastShare, const QColor &color)
    {
        const qreal h = 4, pitch = 7.5;
        for (int i = 0; i < lines; ++i) {
            const qreal width = i == lines - 1 ? w * lastShare : w * (i % 2 ? 0.96 : 1.0);
            bar(QRectF(at.x(), at.y() + i * pitch, width, h), color);
        }
        return lines * pitch - (pitch - h);
    }

    /** A line of real text when the thumbnail is large enough, else a bar of about its width. */
    qreal label(QPointF at,
                qreal maxWidth,
                const QString &text,
                const QFont &font,
                qreal size,
                const QColor &color,
                Qt::Alignment align = Qt::AlignLeft)
    {
        const qreal barHeight = std::max<qreal>(size * 0.62, 3.5);
        if (!m_detailed) {
            const qreal w = std::clamp<qreal>(text.size() * size * 0.48, size * 2, maxWidth);
            qreal x = at.x();
            if (align & Qt::AlignHCenter)
                x += (maxWidth - w) / 2;
            bar(QRectF(x, at.y() + (size - barHeight) / 2, w, barHeight), color);
            return size;
        }
        if (m_paint) {
            QFont f = font;
            f.setPixelSize(std::max(1, qRound(size)));
            f.setBold(true);
            m_p.setFont(f);
            m_p.setPen(color);
            const QString shown = QFontMetricsF(f).elidedText(text, Qt::ElideRight, maxWidth);
            m_p.drawText(QRectF(at.x(), at.y() - size * 0.15, maxWidth, size * 1.3),
                         align | Qt::AlignVCenter,
                         shown);
        }
        return size;
    }

    /**
     * image (or a placeholder when missing) in r, cropped to fill it with the focal point
     * (percent) kept in view, as the player's object-fit: cover and object-position do.
     */
    void picture(const QRectF &r, const Core::AssetId &id, int focusX, int focusY, qreal radius)
    {
        if (!m_paint)
            return;
        const QImage image = m_images.value(id);
        QPainterPath clip;
        clip.addRoundedRect(r, radius, radius);
        m_p.save();
        m_p.setClipPath(clip, Qt::IntersectClip);
        if (image.isNull()) {
            // A landscape: a sun and two hills, in muted tones of the page.
            m_p.fillRect(r, m_look.surface2);
            const QColor hill = mix(m_look.surface2, m_look.muted, 0.35);
            const qreal s = std::min(r.width(), r.height());
            QPainterPath hills;
            hills.moveTo(r.left(), r.bottom());
            hills.lineTo(r.left() + r.width() * 0.35, r.bottom() - r.height() * 0.55);
            hills.lineTo(r.left() + r.width() * 0.55, r.bottom() - r.height() * 0.25);
            hills.lineTo(r.left() + r.width() * 0.72, r.bottom() - r.height() * 0.45);
            hills.lineTo(r.right(), r.bottom());
            hills.closeSubpath();
            m_p.setPen(Qt::NoPen);
            m_p.setBrush(hill);
            m_p.drawPath(hills);
            m_p.drawEllipse(
                QPointF(r.left() + r.width() * 0.75, r.top() + r.height() * 0.3), s * 0.1, s * 0.1);
        } else {
            const QSizeF source = image.size();
            const qreal aspect = r.width() / std::max<qreal>(r.height(), 0.01);
            QRectF crop(QPointF(0, 0), source);
            if (source.width() / source.height() > aspect) {
                crop.setWidth(source.height() * aspect);
                crop.moveLeft((source.width() - crop.width()) * std::clamp(focusX, 0, 100) / 100.0);
            } else {
                crop.setHeight(source.width() / aspect);
                crop.moveTop((source.height() - crop.height()) * std::clamp(focusY, 0, 100)
                             / 100.0);
            }
            m_p.drawImage(r, image, crop);
        }
        m_p.restore();
    }

    /** Width / height of an image, or fallback when it is missing. */
    qreal aspect(const Core::AssetId &id, qreal fallback = 16.0 / 9.0) const
    {
        const QImage image = m_images.value(id);
        if (image.isNull() || image.height() == 0)
            return fallback;
        return std::clamp<qreal>(qreal(image.width()) / image.height(), 0.5, 3.5);
    }

    // ---- page ------------------------------------------------------------------------

    /** The slide's eyebrow and title; returns the height used. */
    qreal title(QPointF at, qreal w, const QString &text)
    {
        bar(QRectF(at.x(), at.y(), 24, 3), m_look.primaryText);
        const qreal size = 10.5;
        const qreal h = label(QPointF(at.x(), at.y() + 6.5),
                              w,
                              text.isEmpty() ? u"Slide"_s : text,
                              m_look.headingFont,
                              size,
                              m_detailed ? m_look.ink : m_look.headingBar);
        return 6.5 + h;
    }

    // ---- blocks ----------------------------------------------------------------------

    qreal block(const Core::ContentBlock &b, QPointF at, qreal w);

    qreal question(const Core::Question &q, QPointF at, qreal w);

    void videoControls(const QRectF &frame)
    {
        if (m_paint)
            videoControlsOn(m_p, frame, m_look);
    }

private:
    qreal items(const Core::ContentBlock &b, QPointF at, qreal w);

    QPainter &m_p;
    const Look &m_look;
    const QHash<Core::AssetId, QImage> &m_images;
    bool m_detailed;
    bool m_paint = true;
    qreal m_bleed = 0;
};

qreal SlidePainter::block(const Core::ContentBlock &b, QPointF at, qreal w)
{
    using Type = Core::ContentBlock::Type;
    const Look &L = m_look;
    const qreal r = L.radius;
    const qreal x = at.x(), y = at.y();
    switch (b.type) {
    case Type::Heading: {
        const qreal size = b.headingLevel <= 2 ? 9 : b.headingLevel == 3 ? 8 : 7;
        return label(at,
                     w * 0.9,
                     b.text.isEmpty() ? u"Heading"_s : b.text,
                     L.headingFont,
                     size,
                     m_detailed ? L.ink : L.headingBar);
    }
    case Type::RichText: {
        const QString text = plainText(b.text);
        const int listItems = int(b.text.count(u"<li"_s));
        if (listItems > 0) {
            const int n = std::min(listItems, 4);
            for (int i = 0; i < n; ++i) {
                disc(QPointF(x + 2, y + i * 7.5 + 2), 1.6, L.muted);
                bar(QRectF(x + 7, y + i * 7.5, (w - 7) * (0.55 + 0.13 * ((i * 7) % 3)), 4),
                    L.textBar);
            }
            return n * 7.5 - 3.5;
        }
        return textLines(at, w, text, 4, L.textBar);
    }
    case Type::Callout: {
        QColor fill = L.primarySoft, border = L.primaryLine, mark = L.primaryText;
        if (b.calloutStyle == Core::CalloutStyle::Tip) {
            fill = L.okBg;
            border = L.okLine;
            mark = L.ok;
        } else if (b.calloutStyle == Core::CalloutStyle::Warning) {
            fill = L.warnBg;
            border = L.warnLine;
            mark = L.warn;
        }
        const QString text = plainText(b.text);
        SlidePainter measure = *this;
        measure.m_paint = false;
        const qreal textHeight = measure.textLines({}, w - 24, text, 3, L.textBar);
        const qreal h = textHeight + 14;
        box(QRectF(x, y, w, h), fill, border, r);
        disc(QPointF(x + 9, y + 9), 3.2, mark);
        textLines(QPointF(x + 17, y + 7), w - 24, text, 3, mix(fill, L.ink2, 0.45));
        return h;
    }
    case Type::Image:
    case Type::LabelledGraphic: {
        qreal left = x, width = w;
        qreal radius = r;
        if (b.type == Type::Image) {
            switch (b.imageSize) {
            case Core::ImageSize::Full:
                left = x - m_bleed;
                width = w + 2 * m_bleed;
                radius = 0;
                break;
            case Core::ImageSize::Wide:
                break;
            case Core::ImageSize::Medium:
                width = w * 0.66;
                break;
            case Core::ImageSize::Small:
                width = w * 0.4;
                break;
            }
            left += (w - width) / 2 * (b.imageSize == Core::ImageSize::Full ? 0 : 1);
        }
        // The player caps tall images at 460 px (of a 676 px column); the crop keeps the focal
        // point in view.
        const qreal height = std::min(width / aspect(b.image), w * 0.68);
        const QRectF frame(left, y, width, height);
        picture(frame,
                b.image,
                b.type == Type::Image ? b.focusX : 50,
                b.type == Type::Image ? b.focusY : 50,
                radius);
        if (b.type == Type::LabelledGraphic) {
            int number = 1;
            for (const Core::BlockItem &item : b.items) {
                const QPointF c(frame.left() + frame.width() * std::clamp(item.x, 0, 100) / 100.0,
                                frame.top() + frame.height() * std::clamp(item.y, 0, 100) / 100.0);
                disc(c, 4.6, L.accent, Qt::white);
                if (m_detailed && m_paint) {
                    QFont f = L.bodyFont;
                    f.setPixelSize(5);
                    f.setBold(true);
                    m_p.setFont(f);
                    m_p.setPen(L.accentInk);
                    m_p.drawText(QRectF(c.x() - 5, c.y() - 5, 10, 10),
                                 Qt::AlignCenter,
                                 QString::number(number));
                }
                ++number;
            }
        }
        qreal h = height;
        if (!b.caption.isEmpty() && b.type == Type::Image) {
            bar(QRectF(left + width * 0.3, y + height + 3.5, width * 0.4, 3.2), L.muted);
            h += 6.7;
        }
        return h;
    }
    case Type::ImageText: {
        const qreal share = b.imageShare == Core::ImageShare::Third ? 1.0 / 3 : 0.5;
        const qreal gap = 8;
        const qreal pictureWidth = (w - gap) * share;
        const qreal textWidth = w - gap - pictureWidth;
        const qreal height = std::min(pictureWidth / aspect(b.image, 4.0 / 3.0), w * 0.62);
        const bool left = b.imageSide == Core::ImageSide::Left;
        const qreal px = left ? x : x + textWidth + gap;
        const qreal tx = left ? x + pictureWidth + gap : x;
        picture(QRectF(px, y, pictureWidth, height), b.image, b.focusX, b.focusY, r);
        const int maxLines = std::max(1, int((height + 3.5) / 7.5));
        SlidePainter measure = *this;
        measure.m_paint = false;
        const qreal textHeight
            = measure.textLines({}, textWidth, plainText(b.text), maxLines, L.textBar);
        textLines(QPointF(tx, y + std::max<qreal>(0, (height - textHeight) / 2)),
                  textWidth,
                  plainText(b.text),
                  maxLines,
                  L.textBar);
        return height;
    }
    case Type::Quote: {
        if (m_paint)
            m_p.fillRect(QRectF(x, y, 2.6, 24), L.accent);
        textLines(QPointF(x + 10, y + 1), w - 10, plainText(b.text), 2, mix(L.surface, L.ink, 0.5));
        qreal cx = x + 10;
        if (!b.image.isNull()) {
            picture(QRectF(cx, y + 15, 9, 9), b.image, 50, 50, 4.5);
            cx += 13;
        }
        bar(QRectF(cx, y + 18, 34, 3.2), L.muted);
        return 24;
    }
    case Type::KeyFigure: {
        const QString number = b.text.isEmpty() ? u"42"_s : b.text;
        if (m_paint) {
            QFont f = L.headingFont;
            f.setPixelSize(20);
            f.setWeight(QFont::ExtraBold);
            m_p.setFont(f);
            m_p.setPen(L.primaryText);
            m_p.drawText(QRectF(x, y - 3, w, 24),
                         Qt::AlignHCenter | Qt::AlignVCenter,
                         QFontMetricsF(f).elidedText(number, Qt::ElideRight, w));
        }
        const qreal lw = std::clamp<qreal>(b.caption.size() * 2.6, 24, w * 0.6);
        bar(QRectF(x + (w - lw) / 2, y + 23, lw, 3.5), L.textBar);
        return 26.5;
    }
    case Type::Checklist: {
        const int n = std::clamp(int(b.items.size()), 1, 4);
        for (int i = 0; i < n; ++i) {
            const qreal ry = y + i * 9;
            if (m_paint) {
                m_p.setPen(QPen(L.ok, 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                m_p.setBrush(Qt::NoBrush);
                m_p.drawPolyline(QPolygonF{QPointF(x + 0.5, ry + 2.5),
                                           QPointF(x + 2.5, ry + 4.5),
                                           QPointF(x + 6, ry + 0.5)});
            }
            const QString text = i < int(b.items.size()) ? b.items[size_t(i)].title : QString();
            bar(QRectF(x + 10, ry + 0.5, std::clamp<qreal>(text.size() * 2.6, 30, w - 10), 4),
                L.textBar);
        }
        return n * 9 - 4;
    }
    case Type::Divider:
        if (m_paint)
            m_p.fillRect(QRectF(x, y + 3, w, 1.2), L.lineStrong);
        return 7;
    case Type::Spacer:
        return 10;
    case Type::Button: {
        const QString text = b.text.isEmpty() ? u"Button"_s : b.text;
        const qreal bw = std::clamp<qreal>(text.size() * 3 + 18, 36, w * 0.6);
        box(QRectF(x, y, bw, 13), L.primary, {}, std::min<qreal>(r, 6.5));
        label(QPointF(x + 8, y + 3), bw - 16, text, L.bodyFont, 7, L.primaryInk, Qt::AlignHCenter);
        return 13;
    }
    case Type::Table: {
        int columns = 1;
        for (const QStringList &row : b.rows)
            columns = std::max(columns, int(row.size()));
        columns = std::clamp(columns, 2, 5);
        const int rows = std::clamp(int(b.rows.size()), 2, 5);
        const qreal rowHeight = 8;
        const qreal h = rows * rowHeight;
        const QRectF frame(x, y, w, h);
        if (m_paint) {
            if (b.headerRow)
                m_p.fillRect(QRectF(x, y, w, rowHeight), L.primarySoft);
            m_p.setPen(QPen(L.line, 0.9));
            for (int i = 1; i < rows; ++i)
                m_p.drawLine(QPointF(x, y + i * rowHeight), QPointF(x + w, y + i * rowHeight));
            for (int c = 1; c < columns; ++c)
                m_p.drawLine(QPointF(x + w * c / columns, y), QPointF(x + w * c / columns, y + h));
        }
        box(frame, {}, L.lineStrong, std::min<qreal>(r, 3), 0.9);
        for (int i = 0; i < rows; ++i) {
            for (int c = 0; c < columns; ++c) {
                const qreal cw = w / columns;
                const qreal share = 0.45 + 0.1 * ((i + 2 * c) % 3);
                bar(QRectF(x + c * cw + 3.5, y + i * rowHeight + 2.5, (cw - 7) * share, 3),
                    i == 0 && b.headerRow ? L.ink2 : L.textBar);
            }
        }
        return h;
    }
    case Type::Gallery: {
        const Core::AssetId first = b.items.empty() ? Core::AssetId() : b.items.front().image;
        const qreal height = std::min(w * 9 / 16, 56.0);
        const QRectF frame(x, y, w, height);
        box(frame, L.surface2, {}, r);
        const qreal a = aspect(first);
        const qreal pw = std::min(w, height * a);
        picture(QRectF(x + (w - pw) / 2, y, pw, height), first, 50, 50, r);
        // The navigation under it: previous, "1 / n", next.
        const qreal ny = y + height + 6;
        const QPointF mid(x + w / 2, ny);
        disc(QPointF(mid.x() - 18, ny), 3.6, {}, L.lineStrong);
        disc(QPointF(mid.x() + 18, ny), 3.6, {}, L.lineStrong);
        bar(QRectF(mid.x() - 8, ny - 1.6, 16, 3.2), L.ink2);
        return height + 9.6;
    }
    case Type::Audio: {
        const qreal h = 14;
        box(QRectF(x, y, w, h), L.surface2, L.line, h / 2, 0.9);
        disc(QPointF(x + 8, y + h / 2), 4.2, L.primary);
        if (m_paint) {
            m_p.setPen(Qt::NoPen);
            m_p.setBrush(L.primaryInk);
            m_p.drawPolygon(QPolygonF{QPointF(x + 6.8, y + h / 2 - 2.2),
                                      QPointF(x + 10, y + h / 2),
                                      QPointF(x + 6.8, y + h / 2 + 2.2)});
        }
        bar(QRectF(x + 16, y + h / 2 - 1, w - 40, 2), L.lineStrong);
        bar(QRectF(x + 16, y + h / 2 - 1, (w - 40) * 0.35, 2), L.accent);
        bar(QRectF(x + w - 19, y + h / 2 - 1.6, 12, 3.2), L.muted);
        if (!plainText(b.text).isEmpty()) {
            bar(QRectF(x, y + h + 4, 36, 3.5), L.primaryText);
            return h + 7.5;
        }
        return h;
    }
    case Type::Video: {
        const qreal height = std::min(w * 9 / 16, 64.0);
        const qreal vw = height * 16 / 9;
        const QRectF frame(x + (w - vw) / 2, y, vw, height);
        if (!b.media.poster.isNull() && m_images.contains(b.media.poster))
            picture(frame, b.media.poster, 50, 50, r);
        else
            box(frame, QColor(0x1d, 0x29, 0x39), {}, r);
        videoControls(frame);
        return height;
    }
    case Type::Tabs:
    case Type::Accordion:
    case Type::FlipCards:
    case Type::Steps:
        return items(b, at, w);
    }
    return 0;
}

qreal SlidePainter::items(const Core::ContentBlock &b, QPointF at, qreal w)
{
    using Type = Core::ContentBlock::Type;
    const Look &L = m_look;
    const qreal r = L.radius;
    const qreal x = at.x(), y = at.y();
    auto itemTitle
        = [&](int i) { return i < int(b.items.size()) ? b.items[size_t(i)].title : QString(); };
    switch (b.type) {
    case Type::Tabs: {
        const int n = std::clamp(int(b.items.size()), 2, 4);
        qreal tx = x;
        for (int i = 0; i < n; ++i) {
            const qreal tw = std::clamp<qreal>(itemTitle(i).size() * 2.4, 18, 40);
            bar(QRectF(tx + 3, y + 2, tw, 3.6), i == 0 ? L.primaryText : L.muted);
            if (i == 0 && m_paint)
                m_p.fillRect(QRectF(tx, y + 9, tw + 6, 2), L.primary);
            tx += tw + 10;
        }
        if (m_paint)
            m_p.fillRect(QRectF(x, y + 10.2, w, 0.9), L.line);
        const QString first = b.items.empty() ? QString() : plainText(b.items.front().text);
        const qreal h = textLines(QPointF(x, y + 16), w, first, 2, L.textBar);
        return 16 + h;
    }
    case Type::Accordion: {
        const int n = std::clamp(int(b.items.size()), 2, 4);
        const qreal rowHeight = 11;
        const QRectF frame(x, y, w, n * rowHeight);
        box(frame, L.surface, L.line, r, 0.9);
        for (int i = 0; i < n; ++i) {
            const qreal ry = y + i * rowHeight;
            if (i > 0 && m_paint)
                m_p.fillRect(QRectF(x, ry, w, 0.9), L.line);
            bar(QRectF(x + 6,
                       ry + 3.7,
                       std::clamp<qreal>(itemTitle(i).size() * 2.6, 30, w * 0.6),
                       3.6),
                L.ink2);
            if (m_paint) {
                m_p.setPen(QPen(L.primaryText, 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                m_p.setBrush(Qt::NoBrush);
                const QPointF c(x + w - 9, ry + rowHeight / 2);
                m_p.drawPolyline(QPolygonF{
                    c + QPointF(-2.5, -1.2), c + QPointF(0, 1.3), c + QPointF(2.5, -1.2)});
            }
        }
        return n * rowHeight;
    }
    case Type::FlipCards: {
        const int n = std::clamp(int(b.items.size()), 1, 6);
        const int columns = std::min(n, 3);
        const int rows = (n + columns - 1) / columns;
        const qreal gap = 5;
        const qreal cw = (w - gap * (columns - 1)) / columns;
        const qreal ch = std::min<qreal>(cw * 0.62, 30);
        for (int i = 0; i < n; ++i) {
            const QRectF card(
                x + (i % columns) * (cw + gap), y + (i / columns) * (ch + gap), cw, ch);
            const Core::BlockItem *item = i < int(b.items.size()) ? &b.items[size_t(i)] : nullptr;
            box(card, L.surface, L.lineStrong, r, 0.9);
            if (item && !item->image.isNull() && m_images.contains(item->image)) {
                const qreal ih = ch * 0.55;
                const qreal iw = std::min(cw - 8, ih * aspect(item->image));
                picture(QRectF(card.center().x() - iw / 2, card.top() + 4, iw, ih),
                        item->image,
                        50,
                        50,
                        std::min<qreal>(r, 2));
                bar(QRectF(card.center().x() - cw * 0.25, card.bottom() - 7, cw * 0.5, 3.2),
                    L.ink2);
            } else {
                bar(QRectF(card.center().x() - cw * 0.3, card.center().y() - 1.8, cw * 0.6, 3.6),
                    L.ink2);
            }
            // The turn-over mark in the corner.
            disc(QPointF(card.right() - 5, card.bottom() - 5), 1.8, L.primaryLine);
        }
        return rows * ch + (rows - 1) * gap;
    }
    case Type::Steps: {
        const int n = std::clamp(int(b.items.size()), 2, 4);
        const qreal pitch = 15;
        for (int i = 0; i < n; ++i) {
            const qreal sy = y + i * pitch;
            if (i < n - 1 && m_paint)
                m_p.fillRect(QRectF(x + 4.4, sy + 10, 0.9, pitch - 10), L.primaryLine);
            disc(QPointF(x + 4.9, sy + 4.9), 4.9, L.primary);
            if (m_detailed && m_paint) {
                QFont f = L.bodyFont;
                f.setPixelSize(6);
                f.setBold(true);
                m_p.setFont(f);
                m_p.setPen(L.primaryInk);
                m_p.drawText(QRectF(x, sy, 9.8, 9.8), Qt::AlignCenter, QString::number(i + 1));
            }
            bar(QRectF(x + 15,
                       sy + 0.8,
                       std::clamp<qreal>(itemTitle(i).size() * 2.6, 30, w * 0.5),
                       3.8),
                L.ink2);
            bar(QRectF(x + 15, sy + 6.6, w * (0.5 + 0.08 * (i % 3)), 3), L.textBar);
        }
        return n * pitch - 5;
    }
    default:
        return 0;
    }
}

qreal SlidePainter::question(const Core::Question &q, QPointF at, qreal w)
{
    using QT = Core::QuestionType;
    const Look &L = m_look;
    const qreal r = L.radius;
    const qreal x = at.x();
    qreal y = at.y();
    y += textLines(at, w, plainText(q.prompt), 2, mix(L.surface, L.ink, 0.55)) + 8;

    // An answer row as the player draws it: a bordered option with a control and its text.
    auto option = [&](qreal oy, qreal ow, bool square, qreal textShare) {
        const qreal h = 11;
        box(QRectF(x, oy, ow, h), L.surface, L.lineStrong, std::min<qreal>(r, 5.5), 0.9);
        if (square)
            box(QRectF(x + 4.5, oy + 3, 5, 5), {}, L.muted, 1.4, 0.9);
        else
            disc(QPointF(x + 7, oy + 5.5), 2.6, {}, L.muted);
        bar(QRectF(x + 14, oy + 3.7, (ow - 20) * textShare, 3.6), L.ink2);
        return h;
    };

    switch (q.type) {
    case QT::SingleChoice:
    case QT::MultipleResponse:
    case QT::TrueFalse: {
        const int n = q.type == QT::TrueFalse ? 2 : std::clamp(int(q.choices.size()), 2, 5);
        for (int i = 0; i < n; ++i) {
            const QString text = q.type == QT::TrueFalse || i >= int(q.choices.size())
                                     ? QString()
                                     : plainText(q.choices[size_t(i)].text);
            const qreal share = q.type == QT::TrueFalse
                                    ? 0.12
                                    : std::clamp<qreal>(text.size() / 60.0, 0.25, 0.85);
            y += option(y, w, q.type == QT::MultipleResponse, share) + 3.5;
        }
        break;
    }
    case QT::Sequencing: {
        const int n = std::clamp(int(q.items.size()), 2, 5);
        for (int i = 0; i < n; ++i) {
            box(QRectF(x, y, w, 11), L.surface, L.lineStrong, std::min<qreal>(r, 5.5), 0.9);
            bar(QRectF(x + 5, y + 3.7, w * (0.3 + 0.1 * (i % 3)), 3.6), L.ink2);
            for (int k = 0; k < 3; ++k) // the drag grip
                bar(QRectF(x + w - 11, y + 3.2 + k * 2, 6, 0.9), L.muted);
            y += 14.5;
        }
        break;
    }
    case QT::Matching: {
        const int n = std::clamp(int(q.pairs.size()), 2, 4);
        for (int i = 0; i < n; ++i) {
            bar(QRectF(x, y + 3.7, w * (0.25 + 0.07 * (i % 3)), 3.6), L.ink2);
            const QRectF select(x + w * 0.5, y, w * 0.5, 11);
            box(select, L.surface, L.lineStrong, std::min<qreal>(r, 4), 0.9);
            if (m_paint) {
                m_p.setPen(QPen(L.muted, 1.1));
                const QPointF c(select.right() - 6, select.center().y());
                m_p.drawPolyline(
                    QPolygonF{c + QPointF(-2, -1), c + QPointF(0, 1), c + QPointF(2, -1)});
            }
            y += 14.5;
        }
        break;
    }
    case QT::FillIn: {
        // Text with blanks in it.
        for (int line = 0; line < 2; ++line) {
            bar(QRectF(x, y + 4, w * 0.3, 4), L.textBar);
            box(QRectF(x + w * 0.33, y, w * 0.26, 12),
                L.surface2,
                L.lineStrong,
                std::min<qreal>(r, 4),
                0.9);
            bar(QRectF(x + w * 0.62, y + 4, w * (line ? 0.2 : 0.38), 4), L.textBar);
            y += 16;
        }
        break;
    }
    case QT::Numeric:
        box(QRectF(x, y, w * 0.35, 13), L.surface, L.lineStrong, std::min<qreal>(r, 4), 0.9);
        y += 17;
        break;
    case QT::OpenText:
        box(QRectF(x, y, w, 34), L.surface, L.lineStrong, std::min<qreal>(r, 5.5), 0.9);
        y += 38;
        break;
    case QT::Likert: {
        const int n = std::clamp(int(q.likertScale.size()), 2, 7);
        const qreal gap = 3.5;
        const qreal cw = (w - gap * (n - 1)) / n;
        for (int i = 0; i < n; ++i) {
            const QRectF cell(x + i * (cw + gap), y, cw, 20);
            box(cell, L.surface, L.lineStrong, std::min<qreal>(r, 5), 0.9);
            disc(QPointF(cell.center().x(), cell.top() + 6.5), 2.6, {}, L.muted);
            bar(QRectF(cell.center().x() - cw * 0.3, cell.top() + 12.5, cw * 0.6, 3), L.ink2);
        }
        y += 24;
        break;
    }
    case QT::DragDrop:
    case QT::Hotspot: {
        // The picture as a panel with the regions outlined on it; drag-drop adds its items.
        const QRectF picture(x, y, w * 0.62, w * 0.62 * 0.6);
        box(picture, L.surface2, L.lineStrong, std::min<qreal>(r, 4), 0.9);
        if (m_paint) {
            m_p.setPen(QPen(L.primary, 1));
            m_p.setBrush(Qt::NoBrush);
            for (const Core::ImageRegion &region : q.regions) {
                QPolygonF outline;
                for (const QPointF &p : region.outline()) {
                    outline << QPointF(picture.left() + picture.width() * p.x() / 100,
                                       picture.top() + picture.height() * p.y() / 100);
                }
                m_p.drawPolygon(outline);
            }
        }
        if (q.type == QT::DragDrop) {
            const int n = std::clamp(int(q.dragItems.size()), 1, 4);
            for (int i = 0; i < n; ++i) {
                const QRectF chip(picture.right() + 6, y + i * 13, w - picture.width() - 6, 10);
                box(chip, L.surface, L.lineStrong, std::min<qreal>(r, 4), 0.9);
                bar(QRectF(chip.left() + 4, chip.top() + 3.2, chip.width() * 0.55, 3.6), L.ink2);
            }
        }
        y += picture.height() + 5;
        break;
    }
    }
    // The Check button.
    box(QRectF(x, y + 2, 34, 12), L.primary, {}, std::min<qreal>(r, 6));
    bar(QRectF(x + 8, y + 6.2, 18, 3.6), L.primaryInk);
    return y + 14 - at.y();
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

namespace {

size_t themeHash(const Core::Theme &theme, size_t seed)
{
    return qHashMulti(
        seed, theme.primary.rgba(), theme.accent.rgba(), theme.fontFamily, theme.logo);
}

size_t blockHash(const Core::ContentBlock &b, size_t seed)
{
    size_t h = qHashMulti(seed,
                          int(b.type),
                          b.text,
                          b.headingLevel,
                          b.image,
                          b.caption,
                          int(b.calloutStyle),
                          int(b.imageSize),
                          b.focusX,
                          b.focusY);
    h = qHashMulti(h,
                   int(b.imageSide),
                   int(b.imageShare),
                   b.headerRow,
                   b.media.video,
                   b.media.poster,
                   int(b.rows.size()));
    for (const QStringList &row : b.rows)
        h = qHashMulti(h, int(row.size()));
    for (const Core::BlockItem &item : b.items)
        h = qHashMulti(h, item.title, item.text, item.image, item.x, item.y);
    return h;
}

/** Draws the player's top bar; returns nothing, it is always headerHeight high. */
void drawHeader(QPainter &p,
                const Look &look,
                const QHash<Core::AssetId, QImage> &images,
                const Core::Theme &theme,
                const QString &courseTitle,
                bool detailed)
{
    const QRectF band(0, 0, designWidth, headerHeight);
    const bool filled = look.header == Look::Header::Bar;
    p.fillRect(band, filled ? look.headBg : look.surface);
    const QColor ink = filled ? look.headInk : look.ink;
    qreal x = 10;
    const QImage logo = images.value(theme.logo);
    if (!logo.isNull()) {
        const QSizeF size = QSizeF(logo.size()).scaled(QSizeF(30, 10), Qt::KeepAspectRatio);
        p.drawImage(QRectF(QPointF(x, (headerHeight - size.height()) / 2), size), logo);
        x += size.width() + 6;
    }
    const bool centred = look.header == Look::Header::Centered;
    if (detailed && !courseTitle.isEmpty()) {
        QFont f = look.headingFont;
        f.setPixelSize(6);
        f.setBold(true);
        p.setFont(f);
        p.setPen(ink);
        const QRectF area
            = centred ? QRectF(60, 0, 136, headerHeight) : QRectF(x, 0, 150 - x, headerHeight);
        p.drawText(area,
                   (centred ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter,
                   QFontMetricsF(f).elidedText(courseTitle, Qt::ElideRight, area.width()));
    } else {
        QColor barColor = ink;
        barColor.setAlphaF(0.8f);
        p.setPen(Qt::NoPen);
        p.setBrush(barColor);
        const qreal w = 54;
        p.drawRoundedRect(QRectF(centred ? (designWidth - w) / 2 : x, 7.2, w, 3.6), 1.8, 1.8);
    }
    // The menu button on the right, the progress along the bottom.
    p.setPen(Qt::NoPen);
    QColor menu = ink;
    menu.setAlphaF(0.7f);
    p.setBrush(menu);
    for (int i = 0; i < 3; ++i)
        p.drawRoundedRect(QRectF(designWidth - 18, 5.6 + i * 2.8, 8, 1.2), 0.6, 0.6);
    if (!filled)
        p.fillRect(QRectF(0, headerHeight - 1.6, designWidth, 1.6), look.primary);
    p.fillRect(QRectF(0, headerHeight - 1.6, designWidth * 0.38, 1.6), look.accent);
}

} // namespace

size_t ThumbnailRenderer::contentHash(const Core::Slide &slide, const Core::Theme &theme)
{
    size_t h = themeHash(theme, qHashMulti(0, int(slide.kind()), slide.title));
    if (const auto *content = std::get_if<Core::ContentBody>(&slide.body)) {
        for (const auto &block : content->blocks)
            h = blockHash(block, h);
    } else if (const auto *question = std::get_if<Core::QuestionBody>(&slide.body)) {
        const Core::Question &q = question->question;
        h = qHashMulti(h,
                       int(q.type),
                       q.prompt,
                       int(q.choices.size()),
                       int(q.items.size()),
                       int(q.pairs.size()),
                       int(q.likertScale.size()));
        for (const Core::Choice &choice : q.choices)
            h = qHashMulti(h, choice.text.size());
    } else if (const auto *video = std::get_if<Core::VideoBody>(&slide.body)) {
        h = qHashMulti(h, video->video, video->poster);
    } else if (const auto *result = std::get_if<Core::ResultBody>(&slide.body)) {
        h = qHashMulti(h, result->passMessage);
    } else if (const auto *draw = std::get_if<Core::DrawBody>(&slide.body)) {
        h = qHashMulti(h, draw->total(), int(draw->banks.size()));
    } else if (const auto *scenario = std::get_if<Core::ScenarioBody>(&slide.body)) {
        h = qHashMulti(h, scenario->situation, int(scenario->responses.size()));
        for (const Core::ScenarioResponse &response : scenario->responses)
            h = qHashMulti(h, response.text.size());
    }
    return h;
}

ThumbnailRenderer::SlideSnapshot ThumbnailRenderer::snapshot(const Core::Course &course,
                                                             const Core::Slide &slide,
                                                             const Core::Theme &theme)
{
    SlideSnapshot snapshot{slide, theme, {}, course.metadata().title};
    auto add = [&](const Core::AssetId &id) {
        if (id.isNull() || snapshot.images.size() >= maxSnapshotImages
            || snapshot.images.contains(id))
            return;
        if (const Core::MediaAsset *asset = course.asset(id); asset && asset->isImage())
            snapshot.images.insert(id, asset->source);
    };
    add(theme.logo);
    if (const auto *content = std::get_if<Core::ContentBody>(&slide.body)) {
        using Type = Core::ContentBlock::Type;
        for (const auto &block : content->blocks) {
            switch (block.type) {
            case Type::Image:
            case Type::ImageText:
            case Type::Quote:
            case Type::LabelledGraphic:
                add(block.image);
                break;
            case Type::FlipCards:
                for (const Core::BlockItem &item : block.items)
                    add(item.image);
                break;
            case Type::Gallery:
                if (!block.items.empty())
                    add(block.items.front().image);
                break;
            case Type::Video:
                add(block.media.poster);
                break;
            default:
                break;
            }
        }
    } else if (const auto *video = std::get_if<Core::VideoBody>(&slide.body)) {
        add(video->poster);
    }
    return snapshot;
}

ThumbnailRenderer::SlideSnapshot ThumbnailRenderer::coverSnapshot(const Core::Course &course,
                                                                  const Core::Theme &theme)
{
    SlideSnapshot snapshot{Core::Slide::create(Core::SlideKind::Content, course.metadata().title),
                           theme,
                           {},
                           course.metadata().title,
                           true,
                           course.metadata().description};
    for (const Core::AssetId &id : {theme.logo, theme.coverImage}) {
        if (const Core::MediaAsset *asset = course.asset(id); asset && asset->isImage())
            snapshot.images.insert(id, asset->source);
    }
    return snapshot;
}

QImage ThumbnailRenderer::slideThumbnail(const Core::Course &course, const Core::Slide &slide)
{
    const size_t hash = contentHash(slide, course.settings().theme);
    const Entry *cached = m_slides.object(slide.id);
    if (cached && cached->hash == hash)
        return cached->image;

    const auto pending = m_pendingSlides.constFind(slide.id);
    if (pending == m_pendingSlides.cend() || *pending != hash) {
        m_pendingSlides.insert(slide.id, hash);
        const qreal dpr = m_dpr;
        const int generation = m_generation;
        const Core::SlideId id = slide.id;
        QtConcurrent::run(&m_pool,
                          [snapshot = snapshot(course, slide, course.settings().theme), dpr] {
                              return render(snapshot, slideSize(), dpr);
                          })
            .then(this, [this, id, hash, generation](const QImage &image) {
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

QImage ThumbnailRenderer::render(const SlideSnapshot &snapshot, QSize logicalSize, qreal dpr)
{
    // Thumbnails show the slide as the learner's player draws it, in the course theme,
    // whatever the editor's palette.
    const Look look = lookFor(snapshot.theme);
    QImage image(logicalSize * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(look.bg);

    const QSize maxPixels = (logicalSize * dpr).expandedTo(QSize(1, 1));
    QHash<Core::AssetId, QImage> images;
    for (auto it = snapshot.images.cbegin(); it != snapshot.images.cend(); ++it)
        images.insert(it.key(), decodeImage(it.value(), maxPixels));

    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.scale(logicalSize.width() / designWidth, logicalSize.height() / designHeight);
    const qreal pixelsPerUnit = logicalSize.width() * dpr / designWidth;
    SlidePainter painter(p, look, images, pixelsPerUnit);

    drawHeader(p, look, images, snapshot.theme, snapshot.courseTitle, painter.detailed());

    if (snapshot.cover) {
        // The cover: the course title and description over the hero image (darkened at the
        // bottom so that white text reads) or the primary colour, and the start button.
        const QRectF hero(0, headerHeight, designWidth, designHeight - headerHeight);
        const bool hasImage = images.contains(snapshot.theme.coverImage)
                              && !images.value(snapshot.theme.coverImage).isNull();
        QColor ink = look.primaryInk;
        if (hasImage) {
            painter.picture(hero, snapshot.theme.coverImage, 50, 50, 0);
            QLinearGradient shade(hero.topLeft(), hero.bottomLeft());
            shade.setColorAt(0, QColor(0, 0, 0, 20));
            shade.setColorAt(1, QColor(0, 0, 0, 170));
            p.fillRect(hero, shade);
            ink = Qt::white;
        } else {
            p.fillRect(hero, look.primary);
        }
        const qreal x = 28;
        const qreal w = designWidth - 56;
        QColor soft = ink;
        soft.setAlphaF(0.8f);
        painter.label(QPointF(x, 66), w, snapshot.courseTitle, look.headingFont, 16, ink);
        painter.textLines(QPointF(x, 90), w * 0.8, snapshot.courseDescription, 2, soft);
        painter.box(QRectF(x, 112, 44, 14), look.accent, {}, std::min<qreal>(look.radius, 7));
        painter.bar(QRectF(x + 10, 117.2, 24, 3.6), look.accentInk);
        p.end();
        return image;
    }

    // The page: a card on the tinted background, or the whole width.
    const qreal d = look.density;
    QRectF page;
    qreal padding;
    QPainterPath pageShape;
    if (look.card) {
        page = QRectF(28, headerHeight + 7, designWidth - 56, designHeight - headerHeight - 13);
        padding = 14 * d;
        const qreal radius = std::min<qreal>(look.radius * 1.4, 12);
        QColor shadow(0x10, 0x18, 0x28, look.dark ? 90 : 14);
        p.setPen(Qt::NoPen);
        for (int i = 1; i <= 2; ++i) {
            p.setBrush(shadow);
            p.drawRoundedRect(
                page.translated(0, i * 0.9).adjusted(-0.4 * i, 0, 0.4 * i, 0), radius, radius);
        }
        pageShape.addRoundedRect(page, radius, radius);
        p.fillPath(pageShape, look.surface);
    } else {
        page = QRectF(0, headerHeight, designWidth, designHeight - headerHeight);
        padding = 30;
        pageShape.addRect(page);
        p.fillPath(pageShape, look.surface);
    }
    p.setClipPath(pageShape);
    const QRectF content = page.adjusted(padding, 9 * d, -padding, -8 * d);

    const Core::Slide &slide = snapshot.slide;
    const qreal titleHeight = painter.title(content.topLeft(), content.width(), slide.title);
    const qreal top = content.top() + titleHeight + 7 * d;
    const qreal available = content.bottom() - top;

    // Draws what draw() lays out in the space under the title, zoomed out (down to 62 %)
    // when it is taller, then cut at the page's edge, as a scrolled page would be.
    auto zoomed = [&](const std::function<qreal(QPointF, qreal)> &draw) {
        painter.setPainting(false);
        qreal scale = 1;
        const qreal needed = draw(QPointF(0, 0), content.width());
        if (needed > available) {
            scale = std::max(0.62, available / needed);
            const qreal again = draw(QPointF(0, 0), content.width() / scale);
            scale = std::max(0.62, std::min(scale, available / again));
        }
        painter.setPainting(true);
        painter.setBleed(padding / scale);
        p.save();
        p.translate(content.left(), top);
        p.scale(scale, scale);
        draw(QPointF(0, 0), content.width() / scale);
        p.restore();
    };

    switch (slide.kind()) {
    case Core::SlideKind::Content: {
        const auto &blocks = std::get<Core::ContentBody>(slide.body).blocks;
        if (blocks.empty()) {
            painter.bars(QPointF(content.left(), top), content.width(), 2, 0.6, look.line);
            break;
        }
        zoomed([&](QPointF at, qreal width) {
            qreal y = at.y();
            for (const Core::ContentBlock &block : blocks) {
                y += painter.block(block, QPointF(at.x(), y), width) + painter.gap();
                if (y > available / 0.62)
                    break; // the rest is out of sight anyway
            }
            return y - painter.gap() - at.y();
        });
        break;
    }
    case Core::SlideKind::Question: {
        const Core::Question &q = std::get<Core::QuestionBody>(slide.body).question;
        zoomed([&](QPointF at, qreal width) { return painter.question(q, at, width); });
        break;
    }
    case Core::SlideKind::Video: {
        Core::ContentBlock video;
        video.type = Core::ContentBlock::Type::Video;
        video.media = std::get<Core::VideoBody>(slide.body);
        zoomed([&](QPointF at, qreal width) { return painter.block(video, at, width); });
        break;
    }
    case Core::SlideKind::Result: {
        // The result card: the score ring beside the verdict and a button.
        const QRectF card(content.left(), top, content.width(), std::min<qreal>(available, 54));
        p.setPen(QPen(look.okLine, 0.9));
        p.setBrush(look.okBg);
        p.drawRoundedRect(card, look.radius, look.radius);
        const qreal ringSize = std::min<qreal>(card.height() - 12, 38);
        const QRectF ring(card.left() + 9, card.center().y() - ringSize / 2, ringSize, ringSize);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(0x10, 0x18, 0x28, 20), 4.5));
        p.drawEllipse(ring);
        p.setPen(QPen(QColor(0x17, 0xb2, 0x6a), 4.5, Qt::SolidLine, Qt::RoundCap));
        p.drawArc(ring, 90 * 16, -290 * 16);
        const qreal tx = ring.right() + 12;
        const qreal tw = card.right() - 8 - tx;
        painter.bar(QRectF(tx, card.top() + 10, tw * 0.55, 6), look.headingBar);
        painter.bars(QPointF(tx, card.top() + 21), tw, 2, 0.7, look.textBar);
        painter.box(QRectF(tx, card.top() + 37, 34, 11),
                    look.primary,
                    {},
                    std::min<qreal>(look.radius, 5.5));
        break;
    }
    case Core::SlideKind::Scenario: {
        // As the player shows it: the situation and the responses as a one-answer choice.
        Core::Question q;
        q.type = Core::QuestionType::SingleChoice;
        q.prompt = std::get<Core::ScenarioBody>(slide.body).situation;
        for (const Core::ScenarioResponse &r : std::get<Core::ScenarioBody>(slide.body).responses)
            q.choices.push_back({r.id, r.text, false, {}});
        zoomed([&](QPointF at, qreal width) { return painter.question(q, at, width); });
        break;
    }
    case Core::SlideKind::Draw: {
        // A fanned stack of question cards and how many are drawn from it.
        const auto &draw = std::get<Core::DrawBody>(slide.body);
        const qreal size = std::min<qreal>(available - 6, 46);
        const qreal left = page.center().x() - size * 0.9;
        for (int i = 0; i < 3; ++i) {
            const QRectF card(left + i * 10, top + 8 - i * 4, size, size);
            p.setPen(QPen(i == 2 ? look.primary : look.lineStrong, i == 2 ? 2 : 1.2));
            p.setBrush(i == 2 ? look.surface : look.surface2);
            p.drawRoundedRect(
                card, std::min<qreal>(look.radius, 7), std::min<qreal>(look.radius, 7));
        }
        const QRectF front(left + 20, top, size, size);
        QFont mark = look.headingFont;
        mark.setPixelSize(int(size * 0.6));
        mark.setBold(true);
        p.setFont(mark);
        p.setPen(look.primary);
        p.drawText(front, Qt::AlignCenter, u"?"_s);
        QFont count = look.headingFont;
        count.setPixelSize(20);
        count.setBold(true);
        p.setFont(count);
        p.setPen(look.ink);
        p.drawText(QRectF(front.right() + 10, front.top(), 70, size),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   u"×\u2009%1"_s.arg(draw.total()));
        break;
    }
    }
    p.end();
    return image;
}

} // namespace App
