// SPDX-License-Identifier: MIT
#include "InsertSection.h"

#include "core/Tr.h"

namespace Core {

InsertSection::InsertSection(Document *document,
                             int index,
                             std::unique_ptr<Section> section,
                             QUndoCommand *parent)
    : Command(document, parent)
    , m_index(index)
    , m_id(section->id)
    , m_section(std::move(section))
{
    const QString name = quotedTitle(m_section->title);
    setText(name.isEmpty() ? Tr::tr("Add section") : Tr::tr("Add section “%1”").arg(name));
}

void InsertSection::redo()
{
    mutator().insertSection(m_index, std::move(m_section));
}

void InsertSection::undo()
{
    m_section = mutator().takeSection(course().sectionIndex(m_id));
}

} // namespace Core
