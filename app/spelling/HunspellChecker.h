// SPDX-License-Identifier: MIT
#pragma once

#include "SpellChecker.h"
#include "core/Result.h"

#include <QHash>
#include <QStringDecoder>
#include <QStringEncoder>

#include <memory>

class Hunspell;

namespace App {

/**
 * SpellChecker on a Hunspell dictionary (a .aff and a .dic file, in any encoding the .aff's
 * SET names). Results of isCorrect() are cached per word; addWord() clears the cache.
 */
class HunspellChecker final : public SpellChecker
{
public:
    /** Loads a dictionary; an error names the file that is missing or unreadable. */
    static Core::Result<std::unique_ptr<HunspellChecker>> load(const QString &affPath,
                                                               const QString &dicPath);
    ~HunspellChecker() override;

    QString dictionaryName() const override { return m_name; }
    bool isCorrect(const QString &word) const override;
    QStringList suggestions(const QString &word, int max = 6) const override;
    void addWord(const QString &word) override;

private:
    HunspellChecker(std::unique_ptr<Hunspell> hunspell, QString name);
    std::string encode(const QString &word) const;
    QString decode(const std::string &word) const;
    bool check(const QString &word) const;

    std::unique_ptr<Hunspell> m_hunspell;
    QString m_name;
    mutable QStringEncoder m_encoder;
    mutable QStringDecoder m_decoder;
    mutable QHash<QString, bool> m_cache;
};

} // namespace App
