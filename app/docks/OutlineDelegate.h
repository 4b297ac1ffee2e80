// SPDX-License-Identifier: MIT
#pragma once

#include "app/models/OutlineModel.h"

#include <QStyledItemDelegate>

namespace App {

/**
 * Paints outline rows: sections as a bold title with their slide count, slides as a thumbnail
 * (with the kind icon in its corner), the title and the kind underneath. Colours come from
 * the palette, so light and dark themes both work. A slide with problems gets a mark in the
 * corner of its thumbnail: a red disc for errors, an amber triangle for warnings only. In a target
 * language a slide shows its translation progress ("7/9") at the end of its subtitle line. Inline
 * editing edits the title only.
 */
class OutlineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor,
                              const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

    /** Where a slide's problem mark goes, given its thumbnail. */
    static QRect problemBadgeRect(const QRect &thumbnail);
    static void
    paintProblemBadge(QPainter &painter, const QRectF &rect, OutlineModel::Problem problem);

    /** The translation progress mark of a slide: "7/9", green when done, amber when outdated. */
    static void paintProgress(QPainter &painter,
                              const QRect &rect,
                              const Core::TranslationProgress &progress,
                              const QFont &font);
    /** The width paintProgress() takes. */
    static int progressWidth(const Core::TranslationProgress &progress, const QFont &font);

private:
    static bool isSlide(const QModelIndex &index);
    static QRect thumbnailRect(const QRect &row);
};

} // namespace App
