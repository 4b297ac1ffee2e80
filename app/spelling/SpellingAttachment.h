// SPDX-License-Identifier: MIT
#pragma once

#include "LineEditSpellOverlay.h"
#include "SpellHighlighter.h"
#include "WordTokenizer.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QTextDocument;
class QTextEdit;

namespace App {

class SpellingService;

/**
 * Spell checking of one text field, made by SpellingService::attach() as a child of the field:
 * a SpellHighlighter on a QTextEdit's or QPlainTextEdit's document, a LineEditSpellOverlay on a
 * QLineEdit, and the context menu (suggestions, "Add to Dictionary", "Ignore", then the
 * field's standard menu). Follows the field's language property and the service's changes;
 * a hidden field is re-checked when it shows.
 */
class SpellingAttachment final : public QObject
{
    Q_OBJECT
public:
    SpellingAttachment(QWidget *field, SpellingService *service);
    ~SpellingAttachment() override;

    QWidget *field() const { return m_field; }
    /** The language the field is checked in (BCP 47), as last resolved. */
    QString language() const { return m_language; }
    /** False while checking is off, the field is read-only or opted out. */
    bool isActive() const;
    /**
     * The misspelled words of text (a line or a text block) in the field's language. The word
     * ending at typingAt (a position in text) is left out: it is still being typed.
     */
    std::vector<WordTokenizer::Word> misspelledWords(const QString &text, int typingAt = -1) const;
    /** Where the user types: the cursor (in the document or line) while the field has the
     *  focus and no selection; -1 otherwise. */
    int typingPosition() const;

    SpellHighlighter *highlighter() const { return m_highlighter; }
    LineEditSpellOverlay *overlay() const { return m_overlay; }

    /**
     * The context menu for a point of the field (the line edit's coordinates, or the text
     * edit's viewport's): for a misspelled word, its suggestions, "Add to Dictionary" and
     * "Ignore" on top of the standard menu. The caller owns the menu.
     */
    std::unique_ptr<QMenu> createContextMenu(const QPoint &position);

    /** Re-reads the language and re-checks (now if visible, else when shown). */
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void recheck();
    /** The cursor moved or the focus changed: re-checks where it was and where it is. */
    void recheckAroundCursor();
    /** The word under position: the text it is in, its place there, and a replacer. */
    struct Target
    {
        QString word;
        std::function<void(const QString &)> replace;
    };
    Target targetAt(const QPoint &position);

    QWidget *m_field;
    QPointer<SpellingService> m_service;
    QLineEdit *m_lineEdit = nullptr;
    QTextEdit *m_textEdit = nullptr;
    QPlainTextEdit *m_plainTextEdit = nullptr;
    // Owned here, but children of the document and the line edit, which may go first.
    QPointer<SpellHighlighter> m_highlighter;
    QPointer<LineEditSpellOverlay> m_overlay;
    QString m_language;
    int m_typingBlock = -1; ///< the text block last checked around the cursor
    bool m_dirty = false;
};

} // namespace App
