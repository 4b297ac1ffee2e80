// SPDX-License-Identifier: MIT
#pragma once

#include "core/Ids.h"

#include <QDockWidget>
#include <QGraphicsView>
#include <QPointer>

#include <vector>

class QGraphicsScene;
class QLabel;
class QToolButton;

namespace App {

class CourseProblems;

/**
 * The graph of a course's flow (core/Flow.h), zoomable: Ctrl+wheel, Ctrl++ and Ctrl+-.
 * Emits slideClicked() when a slide's box is clicked.
 */
class FlowView final : public QGraphicsView
{
    Q_OBJECT
public:
    explicit FlowView(QWidget *parent = nullptr);
    void zoomBy(double factor);
    double zoom() const;

signals:
    void slideClicked(const Core::SlideId &id);
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

/**
 * "Flow": the course as a map. Slides are boxes grouped by section (columns, in reading order;
 * branch-only sections tinted), the default flow as light arrows, branches as coloured arrows
 * with their reason (correct, incorrect, a choice, passed, failed, a button), returns dashed.
 * Slides with problems are outlined (errors red, warnings amber); unreachable ones faded.
 * Clicking a box asks to select its slide (slideActivated). Follows a CourseProblems (rebuilt
 * when it has checked the course again, so after every edit), which it does not own.
 */
class FlowDock final : public QDockWidget
{
    Q_OBJECT
public:
    explicit FlowDock(QWidget *parent = nullptr);

    void setProblems(CourseProblems *problems);
    /** Highlights the slide shown in the editor. */
    void setCurrentSlide(const Core::SlideId &id);

    FlowView *view() const { return m_view; }
    QGraphicsScene *scene() const { return m_scene; }
    /** The slides drawn, in reading order (tests). */
    const std::vector<Core::SlideId> &slides() const { return m_slides; }
    /** How many arrows are drawn: [default flow, branches] (tests). */
    std::pair<int, int> arrowCounts() const { return m_arrows; }
    /** Fits the whole flow in the view. */
    void fit();

signals:
    void slideActivated(const Core::SlideId &id);

private:
    void rebuild();
    void updateZoomLabel(double zoom);

    QPointer<CourseProblems> m_problems;
    FlowView *m_view;
    QGraphicsScene *m_scene;
    QLabel *m_zoomLabel;
    QLabel *m_summary;
    std::vector<Core::SlideId> m_slides;
    std::pair<int, int> m_arrows{0, 0};
    Core::SlideId m_current;
    bool m_fitted = false;
    bool m_stale = true;
};

} // namespace App
