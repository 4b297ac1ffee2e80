// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Import {

/** How a question file marks up its text (GIFT's [moodle], [html], [plain], [markdown]). */
enum class TextFormat {
    Moodle,  ///< HTML allowed, line breaks kept (GIFT's default)
    Html,    ///< HTML; line breaks are white space
    Plain,   ///< no markup: '<' is a character
    Markdown ///< the subset below
};

/**
 * Turns question-file text into the course's safe HTML subset (always through
 * Core::HtmlSanitizer) or into plain text. Markdown support is limited to what the subset can
 * hold: paragraphs, "#" headings (levels 2 to 4), "-", "*" and "1." lists, **strong**, *em* and
 * _em_, `code` and [links](https://…). Pure functions, linear time, no QTextDocument (it needs
 * a GUI application and would add styles).
 */
class MarkupConverter
{
public:
    /** A prompt or content text: paragraphs (<p>) around text that has no block markup. */
    static QString toBlockHtml(const QString &text, TextFormat format);
    /** A choice or feedback: inline HTML, no paragraphs. */
    static QString toInlineHtml(const QString &text, TextFormat format);
    /** Text shown without markup (matching pairs, accepted answers, labels). */
    static QString toPlainText(const QString &text, TextFormat format);
    /** '&', '<', '>' and '"' as entities. */
    static QString escape(const QString &text);
};

} // namespace Import
