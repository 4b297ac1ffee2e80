// SPDX-License-Identifier: MIT
// libFuzzer target: Translation::TmxReader on arbitrary bytes must neither crash nor hang; a
// file that loads goes into a memory, is looked up, written and read back to the same entries.
#include "translation/TranslationMemory.h"
#include "translation/tmx/TmxReader.h"
#include "translation/tmx/TmxWriter.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = Translation::TmxReader::read(bytes, QStringLiteral("fuzz.tmx"));
    if (!result) {
        if (!result.error().message.startsWith(QStringLiteral("fuzz.tmx")))
            std::abort();
        return 0;
    }
    Translation::TranslationMemory memory;
    for (const Translation::MemoryEntry &entry : result.value())
        memory.add(entry);
    for (const Translation::MemoryEntry &entry : memory.entries())
        (void)memory.lookup(entry.sourceLanguage, entry.targetLanguage, entry.source);
    const auto again = Translation::TmxReader::read(Translation::TmxWriter::write(memory.entries()),
                                                    QStringLiteral("again.tmx"));
    if (!again)
        std::abort(); // what we write, we read
    return 0;
}
