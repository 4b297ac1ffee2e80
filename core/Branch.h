// SPDX-License-Identifier: MIT
#pragma once

#include "Ids.h"

namespace Core {

/**
 * Where a learner goes after a choice, a question's outcome, a quiz result or a scenario
 * response: the next slide in the course's flow (both ids null), a given slide, or the first
 * slide of a given section. Plain value type; course.xml writes it as "slide:ID" or
 * "section:ID" (absent: next).
 */
struct BranchTarget
{
    SlideId slide;     ///< go to this slide
    SectionId section; ///< or to the first slide of this section (when slide is null)

    bool isNext() const { return slide.isNull() && section.isNull(); }

    static BranchTarget toSlide(SlideId id) { return {std::move(id), {}}; }
    static BranchTarget toSection(SectionId id) { return {{}, std::move(id)}; }

    friend bool operator==(const BranchTarget &, const BranchTarget &) = default;
};

/** "slide:ID", "section:ID", or an empty string for "next". */
QString toString(const BranchTarget &target);
/**
 * Parses what toString() writes; an empty text is "next". False (out untouched) for anything
 * else: another prefix, an empty id or an id with spaces.
 */
bool fromString(const QString &text, BranchTarget &out);

} // namespace Core
