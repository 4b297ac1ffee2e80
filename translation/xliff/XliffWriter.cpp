// SPDX-License-Identifier: MIT
#include "XliffWriter.h"

#include "translation/Tr.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Translation {

namespace {

const QString ns12 = u"urn:oasis:names:tc:xliff:document:1.2"_s;
const QString ns20 = u"urn:oasis:names:tc:xliff:document:2.0"_s;

QString xmlSafe(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t c = out[i].unicode();
        const bool bad
            = (c < 0x20 && c != 0x9 && c != 0xA && c != 0xD) || c == 0xFFFE || c == 0xFFFF;
        bool badSurrogate = false;
        if (QChar::isHighSurrogate(c))
            badSurrogate = i + 1 >= out.size() || !out[i + 1].isLowSurrogate();
        else if (QChar::isLowSurrogate(c))
            badSurrogate = i == 0 || !out[i - 1].isHighSurrogate();
        if (bad || badSurrogate)
            out[i] = QChar(0xFFFD);
    }
    return out;
}

/** 1.2 ctype of a code: the standard values where they exist, x-html-<tag> otherwise. */
QString ctype12(const InlineCode &code)
{
    switch (code.kind) {
    case InlineCode::Kind::LineBreak:
        return u"lb"_s;
    case InlineCode::Kind::BlankMarker:
        return u"x-fill-in-blank"_s;
    case InlineCode::Kind::Element:
        break;
    }
    if (code.tag == u"strong")
        return u"bold"_s;
    if (code.tag == u"em")
        return u"italic"_s;
    if (code.tag == u"u")
        return u"underlined"_s;
    if (code.tag == u"a")
        return u"link"_s;
    return u"x-html-"_s + code.tag;
}

class Writer
{
public:
    Writer(const XliffDocument &document, QByteArray *out)
        : m_doc(document)
        , m_xml(out)
    {}

    void write()
    {
        m_xml.writeStartDocument();
        newline(0);
        const bool v12 = m_doc.version == XliffVersion::V1_2;
        m_xml.writeDefaultNamespace(v12 ? ns12 : ns20);
        m_xml.writeStartElement(v12 ? ns12 : ns20, u"xliff"_s);
        m_xml.writeAttribute(u"version"_s, versionName(m_doc.version));
        if (v12) {
            newline(1);
            m_xml.writeStartElement(u"file"_s);
            m_xml.writeAttribute(u"original"_s, xmlSafe(m_doc.original));
            m_xml.writeAttribute(u"source-language"_s, m_doc.sourceLanguage);
            m_xml.writeAttribute(u"target-language"_s, m_doc.targetLanguage);
            m_xml.writeAttribute(u"datatype"_s, u"html"_s);
            newline(2);
            m_xml.writeStartElement(u"header"_s);
            newline(3);
            m_xml.writeEmptyElement(u"tool"_s);
            m_xml.writeAttribute(u"tool-id"_s, u"capsule"_s);
            m_xml.writeAttribute(u"tool-name"_s, u"Capsule"_s);
            newline(2);
            m_xml.writeEndElement(); // header
            newline(2);
            m_xml.writeStartElement(u"body"_s);
            for (const XliffUnit &unit : m_doc.units)
                writeUnit12(unit);
            newline(2);
            m_xml.writeEndElement(); // body
        } else {
            m_xml.writeAttribute(u"srcLang"_s, m_doc.sourceLanguage);
            m_xml.writeAttribute(u"trgLang"_s, m_doc.targetLanguage);
            newline(1);
            m_xml.writeStartElement(u"file"_s);
            m_xml.writeAttribute(u"id"_s, u"f1"_s);
            m_xml.writeAttribute(u"original"_s, xmlSafe(m_doc.original));
            for (const XliffUnit &unit : m_doc.units)
                writeUnit20(unit);
        }
        newline(1);
        m_xml.writeEndElement(); // file
        newline(0);
        m_xml.writeEndElement(); // xliff
        m_xml.writeEndDocument();
    }

private:
    void newline(int depth) { m_xml.writeCharacters(u"\n"_s + QString(depth * 2, u' ')); }

    // A course or section title's context is its role already: one note, not the same twice.
    static bool hasRoleNote(const XliffUnit &unit)
    {
        return !unit.role.isEmpty() && unit.role != unit.context;
    }

    QStringList notes(const XliffUnit &unit) const
    {
        QStringList out;
        if (!unit.context.isEmpty())
            out << unit.context;
        if (hasRoleNote(unit))
            out << unit.role;
        if (unit.maxLength > 0)
            out << Tr::tr("At most %n character(s).", nullptr, unit.maxLength);
        return out;
    }

