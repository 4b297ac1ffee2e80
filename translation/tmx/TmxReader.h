// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "translation/TranslationMemory.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace Translation {

/**
 * Reads a TMX 1.4b file (hostile input) into memory entries: one entry per translation unit and
 * target variant, the source variant being the one in the unit's srclang (else the header's;
 * "*all*" takes the first variant).
 *
 * Segments: text, and the native code of <bpt>, <ept>, <ph>, <it> and <ut> as written
 * (TmxWriter puts HTML tags there, so Capsule's rich text round-trips); <hi> and <sub> keep
 * their text. Origin: the unit's <prop type="x-origin">, else the file name; date: creationdate
 * or changedate.
 *
 * Limits: at most kMaxFileBytes bytes, kMaxUnits units, elements nested kMaxDepth deep; no
 * DOCTYPE. Errors: "file:line:column: what was expected" (malformed XML, root not <tmx>,
 * version other than 1.4, no <body>, a limit passed). Units with fewer than two variants or an
 * empty segment are skipped.
 */
class TmxReader
{
public:
    static constexpr qint64 kMaxFileBytes = 128 * 1024 * 1024;
    static constexpr int kMaxUnits = 1000000;
    static constexpr int kMaxDepth = 32;

    static Core::Result<std::vector<MemoryEntry>> read(const QByteArray &bytes,
                                                       const QString &fileName);
    static Core::Result<std::vector<MemoryEntry>> readFile(const QString &path);
};

} // namespace Translation
