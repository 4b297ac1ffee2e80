// SPDX-License-Identifier: MIT
#include "EditingLanguage.h"

#include "core/Document.h"

namespace App {

EditingLanguage::EditingLanguage(QObject *parent)
    : QObject(parent)
{}

void EditingLanguage::setDocument(Core::Document *document)
{
    if (m_document == document)
        return;
    disconnect(m_connection);
    m_document = document;
    if (m_document)
        m_connection = connect(
            m_document, &Core::Document::languagesChanged, this, &EditingLanguage::checkLanguage);
    m_language.clear();
    emit documentChanged(m_document);
    emit languageChanged(m_language);
}

void EditingLanguage::setLanguage(const QString &language)
{
    QString target = language;
    if (!m_document || !m_document->course().languages().targets.contains(target))
        target.clear();
    if (target == m_language)
        return;
    m_language = target;
    emit languageChanged(m_language);
}

void EditingLanguage::checkLanguage()
{
    // A removed target (or one that became the source): back to the source.
    setLanguage(m_language);
}

} // namespace App
