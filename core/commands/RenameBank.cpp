// SPDX-License-Identifier: MIT
#include "RenameBank.h"

#include "CommandIds.h"
#include "core/Tr.h"

namespace Core {

RenameBank::RenameBank(Document *document, BankId id, QString name, QUndoCommand *parent)
    : Command(document, parent)
    , m_id(std::move(id))
    , m_new(std::move(name))
{
    if (const QuestionBank *bank = course().bank(m_id))
        m_old = bank->name;
    const QString oldName = quotedTitle(m_old);
    setText(oldName.isEmpty() ? Tr::tr("Rename question bank")
                              : Tr::tr("Rename question bank “%1”").arg(oldName));
}

void RenameBank::apply(const QString &name)
{
    const int index = course().bankIndex(m_id);
    if (index >= 0)
        mutator().setBankName(index, name);
}

void RenameBank::redo()
{
    if (course().bankIndex(m_id) < 0 || m_old == m_new) {
        setObsolete(true);
        return;
    }
    apply(m_new);
}

void RenameBank::undo()
{
    apply(m_old);
}

int RenameBank::id() const
{
    return int(CommandId::RenameBank);
}

bool RenameBank::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const RenameBank *>(other);
    if (next->m_id != m_id)
        return false;
    m_new = next->m_new;
    setObsolete(m_old == m_new);
    return true;
}

} // namespace Core
