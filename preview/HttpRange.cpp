// SPDX-License-Identifier: MIT
#include "HttpRange.h"

#include <limits>

namespace Preview {

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

namespace {

/** 1*DIGIT, saturating at the largest qint64; -1 when not a number. */
qint64 parsePosition(QByteArrayView digits)
{
    if (digits.isEmpty())
        return -1;
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    qint64 value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return -1;
        const int digit = c - '0';
        value = value > (max - digit) / 10 ? max : value * 10 + digit;
    }
    return value;
}

struct Spec
{
    qint64 first = -1; ///< -1: a suffix range
    qint64 last = -1;  ///< -1: open (int-range) ; for a suffix range, its length
};

} // namespace

HttpRange HttpRange::evaluate(QByteArrayView value, qint64 size)
{
    HttpRange whole;
    value = trimmedOws(value);
    const qsizetype equals = value.indexOf('=');
    if (equals < 0 || trimmedOws(value.first(equals)).compare("bytes", Qt::CaseInsensitive) != 0)
        return whole;

    // range-set = 1#range-spec; empty list elements are allowed and skipped (RFC 9110 §5.6.1).
    qsizetype specs = 0;
    qsizetype satisfiable = 0;
    HttpRange partial;
    partial.kind = Kind::Partial;
    QByteArrayView rest = value.sliced(equals + 1);
    while (true) {
        const qsizetype comma = rest.indexOf(',');
        const QByteArrayView element = trimmedOws(comma < 0 ? rest : rest.first(comma));
        if (!element.isEmpty()) {
            const qsizetype dash = element.indexOf('-');
            if (dash < 0)
                return whole;
            Spec spec;
            const QByteArrayView firstText = element.first(dash);
            const QByteArrayView lastText = element.sliced(dash + 1);
            if (firstText.isEmpty()) {
                spec.last = parsePosition(lastText); // suffix-length
                if (spec.last < 0)
                    return whole;
            } else {
                spec.first = parsePosition(firstText);
                if (spec.first < 0)
                    return whole;
                if (!lastText.isEmpty()) {
                    spec.last = parsePosition(lastText);
                    if (spec.last < spec.first)
                        return whole; // malformed (also catches a non-number: -1)
                }
            }
            ++specs;
            // Satisfiable: an int-range starting inside, or a non-zero suffix of a non-empty body.
            if (spec.first >= 0 && spec.first < size) {
                ++satisfiable;
                partial.first = spec.first;
                partial.last = spec.last < 0 ? size - 1 : qMin(spec.last, size - 1);
            } else if (spec.first < 0 && spec.last > 0 && size > 0) {
                ++satisfiable;
                partial.first = size - qMin(spec.last, size);
                partial.last = size - 1;
            }
        }
        if (comma < 0)
            break;
        rest = rest.sliced(comma + 1);
    }
    if (specs == 0)
        return whole;
    if (satisfiable == 0) {
        HttpRange unsatisfiable;
        unsatisfiable.kind = Kind::Unsatisfiable;
        return unsatisfiable;
    }
    return satisfiable == 1 && specs == 1 ? partial : whole;
}

} // namespace Preview
