// SPDX-License-Identifier: MIT
#include "HtmlSanitizer.h"

#include <QHash>
#include <QSet>
#include <QStringView>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Core {

namespace {

// ---------------------------------------------------------------------------------------------
// Tokenizer: a tolerant subset of the HTML tokenizer. It never fails; every input character ends
// up in exactly one token, and each character is looked at a bounded number of times.
// ---------------------------------------------------------------------------------------------

enum class TokenType {
    Text,      ///< data: decoded text
    RawText,   ///< data: the undecoded content of a raw-text element (script, style, ...)
    StartTag,  ///< data: lowercase name
    EndTag,    ///< data: lowercase name
    Comment,   ///< data: the comment's content
    Markup,    ///< data: raw source of a doctype, processing instruction or bogus comment
    Truncated, ///< data: raw source of a tag cut off by the end of the input
};

struct Attribute
{
    QString name;
    QString value;
};

struct Token
{
    TokenType type = TokenType::Text;
    QString data;
    std::vector<Attribute> attributes;
    bool selfClosing = false;
};

bool isHtmlSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f';
}

bool isAsciiAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

QChar asciiLower(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') ? QChar(char16_t(u + 32)) : c;
}

/** Elements whose content the tokenizer reads as raw text up to the matching end tag. */
bool isRawTextElement(QStringView name)
{
    return name == u"script" || name == u"style" || name == u"iframe" || name == u"noscript"
           || name == u"textarea" || name == u"title" || name == u"xmp" || name == u"noembed"
           || name == u"noframes" || name == u"plaintext";
}

/** Elements removed together with everything inside them. */
bool isDroppedElement(QStringView name)
{
    return isRawTextElement(name) || name == u"object" || name == u"embed" || name == u"template"
           || name == u"svg" || name == u"math" || name == u"applet" || name == u"frameset";
}

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> table = [] {
        QHash<QString, char32_t> t;
        // U+00A0..U+00FF in order: the Latin-1 entities of HTML 4.
        static constexpr std::array<const char16_t *, 96> latin1 = {
            u"nbsp",   u"iexcl",  u"cent",   u"pound",  u"curren", u"yen",    u"brvbar", u"sect",
            u"uml",    u"copy",   u"ordf",   u"laquo",  u"not",    u"shy",    u"reg",    u"macr",
            u"deg",    u"plusmn", u"sup2",   u"sup3",   u"acute",  u"micro",  u"para",   u"middot",
            u"cedil",  u"sup1",   u"ordm",   u"raquo",  u"frac14", u"frac12", u"frac34", u"iquest",
            u"Agrave", u"Aacute", u"Acirc",  u"Atilde", u"Auml",   u"Aring",  u"AElig",  u"Ccedil",
            u"Egrave", u"Eacute", u"Ecirc",  u"Euml",   u"Igrave", u"Iacute", u"Icirc",  u"Iuml",
            u"ETH",    u"Ntilde", u"Ograve", u"Oacute", u"Ocirc",  u"Otilde", u"Ouml",   u"times",
            u"Oslash", u"Ugrave", u"Uacute", u"Ucirc",  u"Uuml",   u"Yacute", u"THORN",  u"szlig",
            u"agrave", u"aacute", u"acirc",  u"atilde", u"auml",   u"aring",  u"aelig",  u"ccedil",
            u"egrave", u"eacute", u"ecirc",  u"euml",   u"igrave", u"iacute", u"icirc",  u"iuml",
            u"eth",    u"ntilde", u"ograve", u"oacute", u"ocirc",  u"otilde", u"ouml",   u"divide",
            u"oslash", u"ugrave", u"uacute", u"ucirc",  u"uuml",   u"yacute", u"thorn",  u"yuml",
        };
        for (size_t i = 0; i < latin1.size(); ++i)
            t.insert(QString::fromUtf16(latin1[i]), char32_t(0xA0 + i));
        static constexpr std::pair<const char16_t *, char32_t> others[] = {
            {u"amp", U'&'},      {u"lt", U'<'},       {u"gt", U'>'},      {u"quot", U'"'},
            {u"apos", U'\''},    {u"OElig", 0x152},   {u"oelig", 0x153},  {u"Scaron", 0x160},
            {u"scaron", 0x161},  {u"Yuml", 0x178},    {u"fnof", 0x192},   {u"circ", 0x2C6},
            {u"tilde", 0x2DC},   {u"ensp", 0x2002},   {u"emsp", 0x2003},  {u"thinsp", 0x2009},
            {u"zwnj", 0x200C},   {u"zwj", 0x200D},    {u"lrm", 0x200E},   {u"rlm", 0x200F},
            {u"ndash", 0x2013},  {u"mdash", 0x2014},  {u"lsquo", 0x2018}, {u"rsquo", 0x2019},
            {u"sbquo", 0x201A},  {u"ldquo", 0x201C},  {u"rdquo", 0x201D}, {u"bdquo", 0x201E},
            {u"dagger", 0x2020}, {u"Dagger", 0x2021}, {u"bull", 0x2022},  {u"hellip", 0x2026},
            {u"permil", 0x2030}, {u"prime", 0x2032},  {u"Prime", 0x2033}, {u"lsaquo", 0x2039},
            {u"rsaquo", 0x203A}, {u"euro", 0x20AC},   {u"trade", 0x2122}, {u"larr", 0x2190},
            {u"uarr", 0x2191},   {u"rarr", 0x2192},   {u"darr", 0x2193},  {u"harr", 0x2194},
            {u"minus", 0x2212},  {u"asymp", 0x2248},  {u"ne", 0x2260},    {u"le", 0x2264},
            {u"ge", 0x2265},     {u"infin", 0x221E},  {u"Tab", U'\t'},    {u"NewLine", U'\n'},
            {u"colon", U':'},    {u"sol", U'/'},      {u"lpar", U'('},    {u"rpar", U')'},
            {u"period", U'.'},   {u"comma", U','},    {u"semi", U';'},    {u"equals", U'='},
        };
        for (const auto &[name, codePoint] : others)
            t.insert(QString::fromUtf16(name), codePoint);
        return t;
    }();
    return table;
}

