// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QString>
#include <QXmlStreamReader>

namespace Translation {

/**
 * The rules every translation file reader (XLIFF, TMX) applies to its hostile input, over
 * QXmlStreamReader: no DOCTYPE (so no entity expansion), elements nested at most maxDepth
 * deep, and one error, the first, naming the file, the line and the column. A reader derives
 * from it and walks the document with next() and skipElement(); each returns false once the
 * file has failed, and the failure unwinds through the reader's return values.
 */
class BoundedXmlReader
{
protected:
    /** doctypeRefusal: the message for a DOCTYPE ("a DOCTYPE is not allowed in a TMX file"). */
    BoundedXmlReader(const QByteArray &bytes,
                     const QString &fileName,
                     int maxDepth,
                     const QString &doctypeRefusal);

    QXmlStreamReader &xml() { return m_xml; }
    const QXmlStreamReader &xml() const { return m_xml; }
    const QString &fileName() const { return m_fileName; }
    /** Elements open around the current token (the current start element included). */
    int depth() const { return m_depth; }

    /** Reads the next token; false at malformed XML, a DOCTYPE or too deep a nesting. */
    bool next();
    /** Skips the current element's content (the current token is its start). */
    bool skipElement();
    /** The current element's text, child elements skipped; the depth count follows. */
    QString readElementText();
    /** Records message at the current position, unless an error came first; returns false. */
    bool fail(const QString &message);
    /** fail() with QXmlStreamReader's own description of the malformed XML. */
    bool xmlError();
    QString attribute(const QString &name) const;
    /** The first failure, as a MalformedXml error. */
    Core::Error error() const;

private:
    QXmlStreamReader m_xml;
    QString m_fileName;
    QString m_doctypeRefusal;
    QString m_error;
    int m_maxDepth;
    int m_depth = 0;
};

} // namespace Translation
