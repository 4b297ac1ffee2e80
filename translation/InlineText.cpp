// SPDX-License-Identifier: MIT
#include "InlineText.h"

#include "Tr.h"
#include "core/HtmlSanitizer.h"

#include <QRegularExpression>

#include <map>

using namespace Qt::StringLiterals;

namespace Translation {

namespace {

QString decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'&') {
            out += text[i];
            continue;
        }
        const qsizetype semi = text.indexOf(u';', i);
        if (semi < 0 || semi - i > 10) {
            out += text[i];
            continue;
        }
        const QStringView name = text.mid(i + 1, semi - i - 1);
        char32_t decoded = 0;
        if (name == u"amp")
            decoded = u'&';
        else if (name == u"lt")
            decoded = u'<';
        else if (name == u"gt")
            decoded = u'>';
        else if (name == u"quot")
            decoded = u'"';
        else if (name == u"apos")
            decoded = u'\'';
        else if (name == u"nbsp")
            decoded = 0xA0;
        else if (name.startsWith(u'#')) {
            bool ok = false;
            const uint value = name.size() > 1 && (name[1] == u'x' || name[1] == u'X')
                                   ? name.mid(2).toUInt(&ok, 16)
                                   : name.mid(1).toUInt(&ok, 10);
            if (ok && value > 0 && value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF))
                decoded = value;
        }
        if (decoded == 0) {
            out += text[i];
            continue;
        }
        out += QString::fromUcs4(&decoded, 1);
        i = semi;
    }
    return out;
}

QString escapeHtmlText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'&')
            out += u"&amp;";
        else if (c == u'<')
            out += u"&lt;";
        else if (c == u'>')
            out += u"&gt;";
        else
            out += c;
    }
    return out;
}

const QRegularExpression &markerPattern()
{
    static const QRegularExpression pattern(u"\\[\\[\\s*(\\d+)\\s*\\]\\]"_s);
    return pattern;
}

/** Appends text to the coded text, turning [[n]] markers into codes when asked. */
void appendText(CodedText &coded, const QString &text, bool markers, const QString &parent)
{
    if (!markers) {
        coded.segment.appendText(text);
        return;
    }
    qsizetype last = 0;
    auto it = markerPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        coded.segment.appendText(text.mid(last, match.capturedStart() - last));
        InlineCode code;
        code.id = QString::number(coded.codes.size() + 1);
        code.kind = InlineCode::Kind::BlankMarker;
        code.open = match.captured();
        code.parentId = parent;
        coded.segment.appendCode(Segment::Piece::Type::Standalone, code.id);
        coded.codes.push_back(std::move(code));
        last = match.capturedEnd();
    }
    coded.segment.appendText(text.mid(last));
}

} // namespace

void Segment::appendText(const QString &text)
{
    if (text.isEmpty())
        return;
    if (!pieces.empty() && pieces.back().type == Piece::Type::Text)
        pieces.back().value += text;
    else
        pieces.push_back({Piece::Type::Text, text});
}

void Segment::append(const Segment &other)
{
    for (const Piece &piece : other.pieces) {
        if (piece.type == Piece::Type::Text)
            appendText(piece.value);
        else
            pieces.push_back(piece);
    }
}

QString Segment::plainText() const
{
    QString out;
    for (const Piece &piece : pieces) {
        if (piece.type == Piece::Type::Text)
            out += piece.value;
    }
    return out;
}

