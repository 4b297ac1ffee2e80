// SPDX-License-Identifier: MIT
#pragma once

namespace Core {

/** QUndoCommand::id() values of the commands that merge consecutive edits (typing). */
enum class CommandId {
    SetSlideTitle = 1,
    SetSlideBody,
    RenameSection,
    SetCourseMetadata,
    RenameBank,
    SetTranslations,
};

} // namespace Core
