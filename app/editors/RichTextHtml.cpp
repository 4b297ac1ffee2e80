// SPDX-License-Identifier: MIT
#include "RichTextHtml.h"

#include "core/HtmlSanitizer.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextList>

#include <vector>

using namespace Qt::StringLiterals;

namespace App {

namespace {

enum class Inline { Link, Strong, Em, U, Code };

struct OpenTag
{
    Inline kind;
    QString href;
    friend bool operator==(const OpenTag &, const OpenTag &) = default;
};

bool isMonospace(const QTextCharFormat &format)
{
    if (format.fontFixedPitch())
        return true;
    const QStringList families = format.fontFamilies().toStringList();
    for (const QString &family : families) {
        const QString f = family.toLower();
        if (f.contains(u"mono") || f.contains(u"courier") || f == u"fixed")
            return true;
    }
    return false;
}

/** The inline tags a fragment needs, outermost first. */
std::vector<OpenTag> wantedTags(const QTextCharFormat &format, bool inHeading)
{
    std::vector<OpenTag> tags;
    const QString href = format.anchorHref();
    if (format.isAnchor() && !href.isEmpty())
        tags.push_back({Inline::Link, href});
    if (!inHeading && format.fontWeight() >= QFont::DemiBold)
        tags.push_back({Inline::Strong, {}});
    if (format.fontItalic())
        tags.push_back({Inline::Em, {}});
    if (format.fontUnderline() && !format.isAnchor())
        tags.push_back({Inline::U, {}});
    if (isMonospace(format))
        tags.push_back({Inline::Code, {}});
    return tags;
}

QString openTag(const OpenTag &tag)
{
    switch (tag.kind) {
    case Inline::Link:
        return u"<a href=\""_s + tag.href.toHtmlEscaped() + u"\">"_s;
    case Inline::Strong:
        return u"<strong>"_s;
    case Inline::Em:
        return u"<em>"_s;
    case Inline::U:
        return u"<u>"_s;
    case Inline::Code:
        return u"<code>"_s;
    }
    return {};
}

QString closeTag(const OpenTag &tag)
{
    switch (tag.kind) {
    case Inline::Link:
        return u"</a>"_s;
    case Inline::Strong:
        return u"</strong>"_s;
    case Inline::Em:
        return u"</em>"_s;
    case Inline::U:
        return u"</u>"_s;
    case Inline::Code:
        return u"</code>"_s;
    }
    return {};
}

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case 0x2028: // QChar::LineSeparator: Shift+Enter
        case u'\n':
            out += u"<br>"_s;
            break;
        case 0xFFFC: // QChar::ObjectReplacementCharacter: images and other objects
        case 0x2029: // paragraph separator (never inside a block, but be safe)
            break;
        default:
            out += c;
        }
    }
    return out;
}

/** The inline content of one block, tags properly nested. */
QString blockContent(const QTextBlock &block, bool inHeading)
{
    QString out;
    std::vector<OpenTag> stack;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid() || fragment.charFormat().isImageFormat())
            continue;
        const QString text = escapeText(fragment.text());
        if (text.isEmpty())
            continue;
        const std::vector<OpenTag> wanted = wantedTags(fragment.charFormat(), inHeading);
        size_t keep = 0;
        while (keep < stack.size() && keep < wanted.size() && stack[keep] == wanted[keep])
            ++keep;
        while (stack.size() > keep) {
            out += closeTag(stack.back());
            stack.pop_back();
        }
        for (size_t i = keep; i < wanted.size(); ++i) {
            out += openTag(wanted[i]);
            stack.push_back(wanted[i]);
        }
        out += text;
    }
    while (!stack.empty()) {
        out += closeTag(stack.back());
        stack.pop_back();
    }
    return out;
}

bool isOrdered(QTextListFormat::Style style)
{
    return style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha
           || style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman
           || style == QTextListFormat::ListUpperRoman;
}

} // namespace

QString RichTextHtml::toHtml(const QTextDocument &document)
{
    QString out;
    QTextList *openList = nullptr;
    bool openListOrdered = false;
    auto closeList = [&] {
        if (openList)
            out += openListOrdered ? u"</ol>"_s : u"</ul>"_s;
        openList = nullptr;
    };

    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        const bool heading = level >= 2 && level <= 4;
        const QString content = blockContent(block, heading || level == 1);
        if (QTextList *list = block.textList()) {
            if (list != openList) {
                closeList();
                openList = list;
                openListOrdered = isOrdered(list->format().style());
                out += openListOrdered ? u"<ol>"_s : u"<ul>"_s;
            }
            out += u"<li>"_s + content + u"</li>"_s;
            continue;
        }
        closeList();
        if (content.isEmpty())
            continue; // empty paragraphs carry nothing the player would show
        if (level >= 1 && level <= 6) {
            const int h = qBound(2, level, 4);
            out += u"<h%1>"_s.arg(h) + content + u"</h%1>"_s.arg(h);
        } else {
            out += u"<p>"_s + content + u"</p>"_s;
        }
    }
    closeList();
    return Core::HtmlSanitizer::sanitize(out);
}

void RichTextHtml::setHtml(QTextDocument &document, const QString &html)
{
    document.setHtml(Core::HtmlSanitizer::sanitize(html));
}

} // namespace App
