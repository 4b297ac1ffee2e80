// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace Preview {

/** text without the optional whitespace (spaces and tabs, RFC 9110 §5.6.3) at its ends. */
QByteArrayView trimmedOws(QByteArrayView text);

/**
 * What a Range request field asks of a representation of a known length (RFC 9110 §14).
 * Only single byte ranges are served: anything else that is well-formed is answered with the
 * whole representation, as the RFC allows a server to ignore Range.
 */
struct HttpRange
{
    enum class Kind {
        Whole,        ///< no usable Range (absent, other unit, malformed, several ranges): 200
        Partial,      ///< bytes first..last (inclusive): 206
        Unsatisfiable ///< no requested range overlaps the representation: 416
    };

    Kind kind = Kind::Whole;
    qint64 first = 0;
    qint64 last = -1;

    qint64 length() const { return last - first + 1; }

    /**
     * Evaluates a Range field value against a representation of size bytes. Never overflows:
     * positions beyond qint64 are treated as past any representation.
     */
    static HttpRange evaluate(QByteArrayView value, qint64 size);
};

} // namespace Preview
