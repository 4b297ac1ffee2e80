// SPDX-License-Identifier: MIT
#include "RegionCanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace App {

namespace {

double rounded(double percent)
{
    return std::round(std::clamp(percent, 0.0, 100.0) * 100) / 100;
}

QPointF roundedPoint(QPointF p)
{
    return {rounded(p.x()), rounded(p.y())};
}

/** The region moved by delta percent, kept inside the image. */
Core::ImageRegion moved(Core::ImageRegion region, QPointF delta)
{
    const QRectF bounds = QPolygonF(region.outline()).boundingRect();
    delta.setX(std::clamp(delta.x(), -bounds.left(), 100 - bounds.right()));
    delta.setY(std::clamp(delta.y(), -bounds.top(), 100 - bounds.bottom()));
    if (region.shape == Core::RegionShape::Rect) {
        const QPointF topLeft = roundedPoint(region.rect.topLeft() + delta);
        region.rect.moveTopLeft(topLeft);
    } else {
        for (QPointF &p : region.polygon)
            p = roundedPoint(p + delta);
    }
    return region;
}

} // namespace

RegionCanvas::RegionCanvas(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"regionCanvas"_s);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Image with its regions"));
}

void RegionCanvas::setImage(const QImage &image)
{
    m_image = image;
    update();
}

void RegionCanvas::setRegions(const std::vector<Core::ImageRegion> &regions)
{
    m_regions = regions;
    if (m_selected >= int(m_regions.size()))
        m_selected = -1;
    update();
}

void RegionCanvas::setSelected(int index)
{
    m_selected = index >= 0 && index < int(m_regions.size()) ? index : -1;
    update();
}

void RegionCanvas::setTool(Tool tool)
{
    cancelDrawing();
    m_tool = tool;
    setCursor(tool == Tool::Select ? Qt::ArrowCursor : Qt::CrossCursor);
}

QRectF RegionCanvas::imageRect() const
{
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
    const QSizeF size = m_image.isNull() ? QSizeF(16, 10) : QSizeF(m_image.size());
    const QSizeF fitted = size.scaled(area.size(), Qt::KeepAspectRatio);
    return {area.center() - QPointF(fitted.width() / 2, fitted.height() / 2), fitted};
}

QPointF RegionCanvas::toWidget(QPointF percent) const
{
    const QRectF r = imageRect();
    return {r.left() + r.width() * percent.x() / 100, r.top() + r.height() * percent.y() / 100};
}

QPointF RegionCanvas::toPercent(QPointF widget) const
{
    const QRectF r = imageRect();
    return roundedPoint(QPointF((widget.x() - r.left()) * 100 / r.width(),
                                (widget.y() - r.top()) * 100 / r.height()));
}

QPolygonF RegionCanvas::widgetOutline(const Core::ImageRegion &region, QPointF offset) const
{
    QPolygonF outline;
    for (const QPointF &p : region.outline())
        outline << toWidget(p + offset);
    return outline;
}

int RegionCanvas::regionAt(QPointF widget) const
{
    for (int i = int(m_regions.size()) - 1; i >= 0; --i) { // the last drawn is on top
        if (widgetOutline(m_regions[size_t(i)]).containsPoint(widget, Qt::OddEvenFill))
            return i;
    }
    return -1;
}

void RegionCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base).darker(104));
    const QRectF target = imageRect();
    if (m_image.isNull()) {
        p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        p.setBrush(palette().color(QPalette::Base));
        p.drawRect(target);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(target, Qt::AlignCenter | Qt::TextWordWrap, tr("Choose the image above"));
    } else {
        p.drawImage(target, m_image);
    }

    const QColor accent(0x1f, 0x6f, 0xd1);
    const QColor done(0x06, 0x76, 0x47);
    const bool moving = m_tool == Tool::Select && m_pressed && m_selected >= 0;
    QFont labelFont = font();
    labelFont.setBold(true);
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    p.setFont(labelFont);
    for (size_t i = 0; i < m_regions.size(); ++i) {
        const Core::ImageRegion &region = m_regions[i];
        const bool selected = int(i) == m_selected;
        const QColor colour = region.correct ? done : accent;
        const QPolygonF outline
            = widgetOutline(region, selected && moving ? m_current - *m_pressed : QPointF());
        QColor fill = colour;
        fill.setAlphaF(selected ? 0.28f : 0.14f);
        p.setBrush(fill);
        p.setPen(QPen(colour, selected ? 3 : 2, selected ? Qt::SolidLine : Qt::DashLine));
        p.drawPolygon(outline);
        if (selected) {
            p.setBrush(Qt::white);
            p.setPen(QPen(colour, 1.5));
            for (const QPointF &corner : outline)
                p.drawEllipse(corner, 3.5, 3.5);
        }
        // The name on a white tag, where the player lists what is dropped on the zone.
        const QRectF bounds = outline.boundingRect();
        const QString label
            = p.fontMetrics().elidedText(region.label.isEmpty() ? region.id : region.label,
                                         Qt::ElideRight,
                                         int(std::max(40.0, bounds.width() - 8)));
        QRectF tag = p.fontMetrics().boundingRect(label).adjusted(-6, -3, 6, 3);
        tag.moveCenter(bounds.center());
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 230));
        p.drawRoundedRect(tag, 5, 5);
        p.setPen(colour.darker(130));
        p.drawText(tag, Qt::AlignCenter, label);
    }

    // What is being drawn.
    p.setPen(QPen(accent, 2, Qt::DashLine));
    p.setBrush(QColor(31, 111, 209, 40));
    if (m_tool == Tool::Rectangle && m_pressed)
        p.drawRect(QRectF(toWidget(*m_pressed), toWidget(m_current)).normalized());
    if (m_tool == Tool::Polygon && !m_polygon.isEmpty()) {
        QPolygonF corners;
        for (const QPointF &c : m_polygon)
            corners << toWidget(c);
        p.drawPolyline(corners << toWidget(m_current));
        p.setBrush(Qt::white);
        p.setPen(QPen(accent, 1.5));
        for (const QPointF &c : m_polygon)
            p.drawEllipse(toWidget(c), 3.5, 3.5);
    }
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void RegionCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPointF at = toPercent(event->position());
    m_current = at;
    switch (m_tool) {
    case Tool::Select: {
        const int hit = regionAt(event->position());
        if (hit != m_selected) {
            m_selected = hit;
            emit selectionChanged(hit);
        }
        if (hit >= 0)
            m_pressed = at;
        break;
    }
    case Tool::Rectangle:
        m_pressed = at;
        break;
    case Tool::Polygon: {
        // A click on the first corner closes the polygon.
        if (m_polygon.size() >= 3
            && QLineF(toWidget(m_polygon.first()), event->position()).length() < 8) {
            closePolygon();
            return;
        }
        if (m_polygon.size() < Core::ImageRegion::maxVertices)
            m_polygon.append(at);
        break;
    }
    }
    update();
}

void RegionCanvas::mouseMoveEvent(QMouseEvent *event)
{
    m_current = toPercent(event->position());
    if (m_pressed || !m_polygon.isEmpty())
        update();
}

void RegionCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    const QPointF start = *m_pressed;
    const QPointF end = toPercent(event->position());
    m_pressed.reset();
    if (m_tool == Tool::Rectangle) {
        const QRectF r = QRectF(start, end).normalized();
        if (r.width() >= 1 && r.height() >= 1) { // a click is not a rectangle
            Core::ImageRegion region;
            region.rect = r;
            emit regionDrawn(region);
        }
    } else if (m_tool == Tool::Select && m_selected >= 0 && end != start) {
        emit regionMoved(m_selected, moved(m_regions[size_t(m_selected)], end - start));
    }
    update();
}

void RegionCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    // The double-click's first press already added its corner.
    if (m_tool == Tool::Polygon && event->button() == Qt::LeftButton)
        closePolygon();
}

void RegionCanvas::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_tool == Tool::Polygon && !m_polygon.isEmpty()) {
            closePolygon();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (!m_polygon.isEmpty() || m_pressed) {
            cancelDrawing();
            return;
        }
        break;
    case Qt::Key_Backspace:
        if (!m_polygon.isEmpty()) {
            m_polygon.removeLast();
            update();
            return;
        }
        [[fallthrough]];
    case Qt::Key_Delete:
        if (m_selected >= 0) {
            emit deleteRequested(m_selected);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void RegionCanvas::closePolygon()
{
    // Consecutive duplicates (the double-click's second press) add nothing.
    QList<QPointF> corners;
    for (const QPointF &c : m_polygon) {
        if (corners.isEmpty() || corners.last() != c)
            corners.append(c);
    }
    m_polygon.clear();
    update();
    if (corners.size() < 3)
        return;
    Core::ImageRegion region;
    region.shape = Core::RegionShape::Polygon;
    region.polygon = corners;
    emit regionDrawn(region);
}

void RegionCanvas::cancelDrawing()
{
    m_polygon.clear();
    m_pressed.reset();
    update();
}

} // namespace App
