// SPDX-License-Identifier: MIT
#include "TranslationMemory.h"

#include "core/HtmlSanitizer.h"
#include "tmx/TmxReader.h"
#include "tmx/TmxWriter.h"

#include <QDir>
#include <QStandardPaths>

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Translation {

namespace {

QString pairKey(const QString &sourceLanguage, const QString &targetLanguage)
{
    return sourceLanguage.toLower() + u'\x1f' + targetLanguage.toLower();
}

/** The distinct trigrams of a normalized text, padded so that short texts have some. */
std::vector<quint64> trigrams(const QString &text)
{
    const QString padded = u"\x02\x02"_s + text + u"\x03\x03"_s;
    std::vector<quint64> out;
    out.reserve(size_t(padded.size()));
    for (qsizetype i = 0; i + 2 < padded.size(); ++i)
        out.push_back(quint64(padded[i].unicode()) << 32 | quint64(padded[i + 1].unicode()) << 16
                      | quint64(padded[i + 2].unicode()));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

/** Levenshtein distance of a and b if it is at most limit, else limit + 1 (banded). */
int boundedDistance(QStringView a, QStringView b, int limit)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (std::abs(n - m) > limit)
        return limit + 1;
    const int big = limit + 1;
    std::vector<int> previous(size_t(m) + 1, big);
    std::vector<int> current(size_t(m) + 1, big);
    for (int j = 0; j <= std::min(m, limit); ++j)
        previous[size_t(j)] = j;
    for (int i = 1; i <= n; ++i) {
        const int from = std::max(1, i - limit);
        const int to = std::min(m, i + limit);
        current[0] = i <= limit ? i : big;
        if (from - 1 > 0)
            current[size_t(from - 1)] = big;
        if (to + 1 <= m)
            current[size_t(to + 1)] = big;
        int rowMin = current[0];
        for (int j = from; j <= to; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = previous[size_t(j - 1)] + cost;
            value = std::min(value, previous[size_t(j)] + 1);
            value = std::min(value, current[size_t(j - 1)] + 1);
            current[size_t(j)] = std::min(value, big);
            rowMin = std::min(rowMin, current[size_t(j)]);
        }
        if (rowMin > limit)
            return big;
        std::swap(previous, current);
    }
    return std::min(previous[size_t(m)], big);
}

int maxDistance(int longer, int minScore)
{
    return longer * (100 - std::clamp(minScore, 0, 100)) / 100;
}

int scoreOf(int distance, int longer)
{
    if (longer == 0)
        return 100;
    return std::min(99, 100 * (longer - distance) / longer);
}

} // namespace

struct TranslationMemory::Index
{
    struct Pair
    {
        std::vector<int> entries; ///< indexes into m_entries
        std::vector<QString> normalized;
        QHash<QString, std::vector<int>> exact; ///< source → local indexes
        std::unordered_map<quint64, std::vector<int>> grams;
    };
    QHash<QString, Pair> pairs;

    void insert(const std::vector<MemoryEntry> &entries, int entryIndex)
    {
        const MemoryEntry &entry = entries[size_t(entryIndex)];
        Pair &pair = pairs[pairKey(entry.sourceLanguage, entry.targetLanguage)];
        const int local = int(pair.entries.size());
        pair.entries.push_back(entryIndex);
        pair.normalized.push_back(TranslationMemory::normalized(entry.source));
        pair.exact[entry.source].push_back(local);
        for (const quint64 gram : trigrams(pair.normalized.back()))
            pair.grams[gram].push_back(local);
    }
};

TranslationMemory::TranslationMemory() = default;
TranslationMemory::~TranslationMemory() = default;

TranslationMemory::TranslationMemory(const TranslationMemory &other)
    : m_entries(other.m_entries)
{}

TranslationMemory &TranslationMemory::operator=(const TranslationMemory &other)
{
    if (this != &other) {
        m_entries = other.m_entries;
        m_index.reset();
    }
    return *this;
}

TranslationMemory::Index &TranslationMemory::index() const
{
    if (!m_index) {
        m_index = std::make_unique<Index>();
        for (int i = 0; i < int(m_entries.size()); ++i)
            m_index->insert(m_entries, i);
    }
    return *m_index;
}

bool TranslationMemory::add(const QString &sourceLanguage,
                            const QString &targetLanguage,
                            const QString &source,
                            const QString &target,
                            const QString &origin,
                            const QDateTime &created)
{
    return add(MemoryEntry{sourceLanguage, targetLanguage, source, target, origin, created});
}

bool TranslationMemory::add(const MemoryEntry &entry)
{
    if (entry.source.trimmed().isEmpty() || entry.target.trimmed().isEmpty()
        || entry.sourceLanguage.isEmpty() || entry.targetLanguage.isEmpty())
        return false;
    // Linear duplicate search only through the exact-source list of the pair.
    Index &idx = index();
    const auto pair = idx.pairs.find(pairKey(entry.sourceLanguage, entry.targetLanguage));
    if (pair != idx.pairs.end()) {
        const auto same = pair->exact.constFind(entry.source);
        if (same != pair->exact.constEnd()) {
            for (const int local : *same) {
                MemoryEntry &existing = m_entries[size_t(pair->entries[size_t(local)])];
                if (existing.target == entry.target) {
                    if (existing.origin == entry.origin && existing.created >= entry.created)
                        return false;
                    existing.origin = entry.origin;
                    existing.created = std::max(existing.created, entry.created);
                    return true;
                }
            }
        }
    }
    m_entries.push_back(entry);
    idx.insert(m_entries, int(m_entries.size()) - 1);
    return true;
}

std::vector<MemoryMatch> TranslationMemory::lookup(const QString &sourceLanguage,
                                                   const QString &targetLanguage,
                                                   const QString &source,
                                                   int minScore,
                                                   int max) const
{
    std::vector<MemoryMatch> matches;
    if (max <= 0 || source.trimmed().isEmpty())
        return matches;
    const Index &idx = index();
    const auto found = idx.pairs.constFind(pairKey(sourceLanguage, targetLanguage));
    if (found == idx.pairs.constEnd())
        return matches;
    const Index::Pair &pair = *found;
    struct Scored
    {
        int local;
        int score;
    };
    std::vector<Scored> scored;
    const auto exact = pair.exact.constFind(source);
    if (exact != pair.exact.constEnd()) {
        for (const int local : *exact)
            scored.push_back({local, 100});
    }

    const QString query = normalized(source);
    const int queryLength = int(query.size());
    const std::vector<quint64> queryGrams = trigrams(query);
    std::vector<int> counts(pair.entries.size(), 0);
    for (const quint64 gram : queryGrams) {
        const auto postings = pair.grams.find(gram);
        if (postings == pair.grams.end())
            continue;
        for (const int local : postings->second)
            ++counts[size_t(local)];
    }
    struct Candidate
    {
        int local;
        int shared;
    };
    std::vector<Candidate> candidates;
    const int queryGramCount = int(queryGrams.size());
    for (int local = 0; local < int(counts.size()); ++local) {
        const int shared = counts[size_t(local)];
        if (shared == 0)
            continue;
        const int length = int(pair.normalized[size_t(local)].size());
        const int limit = maxDistance(std::max(queryLength, length), minScore);
        if (std::abs(length - queryLength) > limit)
            continue;
        // q-gram lemma: one edit destroys at most three trigrams.
        if (shared < queryGramCount - 3 * limit)
            continue;
        candidates.push_back({local, shared});
    }
    constexpr size_t kMaxVerified = 400;
    if (candidates.size() > kMaxVerified) {
        std::partial_sort(
            candidates.begin(),
            candidates.begin() + kMaxVerified,
            candidates.end(),
            [](const Candidate &a, const Candidate &b) { return a.shared > b.shared; });
        candidates.resize(kMaxVerified);
    }
    for (const Candidate &candidate : candidates) {
        const MemoryEntry &entry = m_entries[size_t(pair.entries[size_t(candidate.local)])];
        if (entry.source == source)
            continue; // already scored 100
        const QString &text = pair.normalized[size_t(candidate.local)];
        const int longer = std::max(queryLength, int(text.size()));
        const int limit = maxDistance(longer, minScore);
        const int distance = boundedDistance(query, text, limit);
        if (distance > limit)
            continue;
        const int score = scoreOf(distance, longer);
        if (score >= minScore)
            scored.push_back({candidate.local, score});
    }
    std::sort(scored.begin(), scored.end(), [&](const Scored &a, const Scored &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return m_entries[size_t(pair.entries[size_t(a.local)])].created
               > m_entries[size_t(pair.entries[size_t(b.local)])].created;
    });
    for (const Scored &s : scored) {
        const MemoryEntry &entry = m_entries[size_t(pair.entries[size_t(s.local)])];
        if (std::any_of(matches.begin(), matches.end(), [&](const MemoryMatch &m) {
                return m.target == entry.target;
            }))
            continue;
        matches.push_back({entry.source, entry.target, s.score, entry.origin});
        if (int(matches.size()) >= max)
            break;
    }
    return matches;
}

Core::Result<void> TranslationMemory::loadTmx(const QString &path)
{
    auto read = TmxReader::readFile(path);
    if (!read)
        return read.error();
    for (const MemoryEntry &entry : read.value())
        add(entry);
    return {};
}

Core::Result<void> TranslationMemory::saveTmx(const QString &path) const
{
    return TmxWriter::writeFile(path, m_entries);
}

void TranslationMemory::clear()
{
    m_entries.clear();
    m_index.reset();
}

QString TranslationMemory::userMemoryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + u"/capsule/translation-memory.tmx"_s;
}

QString TranslationMemory::normalized(const QString &text)
{
    QString plain = text;
    if (text.contains(u'<') || text.contains(u'&'))
        plain = Core::HtmlSanitizer::toPlainText(text);
    return plain.toCaseFolded().simplified();
}

int TranslationMemory::similarity(const QString &a, const QString &b, int minScore)
{
    const int longer = int(std::max(a.size(), b.size()));
    if (a == b)
        return 100;
    const int limit = maxDistance(longer, minScore);
    const int distance = boundedDistance(a, b, limit);
    if (distance > limit)
        return 0;
    const int score = scoreOf(distance, longer);
    return score >= minScore ? score : 0;
}

} // namespace Translation
