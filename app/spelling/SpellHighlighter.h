// SPDX-License-Identifier: MIT
#pragma once

#include <QSyntaxHighlighter>

namespace App {

class SpellingAttachment;

/**
 * Underlines the misspelled words of a QTextEdit's or QPlainTextEdit's document with a red
 * wavy line. It only adds layout formats: the text, its own formats, the undo history and the
 * field's html() stay as they are. Owned by its SpellingAttachment.
 */
class SpellHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    SpellHighlighter(QTextDocument *document, const SpellingAttachment *attachment);

    /** The format of a misspelled word. */
    static QTextCharFormat misspelledFormat();

    /**
     * Checks the whole document (or one block) again. Unlike QSyntaxHighlighter::rehighlight(),
     * the document does not signal contentsChanged: to the field and whoever listens to its
     * textChanged, a re-check is no edit.
     */
    void recheck();
    void recheckBlock(const QTextBlock &block);

protected:
    void highlightBlock(const QString &text) override;

private:
    const SpellingAttachment *m_attachment;
};

} // namespace App
