// SPDX-License-Identifier: MIT
#include "MoveSection.h"

#include "core/Tr.h"

namespace Core {

MoveSection::MoveSection(Document *document, SectionId id, int to, QUndoCommand *parent)
    : Command(document, parent)
    , m_id(std::move(id))
    , m_to(to)
{
    const QString name = quotedTitle(sectionTitle(m_id));
    setText(name.isEmpty() ? Tr::tr("Move section") : Tr::tr("Move section “%1”").arg(name));
}

void MoveSection::redo()
{
    m_from = course().sectionIndex(m_id);
    const int count = int(course().sections().size());
    if (m_from < 0 || m_to < 0 || m_to >= count || m_from == m_to) {
        setObsolete(true);
        return;
    }
    mutator().moveSection(m_from, m_to);
}

void MoveSection::undo()
{
    mutator().moveSection(m_to, m_from);
}

} // namespace Core
