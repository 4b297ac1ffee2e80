// SPDX-License-Identifier: MIT
#pragma once

#include "import/ImportedItem.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Import {

/**
 * Writes items as GIFT that GiftReader (and Moodle) read back: a "$CATEGORY:" line whenever the
 * category changes, "::title::", "[html]" text with GIFT's special characters escaped, answer
 * feedback and general feedback. Reading the output gives the same questions back for every
 * question GIFT can express; what it cannot carry (points, sequencing and Likert questions,
 * several blanks, different right/wrong feedbacks on a choice question, tags and difficulty…) is
 * listed in warnings, one per item, prefixed with the item's title. Pure function.
 */
class GiftWriter
{
public:
    struct Output
    {
        QString text; ///< UTF-8 when saved; LF line ends
        QStringList warnings;
        int written = 0; ///< items written (skipped ones have a warning)
    };

    static Output write(const std::vector<ImportedItem> &items);

    /** text with \ ~ = # { } : escaped and line breaks written \n. */
    static QString escape(const QString &text);
};

} // namespace Import
