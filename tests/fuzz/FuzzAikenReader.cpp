// SPDX-License-Identifier: MIT
// libFuzzer target: Import::AikenReader on arbitrary bytes must neither crash nor hang, and
// every item it returns is either importable or carries an error.
#include "import/aiken/AikenReader.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = Import::AikenReader::read(bytes, QStringLiteral("fuzz.aiken"));
    if (result) {
        for (const Import::ImportedItem &item : result->items) {
            if (item.isImportable())
                (void)item.toSlide();
            else if (!item.error.startsWith(QStringLiteral("fuzz.aiken:")))
                std::abort(); // every error names the file and the place
        }
    }
    return 0;
}
