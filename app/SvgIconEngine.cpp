// SPDX-License-Identifier: MIT
#include "SvgIconEngine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace App {

SvgIconEngine::SvgIconEngine(const QString &name, const QByteArray &svg)
    : m_name(name)
    , m_svg(svg)
{}

QColor SvgIconEngine::color(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    QByteArray svg = m_svg;
    svg.replace("currentColor", color(mode).name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    const int side = std::min(rect.width(), rect.height());
    renderer.render(painter,
                    QRectF(rect.x() + (rect.width() - side) / 2.0,
                           rect.y() + (rect.height() - side) / 2.0,
                           side,
                           side));
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap
SvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    const QSize pixels = size * scale;
    if (pixels.isEmpty())
        return {};
    const QString cacheKey = u"%1x%2 %3"_s.arg(pixels.width())
                                 .arg(pixels.height())
                                 .arg(color(mode).name(QColor::HexArgb));
    auto it = m_cache.constFind(cacheKey);
    if (it != m_cache.constEnd())
        return *it;
    QPixmap pixmap(pixels);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(&painter, QRect(QPoint(0, 0), pixels), mode, state);
    }
    pixmap.setDevicePixelRatio(scale);
    m_cache.insert(cacheKey, pixmap);
    return pixmap;
}

QSize SvgIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    const int side = std::min(size.width(), size.height());
    return {side, side};
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(m_name, m_svg);
}

QString SvgIconEngine::key() const
{
    return u"CapsuleSvgIconEngine"_s;
}

QString SvgIconEngine::iconName()
{
    return m_name;
}

bool SvgIconEngine::isNull()
{
    return m_svg.isEmpty();
}

} // namespace App
