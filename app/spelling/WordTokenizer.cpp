// SPDX-License-Identifier: MIT
#include "WordTokenizer.h"

using namespace Qt::StringLiterals;

namespace App {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetter() || c.isMark() || c.isDigit();
}

bool isJoiner(QChar c)
{
    return c == u'\'' || c == QChar(0x2019) || c == u'-' || c == QChar(0x2011);
}

/** URLs, e-mail addresses and file names are not prose. */
bool isTechnicalChunk(QStringView chunk)
{
    if (chunk.contains(u"://") || chunk.contains(u'@')
        || chunk.startsWith(u"www.", Qt::CaseInsensitive))
        return true;
    // "notes.pdf", "index.html": a dot between letters with no space after it.
    for (qsizetype i = 1; i + 1 < chunk.size(); ++i) {
        if (chunk[i] == u'.' && chunk[i - 1].isLetterOrNumber() && chunk[i + 1].isLetter())
            return true;
    }
    return false;
}

} // namespace

std::vector<WordTokenizer::Word> WordTokenizer::words(QStringView text)
{
    std::vector<Word> result;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        // One whitespace-separated chunk at a time.
        while (i < size && text[i].isSpace())
            ++i;
        const qsizetype chunkStart = i;
        while (i < size && !text[i].isSpace())
            ++i;
        const QStringView chunk = text.mid(chunkStart, i - chunkStart);
        if (chunk.isEmpty() || isTechnicalChunk(chunk))
            continue;
        qsizetype j = 0;
        while (j < chunk.size()) {
            if (!chunk[j].isLetter()) {
                ++j;
                continue;
            }
            const qsizetype start = j;
            bool hasDigit = false;
            while (j < chunk.size()) {
                if (isWordChar(chunk[j])) {
                    hasDigit = hasDigit || chunk[j].isDigit();
                    ++j;
                } else if (isJoiner(chunk[j]) && j + 1 < chunk.size() && chunk[j + 1].isLetter()) {
                    ++j;
                } else {
                    break;
                }
            }
            const qsizetype length = j - start;
            if (!hasDigit && length > 1)
                result.push_back({int(chunkStart + start), int(length)});
        }
    }
    return result;
}

WordTokenizer::Word WordTokenizer::wordAt(QStringView text, int position)
{
    for (const Word &word : words(text)) {
        if (position >= word.start && position <= word.start + word.length)
            return word;
    }
    return {};
}

} // namespace App
