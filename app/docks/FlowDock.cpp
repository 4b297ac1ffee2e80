// SPDX-License-Identifier: MIT
#include "FlowDock.h"

#include "app/models/CourseProblems.h"
#include "app/models/SlideKindIcons.h"
#include "app/models/SlideOperations.h"
#include "core/Course.h"
#include "core/Document.h"
#include "core/Flow.h"

#include <QFontMetrics>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainterPath>
#include <QPen>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace App {

namespace {

constexpr double boxWidth = 200;
constexpr double boxHeight = 62;
constexpr double padding = 14;
constexpr double headerHeight = 54;
constexpr double rowGap = 30;
constexpr double columnGap = 110;
constexpr double margin = 30;
constexpr int slideIdKey = 0;

const QColor ink(0x1f, 0x29, 0x37);
const QColor muted(0x6b, 0x72, 0x80);
const QColor defaultArrow(0xa3, 0xad, 0xb9);
const QColor currentColour(0x1f, 0x6f, 0xeb);
const QColor errorColour(0xc0, 0x39, 0x2b);
const QColor warningColour(0xd9, 0x8a, 0x1c);

QColor edgeColour(Core::FlowEdgeKind kind)
{
    switch (kind) {
    case Core::FlowEdgeKind::Correct:
    case Core::FlowEdgeKind::Pass:
        return {0x2e, 0x8b, 0x57};
    case Core::FlowEdgeKind::Incorrect:
    case Core::FlowEdgeKind::Fail:
        return {0xc0, 0x39, 0x2b};
    case Core::FlowEdgeKind::Choice:
        return {0x7c, 0x4d, 0xbd};
    case Core::FlowEdgeKind::Response:
        return {0x1a, 0x7f, 0x7a};
    case Core::FlowEdgeKind::Button:
        return {0x2c, 0x6f, 0xb7};
    case Core::FlowEdgeKind::Next:
        break;
    }
    return defaultArrow;
}

QString edgeLabel(const Core::Flow::Edge &edge)
{
    switch (edge.kind) {
    case Core::FlowEdgeKind::Correct:
        return FlowDock::tr("Correct");
    case Core::FlowEdgeKind::Incorrect:
        return FlowDock::tr("Incorrect");
    case Core::FlowEdgeKind::Pass:
        return FlowDock::tr("Passed");
    case Core::FlowEdgeKind::Fail:
        return FlowDock::tr("Failed");
    case Core::FlowEdgeKind::Choice:
        return FlowDock::tr("Choice %1").arg(edge.index + 1);
    case Core::FlowEdgeKind::Response:
        return FlowDock::tr("Response %1").arg(edge.index + 1);
    case Core::FlowEdgeKind::Button:
        return FlowDock::tr("Button");
    case Core::FlowEdgeKind::Next:
        break;
    }
    return {};
}

QGraphicsSimpleTextItem *addText(QGraphicsItem *parent,
                                 const QString &text,
                                 const QFont &font,
                                 const QColor &colour,
                                 QPointF at,
                                 double maxWidth)
{
    const QFontMetricsF metrics(font);
    auto *item
        = new QGraphicsSimpleTextItem(metrics.elidedText(text, Qt::ElideRight, maxWidth), parent);
    item->setFont(font);
    item->setBrush(colour);
    item->setPos(at);
    return item;
}

QString slideCount(int count)
{
    return count == 1 ? FlowDock::tr("1 slide") : FlowDock::tr("%1 slides").arg(count);
}

/** An arrow head at the end of path, pointing along it. */
QPolygonF arrowHead(const QPainterPath &path, double size)
{
    const QPointF tip = path.pointAtPercent(1);
    const double angle = -path.angleAtPercent(1) * M_PI / 180;
    const QPointF back(std::cos(angle) * size, std::sin(angle) * size);
    const QPointF side(-back.y() * 0.55, back.x() * 0.55);
    return QPolygonF({tip, tip - back + side, tip - back - side});
}

} // namespace

// ---------------------------------------------------------------------------------------------

FlowView::FlowView(QWidget *parent)
    : QGraphicsView(parent)
{
    setObjectName(u"flowView"_s);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(QColor(0xfa, 0xfb, 0xfc));
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Course flow"));
    setFocusPolicy(Qt::StrongFocus);
}

double FlowView::zoom() const
{
    return transform().m11();
}

void FlowView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, 0.2, 3.0);
    const double applied = target / zoom();
    scale(applied, applied);
    emit zoomChanged(zoom());
}

