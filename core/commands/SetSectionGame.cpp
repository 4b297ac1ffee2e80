// SPDX-License-Identifier: MIT
#include "SetSectionGame.h"

#include "core/Document.h"
#include "core/Tr.h"

namespace Core {

SetSectionGame::SetSectionGame(Document *document,
                               SectionId id,
                               GameSettings game,
                               QUndoCommand *parent)
    : Command(document, parent)
    , m_id(std::move(id))
    , m_new(game)
{
    const int index = document->course().sectionIndex(m_id);
    if (index >= 0)
        m_old = document->course().sections()[size_t(index)]->game;
    if (m_old.enabled != m_new.enabled)
        setText(m_new.enabled ? Tr::tr("Play section as a game")
                              : Tr::tr("Stop playing as a game"));
    else
        setText(Tr::tr("Change game settings"));
}

void SetSectionGame::apply(const GameSettings &game)
{
    const int index = course().sectionIndex(m_id);
    if (index >= 0)
        mutator().setSectionGame(index, game);
}

void SetSectionGame::redo()
{
    if (course().sectionIndex(m_id) < 0 || m_old == m_new) {
        setObsolete(true);
        return;
    }
    apply(m_new);
}

void SetSectionGame::undo()
{
    apply(m_old);
}

} // namespace Core
