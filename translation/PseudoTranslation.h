// SPDX-License-Identifier: MIT
#pragma once

#include "InlineText.h"
#include "core/Translation.h"

#include <optional>
#include <utility>
#include <vector>

namespace Translation {

/**
 * Pseudo-translation, to test layouts before paying a translator: every letter becomes an
 * accented look-alike ("Bonjour" → "Ɓöñĵöûŕ") and the text grows by 40 % with word-like filler
 * ("… ļöŕéɱ îþšûɱ"), so that clipped, overflowing or untranslatable (hard-coded) text shows.
 * Inline codes and fill-in markers are kept; a field's length limit is respected.
 */
class PseudoTranslation
{
public:
    /** The accented form of text (no growth). */
    static QString accented(const QString &text);
    /** The pseudo-translated segment: accented, +40 % (at most maxLength characters if > 0). */
    static Segment translate(const Segment &source, int maxLength = 0);
    /** The pseudo-translation of one field, in the field's format. */
    static QString translateField(const Core::TextField &field);
    /** A SetTranslations change list giving every text field of course its pseudo-translation. */
    static std::vector<std::pair<QString, std::optional<Core::Translation>>>
    translations(const Core::Course &course);
};

} // namespace Translation
