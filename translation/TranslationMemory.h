// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace Translation {

/** One translation kept by the memory: a source text and its translation, in two languages. */
struct MemoryEntry
{
    QString sourceLanguage; ///< BCP 47, as given
    QString targetLanguage;
    QString source; ///< as the course stores the field: plain text or sanitized HTML
    QString target;
    QString origin; ///< where it came from: a course title, a TMX file
    QDateTime created;
    friend bool operator==(const MemoryEntry &, const MemoryEntry &) = default;
};

/** A translation the memory offers for a source text. */
struct MemoryMatch
{
    QString source; ///< the remembered source text
    QString target;
    int score = 0; ///< 100: the same source text; 75..99: similar (99: differs only in markup, case
                   ///< or spacing)
    QString origin;
};

/**
 * A translation memory: approved translations of any earlier project, looked up exactly and
 * fuzzily. Kept per user in TMX 1.4b at userMemoryPath(); the editor and capsule-cli load it,
 * add approved translations and save it.
 *
 * Fuzzy score: 100 × (1 − Levenshtein distance / longer length), on the texts as a reader sees
 * them (markup removed, case folded, white space collapsed), capped at 99; a trigram index
 * keeps only candidates that can reach minScore (q-gram lemma), so a lookup in 100,000
 * entries takes a few milliseconds (bench/TranslationMemoryBench.cpp).
 *
 * Languages compare case-insensitively and exactly ("en-GB" is not "en").
 * Not thread-safe; copyable (the index is rebuilt lazily).
 */
class TranslationMemory
{
public:
    TranslationMemory();
    ~TranslationMemory();
    TranslationMemory(const TranslationMemory &other);
    TranslationMemory &operator=(const TranslationMemory &other);

    /**
     * Remembers a translation. An entry with the same languages, source and target is replaced
     * (its origin and date updated); empty texts are ignored. Returns true if something changed.
     */
    bool add(const QString &sourceLanguage,
             const QString &targetLanguage,
             const QString &source,
             const QString &target,
             const QString &origin,
             const QDateTime &created = QDateTime::currentDateTimeUtc());
    bool add(const MemoryEntry &entry);

    /** The best matches with score >= minScore, best first, at most max, distinct targets. */
    std::vector<MemoryMatch> lookup(const QString &sourceLanguage,
                                    const QString &targetLanguage,
                                    const QString &source,
                                    int minScore = 75,
                                    int max = 5) const;

    /** Adds the entries of a TMX file (TmxReader's limits and errors). */
    Core::Result<void> loadTmx(const QString &path);
    /** Writes every entry as TMX 1.4b, atomically. */
    Core::Result<void> saveTmx(const QString &path) const;

    const std::vector<MemoryEntry> &entries() const { return m_entries; }
    int size() const { return int(m_entries.size()); }
    void clear();

    /** The per-user memory file: <generic data location>/capsule/translation-memory.tmx. */
    static QString userMemoryPath();

    /** The text fuzzy matching compares (exposed for tests and the benchmark). */
    static QString normalized(const QString &text);
    /** 100 × (1 − distance / longer length) of two normalized texts, 0 if below minScore. */
    static int similarity(const QString &a, const QString &b, int minScore = 0);

private:
    struct Index;
    Index &index() const;
    std::vector<MemoryEntry> m_entries;
    mutable std::unique_ptr<Index> m_index; ///< built on the first lookup, dropped on change
};

} // namespace Translation