    void writeUnit12(const XliffUnit &unit)
    {
        newline(3);
        m_xml.writeStartElement(u"trans-unit"_s);
        m_xml.writeAttribute(u"id"_s, xmlSafe(unit.id));
        m_xml.writeAttribute(u"xml:space"_s, u"preserve"_s);
        if (unit.maxLength > 0) {
            m_xml.writeAttribute(u"maxwidth"_s, QString::number(unit.maxLength));
            m_xml.writeAttribute(u"size-unit"_s, u"char"_s);
        }
        if (unit.state == UnitState::Approved && unit.target)
            m_xml.writeAttribute(u"approved"_s, u"yes"_s);
        newline(4);
        m_xml.writeStartElement(u"source"_s);
        writeSegment12(unit.source.segment, unit.source);
        m_xml.writeEndElement();
        if (unit.target) {
            newline(4);
            m_xml.writeStartElement(u"target"_s);
            m_xml.writeAttribute(u"state"_s, state12(unit.state));
            if (unit.origin == XliffUnit::Origin::Memory)
                m_xml.writeAttribute(u"state-qualifier"_s, u"exact-match"_s);
            else if (unit.origin == XliffUnit::Origin::Outdated)
                m_xml.writeAttribute(u"state-qualifier"_s, u"x-source-changed"_s);
            writeSegment12(*unit.target, unit.source);
            m_xml.writeEndElement();
        }
        const QStringList texts = notes(unit);
        for (const QString &note : texts) {
            newline(4);
            m_xml.writeStartElement(u"note"_s);
            m_xml.writeAttribute(u"from"_s, u"Capsule"_s);
            m_xml.writeCharacters(xmlSafe(note));
            m_xml.writeEndElement();
        }
        newline(3);
        m_xml.writeEndElement();
    }

    static QString state12(UnitState state)
    {
        switch (state) {
        case UnitState::New:
        case UnitState::NeedsTranslation:
            return u"needs-translation"_s;
        case UnitState::NeedsReview:
            return u"needs-review-translation"_s;
        case UnitState::Translated:
            return u"translated"_s;
        case UnitState::Approved:
            return u"signed-off"_s;
        }
        return {};
    }

    static QString state20(UnitState state)
    {
        switch (state) {
        case UnitState::New:
        case UnitState::NeedsTranslation:
            return u"initial"_s;
        case UnitState::NeedsReview:
        case UnitState::Translated:
            return u"translated"_s;
        case UnitState::Approved:
            return u"final"_s;
        }
        return {};
    }

    void writeSegment12(const Segment &segment, const CodedText &codes)
    {
        using Type = Segment::Piece::Type;
        for (const Segment::Piece &piece : segment.pieces) {
            if (piece.type == Type::Text) {
                m_xml.writeCharacters(xmlSafe(piece.value));
                continue;
            }
            if (piece.type == Type::End) {
                m_xml.writeEndElement();
                continue;
            }
            const InlineCode *code = codes.code(piece.value);
            m_xml.writeStartElement(piece.type == Type::Start ? u"g"_s : u"x"_s);
            m_xml.writeAttribute(u"id"_s, piece.value);
            if (code) {
                m_xml.writeAttribute(u"ctype"_s, ctype12(*code));
                if (piece.type == Type::Standalone)
                    m_xml.writeAttribute(
                        u"equiv-text"_s,
                        code->kind == InlineCode::Kind::LineBreak ? u"\n"_s : xmlSafe(code->open));
            }
            if (piece.type == Type::Standalone)
                m_xml.writeEndElement();
        }
    }

    void writeUnit20(const XliffUnit &unit)
    {
        newline(2);
        m_xml.writeStartElement(u"unit"_s);
        m_xml.writeAttribute(u"id"_s, XliffWriter::encodeUnitId(unit.id));
        m_xml.writeAttribute(u"name"_s, xmlSafe(unit.id));
        m_xml.writeAttribute(u"xml:space"_s, u"preserve"_s);
        const QStringList texts = notes(unit);
        if (!texts.isEmpty()) {
            newline(3);
            m_xml.writeStartElement(u"notes"_s);
            const QStringList categories{u"context"_s, u"role"_s, u"length"_s};
            int index = 0;
            const auto category = [&] {
                // context and role may be empty: name each note after what it holds.
                if (index == 0 && unit.context.isEmpty())
                    ++index;
                if (index == 1 && !hasRoleNote(unit))
                    ++index;
                return categories.value(index++);
            };
            for (const QString &note : texts) {
                newline(4);
                m_xml.writeStartElement(u"note"_s);
                m_xml.writeAttribute(u"category"_s, category());
                m_xml.writeCharacters(xmlSafe(note));
                m_xml.writeEndElement();
            }
            newline(3);
            m_xml.writeEndElement();
        }
        if (!unit.source.codes.empty()) {
            newline(3);
            m_xml.writeStartElement(u"originalData"_s);
            for (const InlineCode &code : unit.source.codes) {
                newline(4);
                m_xml.writeStartElement(u"data"_s);
                m_xml.writeAttribute(u"id"_s, u"d"_s + code.id);
                m_xml.writeCharacters(xmlSafe(code.open));
                m_xml.writeEndElement();
                if (code.isPaired()) {
                    newline(4);
                    m_xml.writeStartElement(u"data"_s);
                    m_xml.writeAttribute(u"id"_s, u"d"_s + code.id + u"e"_s);
                    m_xml.writeCharacters(xmlSafe(code.close));
                    m_xml.writeEndElement();
                }
            }
            newline(3);
            m_xml.writeEndElement();
        }
        newline(3);
        m_xml.writeStartElement(u"segment"_s);
        if (unit.target) {
            m_xml.writeAttribute(u"state"_s, state20(unit.state));
            if (unit.origin == XliffUnit::Origin::Memory)
                m_xml.writeAttribute(u"subState"_s, u"capsule:exact-match"_s);
            else if (unit.origin == XliffUnit::Origin::Outdated)
                m_xml.writeAttribute(u"subState"_s, u"capsule:source-changed"_s);
        }
        newline(4);
        m_xml.writeStartElement(u"source"_s);
        writeSegment20(unit.source.segment, unit.source);
        m_xml.writeEndElement();
        if (unit.target) {
            newline(4);
            m_xml.writeStartElement(u"target"_s);
            writeSegment20(*unit.target, unit.source);
            m_xml.writeEndElement();
        }
        newline(3);
        m_xml.writeEndElement(); // segment
        newline(2);
        m_xml.writeEndElement(); // unit
    }

