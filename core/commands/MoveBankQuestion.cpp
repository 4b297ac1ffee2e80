// SPDX-License-Identifier: MIT
#include "MoveBankQuestion.h"

#include "core/Tr.h"

namespace Core {

MoveBankQuestion::MoveBankQuestion(
    Document *document, SlideId id, BankId toBank, int toIndex, QUndoCommand *parent)
    : Command(document, parent)
    , m_id(std::move(id))
    , m_toBank(std::move(toBank))
    , m_toIndex(toIndex)
{
    const QString name = quotedTitle(slideTitle(m_id));
    const QuestionBank *target = course().bank(m_toBank);
    const QString bankName = quotedTitle(target ? target->name : QString());
    if (name.isEmpty() || bankName.isEmpty())
        setText(Tr::tr("Move bank question"));
    else
        setText(Tr::tr("Move question “%1” to bank “%2”").arg(name, bankName));
}

void MoveBankQuestion::redo()
{
    const BankPosition from = course().bankQuestionPosition(m_id);
    const int toBank = course().bankIndex(m_toBank);
    if (!from.isValid() || toBank < 0) {
        setObsolete(true);
        return;
    }
    int limit = int(course().banks()[size_t(toBank)]->questions.size());
    if (toBank == from.bank)
        --limit; // the question leaves before it is inserted again
    const BankPosition to{toBank, m_toIndex < 0 || m_toIndex > limit ? limit : m_toIndex};
    if (from == to) {
        setObsolete(true);
        return;
    }
    m_fromBank = course().banks()[size_t(from.bank)]->id;
    m_fromIndex = from.question;
    mutator().moveBankQuestion(from, to);
}

void MoveBankQuestion::undo()
{
    const BankPosition current = course().bankQuestionPosition(m_id);
    mutator().moveBankQuestion(current, {course().bankIndex(m_fromBank), m_fromIndex});
}

} // namespace Core
