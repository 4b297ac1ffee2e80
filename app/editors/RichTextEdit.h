// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QTextEdit;
class QToolBar;

namespace App {

/**
 * A rich text field for the model's safe HTML subset: a QTextEdit under a small formatting
 * toolbar (bold, italic, underline, bulleted and numbered lists, link, paragraph or heading
 * 2–4). html() is produced by RichTextHtml, never by QTextDocument::toHtml(); pasted or dropped
 * HTML is sanitized before it enters the document. The field grows with its text.
 */
class RichTextEdit final : public QWidget
{
    Q_OBJECT
public:
    explicit RichTextEdit(QWidget *parent = nullptr);

    /**
     * Shows html without emitting htmlEdited. Does nothing when it is what the field already
     * holds, so the round trip of the user's own edit keeps the cursor where it is.
     */
    void setHtml(const QString &html);
    /** The text as safe subset HTML. */
    QString html() const;

    void setPlaceholderText(const QString &text);
    /** Hides the heading choice (fields where headings make no sense, e.g. feedback). */
    void setHeadingsAllowed(bool allowed);
    void setMinimumLines(int lines);

    QTextEdit *textEdit() const { return m_edit; }

    /**
     * Makes the selection (or the word at the cursor, or a new text showing the address) a link.
     * An empty url removes the link. Returns false, changing nothing, for any address but
     * http:, https: or mailto:.
     */
    bool setLink(const QString &url);
    /** 0 for a paragraph, 2..4 for a heading; applies to the selected blocks. */
    void setBlockStyle(int headingLevel);
    /** Turns the selected blocks into a bulleted or numbered list, or back into paragraphs. */
    void toggleList(bool ordered);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    /** The user changed the text; html is the new subset HTML. */
    void htmlEdited(const QString &html);

private:
    void onTextChanged();
    void updateToolBar();
    void updateHeight();
    void editLink();

    QToolBar *m_toolBar;
    QTextEdit *m_edit;
    QAction *m_bold;
    QAction *m_italic;
    QAction *m_underline;
    QAction *m_bulleted;
    QAction *m_numbered;
    QAction *m_link;
    QComboBox *m_blockStyle;
    QAction *m_blockStyleAction = nullptr;
    QAction *m_blockStyleSeparator = nullptr;
    QString m_loadedHtml; ///< the last html given to setHtml(), sanitized
    QString m_lastHtml;   ///< html() of the document as last loaded or emitted
    bool m_loading = false;
    int m_minimumLines = 3;
};

} // namespace App
