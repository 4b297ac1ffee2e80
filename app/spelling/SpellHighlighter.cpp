// SPDX-License-Identifier: MIT
#include "SpellHighlighter.h"

#include "SpellingAttachment.h"

#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextDocument>

namespace App {

SpellHighlighter::SpellHighlighter(QTextDocument *document, const SpellingAttachment *attachment)
    : QSyntaxHighlighter(document)
    , m_attachment(attachment)
{}

QTextCharFormat SpellHighlighter::misspelledFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(QColor(0xd7, 0x1f, 0x1f));
    return format;
}

void SpellHighlighter::recheck()
{
    const QSignalBlocker blocker(document());
    rehighlight(); // also settles the rehighlight QSyntaxHighlighter queued when attached
}

void SpellHighlighter::recheckBlock(const QTextBlock &block)
{
    const QSignalBlocker blocker(document());
    rehighlightBlock(block);
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (!m_attachment->isActive())
        return;
    static const QTextCharFormat format = misspelledFormat();
    // The word being typed is not marked until the cursor leaves it.
    const int typing = m_attachment->typingPosition();
    const QTextBlock block = currentBlock();
    const int typingAt = typing >= block.position() && typing < block.position() + block.length()
                             ? typing - block.position()
                             : -1;
    for (const WordTokenizer::Word &word : m_attachment->misspelledWords(text, typingAt))
        setFormat(word.start, word.length, format);
}

} // namespace App
