// SPDX-License-Identifier: MIT
#include "InsertBankQuestions.h"

#include "core/Tr.h"

namespace Core {

InsertBankQuestions::InsertBankQuestions(Document *document,
                                         BankId bank,
                                         int index,
                                         std::vector<std::unique_ptr<Slide>> questions,
                                         QUndoCommand *parent)
    : Command(document, parent)
    , m_bank(std::move(bank))
    , m_index(index)
    , m_questions(std::move(questions))
{
    for (const auto &question : m_questions)
        m_ids.push_back(question->id);
    const QuestionBank *target = course().bank(m_bank);
    const QString name = quotedTitle(target ? target->name : QString());
    if (m_questions.size() == 1) {
        setText(name.isEmpty() ? Tr::tr("Add question to bank")
                               : Tr::tr("Add question to bank “%1”").arg(name));
    } else {
        setText(name.isEmpty()
                    ? Tr::tr("Add %n questions to bank", nullptr, int(m_questions.size()))
                    : Tr::tr("Add %n questions to bank “%1”", nullptr, int(m_questions.size()))
                          .arg(name));
    }
}

void InsertBankQuestions::redo()
{
    const int bank = course().bankIndex(m_bank);
    if (bank < 0 || m_questions.empty()) {
        setObsolete(true);
        return;
    }
    const int count = int(course().banks()[size_t(bank)]->questions.size());
    const int index = m_index < 0 || m_index > count ? count : m_index;
    for (size_t i = 0; i < m_questions.size(); ++i)
        mutator().insertBankQuestion({bank, index + int(i)}, std::move(m_questions[i]));
    m_questions.clear();
}

void InsertBankQuestions::undo()
{
    m_questions.resize(m_ids.size());
    for (size_t i = m_ids.size(); i-- > 0;)
        m_questions[i] = mutator().takeBankQuestion(course().bankQuestionPosition(m_ids[i]));
}

} // namespace Core
