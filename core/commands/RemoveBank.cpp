// SPDX-License-Identifier: MIT
#include "RemoveBank.h"

#include "core/Tr.h"

#include <algorithm>

namespace Core {

RemoveBank::RemoveBank(Document *document, BankId id, QUndoCommand *parent)
    : Command(document, parent)
    , m_id(std::move(id))
{
    const QuestionBank *bank = course().bank(m_id);
    const QString name = quotedTitle(bank ? bank->name : QString());
    setText(name.isEmpty() ? Tr::tr("Delete question bank")
                           : Tr::tr("Delete question bank “%1”").arg(name));
}

void RemoveBank::redo()
{
    m_index = course().bankIndex(m_id);
    if (m_index < 0) {
        setObsolete(true);
        return;
    }
    m_draws.clear();
    for (const Slide *slide : course().allSlides()) {
        const auto *draw = std::get_if<DrawBody>(&slide->body);
        if (!draw || std::find(draw->banks.begin(), draw->banks.end(), m_id) == draw->banks.end())
            continue;
        m_draws.emplace_back(slide->id, slide->body);
        DrawBody next = *draw;
        next.banks.erase(std::remove(next.banks.begin(), next.banks.end(), m_id), next.banks.end());
        mutator().setSlideBody(slide->id, next);
    }
    m_bank = mutator().takeBank(m_index);
}

void RemoveBank::undo()
{
    mutator().insertBank(m_index, std::move(m_bank));
    for (const auto &[id, body] : m_draws) {
        if (course().slide(id))
            mutator().setSlideBody(id, body);
    }
}

} // namespace Core
