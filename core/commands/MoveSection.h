// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace Core {

/** Moves a section to a new index (its index after the move). */
class MoveSection final : public Command
{
public:
    MoveSection(Document *document, SectionId id, int to, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    SectionId m_id;
    int m_from = -1;
    int m_to;
};

} // namespace Core
