// SPDX-License-Identifier: MIT
#include "ListTableEditor.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace App {

namespace {

/** Paints a check column as radio buttons (single-choice questions). */
class RadioDelegate final : public QStyledItemDelegate
{
public:
    RadioDelegate(const bool &exclusive, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_exclusive(exclusive)
    {}

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        if (!m_exclusive || !(opt.features & QStyleOptionViewItem::HasCheckIndicator)) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        const QRect checkRect
            = style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &opt, widget);
        const bool checked = opt.checkState == Qt::Checked;
        opt.features &= ~QStyleOptionViewItem::HasCheckIndicator;
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        QStyleOptionButton radio;
        radio.rect = checkRect;
        radio.palette = opt.palette;
        radio.state = (opt.state & QStyle::State_Enabled)
                      | (checked ? QStyle::State_On : QStyle::State_Off);
        style->drawPrimitive(QStyle::PE_IndicatorRadioButton, &radio, painter, widget);
    }

private:
    const bool &m_exclusive; // the editor's flag: lives as long as the editor, our parent
};

} // namespace

ListTableEditor::ListTableEditor(const QStringList &headers, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, int(headers.size()), this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Move Up"), this))
    , m_down(new QPushButton(tr("Move Down"), this))
{
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setItemDelegate(new RadioDelegate(m_exclusive, m_table));
    m_table->setWordWrap(false);

    m_add->setObjectName(u"addRowButton"_s);
    m_remove->setObjectName(u"removeRowButton"_s);
    m_up->setObjectName(u"moveRowUpButton"_s);
    m_down->setObjectName(u"moveRowDownButton"_s);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, &ListTableEditor::onItemChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ListTableEditor::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int rows = rowCount();
        emit addRequested();
        if (rowCount() > rows) { // start typing in the new row's first text cell
            int column = m_checkColumn == 0 ? 1 : 0;
            m_table->setCurrentCell(rowCount() - 1, column);
            m_table->setFocus();
            m_table->editItem(m_table->item(rowCount() - 1, column));
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            emit removeRequested(row);
    });
    auto move = [this](int delta) {
        const int row = m_table->currentRow();
        const int to = row + delta;
        if (row < 0 || to < 0 || to >= rowCount())
            return;
        const int column = m_table->currentColumn();
        emit moveRequested(row, to);
        m_table->setCurrentCell(to, qMax(0, column));
    };
    connect(m_up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [move] { move(+1); });
    updateButtons();
    updateHeight();
}

void ListTableEditor::setCheckColumn(int column, bool exclusive)
{
    m_checkColumn = column;
    m_exclusive = exclusive;
    m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->viewport()->update();
}

void ListTableEditor::setExclusive(bool exclusive)
{
    m_exclusive = exclusive;
    m_table->viewport()->update();
}

void ListTableEditor::setColumnReadOnly(int column)
{
    m_readOnlyColumns.append(column);
}

void ListTableEditor::setAddButtonText(const QString &text)
{
    m_add->setText(text);
}

void ListTableEditor::setPlaceholderText(const QString &text)
{
    m_table->setToolTip(text);
}

void ListTableEditor::setRows(const QList<QStringList> &texts, const QList<bool> &checks)
{
    m_updating = true;
    const QSignalBlocker blocker(m_table);
    const int rows = int(texts.size());
    m_table->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < m_table->columnCount(); ++c) {
            QTableWidgetItem *item = m_table->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                if (c == m_checkColumn)
                    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                   | Qt::ItemIsUserCheckable);
                else if (m_readOnlyColumns.contains(c))
                    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                m_table->setItem(r, c, item);
            }
            if (c == m_checkColumn) {
                const Qt::CheckState state = checks.value(r) ? Qt::Checked : Qt::Unchecked;
                if (item->checkState() != state || !item->data(Qt::CheckStateRole).isValid())
                    item->setCheckState(state);
            } else {
                const QString text = texts[r].value(c);
                if (item->text() != text)
                    item->setText(text);
            }
        }
    }
    m_updating = false;
    updateButtons();
    updateHeight();
}

int ListTableEditor::rowCount() const
{
    return m_table->rowCount();
}

void ListTableEditor::onItemChanged(QTableWidgetItem *item)
{
    if (m_updating || m_readOnlyColumns.contains(item->column()))
        return;
    if (item->column() == m_checkColumn)
        emit checkToggled(item->row(), item->checkState() == Qt::Checked);
    else
        emit textEdited(item->row(), item->column(), item->text().trimmed());
}

void ListTableEditor::updateButtons()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0 && row < rowCount());
    m_up->setEnabled(row > 0 && row < rowCount());
    m_down->setEnabled(row >= 0 && row + 1 < rowCount());
}

void ListTableEditor::updateHeight()
{
    // The table shows every row; the form around it scrolls.
    const int rows = qMax(2, rowCount());
    const int height = m_table->horizontalHeader()->sizeHint().height()
                       + rows * m_table->verticalHeader()->defaultSectionSize()
                       + 2 * m_table->frameWidth();
    m_table->setFixedHeight(height);
}

} // namespace App
