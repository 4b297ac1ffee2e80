// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "import/ImportedItem.h"

#include <QByteArray>
#include <QString>

namespace Import {

/**
 * Reads Moodle's GIFT question format into ImportedItems.
 *
 * Everything GIFT has: multiple choice (one or several right answers, percentages), true/false
 * ({T}, {TRUE}, {F}, {FALSE} with "#wrong#right" feedback), short answer (→ fill-in), matching
 * ("=a -> b"), numerical ("#value:tolerance", "#min..max", several weighted answers), missing
 * word (text after the answer set: → a choice with "_____" in the prompt, or a fill-in whose
 * text holds the blank), essay "{}" (→ open text), description (no answer set → content
 * slide), "::title::", "$CATEGORY:", "#" answer feedback, "####" general feedback, "//" comment
 * lines, the escapes \~ \= \# \{ \} \: \\ \n, and the [html] [moodle] [plain] [markdown] text
 * formats (HTML always through Core::HtmlSanitizer). UTF-8 with or without BOM, any line ends.
 * What the course model cannot hold becomes a warning on the item (partial credit, extra
 * numerical answers, matching distractors…).
 *
 * Hostile input: a malformed question becomes an item with an error "file:line:column: what
 * was expected" and reading goes on at the next blank line. Limits (Limits below): the file
 * size, the line length, the number of questions and of answers per question; exceeding one
 * fails the whole read with a message naming the limit. Runs in time linear in the input.
 */
class GiftReader
{
public:
    struct Limits
    {
        qint64 maxBytes = 16 * 1024 * 1024; ///< 16 MiB
        qsizetype maxLineLength = 100'000;  ///< characters
        int maxItems = 5000;                ///< questions and descriptions per file
        int maxAnswers = 100;               ///< answers in one answer set
    };

    /** fileName is only used in messages. */
    static Core::Result<ImportResult>
    read(const QByteArray &bytes, const QString &fileName, const Limits &limits);
    static Core::Result<ImportResult> read(const QByteArray &bytes, const QString &fileName)
    {
        return read(bytes, fileName, Limits{});
    }

    /** The prompt given to a missing-word question read as a fill-in (its text is the cloze). */
    static QString missingWordPrompt();
};

} // namespace Import