void FlowView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.15, event->angleDelta().y() / 120.0));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void FlowView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        for (QGraphicsItem *item = itemAt(event->position().toPoint()); item;
             item = item->parentItem()) {
            const QString id = item->data(slideIdKey).toString();
            if (!id.isEmpty()) {
                emit slideClicked(Core::SlideId(id));
                event->accept();
                return;
            }
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void FlowView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
            zoomBy(1.25);
            return;
        }
        if (event->key() == Qt::Key_Minus) {
            zoomBy(0.8);
            return;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

// ---------------------------------------------------------------------------------------------

FlowDock::FlowDock(QWidget *parent)
    : QDockWidget(tr("Flow"), parent)
    , m_view(new FlowView(this))
    , m_scene(new QGraphicsScene(this))
    , m_zoomLabel(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"FlowDock"_s);
    m_view->setScene(m_scene);

    auto *zoomOut = new QToolButton(this);
    zoomOut->setObjectName(u"flowZoomOut"_s);
    zoomOut->setText(u"−"_s);
    zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel)"));
    zoomOut->setAccessibleName(tr("Zoom out"));
    auto *zoomIn = new QToolButton(this);
    zoomIn->setObjectName(u"flowZoomIn"_s);
    zoomIn->setText(u"+"_s);
    zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    zoomIn->setAccessibleName(tr("Zoom in"));
    auto *fitButton = new QToolButton(this);
    fitButton->setObjectName(u"flowFit"_s);
    fitButton->setText(tr("Fit"));
    fitButton->setToolTip(tr("Show the whole flow"));
    m_zoomLabel->setMinimumWidth(48);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 4, 8, 4);
    bar->addWidget(m_summary, 1);
    bar->addWidget(zoomOut);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(zoomIn);
    bar->addWidget(fitButton);
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setWidget(page);

    connect(zoomOut, &QToolButton::clicked, m_view, [this] { m_view->zoomBy(0.8); });
    connect(zoomIn, &QToolButton::clicked, m_view, [this] { m_view->zoomBy(1.25); });
    connect(fitButton, &QToolButton::clicked, this, &FlowDock::fit);
    connect(m_view, &FlowView::zoomChanged, this, &FlowDock::updateZoomLabel);
    connect(m_view, &FlowView::slideClicked, this, &FlowDock::slideActivated);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_stale)
            rebuild();
        if (visible && !m_fitted && !m_slides.empty()) {
            m_fitted = true;
            fit();
        }
    });
    updateZoomLabel(1);
    rebuild();
}

void FlowDock::setProblems(CourseProblems *problems)
{
    if (m_problems)
        disconnect(m_problems, nullptr, this, nullptr);
    m_problems = problems;
    if (problems)
        connect(problems, &CourseProblems::changed, this, &FlowDock::rebuild);
    m_fitted = false;
    rebuild();
}

void FlowDock::setCurrentSlide(const Core::SlideId &id)
{
    if (id == m_current)
        return;
    m_current = id;
    rebuild();
}

void FlowDock::fit()
{
    if (m_scene->items().isEmpty())
        return;
    m_view->fitInView(m_scene->itemsBoundingRect().adjusted(-10, -10, 10, 10), Qt::KeepAspectRatio);
    if (m_view->zoom() > 1.0) {
        m_view->resetTransform();
    }
    updateZoomLabel(m_view->zoom());
}

void FlowDock::updateZoomLabel(double zoom)
{
    m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100)));
}

