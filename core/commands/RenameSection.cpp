// SPDX-License-Identifier: MIT
#include "RenameSection.h"

#include "CommandIds.h"
#include "core/Document.h"
#include "core/Tr.h"

namespace Core {

RenameSection::RenameSection(Document *document, SectionId id, QString title, QUndoCommand *parent)
    : Command(document, parent)
    , m_id(std::move(id))
    , m_new(std::move(title))
{
    const int index = document->course().sectionIndex(m_id);
    if (index >= 0)
        m_old = document->course().sections()[size_t(index)]->title;
    const QString name = quotedTitle(m_old);
    setText(name.isEmpty() ? Tr::tr("Rename section") : Tr::tr("Rename section “%1”").arg(name));
}

void RenameSection::apply(const QString &title)
{
    const int index = course().sectionIndex(m_id);
    if (index >= 0)
        mutator().setSectionTitle(index, title);
}

void RenameSection::redo()
{
    if (course().sectionIndex(m_id) < 0 || m_old == m_new) {
        setObsolete(true);
        return;
    }
    apply(m_new);
}

void RenameSection::undo()
{
    apply(m_old);
}

int RenameSection::id() const
{
    return int(CommandId::RenameSection);
}

bool RenameSection::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const RenameSection *>(other);
    if (next->m_id != m_id)
        return false;
    m_new = next->m_new;
    setObsolete(m_old == m_new);
    return true;
}

} // namespace Core
