// SPDX-License-Identifier: MIT
#include "RemoveBankQuestion.h"

#include "core/Tr.h"

namespace Core {

RemoveBankQuestion::RemoveBankQuestion(Document *document, SlideId id, QUndoCommand *parent)
    : Command(document, parent)
    , m_id(std::move(id))
{
    const QString name = quotedTitle(slideTitle(m_id));
    setText(name.isEmpty() ? Tr::tr("Delete bank question")
                           : Tr::tr("Delete bank question “%1”").arg(name));
}

void RemoveBankQuestion::redo()
{
    const BankPosition position = course().bankQuestionPosition(m_id);
    if (!position.isValid()) {
        setObsolete(true);
        return;
    }
    m_bank = course().banks()[size_t(position.bank)]->id;
    m_index = position.question;
    m_question = mutator().takeBankQuestion(position);
}

void RemoveBankQuestion::undo()
{
    mutator().insertBankQuestion({course().bankIndex(m_bank), m_index}, std::move(m_question));
}

} // namespace Core
