// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QTextDocument;

namespace App {

/**
 * Converts between a QTextDocument and the model's safe HTML subset (p, h2–h4, strong, em, u,
 * ul/ol/li, a href, br, code). QTextDocument::toHtml() writes styles, spans and tables, so the
 * subset is produced by walking the document's blocks and fragments instead; the result is then
 * passed through Core::HtmlSanitizer, so nothing outside the subset can ever come out.
 */
class RichTextHtml
{
public:
    /** The subset HTML of a document; empty for an empty document. */
    static QString toHtml(const QTextDocument &document);
    /** Loads subset HTML (sanitized first) into a document, with the editor's look. */
    static void setHtml(QTextDocument &document, const QString &html);
};

} // namespace App
