// SPDX-License-Identifier: MIT
#pragma once

#include "core/Slide.h"

#include <QFrame>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QToolButton;
class QVBoxLayout;

namespace Core {
class Document;
}

namespace App {

class AssetComboBox;
class BlockItemsEditor;
class CaptionTracksEditor;
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
    /** The drag MIME type of a block being moved inside the content editor. */
    static QString dragMimeType();

    static QString typeName(Core::ContentBlock::Type type);

signals:
    /** mergeKey (possibly empty) and text describe the edit for the undo history. */
    void blockEdited(int index,
                     const Core::ContentBlock &block,
                     const QString &mergeKey,
                     const QString &text);
    void moveRequested(int index, int delta);
    void removeRequested(int index);
    void duplicateRequested(int index);
    void copyRequested(int index);
    void cutRequested(int index);
    /** Paste the block clipboard after this block. */
    void pasteRequested(int index);
    void importImageRequested(int index);
    /** Audio and video blocks: import a media file into the library for block index. */
    void importMediaRequested(int index);
    /** Video blocks: add a caption track from a WebVTT file to block index. */
    void addCaptionsRequested(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void edit(const QString &field, const QString &text);
    void updateImageExtras();
    void buildImageFields(QFormLayout *form, bool withAltText);
    void buildRequiredBox(QVBoxLayout *layout);
    void buildButtonFields(QFormLayout *form);
    void buildTableFields(QVBoxLayout *layout);
    void buildMediaFields(QFormLayout *form);
    void refreshSlideTargets();
    void refreshTable();
    void editTable(const QString &text);

    int m_index = 0;
    Core::ContentBlock m_block;
    Core::Document *m_document;
    QLabel *m_title;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_remove;
    QToolButton *m_more;
    QLabel *m_grip;    ///< drag handle: dragging it moves the block
    QPoint m_pressPos; ///< where a drag on the grip may start
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
    QComboBox *m_imageSize = nullptr;
    QSpinBox *m_focusX = nullptr;
    QSpinBox *m_focusY = nullptr;
    QComboBox *m_imageSide = nullptr;
    QComboBox *m_imageShare = nullptr;
    QLineEdit *m_plainText = nullptr; ///< key figure number, button label
    BlockItemsEditor *m_items = nullptr;
    QCheckBox *m_required = nullptr;
    QFormLayout *m_buttonForm = nullptr;
    QComboBox *m_target = nullptr; ///< button: web address or slide
    QLineEdit *m_url = nullptr;
    QComboBox *m_slide = nullptr;
    QTableWidget *m_table = nullptr;
    QCheckBox *m_headerRow = nullptr;
    AssetComboBox *m_media = nullptr;
    AssetComboBox *m_poster = nullptr;
    CaptionTracksEditor *m_captions = nullptr;
    QSpinBox *m_requiredPercent = nullptr;
};

} // namespace App
