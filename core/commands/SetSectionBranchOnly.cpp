// SPDX-License-Identifier: MIT
#include "SetSectionBranchOnly.h"

#include "core/Document.h"
#include "core/Tr.h"

namespace Core {

SetSectionBranchOnly::SetSectionBranchOnly(Document *document,
                                           SectionId id,
                                           bool branchOnly,
                                           QUndoCommand *parent)
    : Command(document, parent)
    , m_id(std::move(id))
    , m_new(branchOnly)
{
    const int index = document->course().sectionIndex(m_id);
    const QString name
        = index >= 0 ? quotedTitle(document->course().sections()[size_t(index)]->title) : QString();
    if (name.isEmpty()) {
        setText(branchOnly ? Tr::tr("Make section reached only by a branch")
                           : Tr::tr("Make section part of the normal flow"));
    } else {
        setText(branchOnly ? Tr::tr("Make section “%1” reached only by a branch").arg(name)
                           : Tr::tr("Make section “%1” part of the normal flow").arg(name));
    }
}

void SetSectionBranchOnly::apply(bool branchOnly)
{
    const int index = course().sectionIndex(m_id);
    if (index >= 0)
        mutator().setSectionBranchOnly(index, branchOnly);
}

void SetSectionBranchOnly::redo()
{
    const int index = course().sectionIndex(m_id);
    if (index < 0 || course().sections()[size_t(index)]->branchOnly == m_new) {
        setObsolete(true);
        return;
    }
    apply(m_new);
}

void SetSectionBranchOnly::undo()
{
    apply(!m_new);
}

} // namespace Core
