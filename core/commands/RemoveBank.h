// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

#include <memory>
#include <utility>
#include <vector>

namespace Core {

/**
 * Removes a question bank with its questions, and the bank from every draw slide that drew from
 * it; undo restores the bank at the same place and those draw slides as they were.
 */
class RemoveBank final : public Command
{
public:
    RemoveBank(Document *document, BankId id, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    BankId m_id;
    int m_index = -1;
    std::unique_ptr<QuestionBank> m_bank; // owned while removed
    /** The draw slides that referred to the bank, with their bodies before the removal. */
    std::vector<std::pair<SlideId, SlideBody>> m_draws;
};

} // namespace Core
