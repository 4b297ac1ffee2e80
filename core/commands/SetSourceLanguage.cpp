// SPDX-License-Identifier: MIT
#include "SetSourceLanguage.h"

#include "core/Document.h"
#include "core/Tr.h"

namespace Core {

SetSourceLanguage::SetSourceLanguage(Document *document, QString code, QUndoCommand *parent)
    : Command(document, parent)
    , m_old(document->course().metadata().language)
    , m_new(std::move(code))
{
    m_valid = isValidLanguageTag(m_new) && m_new != m_old
              && !document->course().languages().targets.contains(m_new);
    setText(Tr::tr("Set source language to %1").arg(m_new));
}

void SetSourceLanguage::redo()
{
    if (!m_valid) {
        setObsolete(true);
        return;
    }
    mutator().setSourceLanguage(m_new);
}

void SetSourceLanguage::undo()
{
    mutator().setSourceLanguage(m_old);
}

} // namespace Core
