// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

#include <vector>

namespace App {

/**
 * Cuts a plain text into the words a spell checker should see. A word is a run of letters
 * (and combining marks) that may hold an apostrophe (' or ’) or a hyphen between two letters:
 * "l’élève", "don't", "peut-être" are one word each. Left out: words with a digit ("mp3", the
 * [[1]] markers of a fill-in text), single letters, and anything in a URL, an e-mail address or
 * a file name (a whitespace-separated chunk holding "://", "@", "www." or a ".ext" ending).
 */
class WordTokenizer
{
public:
    struct Word
    {
        int start = 0;
        int length = 0;
        friend bool operator==(const Word &, const Word &) = default;
    };

    static std::vector<Word> words(QStringView text);
    /** The word holding position (its end included), or a Word of length 0. */
    static Word wordAt(QStringView text, int position);
};

} // namespace App
