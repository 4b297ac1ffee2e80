// SPDX-License-Identifier: MIT
#include "SlideKindIcons.h"

#include "app/Icons.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace App {

QColor SlideKindIcons::color(Core::SlideKind kind)
{
    switch (kind) {
    case Core::SlideKind::Content:
        return QColor(0x35, 0x84, 0xe4); // blue
    case Core::SlideKind::Question:
        return QColor(0xe6, 0x61, 0x00); // orange
    case Core::SlideKind::Video:
        return QColor(0xc0, 0x1c, 0x28); // red
    case Core::SlideKind::Result:
        return QColor(0x26, 0xa2, 0x69); // green
    case Core::SlideKind::Draw:
        return QColor(0x81, 0x3d, 0x9c); // purple
    case Core::SlideKind::Scenario:
        return QColor(0x1a, 0x7f, 0x7a); // teal
    }
    return Qt::gray;
}

QString SlideKindIcons::glyphName(Core::SlideKind kind)
{
    switch (kind) {
    case Core::SlideKind::Content:
        return u"slide-content"_s;
    case Core::SlideKind::Question:
        return u"slide-question"_s;
    case Core::SlideKind::Video:
        return u"slide-video"_s;
    case Core::SlideKind::Result:
        return u"slide-result"_s;
    case Core::SlideKind::Draw:
        return u"slide-draw"_s;
    case Core::SlideKind::Scenario:
        return u"slide-scenario"_s;
    }
    return u"slide-content"_s;
}

void SlideKindIcons::paint(QPainter &painter, const QRectF &rect, Core::SlideKind kind)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = std::min(rect.width(), rect.height());
    const QRectF r(rect.center().x() - s / 2, rect.center().y() - s / 2, s, s);
    const QRectF badge = r.adjusted(s * 0.03, s * 0.03, -s * 0.03, -s * 0.03);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color(kind));
    painter.drawRoundedRect(badge, s * 0.2, s * 0.2);

    // The kind's glyph from the icon set (resources/icons/slide-*.svg), white on the badge.
    QByteArray svg = Icons::svg(glyphName(kind));
    svg.replace("currentColor", "#ffffff");
    if (s < 24) // thicker strokes where the badge is small, so the glyph stays legible
        svg.replace("stroke-width=\"1.75\"", "stroke-width=\"2.25\"");
    QSvgRenderer renderer(svg);
    const qreal inset = s * 0.05;
    renderer.render(&painter, badge.adjusted(inset, inset, -inset, -inset));
    painter.restore();
}

QIcon SlideKindIcons::icon(Core::SlideKind kind)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(kind));
    if (it != cache.end())
        return *it;
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48, 64}) {
        for (qreal dpr : {1.0, 2.0}) {
            QPixmap pixmap(QSize(size, size) * dpr);
            pixmap.setDevicePixelRatio(dpr);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            paint(painter, QRectF(0, 0, size, size), kind);
            painter.end();
            icon.addPixmap(pixmap);
        }
    }
    cache.insert(int(kind), icon);
    return icon;
}

} // namespace App
