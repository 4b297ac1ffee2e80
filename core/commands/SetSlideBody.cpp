// SPDX-License-Identifier: MIT
#include "SetSlideBody.h"

#include "CommandIds.h"
#include "core/Document.h"

namespace Core {

SetSlideBody::SetSlideBody(Document *document,
                           SlideId id,
                           SlideBody body,
                           QString text,
                           QString mergeKey,
                           QUndoCommand *parent)
    : Command(document, parent)
    , m_id(std::move(id))
    , m_new(std::move(body))
    , m_mergeKey(std::move(mergeKey))
{
    const Slide *slide = document->course().slide(m_id);
    if (slide) {
        m_old = slide->body;
        // New blocks (and pasted or duplicated ones) get their ids here, once: redo and undo
        // then restore exactly these.
        if (auto *content = std::get_if<ContentBody>(&m_new))
            assignBlockIds(*content, std::get_if<ContentBody>(&m_old));
    }
    setText(onSlide(text, slide ? slide->title : QString()));
}

void SetSlideBody::redo()
{
    if (!course().slide(m_id) || m_old == m_new) {
        setObsolete(true);
        return;
    }
    mutator().setSlideBody(m_id, m_new);
}

void SetSlideBody::undo()
{
    mutator().setSlideBody(m_id, m_old);
}

int SetSlideBody::id() const
{
    return m_mergeKey.isEmpty() ? -1 : int(CommandId::SetSlideBody);
}

bool SetSlideBody::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetSlideBody *>(other);
    if (next->m_id != m_id || next->m_mergeKey != m_mergeKey)
        return false;
    m_new = next->m_new; // its constructor gave new blocks their ids
    setObsolete(m_old == m_new);
    return true;
}

} // namespace Core