const InlineCode *CodedText::code(const QString &id) const
{
    for (const InlineCode &c : codes) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

CodedText InlineText::fromField(const QString &text, Core::TextFormat format, Core::TextRole role)
{
    CodedText coded;
    const bool markers = role == Core::TextRole::ClozeText;
    if (format == Core::TextFormat::Plain) {
        appendText(coded, text, markers, {});
        return coded;
    }
    // The sanitizer's output is well-formed: tags nest, '>' never appears inside a tag (it is
    // escaped in attribute values), <br> is the only empty element.
    const QString html = Core::HtmlSanitizer::sanitize(text);
    std::vector<qsizetype> open; // indexes into coded.codes
    qsizetype i = 0;
    while (i < html.size()) {
        const qsizetype lt = html.indexOf(u'<', i);
        const qsizetype textEnd = lt < 0 ? html.size() : lt;
        if (textEnd > i) {
            const QString parent = open.empty() ? QString() : coded.codes[open.back()].id;
            appendText(
                coded, decodeEntities(QStringView(html).mid(i, textEnd - i)), markers, parent);
        }
        if (lt < 0)
            break;
        const qsizetype gt = html.indexOf(u'>', lt);
        if (gt < 0) { // cannot happen after sanitize(); keep the rest as text
            coded.segment.appendText(decodeEntities(QStringView(html).mid(lt)));
            break;
        }
        const QString tagText = html.mid(lt, gt - lt + 1);
        i = gt + 1;
        if (tagText.startsWith(u"</")) {
            if (open.empty())
                continue;
            InlineCode &code = coded.codes[open.back()];
            code.close = tagText;
            coded.segment.appendCode(Segment::Piece::Type::End, code.id);
            open.pop_back();
            continue;
        }
        qsizetype nameEnd = 1;
        while (nameEnd < tagText.size() && tagText[nameEnd].isLetterOrNumber())
            ++nameEnd;
        InlineCode code;
        code.id = QString::number(coded.codes.size() + 1);
        code.tag = tagText.mid(1, nameEnd - 1).toLower();
        code.open = tagText;
        code.parentId = open.empty() ? QString() : coded.codes[open.back()].id;
        if (code.tag == u"br") {
            code.kind = InlineCode::Kind::LineBreak;
            coded.segment.appendCode(Segment::Piece::Type::Standalone, code.id);
            coded.codes.push_back(std::move(code));
        } else {
            code.kind = InlineCode::Kind::Element;
            code.close = u"</"_s + code.tag + u'>';
            coded.segment.appendCode(Segment::Piece::Type::Start, code.id);
            coded.codes.push_back(std::move(code));
            open.push_back(qsizetype(coded.codes.size()) - 1);
        }
    }
    return coded;
}

Core::Result<QString> InlineText::toField(const Segment &segment,
                                          const CodedText &source,
                                          Core::TextFormat format,
                                          Core::TextRole role,
                                          const std::map<QString, QString> *markup)
{
    const auto fail = [](const QString &message) {
        return Core::Error{Core::ErrorCode::InvalidContent, message};
    };
    const auto describe = [](const InlineCode &code) { return code.open; };
    QString out;
    std::map<QString, int> starts;
    std::map<QString, int> ends;
    std::vector<const InlineCode *> stack;
    for (const Segment::Piece &piece : segment.pieces) {
        using Type = Segment::Piece::Type;
        if (piece.type == Type::Text) {
            if (role == Core::TextRole::ClozeText && markerPattern().match(piece.value).hasMatch())
                return fail(Tr::tr("a fill-in blank marker is typed as text (“%1”): keep the "
                                   "placeholder of the source instead")
                                .arg(markerPattern().match(piece.value).captured()));
            out += format == Core::TextFormat::Html ? escapeHtmlText(piece.value) : piece.value;
            continue;
        }
        const InlineCode *code = source.code(piece.value);
        if (!code)
            return fail(
                Tr::tr("unknown inline code “%1”: the source has no such code").arg(piece.value));
        if (piece.type == Type::Standalone && code->isPaired())
            return fail(Tr::tr("inline code %1 (%2) encloses text in the source but stands "
                               "alone in the target")
                            .arg(code->id, describe(*code)));
        if (piece.type != Type::Standalone && !code->isPaired())
            return fail(Tr::tr("inline code %1 (%2) stands alone in the source but encloses "
                               "text in the target")
                            .arg(code->id, describe(*code)));
        const QString parent = stack.empty() ? QString() : stack.back()->id;
        if (piece.type == Type::End) {
            if (stack.empty() || stack.back() != code)
                return fail(Tr::tr("inline code %1 (%2) is closed where it was not opened")
                                .arg(code->id, describe(*code)));
            if (++ends[code->id] > 1)
                return fail(Tr::tr("inline code %1 (%2) appears twice in the target")
                                .arg(code->id, describe(*code)));
            stack.pop_back();
            out += code->close;
            continue;
        }
        if (++starts[code->id] > 1)
            return fail(Tr::tr("inline code %1 (%2) appears twice in the target")
                            .arg(code->id, describe(*code)));
        if (parent != code->parentId) {
            const InlineCode *expected = source.code(code->parentId);
            return fail(expected
                            ? Tr::tr("inline code %1 (%2) must stay inside code %3 (%4)")
                                  .arg(code->id, describe(*code), expected->id, describe(*expected))
                            : Tr::tr("inline code %1 (%2) must not be moved inside "
                                     "another code")
                                  .arg(code->id, describe(*code)));
        }
        const auto own
            = markup ? markup->find(code->id) : std::map<QString, QString>::const_iterator();
        out += markup && own != markup->end() ? own->second : code->open;
        if (piece.type == Type::Start)
            stack.push_back(code);
    }
    if (!stack.empty())
        return fail(Tr::tr("inline code %1 (%2) is not closed")
                        .arg(stack.back()->id, describe(*stack.back())));
    for (const InlineCode &code : source.codes) {
        if (starts.count(code.id) == 0)
            return fail(Tr::tr("inline code %1 (%2) of the source is missing")
                            .arg(code.id, describe(code)));
    }
    if (format == Core::TextFormat::Html && !Core::HtmlSanitizer::isSafe(out))
        return fail(Tr::tr("the markup of the translation is not valid"));
    return out;
}

std::optional<Alignment> InlineText::align(const QString &translation,
                                           const CodedText &source,
                                           Core::TextFormat format,
                                           Core::TextRole role)
{
    const auto key = [](const InlineCode &code) {
        return code.kind == InlineCode::Kind::BlankMarker ? code.open : code.tag;
    };
    const CodedText target = fromField(translation, format, role);
    std::map<QString, std::vector<const InlineCode *>> sourceCodes;
    for (const InlineCode &code : source.codes)
        sourceCodes[key(code)].push_back(&code);
    std::map<QString, size_t> used;
    std::map<QString, QString> ids; // target id → source id
    Alignment alignment;
    for (const InlineCode &code : target.codes) {
        const auto candidates = sourceCodes.find(key(code));
        size_t &n = used[key(code)];
        if (candidates == sourceCodes.end() || n >= candidates->second.size())
            return std::nullopt;
        const InlineCode *match = candidates->second[n++];
        ids[code.id] = match->id;
        if (code.open != match->open)
            alignment.markup[match->id] = code.open;
    }
    for (const Segment::Piece &piece : target.segment.pieces) {
        if (piece.type == Segment::Piece::Type::Text)
            alignment.segment.appendText(piece.value);
        else
            alignment.segment.appendCode(piece.type, ids[piece.value]);
    }
    // Only an alignment that converts back.
    if (!toField(alignment.segment, source, format, role, &alignment.markup))
        return std::nullopt;
    return alignment;
}

} // namespace Translation
