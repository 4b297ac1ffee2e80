// SPDX-License-Identifier: MIT
#pragma once

#include "XliffDocument.h"

#include <QByteArray>

namespace Translation {

/**
 * Writes an XliffDocument as XLIFF 1.2 (valid against xliff-core-1.2-strict.xsd) or 2.0
 * (valid against xliff_core_2.0.xsd), UTF-8, one file element, one unit per XliffUnit.
 *
 * Inline codes: 1.2 <g id ctype> for paired codes and <x id ctype equiv-text/> for standalone
 * ones; 2.0 <pc>/<ph> with canCopy="no" canDelete="no", their markup in the unit's
 * <originalData>. Unit ids: 1.2 uses the unitId itself; 2.0 ids must be NMTOKENs, so "/" becomes
 * "." and "_", "." and any other character outside [A-Za-z0-9-:] become "_XXXX" (hex), the
 * unitId also goes in the unit's name (see encodeUnitId). Notes: context, role, length limit
 * (1.2 also maxwidth + size-unit="char"). Characters XML 1.0 cannot carry become U+FFFD.
 */
class XliffWriter
{
public:
    static QByteArray write(const XliffDocument &document);

    /** The XLIFF 2.0 unit id of a unitId, and back (an empty string: not one of ours). */
    static QString encodeUnitId(const QString &unitId);
    static QString decodeUnitId(const QString &xliffId);
};

} // namespace Translation
