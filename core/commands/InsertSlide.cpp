// SPDX-License-Identifier: MIT
#include "InsertSlide.h"

#include "core/Tr.h"

#include <algorithm>

namespace Core {

InsertSlide::InsertSlide(Document *document,
                         SectionId section,
                         int index,
                         std::unique_ptr<Slide> slide,
                         QUndoCommand *parent)
    : Command(document, parent)
    , m_section(std::move(section))
    , m_index(index)
    , m_id(slide->id)
    , m_slide(std::move(slide))
{
    const QString name = quotedTitle(m_slide->title);
    setText(name.isEmpty() ? Tr::tr("Add slide") : Tr::tr("Add slide “%1”").arg(name));
}

void InsertSlide::redo()
{
    const int section = course().sectionIndex(m_section);
    if (section < 0) {
        setObsolete(true);
        return;
    }
    const int count = int(course().sections()[size_t(section)]->slides.size());
    mutator().insertSlide({section, std::clamp(m_index, 0, count)}, std::move(m_slide));
}

void InsertSlide::undo()
{
    m_slide = mutator().takeSlide(course().slidePosition(m_id));
}

} // namespace Core
