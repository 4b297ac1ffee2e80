// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"
#include "core/CourseFragment.h"

namespace Core {

/** Where a fragment goes. */
struct PasteTarget
{
    /** Slides: the section they go into (null: a new section at the end of the course). */
    SectionId section;
    /** Slides: the index in section; Sections: the section index; Blocks: the block index. */
    int index = 0;
    /** Blocks: the content slide they go into. */
    SlideId slide;
};

/**
 * Pastes a fragment as one undoable step: adds the media the course lacks (AddAsset), then
 * inserts the slides (InsertSlide), sections (InsertSection) or blocks (SetSlideBody), built
 * by CourseFragment::instantiate() against the document's course at construction time (new
 * ids, remapped links). Push it right after constructing it.
 */
class PasteFragment final : public Command
{
public:
    PasteFragment(Document *document,
                  const CourseFragment &fragment,
                  const PasteTarget &target,
                  QUndoCommand *parent = nullptr);

    /** False when there is nothing to paste there (blocks into a slide that is not content). */
    bool isValid() const { return m_valid; }
    /** The ids of the pasted slides (Slides, Sections), for the selection. */
    const std::vector<SlideId> &pastedSlides() const { return m_slides; }
    /** The ids of the pasted sections (Sections, or the new section of Slides). */
    const std::vector<SectionId> &pastedSections() const { return m_sections; }
    /** How many media were already in the course (same SHA-256) and reused. */
    int reusedAssets() const { return m_reusedAssets; }
    /** Translated notes on dropped links, for a status message. */
    const QStringList &notes() const { return m_notes; }

private:
    bool m_valid = true;
    std::vector<SlideId> m_slides;
    std::vector<SectionId> m_sections;
    int m_reusedAssets = 0;
    QStringList m_notes;
};

} // namespace Core
