// SPDX-License-Identifier: MIT
#include "SpellHighlighter.h"

#include "SpellingAttachment.h"

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

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (!m_attachment->isActive())
        return;
    static const QTextCharFormat format = misspelledFormat();
    for (const WordTokenizer::Word &word : m_attachment->misspelledWords(text))
        setFormat(word.start, word.length, format);
}

} // namespace App
