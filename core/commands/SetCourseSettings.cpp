// SPDX-License-Identifier: MIT
#include "SetCourseSettings.h"

#include "core/Document.h"
#include "core/Tr.h"

namespace Core {

SetCourseSettings::SetCourseSettings(Document *document,
                                     CourseSettings settings,
                                     QUndoCommand *parent)
    : Command(document, parent)
    , m_old(document->course().settings())
    , m_new(std::move(settings))
{
    setText(Tr::tr("Change course settings"));
}

void SetCourseSettings::redo()
{
    mutator().setSettings(m_new);
    setObsolete(m_old == m_new);
}

void SetCourseSettings::undo()
{
    mutator().setSettings(m_old);
}

} // namespace Core
