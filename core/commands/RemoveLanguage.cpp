// SPDX-License-Identifier: MIT
#include "RemoveLanguage.h"

#include "core/Document.h"
#include "core/Tr.h"

namespace Core {

RemoveLanguage::RemoveLanguage(Document *document, QString code, QUndoCommand *parent)
    : Command(document, parent)
    , m_code(std::move(code))
{
    setText(Tr::tr("Remove language %1").arg(m_code));
}

void RemoveLanguage::redo()
{
    CourseLanguages languages = course().languages();
    m_index = languages.targets.indexOf(m_code);
    if (m_index < 0) {
        setObsolete(true);
        return;
    }
    languages.targets.removeAt(m_index);
    const auto it = languages.translations.find(m_code);
    m_hadTranslations = it != languages.translations.end();
    if (m_hadTranslations) {
        m_translations = std::move(it->second);
        languages.translations.erase(it);
    }
    mutator().setLanguages(languages);
}

void RemoveLanguage::undo()
{
    CourseLanguages languages = course().languages();
    languages.targets.insert(std::min(m_index, languages.targets.size()), m_code);
    if (m_hadTranslations)
        languages.translations[m_code] = std::move(m_translations);
    m_translations.clear();
    mutator().setLanguages(languages);
}

} // namespace Core
