// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace Core {

/** Moves a slide to an index of a section (its index there after the move). */
class MoveSlide final : public Command
{
public:
    MoveSlide(Document *document,
              SlideId id,
              SectionId toSection,
              int toIndex,
              QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    SlideId m_id;
    SectionId m_fromSection;
    int m_fromIndex = -1;
    SectionId m_toSection;
    int m_toIndex;
};

} // namespace Core