    void writeSegment20(const Segment &segment, const CodedText &codes)
    {
        using Type = Segment::Piece::Type;
        for (const Segment::Piece &piece : segment.pieces) {
            if (piece.type == Type::Text) {
                m_xml.writeCharacters(xmlSafe(piece.value));
                continue;
            }
            if (piece.type == Type::End) {
                m_xml.writeEndElement();
                continue;
            }
            const InlineCode *code = codes.code(piece.value);
            const bool paired = piece.type == Type::Start;
            m_xml.writeStartElement(paired ? u"pc"_s : u"ph"_s);
            m_xml.writeAttribute(u"id"_s, piece.value);
            m_xml.writeAttribute(u"canCopy"_s, u"no"_s);
            m_xml.writeAttribute(u"canDelete"_s, u"no"_s);
            if (code) {
                if (paired) {
                    m_xml.writeAttribute(u"dataRefEnd"_s, u"d"_s + code->id + u"e"_s);
                    m_xml.writeAttribute(u"dataRefStart"_s, u"d"_s + code->id);
                } else {
                    m_xml.writeAttribute(u"dataRef"_s, u"d"_s + code->id);
                    if (code->kind == InlineCode::Kind::BlankMarker) {
                        m_xml.writeAttribute(u"disp"_s, code->open);
                        m_xml.writeAttribute(u"equiv"_s, code->open);
                    } else {
                        m_xml.writeAttribute(u"equiv"_s, u"\n"_s);
                    }
                }
                m_xml.writeAttribute(u"type"_s,
                                     code->tag == u"a"                             ? u"link"_s
                                     : code->kind == InlineCode::Kind::BlankMarker ? u"other"_s
                                                                                   : u"fmt"_s);
            }
            if (!paired)
                m_xml.writeEndElement();
        }
    }

    const XliffDocument &m_doc;
    QXmlStreamWriter m_xml;
};

bool isNameChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
           || c == u'-' || c == u':';
}

} // namespace

QString versionName(XliffVersion version)
{
    return version == XliffVersion::V1_2 ? u"1.2"_s : u"2.0"_s;
}

QByteArray XliffWriter::write(const XliffDocument &document)
{
    QByteArray out;
    Writer(document, &out).write();
    out += '\n';
    return out;
}

QString XliffWriter::encodeUnitId(const QString &unitId)
{
    QString out;
    out.reserve(unitId.size());
    for (const QChar c : unitId) {
        if (c == u'/')
            out += u'.';
        else if (isNameChar(c.unicode()))
            out += c;
        else
            out += u'_' + QString::number(c.unicode(), 16).rightJustified(4, u'0');
    }
    return out;
}

QString XliffWriter::decodeUnitId(const QString &xliffId)
{
    QString out;
    out.reserve(xliffId.size());
    for (qsizetype i = 0; i < xliffId.size(); ++i) {
        const QChar c = xliffId[i];
        if (c == u'.') {
            out += u'/';
        } else if (c == u'_') {
            const QString hex = xliffId.mid(i + 1, 4);
            bool ok = false;
            const uint code = hex.toUInt(&ok, 16);
            if (!ok || hex.size() != 4)
                return {};
            out += QChar(char16_t(code));
            i += 4;
        } else if (isNameChar(c.unicode())) {
            out += c;
        } else {
            return {};
        }
    }
    return out;
}

} // namespace Translation
