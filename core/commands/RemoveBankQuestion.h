// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

#include <memory>

namespace Core {

/** Removes a question from its bank; undo restores it at the same place. */
class RemoveBankQuestion final : public Command
{
public:
    RemoveBankQuestion(Document *document, SlideId id, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    SlideId m_id;
    BankId m_bank;
    int m_index = -1;
    std::unique_ptr<Slide> m_question; // owned while removed
};

} // namespace Core
