// SPDX-License-Identifier: MIT
#include "MoveSlide.h"

#include "core/Tr.h"

#include <algorithm>

namespace Core {

MoveSlide::MoveSlide(
    Document *document, SlideId id, SectionId toSection, int toIndex, QUndoCommand *parent)
    : Command(document, parent)
    , m_id(std::move(id))
    , m_toSection(std::move(toSection))
    , m_toIndex(toIndex)
{
    const QString name = quotedTitle(slideTitle(m_id));
    setText(name.isEmpty() ? Tr::tr("Move slide") : Tr::tr("Move slide “%1”").arg(name));
}

void MoveSlide::redo()
{
    const SlidePosition from = course().slidePosition(m_id);
    const int toSection = course().sectionIndex(m_toSection);
    if (!from.isValid() || toSection < 0) {
        setObsolete(true);
        return;
    }
    int limit = int(course().sections()[size_t(toSection)]->slides.size());
    if (toSection == from.section)
        --limit; // the slide leaves before it is inserted again
    const SlidePosition to{toSection, std::clamp(m_toIndex, 0, limit)};
    if (from == to) {
        setObsolete(true);
        return;
    }
    m_fromSection = course().sections()[size_t(from.section)]->id;
    m_fromIndex = from.slide;
    mutator().moveSlide(from, to);
}

void MoveSlide::undo()
{
    const SlidePosition current = course().slidePosition(m_id);
    mutator().moveSlide(current, {course().sectionIndex(m_fromSection), m_fromIndex});
}

} // namespace Core
