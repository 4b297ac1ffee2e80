// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

#include <memory>

namespace Core {

/** Inserts a slide into a section at an index. */
class InsertSlide final : public Command
{
public:
    InsertSlide(Document *document,
                SectionId section,
                int index,
                std::unique_ptr<Slide> slide,
                QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    SectionId m_section;
    int m_index;
    SlideId m_id;
    std::unique_ptr<Slide> m_slide; // owned while not in the course
};

} // namespace Core
