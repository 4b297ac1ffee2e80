// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace App {

/**
 * An editable list of rows (choices, blanks, pairs, items, labels) as a table with Add, Remove,
 * Move up and Move down buttons. It never changes its rows itself: every edit is reported as a
 * signal, the owner pushes a command, and setRows() then shows the result in place. One column
 * may be a check column (a radio button when exclusive).
 */
class ListTableEditor final : public QWidget
{
    Q_OBJECT
public:
    ListTableEditor(const QStringList &headers, QWidget *parent = nullptr);

    void setCheckColumn(int column, bool exclusive);
    void setExclusive(bool exclusive);
    /** Cells of a read-only column show text that the owner computes (e.g. a cue count). */
    void setColumnReadOnly(int column);
    void setAddButtonText(const QString &text);
    void setPlaceholderText(const QString &text);

    /** Shows the rows; checks[i] is the check state of row i (when there is a check column). */
    void setRows(const QList<QStringList> &texts, const QList<bool> &checks = {});
    int rowCount() const;

    QTableWidget *table() const { return m_table; }

signals:
    void textEdited(int row, int column, const QString &text);
    void checkToggled(int row, bool checked);
    void addRequested();
    void removeRequested(int row);
    void moveRequested(int from, int to);

private:
    void onItemChanged(QTableWidgetItem *item);
    void updateButtons();
    void updateHeight();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QList<int> m_readOnlyColumns;
    int m_checkColumn = -1;
    bool m_exclusive = false;
    bool m_updating = false;
};

} // namespace App
