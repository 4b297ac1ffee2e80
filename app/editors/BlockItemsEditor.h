// SPDX-License-Identifier: MIT
#pragma once

#include "core/Slide.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

namespace Core {
class Document;
}

namespace App {

class AssetComboBox;
class RichTextEdit;

/**
 * Edits the entries of a block made of several (tabs, accordion sections, flip cards, steps,
 * checklist lines, labelled graphic markers, gallery pictures): one small card per entry with
 * the fields its block type uses, plus Add, Move up/down and Remove. Like ContentBlockWidget it
 * keeps a copy of the items as its edit buffer, reports every edit as the whole changed list
 * and never changes the document itself; setItems() updates the fields in place.
 */
class BlockItemsEditor final : public QWidget
{
    Q_OBJECT
public:
    BlockItemsEditor(Core::ContentBlock::Type type,
                     Core::Document *document,
                     QWidget *parent = nullptr);

    void setItems(const std::vector<Core::BlockItem> &items);
    int count() const { return int(m_items.size()); }
    /** The title field of entry i (for focus and tests), or null. */
    QLineEdit *titleEdit(int i) const;

    /** The name of entry number (1-based) of this block type: "Tab 2", "Card 1"... */
    static QString itemName(Core::ContentBlock::Type type, int number);
    /** The Add button's text: "Add Tab", "Add Card"... */
    static QString addText(Core::ContentBlock::Type type);

signals:
    /** mergeKey (possibly empty) and text describe the edit for the undo history. */
    void itemsEdited(const std::vector<Core::BlockItem> &items,
                     const QString &mergeKey,
                     const QString &text);

private:
    struct Row
    {
        QWidget *frame = nullptr;
        QLabel *number = nullptr;
        QLineEdit *title = nullptr;
        RichTextEdit *text = nullptr;
        AssetComboBox *image = nullptr;
        QLineEdit *alt = nullptr;
        QSpinBox *x = nullptr;
        QSpinBox *y = nullptr;
        QToolButton *up = nullptr;
        QToolButton *down = nullptr;
        QToolButton *remove = nullptr;
    };
    Row makeRow(int i);
    void rebuild();
    void edit(int i, const QString &field, const QString &text);
    void structural(std::vector<Core::BlockItem> items, const QString &text);

    Core::ContentBlock::Type m_type;
    Core::Document *m_document;
    bool m_hasText;
    bool m_hasImage;
    bool m_hasPosition;
    std::vector<Core::BlockItem> m_items;
    std::vector<Row> m_rows;
    QVBoxLayout *m_list;
    QPushButton *m_add;
};

} // namespace App
