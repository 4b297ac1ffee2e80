// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

#include <vector>

namespace Core {

struct ThemeFile;

/**
 * Sets the course's theme and adds the media it needs (a theme file's logo and cover image,
 * deduplicated by content): one undoable step. Other settings are left as they are.
 */
class ApplyTheme final : public Command
{
public:
    ApplyTheme(Document *document, Theme theme, QUndoCommand *parent = nullptr);
    /** From a theme file: its media are added first (those already in the course are skipped). */
    ApplyTheme(Document *document, const ThemeFile &file, QUndoCommand *parent = nullptr);

    void redo() override;

private:
    bool m_changes = false;
};

} // namespace Core