/**
 * Appends one decoded character as the output keeps it. In text, CR becomes LF, form feed a
 * space, and other C0 controls and DEL are dropped (they have no place in rich text). In an
 * attribute value controls are kept, so that the URL check sees them, except NUL, which HTML
 * parsers read as U+FFFD.
 */
void appendChar(QString &out, char32_t c, bool inAttribute)
{
    if (c == 0) {
        if (inAttribute)
            out += QChar(QChar::ReplacementCharacter);
        return;
    }
    if (c == U'\r') {
        c = U'\n';
    } else if (!inAttribute) {
        if (c == U'\f')
            c = U' ';
        else if ((c < 0x20 && c != U'\t' && c != U'\n') || c == 0x7F)
            return;
    }
    if (c > 0xFFFF)
        out += QString::fromUcs4(&c, 1);
    else
        out += QChar(char16_t(c)); // keeps the halves of a surrogate pair read one by one
}

class Tokenizer
{
public:
    static constexpr size_t maxAttributes = 64;

    explicit Tokenizer(const QString &html)
        : m_p(html.constData())
        , m_end(m_p + html.size())
    {}

    /** Reads the next token into token; false at the end of the input. */
    bool next(Token &token)
    {
        token.data.clear();
        token.attributes.clear();
        token.selfClosing = false;
        if (m_p >= m_end)
            return false;
        if (!m_rawTextEnd.isEmpty())
            return readRawText(token);

        token.type = TokenType::Text;
        while (m_p < m_end) {
            const QChar c = *m_p;
            if (c == u'<') {
                const MarkupKind kind = markupAt(m_p);
                if (kind != MarkupKind::None) {
                    if (!token.data.isEmpty())
                        return true; // the markup is read by the next call
                    readMarkup(kind, token);
                    if (token.type == TokenType::Text)
                        continue; // "</>" produced nothing; keep reading text
                    return true;
                }
                token.data += c;
                ++m_p;
            } else if (c == u'&') {
                decodeEntity(token.data, false);
            } else {
                if (c == u'\r' && m_p + 1 < m_end && m_p[1] == u'\n')
                    ++m_p;
                appendChar(token.data, c.unicode(), false);
                ++m_p;
            }
        }
        return true;
    }

private:
    enum class MarkupKind { None, StartTag, EndTag, EmptyEndTag, Comment, Bogus };

