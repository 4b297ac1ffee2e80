// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"
#include "core/GameSettings.h"

namespace Core {

/** Replaces a section's game settings (play as a game, points, bonuses, default time). */
class SetSectionGame final : public Command
{
public:
    SetSectionGame(Document *document,
                   SectionId id,
                   GameSettings game,
                   QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(const GameSettings &game);
    SectionId m_id;
    GameSettings m_old;
    GameSettings m_new;
};

} // namespace Core
