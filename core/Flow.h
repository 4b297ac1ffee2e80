// SPDX-License-Identifier: MIT
#pragma once

#include "Branch.h"
#include "Ids.h"

#include <QString>

#include <vector>

namespace Core {

class Course;
struct Slide;

/** Why the learner may go from one slide to another. */
enum class FlowEdgeKind {
    Next,      ///< the default flow ("continue")
    Choice,    ///< a single-choice question's choice (label: the choice id)
    Correct,   ///< a question answered correctly
    Incorrect, ///< a question answered incorrectly
    Pass,      ///< a result slide, quiz passed
    Fail,      ///< a result slide, quiz failed
    Button,    ///< a content block's button (label: its text)
    Response,  ///< a scenario slide's response (label: the response id)
};

/** One way out of a slide, as the slide declares it (its target not yet resolved). */
struct SlideExit
{
    FlowEdgeKind kind = FlowEdgeKind::Next;
    BranchTarget target; ///< isNext(): the default flow
    QString label;       ///< the choice id or the button's text; empty otherwise
    int index = -1;      ///< the choice or block index; -1 otherwise
};

/**
 * The ways out of one slide, whatever the course around it: the single source of what is an
 * edge, used by Flow, the Validator's live checks, PlayerData and the editor's flow view.
 * A slide always has at least one exit. Questions: a single-choice question's choices each
 * lead to their leadsTo, else to onCorrect or onIncorrect by their correctness; other graded
 * questions to onCorrect and onIncorrect; ungraded ones to the next slide.
 */
std::vector<SlideExit> slideExits(const Slide &slide);

/**
 * The flow of a course (docs/editor.md, "Branching"): slides in reading order (bank questions
 * are not in it; a draw slide is one slide), the edges out of each, and what can be reached.
 *
 * Semantics (the player follows the same rules, export/PlayerData resolves them to indexes):
 * - "next" of a slide is the following slide in reading order, skipping branch-only sections;
 *   inside a branch-only section it is the following slide of that section;
 * - the last slide of a branch-only section returns to the learner's return point: the slide
 *   that follows (by "next") the slide outside the section that branched into it; a branch
 *   from another branch-only section keeps the return point it had; without one (a button or
 *   the menu led there) it goes on with the slide after the section;
 * - a branch to a section goes to its first slide; the course starts at its first slide.
 *
 * A snapshot: it keeps pointers into the course, valid while the course is not edited.
 */
class Flow
{
public:
    static constexpr int end = -1;     ///< the course ends there
    static constexpr int missing = -2; ///< the target slide or section does not exist (or is empty)

    struct Edge
    {
        FlowEdgeKind kind = FlowEdgeKind::Next;
        BranchTarget target; ///< as declared; isNext(): the default flow
        QString label;
        int index = -1;        ///< choice or block index
        int to = end;          ///< slide index, end or missing
        bool isReturn = false; ///< the "next" of a branch-only section's last slide
        bool isDefault() const { return target.isNext(); }
    };

    explicit Flow(const Course &course);

    int slideCount() const { return int(m_slides.size()); }
    const Slide &slide(int index) const { return *m_slides[size_t(index)]; }
    /** The slide's section index. */
    int sectionOf(int index) const { return m_section[size_t(index)]; }
    /** The slide's index, or -1 (unknown, or a bank question). */
    int indexOf(const SlideId &id) const;
    bool isBranchOnly(int section) const;

    /**
     * Where "next" goes from the slide, without return points: the next slide (see the class
     * comment) or end. For the last slide of a branch-only section: the slide after the section
     * (its fallback when the learner has no return point).
     */
    int defaultNext(int index) const { return m_next[size_t(index)]; }
    /** True for the last slide of a branch-only section (its "next" returns). */
    bool returns(int index) const;
    /** A target from a slide: next is defaultNext(from); else a slide index or missing. */
    int resolve(const BranchTarget &target, int from) const;

    /**
     * Every edge out of the slide, resolved. A "next" out of a returning slide gives one edge
     * per possible return point (isReturn), or its fallback when nothing branches into the
     * section.
     */
    const std::vector<Edge> &edges(int index) const { return m_edges[size_t(index)]; }

    /** Which slides the learner can reach from the first one. */
    const std::vector<bool> &reachable() const { return m_reachable; }
    /** Which slides have a way to the end of the course. */
    const std::vector<bool> &canFinish() const { return m_canFinish; }
    /** True when any slide branches or any section is branch-only. */
    bool hasBranches() const { return m_hasBranches; }

private:
    void build(const Course &course);

    std::vector<const Slide *> m_slides;
    std::vector<int> m_section;
    std::vector<int> m_sectionFirst; ///< first slide index of each section, -1 when empty
    std::vector<int> m_sectionLast;  ///< last slide index of each section, -1 when empty
    std::vector<bool> m_branchOnly;  ///< per section
    std::vector<int> m_next;
    std::vector<std::vector<Edge>> m_edges;
    std::vector<bool> m_reachable;
    std::vector<bool> m_canFinish;
    std::vector<SectionId> m_sectionIds;
    bool m_hasBranches = false;
};

} // namespace Core
