// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

#include <memory>

namespace Core {

/** Removes a section and its slides; undo puts them back where they were. */
class RemoveSection final : public Command
{
public:
    RemoveSection(Document *document, SectionId id, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    SectionId m_id;
    int m_index = -1;
    std::unique_ptr<Section> m_section; // owned while removed
};

} // namespace Core
