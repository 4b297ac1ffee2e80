// SPDX-License-Identifier: MIT
#include "BoundedXmlReader.h"

#include "Tr.h"

using namespace Qt::StringLiterals;

namespace Translation {

BoundedXmlReader::BoundedXmlReader(const QByteArray &bytes,
                                   const QString &fileName,
                                   int maxDepth,
                                   const QString &doctypeRefusal)
    : m_xml(bytes)
    , m_fileName(fileName)
    , m_doctypeRefusal(doctypeRefusal)
    , m_maxDepth(maxDepth)
{}

bool BoundedXmlReader::next()
{
    m_xml.readNext();
    switch (m_xml.tokenType()) {
    case QXmlStreamReader::Invalid:
        return xmlError();
    case QXmlStreamReader::DTD:
        return fail(m_doctypeRefusal);
    case QXmlStreamReader::StartElement:
        if (++m_depth > m_maxDepth)
            return fail(Tr::tr("elements are nested more than %1 levels deep").arg(m_maxDepth));
        break;
    case QXmlStreamReader::EndElement:
        --m_depth;
        break;
    default:
        break;
    }
    return true;
}

bool BoundedXmlReader::skipElement()
{
    const int depth = m_depth;
    while (m_depth >= depth) {
        if (!next())
            return false;
        if (m_xml.atEnd())
            return xmlError();
    }
    return true;
}

QString BoundedXmlReader::readElementText()
{
    QString text = m_xml.readElementText(QXmlStreamReader::SkipChildElements);
    --m_depth; // readElementText() stops on the element's end, which next() never saw
    return text;
}

bool BoundedXmlReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = u"%1:%2:%3: %4"_s.arg(m_fileName)
                      .arg(m_xml.lineNumber())
                      .arg(m_xml.columnNumber())
                      .arg(message);
    return false;
}

bool BoundedXmlReader::xmlError()
{
    return fail(Tr::tr("malformed XML: %1").arg(m_xml.errorString()));
}

QString BoundedXmlReader::attribute(const QString &name) const
{
    return m_xml.attributes().value(name).toString();
}

Core::Error BoundedXmlReader::error() const
{
    return {Core::ErrorCode::MalformedXml, m_error};
}

} // namespace Translation
