// SPDX-License-Identifier: MIT
#include "TmxReader.h"

#include "translation/BoundedXmlReader.h"
#include "translation/Tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Translation {

namespace {

class Parser : private BoundedXmlReader
{
public:
    Parser(const QByteArray &bytes, const QString &fileName)
        : BoundedXmlReader(
            bytes, fileName, TmxReader::kMaxDepth, Tr::tr("a DOCTYPE is not allowed in a TMX file"))
    {}

    Core::Result<std::vector<MemoryEntry>> run()
    {
        if (!readRoot())
            return error();
        return std::move(m_entries);
    }

private:
    /** TMX dates: YYYYMMDDThhmmssZ (parsed by hand: QDateTime::fromString is slow). */
    static QDateTime parseDate(const QString &text)
    {
        if (text.size() != 16 || text[8] != u'T' || text[15] != u'Z')
            return {};
        const auto number = [&](int from, int length) {
            bool ok = false;
            const int value = QStringView(text).mid(from, length).toInt(&ok);
            return ok ? value : -1;
        };
        const QDate date(number(0, 4), number(4, 2), number(6, 2));
        const QTime time(number(9, 2), number(11, 2), number(13, 2));
        if (!date.isValid() || !time.isValid())
            return {};
        return QDateTime(date, time, QTimeZone::utc());
    }

    bool readRoot()
    {
        while (true) {
            if (!next())
                return false;
            // An input without any element ends in QXmlStreamReader's "premature end" error.
            if (xml().atEnd())
                return xmlError();
            if (xml().isStartElement())
                break;
        }
        if (xml().name() != u"tmx")
            return fail(Tr::tr("not a TMX file: the root element is <%1>, expected <tmx>")
                            .arg(xml().name()));
        const QString version = attribute(u"version"_s);
        if (!version.startsWith(u"1.4"))
            return fail(Tr::tr("unsupported TMX version “%1”: Capsule reads TMX 1.4").arg(version));
        bool sawBody = false;
        while (true) {
            if (!next())
                return false;
            if (xml().isEndElement())
                break;
            if (!xml().isStartElement())
                continue;
            if (xml().name() == u"header") {
                m_headerLanguage = attribute(u"srclang"_s);
                if (!skipElement())
                    return false;
            } else if (xml().name() == u"body") {
                sawBody = true;
                if (!readBody())
                    return false;
            } else if (!skipElement()) {
                return false;
            }
        }
        while (!xml().atEnd()) {
            if (!next())
                return false;
        }
        if (!sawBody)
            return fail(Tr::tr("the file has no <body> element"));
        return true;
    }

    bool readBody()
    {
        while (true) {
            if (!next())
                return false;
            if (xml().isEndElement())
                return true;
            if (!xml().isStartElement())
                continue;
            if (xml().name() != u"tu") {
                if (!skipElement())
                    return false;
                continue;
            }
            if (++m_units > TmxReader::kMaxUnits)
                return fail(Tr::tr("more than %1 translation units").arg(TmxReader::kMaxUnits));
            if (!readUnit())
                return false;
        }
    }

    bool readUnit()
    {
        QString sourceLanguage = attribute(u"srclang"_s);
        if (sourceLanguage.isEmpty())
            sourceLanguage = m_headerLanguage;
        QString dateText = attribute(u"changedate"_s);
        if (dateText.isEmpty())
            dateText = attribute(u"creationdate"_s);
        const QDateTime created = parseDate(dateText);
        QString origin;
        std::vector<std::pair<QString, QString>> variants;
        while (true) {
            if (!next())
                return false;
            if (xml().isEndElement())
                break;
            if (!xml().isStartElement())
                continue;
            if (xml().name() == u"prop" && attribute(u"type"_s) == u"x-origin") {
                origin = readElementText();
                if (xml().hasError())
                    return xmlError();
            } else if (xml().name() == u"tuv") {
                QString language = xml().attributes().value(u"xml:lang"_s).toString();
                if (language.isEmpty())
                    language = attribute(u"lang"_s); // TMX 1.1
                QString segment;
                bool sawSeg = false;
                while (true) {
                    if (!next())
                        return false;
                    if (xml().isEndElement())
                        break;
                    if (!xml().isStartElement())
                        continue;
                    if (xml().name() == u"seg") {
                        sawSeg = true;
                        if (!readText(segment))
                            return false;
                    } else if (!skipElement()) {
                        return false;
                    }
                }
                if (sawSeg && !language.isEmpty())
                    variants.emplace_back(language, segment);
            } else if (!skipElement()) {
                return false;
            }
        }
        if (variants.size() < 2)
            return true;
        size_t sourceIndex = 0;
        if (!sourceLanguage.isEmpty() && sourceLanguage != u"*all*") {
            sourceIndex = variants.size();
            for (size_t i = 0; i < variants.size(); ++i) {
                if (variants[i].first.compare(sourceLanguage, Qt::CaseInsensitive) == 0) {
                    sourceIndex = i;
                    break;
                }
            }
            if (sourceIndex == variants.size())
                return true; // no variant in the source language
        }
        const auto &[language, source] = variants[sourceIndex];
        if (source.trimmed().isEmpty())
            return true;
        for (size_t i = 0; i < variants.size(); ++i) {
            if (i == sourceIndex || variants[i].second.trimmed().isEmpty())
                continue;
            m_entries.push_back({language,
                                 variants[i].first,
                                 source,
                                 variants[i].second,
                                 origin.isEmpty() ? fileName() : origin,
                                 created});
        }
        return true;
    }

    /** Text of a <seg> (or of a code inside it) up to its end. */
    bool readText(QString &out)
    {
        const int start = depth();
        while (true) {
            if (!next())
                return false;
            if (xml().isCharacters())
                out += xml().text();
            else if (xml().isEndElement() && depth() < start)
                return true;
        }
    }

    QString m_headerLanguage;
    int m_units = 0;
    std::vector<MemoryEntry> m_entries;
};

} // namespace

Core::Result<std::vector<MemoryEntry>> TmxReader::read(const QByteArray &bytes,
                                                       const QString &fileName)
{
    if (bytes.size() > kMaxFileBytes)
        return Core::Error{Core::ErrorCode::InvalidContent,
                           Tr::tr("%1: the file is larger than %2 MB")
                               .arg(fileName)
                               .arg(kMaxFileBytes / (1024 * 1024))};
    if (bytes.trimmed().isEmpty())
        return Core::Error{Core::ErrorCode::MalformedXml,
                           Tr::tr("%1: the file is empty: expected a <tmx> element").arg(fileName)};
    return Parser(bytes, fileName).run();
}

Core::Result<std::vector<MemoryEntry>> TmxReader::readFile(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{Core::ErrorCode::Io,
                           Tr::tr("cannot open %1: %2").arg(name, file.errorString())};
    if (file.size() > kMaxFileBytes)
        return Core::Error{Core::ErrorCode::InvalidContent,
                           Tr::tr("%1: the file is larger than %2 MB")
                               .arg(name)
                               .arg(kMaxFileBytes / (1024 * 1024))};
    return read(file.readAll(), name);
}

} // namespace Translation
