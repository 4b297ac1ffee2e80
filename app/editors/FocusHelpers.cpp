// SPDX-License-Identifier: MIT
#include "FocusHelpers.h"

#include <QScrollArea>
#include <QTableWidget>

namespace App::FocusHelpers {

void focusAndReveal(QWidget *widget)
{
    if (!widget)
        return;
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(parent)) {
            scroll->ensureWidgetVisible(widget, 20, 20);
            break;
        }
    }
    widget->setFocus(Qt::OtherFocusReason);
}

void focusRow(QTableWidget *table, int row, int column)
{
    if (!table)
        return;
    if (row >= 0 && row < table->rowCount()) {
        table->setCurrentCell(row, std::min(column, table->columnCount() - 1));
        table->scrollToItem(table->item(row, std::min(column, table->columnCount() - 1)));
    }
    focusAndReveal(table);
}

} // namespace App::FocusHelpers
