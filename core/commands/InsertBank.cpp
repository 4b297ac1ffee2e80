// SPDX-License-Identifier: MIT
#include "InsertBank.h"

#include "core/Tr.h"

namespace Core {

InsertBank::InsertBank(Document *document,
                       int index,
                       std::unique_ptr<QuestionBank> bank,
                       QUndoCommand *parent)
    : Command(document, parent)
    , m_index(index)
    , m_id(bank->id)
    , m_bank(std::move(bank))
{
    const QString name = quotedTitle(m_bank->name);
    setText(name.isEmpty() ? Tr::tr("Add question bank")
                           : Tr::tr("Add question bank “%1”").arg(name));
}

void InsertBank::redo()
{
    const int count = int(course().banks().size());
    const int index = m_index < 0 || m_index > count ? count : m_index;
    mutator().insertBank(index, std::move(m_bank));
}

void InsertBank::undo()
{
    m_bank = mutator().takeBank(course().bankIndex(m_id));
}

} // namespace Core
