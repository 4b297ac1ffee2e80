// SPDX-License-Identifier: MIT
#include "HunspellChecker.h"

#include "app/Tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <hunspell.hxx>

using namespace Qt::StringLiterals;

namespace App {

namespace {

constexpr qsizetype maxCacheSize = 20000;
/** Hunspell's own limit (MAXWORDLEN); longer tokens are not words anyway. */
constexpr qsizetype maxWordLength = 100;

} // namespace

Core::Result<std::unique_ptr<HunspellChecker>> HunspellChecker::load(const QString &affPath,
                                                                     const QString &dicPath)
{
    for (const QString &path : {affPath, dicPath}) {
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable()) {
            return Core::Error{Core::ErrorCode::Io,
                               Tr::tr("Cannot read the spelling dictionary file %1.")
                                   .arg(QDir::toNativeSeparators(path))};
        }
    }
    auto hunspell = std::make_unique<Hunspell>(QFile::encodeName(affPath).constData(),
                                               QFile::encodeName(dicPath).constData());
    return std::unique_ptr<HunspellChecker>(
        new HunspellChecker(std::move(hunspell), QFileInfo(dicPath).completeBaseName()));
}

HunspellChecker::HunspellChecker(std::unique_ptr<Hunspell> hunspell, QString name)
    : m_hunspell(std::move(hunspell))
    , m_name(std::move(name))
{
    const std::string encoding = m_hunspell->get_dict_encoding();
    // Hunspell's names ("UTF-8", "ISO8859-1", "ISO8859-15"...); Latin-1 when Qt knows none.
    QByteArray encodingName = QByteArray::fromStdString(encoding);
    if (encodingName.startsWith("ISO8859"))
        encodingName.replace("ISO8859", "ISO-8859");
    m_encoder = QStringEncoder(encodingName.constData());
    m_decoder = QStringDecoder(encodingName.constData());
    if (!m_encoder.isValid() || !m_decoder.isValid()) {
        m_encoder = QStringEncoder(QStringConverter::Latin1);
        m_decoder = QStringDecoder(QStringConverter::Latin1);
    }
}

HunspellChecker::~HunspellChecker() = default;

std::string HunspellChecker::encode(const QString &word) const
{
    const QByteArray bytes = m_encoder.encode(word);
    return bytes.toStdString();
}

QString HunspellChecker::decode(const std::string &word) const
{
    return m_decoder.decode(QByteArrayView(word.data(), qsizetype(word.size())));
}

bool HunspellChecker::check(const QString &word) const
{
    if (m_hunspell->spell(encode(word)))
        return true;
    // Dictionaries spell elisions with ' (most convert ’ themselves; not all of them do).
    if (word.contains(QChar(0x2019))) {
        QString plain = word;
        plain.replace(QChar(0x2019), u'\'');
        return m_hunspell->spell(encode(plain));
    }
    return false;
}

bool HunspellChecker::isCorrect(const QString &word) const
{
    if (word.isEmpty() || word.size() > maxWordLength)
        return true;
    const auto cached = m_cache.constFind(word);
    if (cached != m_cache.constEnd())
        return *cached;
    if (m_cache.size() >= maxCacheSize)
        m_cache.clear();
    const bool correct = check(word);
    m_cache.insert(word, correct);
    return correct;
}

QStringList HunspellChecker::suggestions(const QString &word, int max) const
{
    QStringList result;
    if (word.isEmpty() || word.size() > maxWordLength)
        return result;
    const std::vector<std::string> found = m_hunspell->suggest(encode(word));
    for (const std::string &suggestion : found) {
        const QString text = decode(suggestion);
        if (!text.isEmpty() && !result.contains(text))
            result.append(text);
        if (result.size() >= max)
            break;
    }
    return result;
}

void HunspellChecker::addWord(const QString &word)
{
    if (word.isEmpty() || word.size() > maxWordLength)
        return;
    m_hunspell->add(encode(word));
    m_cache.clear();
}

} // namespace App
