// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace Core {

/**
 * Inserts one or several question slides into a bank at an index (out of range: appends), in
 * one undo step. Used by the bank panel (add, duplicate) and by question import.
 */
class InsertBankQuestions final : public Command
{
public:
    InsertBankQuestions(Document *document,
                        BankId bank,
                        int index,
                        std::vector<std::unique_ptr<Slide>> questions,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    BankId m_bank;
    int m_index;
    std::vector<SlideId> m_ids;
    std::vector<std::unique_ptr<Slide>> m_questions; // owned while not in the course
};

} // namespace Core
