// SPDX-License-Identifier: MIT
#include "SetCourseMetadata.h"

#include "CommandIds.h"
#include "core/Document.h"
#include "core/Tr.h"

namespace Core {

SetCourseMetadata::SetCourseMetadata(Document *document,
                                     CourseMetadata metadata,
                                     QUndoCommand *parent)
    : Command(document, parent)
    , m_old(document->course().metadata())
    , m_new(std::move(metadata))
{
    setText(Tr::tr("Edit course details"));
}

void SetCourseMetadata::redo()
{
    mutator().setMetadata(m_new);
    setObsolete(m_old == m_new);
}

void SetCourseMetadata::undo()
{
    mutator().setMetadata(m_old);
}

int SetCourseMetadata::id() const
{
    return int(CommandId::SetCourseMetadata);
}

bool SetCourseMetadata::mergeWith(const QUndoCommand *other)
{
    m_new = static_cast<const SetCourseMetadata *>(other)->m_new;
    setObsolete(m_old == m_new);
    return true;
}

} // namespace Core
