// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "import/ImportedItem.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Import {

/**
 * Reads questions from a CSV file as Excel and LibreOffice save it: comma, semicolon or tab
 * separated (detected on the header line), UTF-8 with or without BOM, quoted cells holding
 * separators, line breaks and doubled quotes. One question per row after a header row naming
 * the columns, in any order (names ignore case):
 *
 *   type        single-choice, multiple-response, true-false, fill-in, matching, sequencing,
 *               numeric, likert, open-text (required)
 *   prompt      the question (HTML allowed; line breaks kept) (required)
 *   title, category, points (default 1), shuffle (yes/no)
 *   answer1…    choices; accepted answers of the blank; "left -> right" pairs; items in their
 *               right order; scale labels
 *   correct     choice numbers or letters ("2", "1,3", "B;D"); true/false (vrai/faux, 1/0);
 *               a number "3.14", "3.14:0.01" or a range "1..5" (decimal comma accepted)
 *   text        fill-in: the sentence with its blank written [[1]]
 *   feedback, correct_feedback, incorrect_feedback
 *   tags        comma-separated tags (bank draws filter on them)
 *   difficulty  easy, medium, hard (also facile, moyen, difficile); empty: none
 *
 * docs/questions.md documents it; resources/templates/questions-template.csv is a filled-in
 * example of every type. Hostile input: a malformed row becomes an item with an error
 * "file:line:column: what was expected"; a malformed file (quotes, header, limits) fails as a
 * whole. Limits: file size, line length, rows, columns and cell length (Limits).
 */
class CsvReader
{
public:
    struct Limits
    {
        qint64 maxBytes = 16 * 1024 * 1024; ///< 16 MiB
        qsizetype maxLineLength = 100'000;  ///< characters
        qsizetype maxCellLength = 100'000;  ///< characters, line breaks included
        int maxItems = 5000;                ///< question rows
        int maxColumns = 64;
    };
    static constexpr int maxAnswerColumns = 40;

    static Core::Result<ImportResult>
    read(const QByteArray &bytes, const QString &fileName, const Limits &limits);
    static Core::Result<ImportResult> read(const QByteArray &bytes, const QString &fileName)
    {
        return read(bytes, fileName, Limits{});
    }

    /** The column names this reader knows, answer1…answerN written "answer1…". */
    static QStringList columnNames();
    /** The template users start from (resources/templates/questions-template.csv). */
    static QByteArray templateFile();
};

} // namespace Import
