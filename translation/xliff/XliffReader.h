// SPDX-License-Identifier: MIT
#pragma once

#include "XliffDocument.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace Translation {

/**
 * Reads an XLIFF 1.2 or 2.0 file (hostile input) into an XliffDocument.
 *
 * Limits: at most kMaxFileBytes bytes, kMaxUnits units, elements nested kMaxDepth deep and
 * kMaxCodes inline codes in one source or target; no DOCTYPE (so no entity expansion).
 *
 * Whole-file problems fail the read with "file:line:column: what was expected": malformed XML,
 * a root that is not <xliff>, a wrong namespace or version (1.0, 1.1, 2.1...), missing languages,
 * several <file> elements with different languages, a limit passed. Problems of one unit
 * (inline elements Capsule does not write, such as <bpt>; an <ec> without its <sc>) go in that
 * unit's error, so the importer refuses the unit and keeps the rest.
 *
 * Accepted inline markup: 1.2 <g>, <x/>, <bx/>/<ex/>, <mrk> (its text kept); 2.0 <pc>, <ph/>,
 * <sc/>/<ec/>, <mrk> (its text kept), <sm/>/<em/> (ignored), <cp/> (the character). Several 2.0
 * segments (and <ignorable>s) of a unit are joined in order.
 */
class XliffReader
{
public:
    static constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;
    static constexpr int kMaxUnits = 100000;
    static constexpr int kMaxDepth = 32;
    static constexpr int kMaxCodes = 2000;

    /** Parses bytes; fileName only names the file in messages. */
    static Core::Result<XliffDocument> read(const QByteArray &bytes, const QString &fileName);
    /** Reads and parses a file. */
    static Core::Result<XliffDocument> readFile(const QString &path);
};

} // namespace Translation
