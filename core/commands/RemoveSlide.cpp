// SPDX-License-Identifier: MIT
#include "RemoveSlide.h"

#include "core/Tr.h"

namespace Core {

RemoveSlide::RemoveSlide(Document *document, SlideId id, QUndoCommand *parent)
    : Command(document, parent)
    , m_id(std::move(id))
{
    const QString name = quotedTitle(slideTitle(m_id));
    setText(name.isEmpty() ? Tr::tr("Delete slide") : Tr::tr("Delete slide “%1”").arg(name));
}

void RemoveSlide::redo()
{
    const SlidePosition position = course().slidePosition(m_id);
    if (!position.isValid()) {
        setObsolete(true);
        return;
    }
    m_section = course().sections()[size_t(position.section)]->id;
    m_index = position.slide;
    m_slide = mutator().takeSlide(position);
}

void RemoveSlide::undo()
{
    mutator().insertSlide({course().sectionIndex(m_section), m_index}, std::move(m_slide));
}

} // namespace Core
