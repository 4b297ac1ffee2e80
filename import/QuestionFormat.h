// SPDX-License-Identifier: MIT
#pragma once

#include "ImportedItem.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Import {

/** The question file formats Capsule reads (and, for GIFT, writes). */
enum class QuestionFormat { Gift, Aiken, Csv };

/** Stable CLI ids: "gift", "aiken", "csv". */
QString formatId(QuestionFormat format);
std::optional<QuestionFormat> formatFromId(const QString &id);
/** A translated name with its file patterns, for file dialogs: "GIFT (*.gift *.txt)". */
QString fileDialogFilter(QuestionFormat format);

/**
 * The format of a file from its extension (.gift, .csv, .aiken); a .txt file is Aiken when
 * its first lines hold an "ANSWER:" line and no GIFT answer set, GIFT otherwise.
 */
std::optional<QuestionFormat> detectFormat(const QString &path, const QByteArray &content);

/** Reads bytes with the format's reader; fileName appears in messages. */
Core::Result<ImportResult>
readQuestions(const QByteArray &bytes, const QString &fileName, QuestionFormat format);
/** Reads a file (refusing one over the size limit before reading it). */
Core::Result<ImportResult> readQuestionFile(const QString &path, QuestionFormat format);

} // namespace Import
