// SPDX-License-Identifier: MIT
#include "QuestionFormat.h"

#include "SourceText.h"
#include "Tr.h"
#include "import/aiken/AikenReader.h"
#include "import/csv/CsvReader.h"
#include "import/gift/GiftReader.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Import {

QString formatId(QuestionFormat format)
{
    switch (format) {
    case QuestionFormat::Gift:
        return u"gift"_s;
    case QuestionFormat::Aiken:
        return u"aiken"_s;
    case QuestionFormat::Csv:
        return u"csv"_s;
    }
    return {};
}

std::optional<QuestionFormat> formatFromId(const QString &id)
{
    for (QuestionFormat format : {QuestionFormat::Gift, QuestionFormat::Aiken, QuestionFormat::Csv})
        if (formatId(format) == id.toLower())
            return format;
    return std::nullopt;
}

QString fileDialogFilter(QuestionFormat format)
{
    switch (format) {
    case QuestionFormat::Gift:
        return Tr::tr("GIFT questions (*.gift *.txt)");
    case QuestionFormat::Aiken:
        return Tr::tr("Aiken questions (*.txt *.aiken)");
    case QuestionFormat::Csv:
        return Tr::tr("CSV questions (*.csv)");
    }
    return {};
}

std::optional<QuestionFormat> detectFormat(const QString &path, const QByteArray &content)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"gift")
        return QuestionFormat::Gift;
    if (suffix == u"csv")
        return QuestionFormat::Csv;
    if (suffix == u"aiken")
        return QuestionFormat::Aiken;
    if (suffix != u"txt")
        return std::nullopt;
    const QString head = QString::fromUtf8(content.left(64 * 1024));
    static const QRegularExpression answer(u"^\\s*(ANSWER|R[ÉE]PONSE)\\s*:"_s,
                                           QRegularExpression::MultilineOption
                                               | QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::UseUnicodePropertiesOption);
    const bool hasAnswerSet = head.contains(u'{') && head.contains(u'}');
    return answer.match(head).hasMatch() && !hasAnswerSet ? QuestionFormat::Aiken
                                                          : QuestionFormat::Gift;
}

Core::Result<ImportResult>
readQuestions(const QByteArray &bytes, const QString &fileName, QuestionFormat format)
{
    switch (format) {
    case QuestionFormat::Gift:
        return GiftReader::read(bytes, fileName);
    case QuestionFormat::Aiken:
        return AikenReader::read(bytes, fileName);
    case QuestionFormat::Csv:
        return CsvReader::read(bytes, fileName);
    }
    return Core::makeError(Core::ErrorCode::InvalidArgument, QString());
}

Core::Result<ImportResult> readQuestionFile(const QString &path, QuestionFormat format)
{
    // The three readers share the same size limit.
    auto bytes = readSourceFile(path, GiftReader::Limits{}.maxBytes);
    if (!bytes)
        return bytes.error();
    return readQuestions(*bytes, QFileInfo(path).fileName(), format);
}

} // namespace Import
