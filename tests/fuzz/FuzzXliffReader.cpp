// SPDX-License-Identifier: MIT
// libFuzzer target: Translation::XliffReader on arbitrary bytes must neither crash nor hang;
// a whole-file error names the file, and every unit read converts back through its own codes
// or is refused with a reason (what the importer does with a course's source).
#include "translation/InlineText.h"
#include "translation/xliff/XliffReader.h"
#include "translation/xliff/XliffWriter.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = Translation::XliffReader::read(bytes, QStringLiteral("fuzz.xlf"));
    if (!result) {
        if (!result.error().message.startsWith(QStringLiteral("fuzz.xlf")))
            std::abort(); // every error names the file
        return 0;
    }
    for (const Translation::XliffUnit &unit : result->units) {
        // Treat the unit's own source as the course's: its codes are plain elements.
        const QString html = unit.source.segment.plainText().toHtmlEscaped();
        const auto source = Translation::InlineText::fromField(
            html, Core::TextFormat::Html, Core::TextRole::Body);
        if (unit.target)
            (void)Translation::InlineText::toField(
                *unit.target, source, Core::TextFormat::Html, Core::TextRole::Body);
        (void)Translation::XliffWriter::encodeUnitId(unit.id);
    }
    // What was read can be written again.
    (void)Translation::XliffWriter::write(result.value());
    return 0;
}
