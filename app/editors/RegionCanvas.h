// SPDX-License-Identifier: MIT
#pragma once

#include "core/Question.h"

#include <QImage>
#include <QWidget>

#include <optional>
#include <vector>

namespace App {

/**
 * The drawing surface of the region editor: the question's image scaled to fit, its regions
 * drawn over it, and the three tools. Rectangle: press, drag, release. Polygon: click each
 * corner, then double-click, Enter or click the first corner to close (Escape cancels,
 * Backspace removes the last corner). Select: click a region, drag it to move it; Delete
 * removes it. The canvas holds a copy of the regions for painting only and never edits them:
 * it emits the change (regionDrawn, regionMoved, deleteRequested) and the owner pushes it.
 * Coordinates are percent of the image (0..100), rounded to 2 decimals.
 */
class RegionCanvas final : public QWidget
{
    Q_OBJECT
public:
    enum class Tool { Select, Rectangle, Polygon };

    explicit RegionCanvas(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    void setRegions(const std::vector<Core::ImageRegion> &regions);
    void setSelected(int index);
    int selected() const { return m_selected; }
    void setTool(Tool tool);
    Tool tool() const { return m_tool; }

    /** Where the image is drawn, in widget coordinates. */
    QRectF imageRect() const;
    /** Widget point of a point in percent of the image, and back (clamped to the image). */
    QPointF toWidget(QPointF percent) const;
    QPointF toPercent(QPointF widget) const;

    QSize sizeHint() const override { return {560, 350}; }
    QSize minimumSizeHint() const override { return {240, 150}; }

signals:
    /** A new region (no id or label yet) drawn with the rectangle or polygon tool. */
    void regionDrawn(const Core::ImageRegion &region);
    void regionMoved(int index, const Core::ImageRegion &region);
    void selectionChanged(int index);
    void deleteRequested(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int regionAt(QPointF widget) const;
    void closePolygon();
    void cancelDrawing();
    QPolygonF widgetOutline(const Core::ImageRegion &region, QPointF offset = {}) const;

    QImage m_image;
    std::vector<Core::ImageRegion> m_regions;
    int m_selected = -1;
    Tool m_tool = Tool::Rectangle;
    std::optional<QPointF> m_pressed; ///< percent: where a drag started
    QPointF m_current;                ///< percent: where it is now
    QList<QPointF> m_polygon;         ///< percent: the corners of the polygon being drawn
};

} // namespace App
