// SPDX-License-Identifier: MIT
#pragma once

#include "core/Question.h"

#include <QWidget>

#include <functional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace Core {
class Document;
}

namespace App {

class AssetComboBox;
class RegionCanvas;

/**
 * The answer part of a drag-and-drop or hotspot question: the image and its alternative text,
 * the regions drawn on it (RegionCanvas), a list of the regions beside the canvas, synced with
 * it (names; for a hotspot, a check box for the correct ones) and, for drag-and-drop, the items
 * with their correct zone. It holds no model state: each change emits questionEdited() with
 * the whole new question, which QuestionEditor pushes as one undoable SetSlideBody; the
 * document's state comes back through setQuestion(). The Document is not owned.
 */
class RegionEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit RegionEditor(QWidget *parent = nullptr);

    void setDocument(Core::Document *document);
    void setQuestion(const Core::Question &question);

    RegionCanvas *canvas() const { return m_canvas; }
    QListWidget *regionList() const { return m_regionList; }
    QTableWidget *itemTable() const { return m_items; }
    int currentRegion() const;
    void setCurrentRegion(int index);
    /** Focuses what the Validator's issue points at (index: a region or an item row). */
    void focusIssue(int index);

signals:
    void questionEdited(const Core::Question &question, const QString &undoText);

private:
    void change(const std::function<void(Core::Question &)> &edit, const QString &undoText);
    void refreshImage();
    void refreshLists();
    void refreshSelection();
    void addRegion(Core::ImageRegion region);
    void removeRegion(int index);
    void addItem();
    void removeItem();

    Core::Document *m_document = nullptr;
    Core::Question m_question; ///< the document's question, as last shown
    Core::AssetId m_shownImage;
    AssetComboBox *m_image;
    QLineEdit *m_alt;
    QButtonGroup *m_tools;
    QToolButton *m_delete;
    RegionCanvas *m_canvas;
    QListWidget *m_regionList;
    QLineEdit *m_regionName;
    QLabel *m_help;
    QWidget *m_itemsBox;
    QTableWidget *m_items;
    QPushButton *m_removeItem;
    bool m_updating = false;
};

} // namespace App
