// SPDX-License-Identifier: MIT
#include "OutlineDelegate.h"

#include "app/models/OutlineModel.h"
#include "app/models/SlideKindIcons.h"
#include "app/models/ThumbnailRenderer.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace App {

namespace {
constexpr int padding = 4;
}

bool OutlineDelegate::isSlide(const QModelIndex &index)
{
    return index.data(OutlineModel::ItemTypeRole).value<OutlineModel::ItemType>()
           == OutlineModel::ItemType::Slide;
}

QRect OutlineDelegate::thumbnailRect(const QRect &row)
{
    const QSize size = ThumbnailRenderer::slideSize();
    return QRect(QPoint(row.left() + padding, row.top() + (row.height() - size.height()) / 2),
                 size);
}

QSize OutlineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int line = option.fontMetrics.height();
    if (isSlide(index))
        return {200, std::max(ThumbnailRenderer::slideSize().height(), 2 * line + 2) + 2 * padding};
    return {200, line + 2 * padding + 4};
}

void OutlineDelegate::paint(QPainter *painter,
                            const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Background, selection and focus as the platform style draws them.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    const QColor text
        = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.65f);

    painter->save();
    const QRect row = opt.rect;
    const QString subtitle = index.data(OutlineModel::SubtitleRole).toString();
    if (!isSlide(index)) {
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        const QString count = subtitle;
        const int countWidth = opt.fontMetrics.horizontalAdvance(count);
        const QRect textRect = row.adjusted(padding, 0, -padding, 0);
        painter->setPen(dim);
        painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, count);
        painter->setFont(bold);
        painter->setPen(text);
        painter->drawText(textRect.adjusted(0, 0, -countWidth - 2 * padding, 0),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          boldMetrics.elidedText(opt.text,
                                                 Qt::ElideRight,
                                                 textRect.width() - countWidth - 2 * padding));
        painter->restore();
        return;
    }

    // Thumbnail (or a placeholder while it renders), framed, with the kind in its corner.
    const QRect thumb = thumbnailRect(row);
    const QImage image = index.data(OutlineModel::ThumbnailRole).value<QImage>();
    if (image.isNull())
        painter->fillRect(thumb, opt.palette.color(group, QPalette::AlternateBase));
    else
        painter->drawImage(thumb, image);
    painter->setPen(opt.palette.color(group, QPalette::Mid));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(thumb).adjusted(0.5, 0.5, -0.5, -0.5));
    const auto kind = static_cast<Core::SlideKind>(index.data(OutlineModel::SlideKindRole).toInt());
    const int iconSize = 14;
    SlideKindIcons::paint(
        *painter,
        QRectF(thumb.left() + 2, thumb.bottom() - iconSize - 1, iconSize, iconSize),
        kind);

    // A slide with problems: a red disc (errors) or an amber triangle (warnings only) in the
    // thumbnail's top-right corner; the tooltip lists them, the Problems panel explains them.
    const auto problem
        = static_cast<OutlineModel::Problem>(index.data(OutlineModel::ProblemRole).toInt());
    if (problem != OutlineModel::Problem::None)
        paintProblemBadge(*painter, problemBadgeRect(thumb), problem);

    const QRect textArea(thumb.right() + 2 * padding,
                         row.top(),
                         row.right() - thumb.right() - 3 * padding,
                         row.height());
    const int line = opt.fontMetrics.height();
    const int top = row.top() + (row.height() - 2 * line) / 2;
    painter->setFont(opt.font);
    painter->setPen(text);
    painter->drawText(QRect(textArea.left(), top, textArea.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, textArea.width()));
    QFont small = opt.font;
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.9);
    painter->setFont(small);
    int subtitleWidth = textArea.width();
    const QVariant progressData = index.data(OutlineModel::TranslationProgressRole);
    if (progressData.isValid()) {
        const auto progress = progressData.value<Core::TranslationProgress>();
        if (progress.total() > 0) {
            const int width = progressWidth(progress, small);
            paintProgress(*painter,
                          QRect(textArea.right() - width, top + line, width, line),
                          progress,
                          small);
            subtitleWidth -= width + padding;
        }
    }
    painter->setPen(dim);
    painter->drawText(QRect(textArea.left(), top + line, subtitleWidth, line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(subtitle, Qt::ElideRight, subtitleWidth));
    painter->restore();
}

namespace {

QString progressText(const Core::TranslationProgress &progress)
{
    return u"%1/%2"_s.arg(progress.translated + progress.approved).arg(progress.total());
}

} // namespace

int OutlineDelegate::progressWidth(const Core::TranslationProgress &progress, const QFont &font)
{
    return QFontMetrics(font).horizontalAdvance(progressText(progress)) + 10;
}

void OutlineDelegate::paintProgress(QPainter &painter,
                                    const QRect &rect,
                                    const Core::TranslationProgress &progress,
                                    const QFont &font)
{
    const int done = progress.translated + progress.approved;
    // Done: green; something outdated: amber; under way: blue; nothing yet: grey.
    const QColor colour = done == progress.total() ? QColor(0x2e, 0x7d, 0x32)
                          : progress.outdated > 0  ? QColor(0xb4, 0x53, 0x09)
                          : done > 0               ? QColor(0x1d, 0x5f, 0xbf)
                                                   : QColor(0x6b, 0x72, 0x80);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    const QRectF pill = QRectF(rect).adjusted(0, 1, 0, -1);
    painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter.setPen(Qt::white);
    painter.setFont(font);
    painter.drawText(rect, Qt::AlignCenter, progressText(progress));
    painter.restore();
}

QRect OutlineDelegate::problemBadgeRect(const QRect &thumbnail)
{
    constexpr int size = 14;
    return QRect(thumbnail.right() - size - 1, thumbnail.top() + 2, size, size);
}

void OutlineDelegate::paintProblemBadge(QPainter &painter,
                                        const QRectF &rect,
                                        OutlineModel::Problem problem)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 1.2));
    if (problem == OutlineModel::Problem::Error) {
        painter.setBrush(QColor(0xc6, 0x28, 0x28));
        painter.drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    } else {
        painter.setBrush(QColor(0xe0, 0x9a, 0x00));
        const QPolygonF triangle{QPointF(rect.center().x(), rect.top()),
                                 QPointF(rect.right(), rect.bottom()),
                                 QPointF(rect.left(), rect.bottom())};
        painter.drawPolygon(triangle);
    }
    // The exclamation mark: a bar and a dot, drawn so that no font is needed.
    const qreal x = rect.center().x();
    painter.setPen(QPen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap));
    const qreal top
        = rect.top() + rect.height() * (problem == OutlineModel::Problem::Error ? 0.25 : 0.35);
    painter.drawLine(QPointF(x, top), QPointF(x, rect.top() + rect.height() * 0.6));
    painter.drawPoint(QPointF(x, rect.top() + rect.height() * 0.78));
    painter.restore();
}

void OutlineDelegate::updateEditorGeometry(QWidget *editor,
                                           const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    if (!isSlide(index)) {
        QStyledItemDelegate::updateEditorGeometry(editor, option, index);
        return;
    }
    const QRect thumb = thumbnailRect(option.rect);
    const int height = editor->sizeHint().height();
    editor->setGeometry(thumb.right() + padding,
                        option.rect.top() + (option.rect.height() - height) / 2,
                        option.rect.right() - thumb.right() - padding,
                        height);
}

} // namespace App
