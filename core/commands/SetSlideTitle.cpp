// SPDX-License-Identifier: MIT
#include "SetSlideTitle.h"

#include "CommandIds.h"
#include "core/Document.h"
#include "core/Tr.h"

namespace Core {

SetSlideTitle::SetSlideTitle(Document *document, SlideId id, QString title, QUndoCommand *parent)
    : Command(document, parent)
    , m_id(std::move(id))
    , m_new(std::move(title))
{
    if (const Slide *slide = document->course().slide(m_id))
        m_old = slide->title;
    const QString name = quotedTitle(m_old);
    setText(name.isEmpty() ? Tr::tr("Rename slide") : Tr::tr("Rename slide “%1”").arg(name));
}

void SetSlideTitle::redo()
{
    if (!course().slide(m_id) || m_old == m_new) {
        setObsolete(true);
        return;
    }
    mutator().setSlideTitle(m_id, m_new);
}

void SetSlideTitle::undo()
{
    mutator().setSlideTitle(m_id, m_old);
}

int SetSlideTitle::id() const
{
    return int(CommandId::SetSlideTitle);
}

bool SetSlideTitle::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetSlideTitle *>(other);
    if (next->m_id != m_id)
        return false;
    m_new = next->m_new;
    setObsolete(m_old == m_new);
    return true;
}

} // namespace Core
