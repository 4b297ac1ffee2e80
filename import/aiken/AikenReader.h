// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "import/ImportedItem.h"

#include <QByteArray>
#include <QString>

namespace Import {

/**
 * Reads the Aiken format: single-answer choice questions in plain text.
 *
 *     What is the capital of France?
 *     A) Lyon
 *     B. Paris
 *     ANSWER: B
 *
 * The question text may span several lines; choices are a capital letter followed by ")" or
 * "."; the answer line is "ANSWER:" or, in French, "RÉPONSE :" / "REPONSE:" (any case, any
 * spaces). Blank lines between questions are optional. Text is plain (no markup).
 *
 * Hostile input: a malformed question becomes an item with an error "file:line:column: what
 * was expected"; reading goes on after its answer line (or the next blank line). Limits: file
 * size, line length and question count (Limits), 26 choices by construction.
 */
class AikenReader
{
public:
    struct Limits
    {
        qint64 maxBytes = 16 * 1024 * 1024; ///< 16 MiB
        qsizetype maxLineLength = 100'000;  ///< characters
        int maxItems = 5000;                ///< questions per file
    };

    static Core::Result<ImportResult>
    read(const QByteArray &bytes, const QString &fileName, const Limits &limits);
    static Core::Result<ImportResult> read(const QByteArray &bytes, const QString &fileName)
    {
        return read(bytes, fileName, Limits{});
    }
};

} // namespace Import
