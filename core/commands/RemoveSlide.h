// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

#include <memory>

namespace Core {

/** Removes a slide; undo restores it at the same place. */
class RemoveSlide final : public Command
{
public:
    RemoveSlide(Document *document, SlideId id, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    SlideId m_id;
    SectionId m_section;
    int m_index = -1;
    std::unique_ptr<Slide> m_slide; // owned while removed
};

} // namespace Core
