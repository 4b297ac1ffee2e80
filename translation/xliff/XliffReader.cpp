// SPDX-License-Identifier: MIT
#include "XliffReader.h"

#include "XliffWriter.h"
#include "translation/BoundedXmlReader.h"
#include "translation/Tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Translation {

namespace {

const QString ns12 = u"urn:oasis:names:tc:xliff:document:1.2"_s;
const QString ns20 = u"urn:oasis:names:tc:xliff:document:2.0"_s;

/** Thrown nowhere: a whole-file failure is recorded and unwinds through return values. */
class Parser : private BoundedXmlReader
{
public:
    Parser(const QByteArray &bytes, const QString &fileName)
        : BoundedXmlReader(bytes,
                           fileName,
                           XliffReader::kMaxDepth,
                           Tr::tr("a DOCTYPE is not allowed in an XLIFF file"))
    {}

    Core::Result<XliffDocument> run()
    {
        if (!readRoot())
            return error();
        return std::move(m_doc);
    }

private:
    bool isOurs() const { return xml().namespaceUri() == m_ns; }

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
        if (xml().name() != u"xliff")
            return fail(Tr::tr("not an XLIFF file: the root element is <%1>, expected <xliff>")
                            .arg(xml().name()));
        const QString ns = xml().namespaceUri().toString();
        const QString version = attribute(u"version"_s);
        if (ns == ns12) {
            if (version != u"1.2")
                return fail(Tr::tr("unsupported XLIFF version “%1” in the 1.2 namespace: "
                                   "Capsule reads XLIFF 1.2 and 2.0")
                                .arg(version));
            m_doc.version = XliffVersion::V1_2;
        } else if (ns == ns20) {
            if (version != u"2.0")
                return fail(Tr::tr("unsupported XLIFF version “%1”: Capsule reads XLIFF 1.2 "
                                   "and 2.0")
                                .arg(version));
            m_doc.version = XliffVersion::V2_0;
        } else if (ns.startsWith(u"urn:oasis:names:tc:xliff:document:")) {
            return fail(Tr::tr("unsupported XLIFF version %1: Capsule reads XLIFF 1.2 and 2.0")
                            .arg(ns.mid(ns.lastIndexOf(u':') + 1)));
        } else {
            return fail(
                ns.isEmpty()
                    ? Tr::tr("the <xliff> element has no namespace: expected %1 or %2")
                          .arg(ns12, ns20)
                    : Tr::tr("wrong namespace “%1”: expected %2 or %3").arg(ns, ns12, ns20));
        }
        m_ns = ns;
        if (m_doc.version == XliffVersion::V2_0) {
            m_doc.sourceLanguage = attribute(u"srcLang"_s);
            m_doc.targetLanguage = attribute(u"trgLang"_s);
            if (m_doc.sourceLanguage.isEmpty())
                return fail(Tr::tr("the <xliff> element has no srcLang"));
            if (m_doc.targetLanguage.isEmpty())
                return fail(Tr::tr("the <xliff> element has no trgLang: the file must be for "
                                   "one target language"));
        }
        bool sawFile = false;
        while (true) {
            if (!next())
                return false;
            if (xml().isEndElement())
                break;
            if (!xml().isStartElement())
                continue;
            if (isOurs() && xml().name() == u"file") {
                sawFile = true;
                if (!readFile())
                    return false;
            } else if (!skipElement()) {
                return false;
            }
        }
        // Trailing comments and white space only.
        while (!xml().atEnd()) {
            if (!next())
                return false;
        }
        if (!sawFile)
            return fail(Tr::tr("the file has no <file> element"));
        return true;
    }

    bool readFile()
    {
        if (m_doc.version == XliffVersion::V1_2) {
            const QString source = attribute(u"source-language"_s);
            const QString target = attribute(u"target-language"_s);
            if (source.isEmpty())
                return fail(Tr::tr("the <file> element has no source-language"));
            if (target.isEmpty())
                return fail(Tr::tr("the <file> element has no target-language"));
            if (!m_doc.sourceLanguage.isEmpty()
                && (m_doc.sourceLanguage != source || m_doc.targetLanguage != target))
                return fail(Tr::tr("this <file> is for %1 → %2, an earlier one for %3 → %4: "
                                   "one XLIFF file holds one language pair")
                                .arg(source, target, m_doc.sourceLanguage, m_doc.targetLanguage));
            m_doc.sourceLanguage = source;
            m_doc.targetLanguage = target;
        }
        if (m_doc.original.isEmpty())
            m_doc.original = attribute(u"original"_s);
        return readContainer();
    }

