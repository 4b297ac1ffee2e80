// SPDX-License-Identifier: MIT
#include "AddLanguage.h"

#include "core/Document.h"
#include "core/Tr.h"

namespace Core {

AddLanguage::AddLanguage(Document *document, QString code, QUndoCommand *parent)
    : Command(document, parent)
    , m_code(std::move(code))
{
    const Course &c = document->course();
    m_valid = isValidLanguageTag(m_code) && m_code != c.metadata().language
              && !c.languages().targets.contains(m_code);
    setText(Tr::tr("Add language %1").arg(m_code));
}

void AddLanguage::redo()
{
    if (!m_valid) {
        setObsolete(true);
        return;
    }
    CourseLanguages languages = course().languages();
    languages.targets.append(m_code);
    mutator().setLanguages(languages);
}

void AddLanguage::undo()
{
    CourseLanguages languages = course().languages();
    languages.targets.removeAll(m_code);
    mutator().setLanguages(languages);
}

} // namespace Core
