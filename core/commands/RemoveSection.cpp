// SPDX-License-Identifier: MIT
#include "RemoveSection.h"

#include "core/Tr.h"

namespace Core {

RemoveSection::RemoveSection(Document *document, SectionId id, QUndoCommand *parent)
    : Command(document, parent)
    , m_id(std::move(id))
{
    const QString name = quotedTitle(sectionTitle(m_id));
    setText(name.isEmpty() ? Tr::tr("Delete section") : Tr::tr("Delete section “%1”").arg(name));
}

void RemoveSection::redo()
{
    m_index = course().sectionIndex(m_id);
    if (m_index < 0) {
        setObsolete(true);
        return;
    }
    m_section = mutator().takeSection(m_index);
}

void RemoveSection::undo()
{
    mutator().insertSection(m_index, std::move(m_section));
}

} // namespace Core
