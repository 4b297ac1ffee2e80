// SPDX-License-Identifier: MIT
#pragma once

#include "core/Slide.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Core {
class Document;
}

namespace App {

class AssetComboBox;
class RichTextEdit;

/**
 * The card editing one block of a content slide: a header (kind, move up/down, remove) and the
 * fields of its type. It keeps a copy of the block as its edit buffer and reports each edit as
 * the whole changed block; ContentEditor turns that into a command. setBlock() updates the
 * fields in place, so a field being edited keeps its focus and cursor.
 */
class ContentBlockWidget final : public QFrame
{
    Q_OBJECT
public:
    ContentBlockWidget(Core::ContentBlock::Type type,
                       Core::Document *document,
                       QWidget *parent = nullptr);

    Core::ContentBlock::Type type() const { return m_block.type; }
    void setBlock(int index, int count, const Core::ContentBlock &block);
    /** Gives the keyboard focus to the block's main field. */
    void focusMainField();

    static QString typeName(Core::ContentBlock::Type type);

signals:
    /** mergeKey (possibly empty) and text describe the edit for the undo history. */
    void blockEdited(int index,
                     const Core::ContentBlock &block,
                     const QString &mergeKey,
                     const QString &text);
    void moveRequested(int index, int delta);
    void removeRequested(int index);
    void importImageRequested(int index);

private:
    void edit(const QString &field, const QString &text);
    void updateImageExtras();

    int m_index = 0;
    Core::ContentBlock m_block;
    Core::Document *m_document;
    QLabel *m_title;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_remove;
    QLineEdit *m_headingText = nullptr;
    QComboBox *m_headingLevel = nullptr;
    RichTextEdit *m_richText = nullptr;
    QComboBox *m_calloutStyle = nullptr;
    AssetComboBox *m_image = nullptr;
    QLabel *m_preview = nullptr;
    QLineEdit *m_altText = nullptr;
    QLabel *m_altWarning = nullptr;
    QLineEdit *m_caption = nullptr;
    bool m_imageShown = false; ///< updateImageExtras() ran once
};

} // namespace App
