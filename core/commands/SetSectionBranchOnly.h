// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace Core {

/** Marks a section as only reached by a branch (remediation), or clears the mark. */
class SetSectionBranchOnly final : public Command
{
public:
    SetSectionBranchOnly(Document *document,
                         SectionId id,
                         bool branchOnly,
                         QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(bool branchOnly);
    SectionId m_id;
    bool m_new;
};

} // namespace Core
