// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "translation/TranslationMemory.h"

#include <QByteArray>

#include <vector>

namespace Translation {

/**
 * Writes memory entries as TMX 1.4b (header srclang="*all*", one <tu> per entry with its
 * srclang, creationdate and a <prop type="x-origin">). HTML tags in a text become <bpt>/<ept>
 * (paired, with matching i) or <ph> (<br>) holding the tag as native code; the rest is text.
 */
class TmxWriter
{
public:
    static QByteArray write(const std::vector<MemoryEntry> &entries);
    /** Writes atomically (QSaveFile); the message names the file. */
    static Core::Result<void> writeFile(const QString &path,
                                        const std::vector<MemoryEntry> &entries);
};

} // namespace Translation
