// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

namespace Core {
class Document;
}

namespace App {

/**
 * The language the author edits: the course's source language (language() is empty) or one of
 * its target languages. Shared by the language selector, the slide editor area (which shows the
 * translation form in a target language), the outline (per-slide progress) and the translation
 * table. Falls back to the source when its target is removed or another document is shown.
 * Does not own the document.
 */
class EditingLanguage final : public QObject
{
    Q_OBJECT
public:
    explicit EditingLanguage(QObject *parent = nullptr);

    void setDocument(Core::Document *document);
    Core::Document *document() const { return m_document; }

    /** The target language edited, or empty for the source. */
    const QString &language() const { return m_language; }
    bool isTarget() const { return !m_language.isEmpty(); }
    /** A target of the course, or empty (or the source language) for the source. */
    void setLanguage(const QString &language);

signals:
    /** Another document is shown (language() is the source's again). */
    void documentChanged(Core::Document *document);
    void languageChanged(const QString &language);

private:
    void checkLanguage();

    QPointer<Core::Document> m_document;
    QString m_language;
    QMetaObject::Connection m_connection;
};

} // namespace App