    MarkupKind markupAt(const QChar *p) const
    {
        if (p + 1 >= m_end)
            return MarkupKind::None;
        const QChar c = p[1];
        if (isAsciiAlpha(c))
            return MarkupKind::StartTag;
        if (c == u'!')
            return (p + 3 < m_end && p[2] == u'-' && p[3] == u'-') ? MarkupKind::Comment
                                                                   : MarkupKind::Bogus;
        if (c == u'?')
            return MarkupKind::Bogus;
        if (c == u'/') {
            if (p + 2 >= m_end)
                return MarkupKind::None; // a lone "</" at the very end is text
            if (isAsciiAlpha(p[2]))
                return MarkupKind::EndTag;
            return p[2] == u'>' ? MarkupKind::EmptyEndTag : MarkupKind::Bogus;
        }
        return MarkupKind::None;
    }

    void readMarkup(MarkupKind kind, Token &token)
    {
        const QChar *start = m_p;
        switch (kind) {
        case MarkupKind::None:
            break;
        case MarkupKind::EmptyEndTag: // "</>" is ignored by HTML parsers
            m_p += 3;
            token.type = TokenType::Text;
            break;
        case MarkupKind::Comment: {
            token.type = TokenType::Comment;
            const QChar *p = m_p + 4;
            // "<!-->" and "<!--->" are complete (empty) comments.
            if (p < m_end && *p == u'>') {
                m_p = p + 1;
                break;
            }
            if (p + 1 < m_end && p[0] == u'-' && p[1] == u'>') {
                m_p = p + 2;
                break;
            }
            const qsizetype close = QStringView(p, m_end).indexOf(u"-->");
            if (close < 0) { // an unterminated comment swallows the rest
                token.data = QStringView(p, m_end).toString();
                m_p = m_end;
            } else {
                token.data = QStringView(p, p + close).toString();
                m_p = p + close + 3;
            }
            break;
        }
        case MarkupKind::Bogus: {
            token.type = TokenType::Markup;
            const qsizetype close = QStringView(m_p, m_end).indexOf(u'>');
            m_p = close < 0 ? m_end : m_p + close + 1;
            token.data = QStringView(start, m_p).toString();
            break;
        }
        case MarkupKind::StartTag:
        case MarkupKind::EndTag:
            readTag(kind == MarkupKind::EndTag, token);
            break;
        }
    }

