// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace Core {

/**
 * Moves a bank question to an index of a bank, the same or another one (its index there after
 * the move; out of range: the end).
 */
class MoveBankQuestion final : public Command
{
public:
    MoveBankQuestion(
        Document *document, SlideId id, BankId toBank, int toIndex, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    SlideId m_id;
    BankId m_fromBank;
    int m_fromIndex = -1;
    BankId m_toBank;
    int m_toIndex;
};

} // namespace Core