    /** file, body and group content: units and groups (other elements skipped). */
    bool readContainer()
    {
        while (true) {
            if (!next())
                return false;
            if (xml().isEndElement())
                return true;
            if (!xml().isStartElement())
                continue;
            const auto name = xml().name();
            bool ok = true;
            if (!isOurs())
                ok = skipElement();
            else if (name == u"body" || name == u"group")
                ok = readContainer();
            else if (name == u"trans-unit" && m_doc.version == XliffVersion::V1_2)
                ok = readUnit12();
            else if (name == u"unit" && m_doc.version == XliffVersion::V2_0)
                ok = readUnit20();
            else
                ok = skipElement();
            if (!ok)
                return false;
        }
    }

    bool addUnit(XliffUnit &&unit)
    {
        if (int(m_doc.units.size()) >= XliffReader::kMaxUnits)
            return fail(Tr::tr("more than %1 units").arg(XliffReader::kMaxUnits));
        m_doc.units.push_back(std::move(unit));
        return true;
    }

    static UnitState state12(const QString &state, bool approved, bool hasTarget)
    {
        if (approved || state == u"final" || state == u"signed-off")
            return UnitState::Approved;
        if (state == u"translated")
            return UnitState::Translated;
        if (state.startsWith(u"needs-review") || state == u"needs-adaptation"
            || state == u"needs-l10n")
            return UnitState::NeedsReview;
        if (state.isEmpty())
            return hasTarget ? UnitState::Translated : UnitState::New;
        return UnitState::NeedsTranslation; // new, needs-translation, x-...
    }

    bool readUnit12()
    {
        XliffUnit unit;
        unit.line = int(xml().lineNumber());
        unit.id = attribute(u"id"_s);
        if (attribute(u"translate"_s) == u"no")
            return skipElement();
        const bool approved = attribute(u"approved"_s) == u"yes";
        QString state;
        while (true) {
            if (!next())
                return false;
            if (xml().isEndElement())
                break;
            if (!xml().isStartElement())
                continue;
            if (isOurs() && xml().name() == u"source") {
                if (!readInline(unit.source.segment, unit))
                    return false;
            } else if (isOurs() && xml().name() == u"target") {
                unit.targetLine = int(xml().lineNumber());
                state = attribute(u"state"_s);
                unit.targetLanguage = xml().attributes().value(u"xml:lang"_s).toString();
                Segment target;
                if (!readInline(target, unit))
                    return false;
                unit.target = std::move(target);
            } else if (!skipElement()) {
                return false;
            }
        }
        unit.state = state12(state, approved, unit.target.has_value());
        return addUnit(std::move(unit));
    }

    static UnitState state20(const QString &state, bool hasTarget)
    {
        if (state == u"final" || state == u"reviewed")
            return UnitState::Approved;
        if (state == u"translated")
            return UnitState::Translated;
        if (state.isEmpty())
            return hasTarget ? UnitState::Translated : UnitState::New;
        return UnitState::NeedsTranslation; // initial
    }

    bool readUnit20()
    {
        XliffUnit unit;
        unit.line = int(xml().lineNumber());
        const QString id = attribute(u"id"_s);
        const QString name = attribute(u"name"_s);
        unit.id = XliffWriter::decodeUnitId(id);
        if (unit.id.isEmpty())
            unit.id = !name.isEmpty() && XliffWriter::encodeUnitId(name) == id ? name : id;
        if (attribute(u"translate"_s) == u"no")
            return skipElement();
        int lowest = int(UnitState::Approved);
        bool anyTarget = false;
        bool allTargets = true;
        Segment target;
        while (true) {
            if (!next())
                return false;
            if (xml().isEndElement())
                break;
            if (!xml().isStartElement())
                continue;
            const bool segment = xml().name() == u"segment";
            if (!isOurs() || (!segment && xml().name() != u"ignorable")) {
                if (!skipElement())
                    return false;
                continue;
            }
            const QString state = segment ? attribute(u"state"_s) : QString();
            bool hasTarget = false;
            Segment source;
            Segment part;
            while (true) {
                if (!next())
                    return false;
                if (xml().isEndElement())
                    break;
                if (!xml().isStartElement())
                    continue;
                if (isOurs() && xml().name() == u"source") {
                    if (!readInline(source, unit))
                        return false;
                } else if (isOurs() && xml().name() == u"target") {
                    if (unit.targetLine == 0)
                        unit.targetLine = int(xml().lineNumber());
                    const QString lang = xml().attributes().value(u"xml:lang"_s).toString();
                    if (!lang.isEmpty())
                        unit.targetLanguage = lang;
                    hasTarget = true;
                    if (!readInline(part, unit))
                        return false;
                } else if (!skipElement()) {
                    return false;
                }
            }
            unit.source.segment.append(source);
            if (segment) {
                anyTarget = anyTarget || hasTarget;
                allTargets = allTargets && hasTarget;
                lowest = std::min(lowest, int(state20(state, hasTarget)));
                target.append(part);
            } else {
                // An ignorable (white space between segments) without target keeps its source.
                target.append(hasTarget ? part : source);
            }
        }
        if (anyTarget) {
            unit.target = std::move(target);
            unit.state = allTargets ? UnitState(lowest) : UnitState::NeedsTranslation;
        }
        return addUnit(std::move(unit));
    }

