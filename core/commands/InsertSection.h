// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

#include <memory>

namespace Core {

/** Inserts a section (with any slides it holds) at an index. */
class InsertSection final : public Command
{
public:
    InsertSection(Document *document,
                  int index,
                  std::unique_ptr<Section> section,
                  QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    int m_index;
    SectionId m_id;
    std::unique_ptr<Section> m_section; // owned while not in the course
};

} // namespace Core
