// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

#include <memory>

namespace Core {

/** Inserts a question bank (with any questions it holds) at an index; out of range: appends. */
class InsertBank final : public Command
{
public:
    InsertBank(Document *document,
               int index,
               std::unique_ptr<QuestionBank> bank,
               QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    int m_index;
    BankId m_id;
    std::unique_ptr<QuestionBank> m_bank; // owned while not in the course
};

} // namespace Core