    void readTag(bool isEndTag, Token &token)
    {
        const QChar *start = m_p;
        const QChar *p = m_p + (isEndTag ? 2 : 1);
        QString name;
        while (p < m_end && !isHtmlSpace(*p) && *p != u'/' && *p != u'>') {
            name += *p == QChar(u'\0') ? QChar(QChar::ReplacementCharacter) : asciiLower(*p);
            ++p;
        }
        bool complete = false;
        while (p < m_end) {
            const QChar c = *p;
            if (isHtmlSpace(c)) {
                ++p;
                continue;
            }
            if (c == u'>') {
                ++p;
                complete = true;
                break;
            }
            if (c == u'/') {
                ++p;
                if (p < m_end && *p == u'>') {
                    ++p;
                    token.selfClosing = true;
                    complete = true;
                    break;
                }
                continue;
            }
            // An attribute name: its first character may be '=' (HTML allows that).
            Attribute attribute;
            attribute.name += asciiLower(c);
            ++p;
            while (p < m_end && !isHtmlSpace(*p) && *p != u'/' && *p != u'>' && *p != u'=') {
                attribute.name += asciiLower(*p);
                ++p;
            }
            while (p < m_end && isHtmlSpace(*p))
                ++p;
            if (p < m_end && *p == u'=') {
                ++p;
                while (p < m_end && isHtmlSpace(*p))
                    ++p;
                if (p >= m_end)
                    break;
                if (*p == u'"' || *p == u'\'') {
                    const QChar quote = *p++;
                    while (p < m_end && *p != quote) {
                        if (*p == u'&') {
                            m_p = p;
                            decodeEntity(attribute.value, true);
                            p = m_p;
                        } else {
                            if (*p == u'\r' && p + 1 < m_end && p[1] == u'\n')
                                ++p;
                            appendChar(attribute.value, p->unicode(), true);
                            ++p;
                        }
                    }
                    if (p >= m_end)
                        break; // unterminated quoted value
                    ++p;
                } else {
                    while (p < m_end && !isHtmlSpace(*p) && *p != u'>') {
                        if (*p == u'&') {
                            m_p = p;
                            decodeEntity(attribute.value, true);
                            p = m_p;
                        } else {
                            appendChar(attribute.value, p->unicode(), true);
                            ++p;
                        }
                    }
                }
            }
            // The first of duplicate attributes wins, as in HTML. Past a sane number of
            // attributes the rest is read but ignored, which keeps garbage input linear.
            if (token.attributes.size() >= maxAttributes)
                continue;
            const bool duplicate
                = std::any_of(token.attributes.cbegin(),
                              token.attributes.cend(),
                              [&](const Attribute &a) { return a.name == attribute.name; });
            if (!duplicate)
                token.attributes.push_back(std::move(attribute));
        }
        m_p = p;
        if (!complete) {
            token.type = TokenType::Truncated;
            token.attributes.clear();
            token.selfClosing = false;
            token.data = QStringView(start, m_end).toString();
            m_p = m_end;
            return;
        }
        token.type = isEndTag ? TokenType::EndTag : TokenType::StartTag;
        token.data = std::move(name);
        if (isEndTag) {
            token.attributes.clear(); // attributes on end tags mean nothing
            token.selfClosing = false;
        } else if (isRawTextElement(token.data)) {
            m_rawTextEnd = token.data;
        }
    }

    bool readRawText(Token &token)
    {
        token.type = TokenType::RawText;
        const QStringView rest(m_p, m_end);
        const qsizetype nameLength = m_rawTextEnd.size();
        qsizetype from = 0;
        qsizetype found = -1;
        while (found < 0) {
            const qsizetype candidate = rest.indexOf(u"</", from);
            if (candidate < 0)
                break;
            const qsizetype afterName = candidate + 2 + nameLength;
            if (afterName <= rest.size()
                && rest.mid(candidate + 2, nameLength).compare(m_rawTextEnd, Qt::CaseInsensitive)
                       == 0
                && (afterName == rest.size() || isHtmlSpace(rest[afterName])
                    || rest[afterName] == u'/' || rest[afterName] == u'>')) {
                found = candidate;
            } else {
                from = candidate + 2;
            }
        }
        const qsizetype length = found < 0 ? rest.size() : found;
        token.data = rest.left(length).toString();
        m_p += length;
        m_rawTextEnd.clear();
        if (token.data.isEmpty())
            return next(token);
        return true;
    }

