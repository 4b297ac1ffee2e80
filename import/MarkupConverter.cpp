// SPDX-License-Identifier: MIT
#include "MarkupConverter.h"

#include "core/HtmlSanitizer.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Import {

namespace {

bool hasBlockMarkup(const QString &text)
{
    static const QRegularExpression block(u"<\\s*(p|h[1-6]|ul|ol|div|table|blockquote|pre)\\b"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    return block.match(text).hasMatch();
}

/** Paragraphs from blank-line separated chunks; single line ends become <br>. */
QString paragraphs(const QString &html)
{
    QString out;
    const QStringList chunks = html.split(u'\n');
    QString paragraph;
    auto flush = [&] {
        if (!paragraph.trimmed().isEmpty())
            out += u"<p>"_s + paragraph.trimmed() + u"</p>"_s;
        paragraph.clear();
    };
    for (const QString &line : chunks) {
        if (line.trimmed().isEmpty()) {
            flush();
            continue;
        }
        if (!paragraph.isEmpty())
            paragraph += u"<br>"_s;
        paragraph += line.trimmed();
    }
    flush();
    return out;
}

/** **strong**, *em*, _em_, `code`, [text](url) on one already-escaped line. */
QString markdownInline(const QString &escaped)
{
    QString out;
    out.reserve(escaped.size() + 16);
    const qsizetype n = escaped.size();
    bool strong = false;
    bool em = false;
    bool emUnderscore = false;
    // Once a search for a closing "`" or "](…)" fails, no later one can succeed: remembering it
    // keeps a line of a thousand "[" linear.
    bool noMoreCode = false;
    bool noMoreLinks = false;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = escaped[i];
        if (c == u'\\' && i + 1 < n && QStringView(u"\\`*_[]()#+-.!").contains(escaped[i + 1])) {
            out += escaped[++i];
        } else if (c == u'`') {
            const qsizetype end = noMoreCode ? -1 : escaped.indexOf(u'`', i + 1);
            if (end < 0) {
                noMoreCode = true;
                out += c;
                continue;
            }
            out += u"<code>"_s + escaped.mid(i + 1, end - i - 1) + u"</code>"_s;
            i = end;
        } else if (c == u'*' && i + 1 < n && escaped[i + 1] == u'*') {
            out += strong ? u"</strong>"_s : u"<strong>"_s;
            strong = !strong;
            ++i;
        } else if (c == u'*' && !emUnderscore) {
            out += em ? u"</em>"_s : u"<em>"_s;
            em = !em;
        } else if (c == u'_' && !em
                   && (emUnderscore ? (i + 1 == n || !escaped[i + 1].isLetterOrNumber())
                                    : (i == 0 || !escaped[i - 1].isLetterOrNumber()))) {
            out += emUnderscore ? u"</em>"_s : u"<em>"_s;
            emUnderscore = !emUnderscore;
        } else if (c == u'[') {
            const qsizetype close = noMoreLinks ? -1 : escaped.indexOf(u"](", i + 1);
            const qsizetype end = close < 0 ? -1 : escaped.indexOf(u')', close + 2);
            if (close < 0 || end < 0) {
                noMoreLinks = true;
                out += c;
                continue;
            }
            const QString label = escaped.mid(i + 1, close - i - 1);
            const QString url = escaped.mid(close + 2, end - close - 2).trimmed();
            out += u"<a href=\""_s + url + u"\">"_s + label + u"</a>"_s;
            i = end;
        } else {
            out += c;
        }
    }
    // The sanitizer closes whatever is left open.
    return out;
}

QString markdownBlocks(const QString &text)
{
    static const QRegularExpression heading(u"^(#{1,6})\\s+(.*?)\\s*#*\\s*$"_s);
    static const QRegularExpression bullet(u"^\\s*[-*+]\\s+(.*)$"_s);
    static const QRegularExpression numbered(u"^\\s*\\d{1,9}[.)]\\s+(.*)$"_s);
    QString out;
    QString paragraph;
    QString list; // "ul", "ol" or empty
    auto flushParagraph = [&] {
        if (!paragraph.isEmpty())
            out += u"<p>"_s + markdownInline(paragraph) + u"</p>"_s;
        paragraph.clear();
    };
    auto closeList = [&] {
        if (!list.isEmpty())
            out += u"</"_s + list + u'>';
        list.clear();
    };
    for (const QString &rawLine : text.split(u'\n')) {
        const QString line = MarkupConverter::escape(rawLine);
        if (line.trimmed().isEmpty()) {
            flushParagraph();
            closeList();
            continue;
        }
        if (const auto m = heading.match(line); m.hasMatch()) {
            flushParagraph();
            closeList();
            const int level = std::clamp(int(m.capturedLength(1)) + 1, 2, 4);
            out += u"<h%1>"_s.arg(level) + markdownInline(m.captured(2)) + u"</h%1>"_s.arg(level);
            continue;
        }
        const auto b = bullet.match(line);
        const auto o = b.hasMatch() ? QRegularExpressionMatch() : numbered.match(line);
        if (b.hasMatch() || o.hasMatch()) {
            flushParagraph();
            const QString kind = b.hasMatch() ? u"ul"_s : u"ol"_s;
            if (list != kind) {
                closeList();
                out += u'<' + kind + u'>';
                list = kind;
            }
            out += u"<li>"_s + markdownInline((b.hasMatch() ? b : o).captured(1)) + u"</li>"_s;
            continue;
        }
        if (!list.isEmpty()) { // a lazy continuation line of a list item
            out.insert(out.size() - 5, u' ' + markdownInline(line.trimmed()));
            continue;
        }
        if (!paragraph.isEmpty())
            paragraph += rawLine.endsWith(u"  "_s) ? u"<br>"_s : u" "_s;
        paragraph += line.trimmed();
    }
    flushParagraph();
    closeList();
    return out;
}

} // namespace

QString MarkupConverter::escape(const QString &text)
{
    return text.toHtmlEscaped(); // & < > "
}

QString MarkupConverter::toBlockHtml(const QString &text, TextFormat format)
{
    switch (format) {
    case TextFormat::Html:
        return Core::HtmlSanitizer::sanitize(text.trimmed());
    case TextFormat::Moodle:
        if (hasBlockMarkup(text))
            return Core::HtmlSanitizer::sanitize(text.trimmed());
        return Core::HtmlSanitizer::sanitize(paragraphs(text));
    case TextFormat::Plain:
        return Core::HtmlSanitizer::sanitize(paragraphs(escape(text)));
    case TextFormat::Markdown:
        return Core::HtmlSanitizer::sanitize(markdownBlocks(text));
    }
    return {};
}

QString MarkupConverter::toInlineHtml(const QString &text, TextFormat format)
{
    const QString trimmed = text.trimmed();
    switch (format) {
    case TextFormat::Html:
        return Core::HtmlSanitizer::sanitize(trimmed);
    case TextFormat::Moodle:
        return Core::HtmlSanitizer::sanitize(QString(trimmed).replace(u'\n', u"<br>"_s));
    case TextFormat::Plain:
        return Core::HtmlSanitizer::sanitize(escape(trimmed).replace(u'\n', u"<br>"_s));
    case TextFormat::Markdown:
        return Core::HtmlSanitizer::sanitize(markdownInline(escape(trimmed)));
    }
    return {};
}

QString MarkupConverter::toPlainText(const QString &text, TextFormat format)
{
    if (format == TextFormat::Plain)
        return text.simplified();
    return Core::HtmlSanitizer::toPlainText(toInlineHtml(text, format)).simplified();
}

} // namespace Import
