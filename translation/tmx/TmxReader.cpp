// SPDX-License-Identifier: MIT
#include "TmxReader.h"

#include "translation/Tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Translation {

namespace {

class Parser
{
public:
    Parser(const QByteArray &bytes, const QString &fileName)
        : m_xml(bytes)
        , m_fileName(fileName)
    {}

    Core::Result<std::vector<MemoryEntry>> run()
    {
        if (!readRoot())
            return Core::Error{Core::ErrorCode::MalformedXml, m_error};
        return std::move(m_entries);
    }

private:
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = u"%1:%2:%3: %4"_s.arg(m_fileName)
                          .arg(m_xml.lineNumber())
                          .arg(m_xml.columnNumber())
                          .arg(message);
        return false;
    }

    bool next()
    {
        m_xml.readNext();
        switch (m_xml.tokenType()) {
        case QXmlStreamReader::Invalid:
            return fail(Tr::tr("malformed XML: %1").arg(m_xml.errorString()));
        case QXmlStreamReader::DTD:
            return fail(Tr::tr("a DOCTYPE is not allowed in a TMX file"));
        case QXmlStreamReader::StartElement:
            if (++m_depth > TmxReader::kMaxDepth)
                return fail(Tr::tr("elements are nested more than %1 levels deep")
                                .arg(TmxReader::kMaxDepth));
            break;
        case QXmlStreamReader::EndElement:
            --m_depth;
            break;
        default:
            break;
        }
        return true;
    }

    bool skipElement()
    {
        const int depth = m_depth;
        while (m_depth >= depth) {
            if (!next())
                return false;
        }
        return true;
    }

    QString attribute(const QString &name) const
    {
        return m_xml.attributes().value(name).toString();
    }

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
            if (m_xml.atEnd())
                return fail(Tr::tr("malformed XML: %1").arg(m_xml.errorString()));
            if (m_xml.isStartElement())
                break;
        }
        if (m_xml.name() != u"tmx")
            return fail(Tr::tr("not a TMX file: the root element is <%1>, expected <tmx>")
                            .arg(m_xml.name()));
        const QString version = attribute(u"version"_s);
        if (!version.startsWith(u"1.4"))
            return fail(Tr::tr("unsupported TMX version “%1”: Capsule reads TMX 1.4").arg(version));
        bool sawBody = false;
        while (true) {
            if (!next())
                return false;
            if (m_xml.isEndElement())
                break;
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.name() == u"header") {
                m_headerLanguage = attribute(u"srclang"_s);
                if (!skipElement())
                    return false;
            } else if (m_xml.name() == u"body") {
                sawBody = true;
                if (!readBody())
                    return false;
            } else if (!skipElement()) {
                return false;
            }
        }
        while (!m_xml.atEnd()) {
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
            if (m_xml.isEndElement())
                return true;
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.name() != u"tu") {
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
            if (m_xml.isEndElement())
                break;
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.name() == u"prop" && attribute(u"type"_s) == u"x-origin") {
                origin = m_xml.readElementText(QXmlStreamReader::SkipChildElements);
                --m_depth;
                if (m_xml.hasError())
                    return fail(Tr::tr("malformed XML: %1").arg(m_xml.errorString()));
            } else if (m_xml.name() == u"tuv") {
                QString language = m_xml.attributes().value(u"xml:lang"_s).toString();
                if (language.isEmpty())
                    language = attribute(u"lang"_s); // TMX 1.1
                QString segment;
                bool sawSeg = false;
                while (true) {
                    if (!next())
                        return false;
                    if (m_xml.isEndElement())
                        break;
                    if (!m_xml.isStartElement())
                        continue;
                    if (m_xml.name() == u"seg") {
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
                                 origin.isEmpty() ? m_fileName : origin,
                                 created});
        }
        return true;
    }

    /** Text of a <seg> (or of a code inside it) up to its end. */
    bool readText(QString &out)
    {
        const int depth = m_depth;
        while (true) {
            if (!next())
                return false;
            if (m_xml.isCharacters())
                out += m_xml.text();
            else if (m_xml.isEndElement() && m_depth < depth)
                return true;
        }
    }

    QXmlStreamReader m_xml;
    QString m_fileName;
    QString m_error;
    QString m_headerLanguage;
    int m_depth = 0;
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
