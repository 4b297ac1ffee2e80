// SPDX-License-Identifier: MIT
#include "SlideKindIcons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

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
    }
    return Qt::gray;
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

    painter.setBrush(Qt::white);
    QPen pen(Qt::white, std::max(1.0, s / 9.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const QPointF c = badge.center();
    const qreal u = badge.width() / 10.0;
    switch (kind) {
    case Core::SlideKind::Content: // three text lines
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawLine(QPointF(c.x() - 3 * u, c.y() - 2.4 * u),
                         QPointF(c.x() + 3 * u, c.y() - 2.4 * u));
        painter.drawLine(QPointF(c.x() - 3 * u, c.y()), QPointF(c.x() + 3 * u, c.y()));
        painter.drawLine(QPointF(c.x() - 3 * u, c.y() + 2.4 * u),
                         QPointF(c.x() + 1 * u, c.y() + 2.4 * u));
        break;
    case Core::SlideKind::Question: { // a question mark
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        QPainterPath path;
        path.moveTo(c.x() - 2 * u, c.y() - 1.6 * u);
        path.cubicTo(c.x() - 2 * u,
                     c.y() - 4.2 * u,
                     c.x() + 2.4 * u,
                     c.y() - 4.2 * u,
                     c.x() + 2.2 * u,
                     c.y() - 1.4 * u);
        path.cubicTo(c.x() + 2 * u, c.y() + 0.2 * u, c.x(), c.y(), c.x(), c.y() + 1.2 * u);
        painter.drawPath(path);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawEllipse(QPointF(c.x(), c.y() + 3.3 * u), 0.8 * u, 0.8 * u);
        break;
    }
    case Core::SlideKind::Video: { // a play triangle
        QPainterPath path;
        path.moveTo(c.x() - 2 * u, c.y() - 3 * u);
        path.lineTo(c.x() + 3 * u, c.y());
        path.lineTo(c.x() - 2 * u, c.y() + 3 * u);
        path.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.drawPath(path);
        break;
    }
    case Core::SlideKind::Result: // a check mark
        pen.setWidthF(std::max(1.2, s / 7.0));
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(QPolygonF({QPointF(c.x() - 3 * u, c.y()),
                                        QPointF(c.x() - 0.8 * u, c.y() + 2.4 * u),
                                        QPointF(c.x() + 3.2 * u, c.y() - 2.4 * u)}));
        break;
    }
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