void FlowDock::rebuild()
{
    // A hidden dock draws nothing: it catches up when shown (the course is checked after every
    // edit, and the map costs a scene of its own).
    m_stale = !isVisible();
    if (m_stale)
        return;
    m_scene->clear();
    m_slides.clear();
    m_arrows = {0, 0};
    const Core::Document *document = m_problems ? m_problems->document() : nullptr;
    if (!document) {
        m_summary->setText(tr("No course open"));
        return;
    }
    const Core::Course &course = document->course();
    const Core::Flow flow(course);
    const int n = flow.slideCount();

    QFont titleFont = font();
    titleFont.setBold(true);
    QFont smallFont = font();
    smallFont.setPointSizeF(std::max(7.0, font().pointSizeF() * 0.85));
    QFont headerFont = font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(font().pointSizeF() * 1.05);

    // Sections as columns, slides stacked in reading order.
    std::vector<QRectF> boxes(static_cast<size_t>(n));
    std::vector<int> column(static_cast<size_t>(n));
    std::vector<int> row(static_cast<size_t>(n));
    double x = margin;
    double bottom = margin;
    int index = 0;
    for (size_t s = 0; s < course.sections().size(); ++s) {
        const Core::Section &section = *course.sections()[s];
        const double width = boxWidth + 2 * padding;
        const int count = int(section.slides.size());
        const double height
            = headerHeight + std::max(1, count) * (boxHeight + rowGap) - rowGap + padding;
        const QColor fill
            = section.branchOnly ? QColor(0xff, 0xf6, 0xe6) : QColor(0xee, 0xf2, 0xf7);
        const QColor border
            = section.branchOnly ? QColor(0xe8, 0xb0, 0x5c) : QColor(0xd3, 0xdb, 0xe5);
        QPainterPath groupPath;
        groupPath.addRoundedRect(QRectF(x, margin, width, height), 12, 12);
        auto *group = m_scene->addPath(
            groupPath, QPen(border, 1.2, section.branchOnly ? Qt::DashLine : Qt::SolidLine), fill);
        group->setZValue(-2);
        const QString title = section.title.simplified().isEmpty() ? tr("Section %1").arg(s + 1)
                                                                   : section.title.simplified();
        addText(
            group, title, headerFont, ink, QPointF(x + padding, margin + 10), width - 2 * padding);
        addText(group,
                section.branchOnly ? tr("Only reached by a branch") : slideCount(count),
                smallFont,
                section.branchOnly ? QColor(0xa8, 0x62, 0x00) : muted,
                QPointF(x + padding, margin + 31),
                width - 2 * padding);
        for (int k = 0; k < count; ++k, ++index) {
            boxes[size_t(index)] = QRectF(
                x + padding, margin + headerHeight + k * (boxHeight + rowGap), boxWidth, boxHeight);
            column[size_t(index)] = int(s);
            row[size_t(index)] = k;
        }
        bottom = std::max(bottom, margin + height);
        x += width + columnGap;
    }

    // The end of the course: a terminal after the last column.
    const QRectF endBox(x, margin + headerHeight, 120, 40);
    {
        QPainterPath path;
        path.addRoundedRect(endBox, 20, 20);
        auto *end
            = m_scene->addPath(path, QPen(QColor(0x4b, 0x55, 0x63), 1.2), QColor(0x37, 0x41, 0x51));
        auto *label = addText(end, tr("End"), titleFont, Qt::white, QPointF(), 100);
        label->setPos(endBox.center() - label->boundingRect().center());
    }
    const int endColumn = int(course.sections().size());

    // Slides.
    const auto &reachable = flow.reachable();
    for (int i = 0; i < n; ++i) {
        const Core::Slide &slide = flow.slide(i);
        const QRectF r = boxes[size_t(i)];
        const bool current = slide.id == m_current;
        const bool errors = m_problems->hasErrors(slide.id);
        const bool warnings = !errors && m_problems->hasIssues(slide.id);
        QPainterPath path;
        path.addRoundedRect(r, 8, 8);
        QPen pen(current    ? currentColour
                 : errors   ? errorColour
                 : warnings ? warningColour
                            : QColor(0xc9, 0xd1, 0xdb),
                 current                ? 3
                 : (errors || warnings) ? 2
                                        : 1);
        auto *box = m_scene->addPath(path, pen, Qt::white);
        box->setData(slideIdKey, slide.id.toString());
        box->setCursor(Qt::PointingHandCursor);
        box->setZValue(1);
        QPainterPath stripe;
        stripe.addRoundedRect(QRectF(r.left(), r.top(), 6, r.height()), 3, 3);
        auto *band = new QGraphicsPathItem(stripe, box);
        band->setPen(Qt::NoPen);
        band->setBrush(SlideKindIcons::color(slide.kind()));
        addText(box,
                tr("%1 · %2").arg(i + 1).arg(SlideOperations::kindName(slide.kind())),
                smallFont,
                SlideKindIcons::color(slide.kind()).darker(115),
                QPointF(r.left() + 14, r.top() + 8),
                boxWidth - 40);
        addText(box,
                slide.title.simplified().isEmpty() ? tr("(untitled)") : slide.title.simplified(),
                titleFont,
                ink,
                QPointF(r.left() + 14, r.top() + 30),
                boxWidth - 24);
        QStringList tips{slide.title.simplified()};
        if (errors || warnings) {
            const QRectF badge(r.right() - 22, r.top() + 6, 16, 16);
            auto *dot = new QGraphicsEllipseItem(badge, box);
            dot->setPen(Qt::NoPen);
            dot->setBrush(errors ? errorColour : warningColour);
            auto *mark = addText(dot, u"!"_s, titleFont, Qt::white, QPointF(), 12);
            mark->setPos(badge.center() - mark->boundingRect().center());
            for (const auto &issue : m_problems->issuesOf(slide.id))
                tips.append(u"• "_s + issue.message);
        }
        if (!reachable[size_t(i)]) {
            box->setOpacity(0.5);
            tips.append(tr("No path leads to this slide."));
        }
        box->setToolTip(tips.join(u'\n'));
        m_slides.push_back(slide.id);
    }

    // Arrows: one per pair of slides; a branch wins over the default flow between the same two.
    struct Arrow
    {
        Core::Flow::Edge edge;
        QStringList labels;
    };
    std::map<std::pair<int, int>, Arrow> arrows;
    int branchCount = 0;
    for (int i = 0; i < n; ++i) {
        for (const Core::Flow::Edge &edge : flow.edges(i)) {
            if (edge.to == Core::Flow::missing)
                continue;
            const int to = edge.to == Core::Flow::end ? n : edge.to;
            auto [it, inserted] = arrows.try_emplace({i, to}, Arrow{edge, {}});
            if (!edge.isDefault()) {
                ++branchCount;
                if (it->second.edge.isDefault() && !inserted)
                    it->second.edge = edge;
            }
            if (const QString label = edgeLabel(edge); !label.isEmpty() && !edge.isDefault())
                it->second.labels.append(label);
        }
    }
    for (const auto &[pair, arrow] : arrows) {
        const auto [from, to] = pair;
        const QRectF a = boxes[size_t(from)];
        const QRectF b = to == n ? endBox : boxes[size_t(to)];
        const int ca = column[size_t(from)];
        const int cb = to == n ? endColumn : column[size_t(to)];
        const bool branch = !arrow.edge.isDefault();
        const bool isReturn = arrow.edge.isReturn && !branch;
        QPainterPath path;
        if (cb == ca && to != n && row[size_t(to)] == row[size_t(from)] + 1 && !branch) {
            path.moveTo(a.center().x(), a.bottom());
            path.lineTo(b.center().x(), b.top());
        } else if (cb > ca) {
            const QPointF start(a.right(), a.center().y());
            const QPointF end(b.left(), b.center().y());
            const double dx = std::max(40.0, (end.x() - start.x()) / 2);
            path.moveTo(start);
            path.cubicTo(start + QPointF(dx, 0), end - QPointF(dx, 0), end);
        } else if (cb < ca) {
            const QPointF start(a.left(), a.center().y());
            const QPointF end(b.right(), b.center().y());
            const double dx = std::max(50.0, (start.x() - end.x()) / 3);
            path.moveTo(start);
            path.cubicTo(start - QPointF(dx, 0), end + QPointF(dx, 0), end);
        } else {
            const QPointF start(a.right(), a.center().y() + (branch ? 8 : 0));
            const QPointF end(b.right(), b.center().y() - (branch ? 8 : 0));
            const double dx = 40 + 8 * std::abs(row[size_t(to)] - row[size_t(from)]);
            path.moveTo(start);
            path.cubicTo(start + QPointF(dx, 0), end + QPointF(dx, 0), end);
        }
        const QColor colour = isReturn ? QColor(0xd9, 0x82, 0x2b)
                              : branch ? edgeColour(arrow.edge.kind)
                                       : defaultArrow;
        QPen pen(colour, branch ? 2.2 : 1.5, isReturn ? Qt::DashLine : Qt::SolidLine);
        pen.setCapStyle(Qt::RoundCap);
        auto *line = m_scene->addPath(path, pen);
        line->setZValue(branch ? 0.5 : 0);
        auto *head = m_scene->addPolygon(arrowHead(path, branch ? 11 : 9), QPen(colour, 1), colour);
        head->setZValue(line->zValue());
        if (branch)
            ++m_arrows.second;
        else
            ++m_arrows.first;
        const QString label = isReturn ? tr("Return") : arrow.labels.join(u" · "_s);
        if (!label.isEmpty()) {
            auto *text = new QGraphicsSimpleTextItem(label);
            text->setFont(smallFont);
            text->setBrush(colour.darker(120));
            const QRectF bounds = text->boundingRect().adjusted(-5, -2, 5, 2);
            QPainterPath pill;
            pill.addRoundedRect(bounds, 8, 8);
            auto *background = m_scene->addPath(pill, QPen(colour, 1), Qt::white);
            text->setParentItem(background);
            background->setPos(path.pointAtPercent(0.5) - bounds.center());
            background->setZValue(2);
        }
    }

    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-margin, -margin, margin, margin));
    const int problemSlides
        = int(std::count_if(m_slides.begin(), m_slides.end(), [this](const Core::SlideId &id) {
              return m_problems->hasIssues(id);
          }));
    // Spelled out rather than "%n ...(s)": English has no catalogue with plural forms.
    QStringList summary{slideCount(n),
                        branchCount == 1 ? tr("1 branch") : tr("%1 branches").arg(branchCount)};
    if (problemSlides > 0) {
        summary.append(problemSlides == 1 ? tr("1 slide with problems")
                                          : tr("%1 slides with problems").arg(problemSlides));
    }
    m_summary->setText(summary.join(u" · "_s));
    if (!m_fitted && isVisible() && n > 0) {
        m_fitted = true;
        fit();
    }
}

} // namespace App