    /** At '&' (m_p): appends the decoded reference, or a literal '&', and advances m_p. */
    void decodeEntity(QString &out, bool inAttribute)
    {
        const QChar *p = m_p + 1;
        if (p < m_end && *p == u'#') {
            ++p;
            const bool hex = p < m_end && (*p == u'x' || *p == u'X');
            if (hex)
                ++p;
            const QChar *digits = p;
            char32_t value = 0;
            while (p < m_end) {
                const int d = hex ? hexValue(*p) : (isAsciiDigit(*p) ? p->unicode() - u'0' : -1);
                if (d < 0)
                    break;
                value = value * (hex ? 16 : 10) + char32_t(d);
                if (value > 0x10FFFF)
                    value = 0x110000; // saturate: stays invalid, never overflows
                ++p;
            }
            if (p == digits) { // "&#" or "&#x" without digits is literal text
                out += u'&';
                ++m_p;
                return;
            }
            if (p < m_end && *p == u';')
                ++p;
            if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
                value = QChar::ReplacementCharacter;
            appendChar(out, value, inAttribute);
            m_p = p;
            return;
        }
        const QChar *nameStart = p;
        while (p < m_end && p - nameStart < 32 && (isAsciiAlpha(*p) || isAsciiDigit(*p)))
            ++p;
        if (p > nameStart && p < m_end && *p == u';') {
            const auto it = namedEntities().constFind(QStringView(nameStart, p).toString());
            if (it != namedEntities().cend()) {
                appendChar(out, it.value(), inAttribute);
                m_p = p + 1;
                return;
            }
        }
        out += u'&';
        ++m_p;
    }

    const QChar *m_p;
    const QChar *m_end;
    QString m_rawTextEnd; ///< set after a raw-text start tag: the element whose end ends it
};

// ---------------------------------------------------------------------------------------------
// The safe subset and its well-formed writer.
// ---------------------------------------------------------------------------------------------

enum class Tag { P, H2, H3, H4, Strong, Em, U, Ul, Ol, Li, A, Br, Code, None };
constexpr size_t tagCount = size_t(Tag::None);

/** The safe element a lowercase name maps to (b and i included), or Tag::None. */
Tag safeTag(QStringView name)
{
    static const QHash<QString, Tag> tags = {
        {u"p"_s, Tag::P},
        {u"h2"_s, Tag::H2},
        {u"h3"_s, Tag::H3},
        {u"h4"_s, Tag::H4},
        {u"strong"_s, Tag::Strong},
        {u"b"_s, Tag::Strong},
        {u"em"_s, Tag::Em},
        {u"i"_s, Tag::Em},
        {u"u"_s, Tag::U},
        {u"ul"_s, Tag::Ul},
        {u"ol"_s, Tag::Ol},
        {u"li"_s, Tag::Li},
        {u"a"_s, Tag::A},
        {u"br"_s, Tag::Br},
        {u"code"_s, Tag::Code},
    };
    if (name.size() > 6)
        return Tag::None;
    return tags.value(name.toString(), Tag::None);
}

QStringView tagName(Tag tag)
{
    static constexpr std::array<QStringView, tagCount> names = {
        u"p",
        u"h2",
        u"h3",
        u"h4",
        u"strong",
        u"em",
        u"u",
        u"ul",
        u"ol",
        u"li",
        u"a",
        u"br",
        u"code",
    };
    return names[size_t(tag)];
}

bool isHeading(Tag tag)
{
    return tag == Tag::H2 || tag == Tag::H3 || tag == Tag::H4;
}

bool isBlock(Tag tag)
{
    return tag == Tag::P || tag == Tag::H2 || tag == Tag::H3 || tag == Tag::H4 || tag == Tag::Ul
           || tag == Tag::Ol;
}

void appendEscaped(QString &out, QStringView text, bool inAttribute)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;";
            break;
        case u'<':
            out += u"&lt;";
            break;
        case u'>':
            out += u"&gt;";
            break;
        case u'"':
            if (inAttribute)
                out += u"&quot;";
            else
                out += c;
            break;
        default:
            out += c;
        }
    }
}

/**
 * The href an <a> may keep: http:, https: or mailto: after the clean-up browsers apply (leading
 * and trailing C0 controls and spaces trimmed, tabs and line breaks removed anywhere). Returns a
 * null string when the URL must go.
 */
