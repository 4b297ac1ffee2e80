// SPDX-License-Identifier: MIT
#pragma once

class QTableWidget;
class QWidget;

namespace App::FocusHelpers {

/** Focuses a widget and scrolls the scroll area that holds it (if any) to show it. */
void focusAndReveal(QWidget *widget);
/** Focuses a table, on a row when row >= 0, scrolled into view. */
void focusRow(QTableWidget *table, int row, int column = 0);

} // namespace App::FocusHelpers
