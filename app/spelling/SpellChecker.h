// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace App {

/**
 * Spell checking of one language: the editor's only view of a spelling engine (Hunspell today,
 * see HunspellChecker). Words are single tokens as WordTokenizer cuts them; checkers answer
 * quickly for words they have seen (they cache), suggestions may take longer.
 */
class SpellChecker
{
public:
    virtual ~SpellChecker() = default;

    /** The dictionary's name, e.g. "fr_FR", "en_US". */
    virtual QString dictionaryName() const = 0;
    virtual bool isCorrect(const QString &word) const = 0;
    /** Up to max replacements, the likeliest first; none when the checker has no idea. */
    virtual QStringList suggestions(const QString &word, int max = 6) const = 0;
    /** Accepts word from now on, for the checker's lifetime (SpellingService persists it). */
    virtual void addWord(const QString &word) = 0;
};

} // namespace App