QString safeHref(const QString &decodedValue)
{
    QString url;
    url.reserve(decodedValue.size());
    for (const QChar c : decodedValue) {
        if (c != u'\t' && c != u'\n' && c != u'\r')
            url += c;
    }
    qsizetype first = 0;
    qsizetype last = url.size();
    while (first < last && url[first].unicode() <= 0x20)
        ++first;
    while (last > first && url[last - 1].unicode() <= 0x20)
        --last;
    url = url.mid(first, last - first);
    for (const QChar c : std::as_const(url)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return {};
    }
    const qsizetype colon = url.indexOf(u':');
    if (colon <= 0)
        return {};
    const QString scheme = url.left(colon).toLower();
    if (scheme != u"http" && scheme != u"https" && scheme != u"mailto")
        return {};
    return url;
}

class SafeWriter
{
public:
    void startTag(Tag tag, const QString &href)
    {
        if (tag == Tag::Br) {
            m_out += u"<br>";
            return;
        }
        if (isBlock(tag)) {
            // Blocks never nest in a paragraph or inline element: close down to the list item.
            while (!m_open.empty() && m_open.back() != Tag::Li)
                pop();
        } else if (tag == Tag::Li) {
            if (m_openCount[size_t(Tag::Ul)] + m_openCount[size_t(Tag::Ol)] == 0)
                return; // a list item outside a list is unwrapped
            while (m_open.back() != Tag::Ul && m_open.back() != Tag::Ol)
                pop();
        } else if (tag == Tag::A && m_openCount[size_t(Tag::A)] > 0) {
            endTag(Tag::A); // links do not nest
        }
        m_out += u'<';
        m_out += tagName(tag);
        if (tag == Tag::A && !href.isNull()) {
            m_out += u" href=\"";
            appendEscaped(m_out, href, true);
            m_out += u'"';
        }
        m_out += u'>';
        m_open.push_back(tag);
        ++m_openCount[size_t(tag)];
    }

    /** Closes the innermost open tag and everything inside it; ignored when none is open. */
    void endTag(Tag tag)
    {
        if (tag == Tag::Br) {
            startTag(tag, {}); // "</br>" is a line break for HTML parsers too
            return;
        }
        if (isHeading(tag)) {
            // As in HTML, any heading end tag closes the open heading, whatever its level.
            if (m_openCount[size_t(Tag::H2)] + m_openCount[size_t(Tag::H3)]
                    + m_openCount[size_t(Tag::H4)]
                == 0)
                return;
            while (!isHeading(m_open.back()))
                pop();
            pop();
            return;
        }
        if (m_openCount[size_t(tag)] == 0)
            return;
        while (m_open.back() != tag)
            pop();
        pop();
    }

    void text(QStringView text) { appendEscaped(m_out, text, false); }

    QString finish()
    {
        while (!m_open.empty())
            pop();
        return std::move(m_out);
    }

private:
    void pop()
    {
        const Tag tag = m_open.back();
        m_open.pop_back();
        --m_openCount[size_t(tag)];
        m_out += u"</";
        m_out += tagName(tag);
        m_out += u'>';
    }

    QString m_out;
    std::vector<Tag> m_open;
    std::array<int, tagCount> m_openCount{};
};

/**
 * Skips dropped elements with their content. feed() returns true for tokens inside (or being)
 * a dropped element. Nesting of the same element is counted (<svg><svg></svg>...</svg>).
 */
class DropFilter
{
public:
    bool feed(const Token &token)
    {
        if (m_depth > 0) {
            if (token.data == m_name) {
                if (token.type == TokenType::StartTag && !token.selfClosing)
                    ++m_depth;
                else if (token.type == TokenType::EndTag)
                    --m_depth;
            }
            return true;
        }
        if (token.type != TokenType::StartTag || !isDroppedElement(token.data))
            return false;
        // Raw-text elements ignore "/>" in HTML; embed is a void element.
        if (isRawTextElement(token.data) || (!token.selfClosing && token.data != u"embed")) {
            m_name = token.data;
            m_depth = 1;
        }
        return true;
    }

private:
    QString m_name;
    int m_depth = 0;
};

QString hrefOf(const Token &token)
{
    for (const Attribute &attribute : token.attributes) {
        if (attribute.name == u"href")
            return safeHref(attribute.value);
    }
    return {};
}