    bool unitError(XliffUnit &unit, const QString &message)
    {
        if (unit.error.isEmpty())
            unit.error = message;
        return true;
    }

    /** Reads mixed content up to the end of the current element into segment. */
    bool readInline(Segment &segment, XliffUnit &unit)
    {
        using Type = Segment::Piece::Type;
        int codes = 0;
        const bool v12 = m_doc.version == XliffVersion::V1_2;
        std::vector<QString> open; // pc/g ids, to close them
        const int start = depth();
        while (true) {
            if (!next())
                return false;
            if (xml().atEnd())
                return xmlError();
            if (xml().isCharacters()) {
                segment.appendText(xml().text().toString());
                continue;
            }
            if (xml().isEndElement()) {
                if (depth() < start)
                    return true;
                const auto name = xml().name();
                if (isOurs() && (name == u"g" || name == u"pc") && !open.empty()) {
                    segment.appendCode(Type::End, open.back());
                    open.pop_back();
                }
                continue;
            }
            if (!xml().isStartElement())
                continue;
            if (++codes > XliffReader::kMaxCodes)
                return fail(
                    Tr::tr("more than %1 inline elements in one text").arg(XliffReader::kMaxCodes));
            const QString name = xml().name().toString();
            const int line = int(xml().lineNumber());
            if (!isOurs()) {
                unitError(unit,
                          Tr::tr("line %1: unexpected element <%2> in the text")
                              .arg(line)
                              .arg(xml().qualifiedName()));
                if (!skipElement())
                    return false;
                continue;
            }
            const QString id = attribute(u"id"_s);
            if ((v12 && name == u"g") || (!v12 && name == u"pc")) {
                segment.appendCode(Type::Start, id);
                open.push_back(id);
            } else if ((v12 && name == u"x") || (!v12 && name == u"ph")) {
                segment.appendCode(Type::Standalone, id);
                if (!skipElement())
                    return false;
            } else if ((v12 && name == u"bx") || (!v12 && name == u"sc")) {
                segment.appendCode(Type::Start, id);
                if (!skipElement())
                    return false;
            } else if (v12 && name == u"ex") {
                const QString rid = attribute(u"rid"_s);
                segment.appendCode(Type::End, rid.isEmpty() ? id : rid);
                if (!skipElement())
                    return false;
            } else if (!v12 && name == u"ec") {
                const QString startRef = attribute(u"startRef"_s);
                segment.appendCode(Type::End, startRef.isEmpty() ? id : startRef);
                if (!skipElement())
                    return false;
            } else if (name == u"mrk") {
                if (!readInline(segment, unit)) // transparent: its text is kept
                    return false;
            } else if (!v12 && (name == u"sm" || name == u"em")) {
                if (!skipElement())
                    return false;
            } else if (!v12 && name == u"cp") {
                bool ok = false;
                const uint value = attribute(u"hex"_s).toUInt(&ok, 16);
                if (ok && value > 0 && value <= 0x10FFFF) {
                    const char32_t c = value;
                    segment.appendText(QString::fromUcs4(&c, 1));
                } else {
                    unitError(unit, Tr::tr("line %1: <cp> with an invalid hex value").arg(line));
                }
                if (!skipElement())
                    return false;
            } else {
                unitError(unit,
                          Tr::tr("line %1: inline element <%2> is not one Capsule writes: keep "
                                 "the codes of the source (%3)")
                              .arg(line)
                              .arg(name, v12 ? u"<g>, <x/>"_s : u"<pc>, <ph/>"_s));
                if (!skipElement())
                    return false;
            }
        }
    }

    QString m_ns;
    XliffDocument m_doc;
};

} // namespace

Core::Result<XliffDocument> XliffReader::read(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > kMaxFileBytes)
        return Core::Error{Core::ErrorCode::InvalidContent,
                           Tr::tr("%1: the file is larger than %2 MB")
                               .arg(fileName)
                               .arg(kMaxFileBytes / (1024 * 1024))};
    if (bytes.trimmed().isEmpty())
        return Core::Error{
            Core::ErrorCode::MalformedXml,
            Tr::tr("%1: the file is empty: expected an <xliff> element").arg(fileName)};
    return Parser(bytes, fileName).run();
}

Core::Result<XliffDocument> XliffReader::readFile(const QString &path)
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
