// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace Core {

/** Replaces the course settings (navigation, completion, scoring, theme, reporting). */
class SetCourseSettings final : public Command
{
public:
    SetCourseSettings(Document *document, CourseSettings settings, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CourseSettings m_old;
    CourseSettings m_new;
};

} // namespace Core