/**
 * Every token written back in canonical spelling without removing or restructuring anything.
 * b and i are spelled strong and em, as sanitize() writes them.
 */
QString normalized(const QString &html)
{
    QString out;
    out.reserve(html.size());
    Tokenizer tokenizer(html);
    Token token;
    while (tokenizer.next(token)) {
        switch (token.type) {
        case TokenType::Text:
        case TokenType::RawText:
            appendEscaped(out, token.data, false);
            break;
        case TokenType::StartTag:
        case TokenType::EndTag: {
            const Tag tag = safeTag(token.data);
            out += token.type == TokenType::StartTag ? u"<"_s : u"</"_s;
            out += tag == Tag::None ? QStringView(token.data) : tagName(tag);
            for (const Attribute &attribute : token.attributes) {
                out += u' ';
                out += attribute.name;
                out += u"=\"";
                appendEscaped(out, attribute.value, true);
                out += u'"';
            }
            if (token.selfClosing && tag != Tag::Br)
                out += u'/';
            out += u'>';
            break;
        }
        case TokenType::Comment:
            out += u"<!--";
            out += token.data;
            out += u"-->";
            break;
        case TokenType::Markup:
        case TokenType::Truncated:
            out += token.data;
            break;
        }
    }
    return out;
}

/** Elements that start a new line in toPlainText(). */
bool isLineBreaking(QStringView name)
{
    static const QSet<QString> names = [] {
        QSet<QString> h;
        for (const char16_t *n :
             {u"p",          u"h1",      u"h2",     u"h3",    u"h4",  u"h5",   u"h6",
              u"ul",         u"ol",      u"li",     u"br",    u"div", u"tr",   u"table",
              u"blockquote", u"pre",     u"hr",     u"dl",    u"dt",  u"dd",   u"section",
              u"article",    u"header",  u"footer", u"aside", u"nav", u"main", u"figure",
              u"figcaption", u"address", u"caption"})
            h.insert(QString::fromUtf16(n));
        return h;
    }();
    return name.size() <= 10 && names.contains(name.toString());
}

} // namespace

QString HtmlSanitizer::sanitize(const QString &html)
{
    SafeWriter writer;
    DropFilter drop;
    Tokenizer tokenizer(html);
    Token token;
    while (tokenizer.next(token)) {
        if (drop.feed(token))
            continue;
        switch (token.type) {
        case TokenType::Text:
        case TokenType::RawText:
            writer.text(token.data);
            break;
        case TokenType::StartTag:
        case TokenType::EndTag: {
            const Tag tag = safeTag(token.data);
            if (tag == Tag::None)
                break; // unknown elements are unwrapped
            if (token.type == TokenType::EndTag)
                writer.endTag(tag);
            else
                writer.startTag(tag, tag == Tag::A ? hrefOf(token) : QString());
            break;
        }
        case TokenType::Comment:
        case TokenType::Markup:
        case TokenType::Truncated:
            break;
        }
    }
    return writer.finish();
}

QString HtmlSanitizer::toPlainText(const QString &html)
{
    QString out;
    bool pendingSpace = false;
    bool pendingLine = false;
    DropFilter drop;
    Tokenizer tokenizer(html);
    Token token;
    while (tokenizer.next(token)) {
        if (drop.feed(token))
            continue;
        if (token.type == TokenType::StartTag || token.type == TokenType::EndTag) {
            if (isLineBreaking(token.data))
                pendingLine = true;
            else if (token.data == u"td" || token.data == u"th")
                pendingSpace = true;
            continue;
        }
        if (token.type != TokenType::Text && token.type != TokenType::RawText)
            continue;
        for (const QChar c : std::as_const(token.data)) {
            if (isHtmlSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (!out.isEmpty()) {
                if (pendingLine)
                    out += u'\n';
                else if (pendingSpace)
                    out += u' ';
            }
            pendingLine = false;
            pendingSpace = false;
            out += c;
        }
    }
    return out;
}

bool HtmlSanitizer::isSafe(const QString &html)
{
    return sanitize(html) == normalized(html);
}

} // namespace Core
