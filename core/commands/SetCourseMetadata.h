// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace Core {

/** Replaces the course's descriptive fields; consecutive edits merge into one step. */
class SetCourseMetadata final : public Command
{
public:
    SetCourseMetadata(Document *document, CourseMetadata metadata, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    CourseMetadata m_old;
    CourseMetadata m_new;
};

} // namespace Core
