// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Core {

/**
 * Reduces HTML to the safe rich-text subset of the course model.
 *
 * The subset: p, h2, h3, h4, strong, em, u, ul, ol, li, a, br and code; the only attribute is
 * href on a, and only with an http:, https: or mailto: URL. Everything else is removed: b and i
 * become strong and em; script, style, iframe, object, embed, template, svg, math (and the other
 * raw-text elements: noscript, textarea, title, xmp, noembed, noframes, plaintext) disappear with
 * their content; any other element is unwrapped (its text is kept); comments, doctypes,
 * processing instructions and all other attributes are dropped.
 *
 * The output is well-formed and means the same to an HTML parser and an XML parser: elements are
 * properly nested and closed, a block element (p, h2..h4, ul, ol) closes an open paragraph or
 * inline element, li only appears inside ul or ol, text and attribute values are escaped, every
 * line break is written "<br>".
 *
 * The tokenizer is a small tolerant one written for this purpose (QTextDocument would add
 * styles). It runs in time linear in the input and accepts any garbage without failing.
 * All functions are pure and thread-safe.
 */
class HtmlSanitizer
{
public:
    /** The safe, well-formed form of html. Idempotent: sanitize(sanitize(x)) == sanitize(x). */
    static QString sanitize(const QString &html);

    /**
     * The text of html as a reader would see it, for search, descriptions and SCORM interaction
     * descriptions: markup and dropped elements removed, entities decoded, runs of white space
     * collapsed to one space, one line per paragraph, heading, list item or line break, trimmed.
     */
    static QString toPlainText(const QString &html);

    /**
     * True when sanitizing html would neither remove nor restructure anything: html only uses
     * the safe subset, is properly nested and closed, and differs from sanitize(html) at most in
     * spelling (tag name case, attribute quoting, entity forms, "<br/>", b/i for strong/em).
     * Plain text without markup is safe.
     */
    static bool isSafe(const QString &html);
};

} // namespace Core
