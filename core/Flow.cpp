// SPDX-License-Identifier: MIT
#include "Flow.h"

#include "Course.h"

#include <QHash>

#include <set>

namespace Core {

std::vector<SlideExit> slideExits(const Slide &slide)
{
    std::vector<SlideExit> exits;
    const auto add = [&exits](FlowEdgeKind kind,
                              const BranchTarget &target,
                              const QString &label = {},
                              int index = -1) {
        exits.push_back({kind, target, label, index});
    };
    // One case per slide kind; a new kind with its own exits adds its case here.
    switch (slide.kind()) {
    case SlideKind::Content: {
        const auto &blocks = std::get<ContentBody>(slide.body).blocks;
        for (size_t i = 0; i < blocks.size(); ++i) {
            const ContentBlock &block = blocks[i];
            if (block.type == ContentBlock::Type::Button && !block.targetSlide.isNull())
                add(FlowEdgeKind::Button,
                    BranchTarget::toSlide(block.targetSlide),
                    block.text,
                    int(i));
        }
        add(FlowEdgeKind::Next, {});
        break;
    }
    case SlideKind::Question: {
        const Question &q = std::get<QuestionBody>(slide.body).question;
        if (!isGraded(q.type)) {
            add(FlowEdgeKind::Next, {});
            break;
        }
        if (q.type == QuestionType::SingleChoice) {
            bool correctUsed = false;
            bool incorrectUsed = false;
            for (size_t i = 0; i < q.choices.size(); ++i) {
                const Choice &choice = q.choices[i];
                if (!choice.leadsTo.isNext())
                    add(FlowEdgeKind::Choice, choice.leadsTo, choice.id, int(i));
                else if (choice.correct)
                    correctUsed = true;
                else
                    incorrectUsed = true;
            }
            if (correctUsed || q.choices.empty())
                add(FlowEdgeKind::Correct, q.onCorrect);
            if (incorrectUsed || q.choices.empty())
                add(FlowEdgeKind::Incorrect, q.onIncorrect);
            break;
        }
        add(FlowEdgeKind::Correct, q.onCorrect);
        add(FlowEdgeKind::Incorrect, q.onIncorrect);
        break;
    }
    case SlideKind::Result: {
        const auto &result = std::get<ResultBody>(slide.body);
        add(FlowEdgeKind::Pass, result.onPass);
        add(FlowEdgeKind::Fail, result.onFail);
        break;
    }
    case SlideKind::Scenario: {
        // Each response that leads elsewhere; the others share one "next".
        const auto &responses = std::get<ScenarioBody>(slide.body).responses;
        bool nextUsed = responses.empty();
        for (size_t i = 0; i < responses.size(); ++i) {
            if (!responses[i].leadsTo.isNext())
                add(FlowEdgeKind::Response, responses[i].leadsTo, responses[i].id, int(i));
            else
                nextUsed = true;
        }
        if (nextUsed)
            add(FlowEdgeKind::Next, {});
        break;
    }
    case SlideKind::Video:
    case SlideKind::Draw:
        add(FlowEdgeKind::Next, {});
        break;
    }
    return exits;
}

Flow::Flow(const Course &course)
{
    build(course);
}

int Flow::indexOf(const SlideId &id) const
{
    for (size_t i = 0; i < m_slides.size(); ++i) {
        if (m_slides[i]->id == id)
            return int(i);
    }
    return -1;
}

bool Flow::isBranchOnly(int section) const
{
    return section >= 0 && size_t(section) < m_branchOnly.size() && m_branchOnly[size_t(section)];
}

bool Flow::returns(int index) const
{
    const int section = sectionOf(index);
    return isBranchOnly(section)
           && (size_t(index) + 1 == m_slides.size() || sectionOf(index + 1) != section);
}

int Flow::resolve(const BranchTarget &target, int from) const
{
    if (target.isNext())
        return defaultNext(from);
    if (!target.slide.isNull()) {
        const int index = indexOf(target.slide);
        return index < 0 ? missing : index;
    }
    for (size_t s = 0; s < m_sectionIds.size(); ++s) {
        if (m_sectionIds[s] == target.section)
            return m_sectionFirst[s] < 0 ? missing : m_sectionFirst[s];
    }
    return missing;
}

void Flow::build(const Course &course)
{
    for (size_t s = 0; s < course.sections().size(); ++s) {
        const Section &section = *course.sections()[s];
        m_sectionIds.push_back(section.id);
        m_branchOnly.push_back(section.branchOnly);
        m_sectionFirst.push_back(section.slides.empty() ? -1 : int(m_slides.size()));
        m_sectionLast.push_back(int(m_slides.size() + section.slides.size()) - 1);
        if (section.slides.empty())
            m_sectionLast.back() = -1;
        m_hasBranches = m_hasBranches || section.branchOnly;
        for (const auto &slide : section.slides) {
            m_slides.push_back(slide.get());
            m_section.push_back(int(s));
        }
    }
    const int n = slideCount();

    // Default next: backwards, so that "the next slide outside branch-only sections" is known.
    m_next.assign(size_t(n), end);
    int nextNormal = end;
    for (int i = n - 1; i >= 0; --i) {
        const bool inBranch = isBranchOnly(sectionOf(i));
        if (inBranch && !returns(i))
            m_next[size_t(i)] = i + 1;
        else
            m_next[size_t(i)] = nextNormal; // a returning slide: its fallback
        if (!inBranch)
            nextNormal = i;
    }

    // Exits resolved; "next" of a returning slide stays a placeholder until return points are
    // known.
    std::vector<std::vector<SlideExit>> exits(static_cast<size_t>(n));
    m_edges.assign(size_t(n), {});
    for (int i = 0; i < n; ++i) {
        exits[size_t(i)] = slideExits(slide(i));
        for (const SlideExit &exit : exits[size_t(i)]) {
            if (!exit.target.isNext())
                m_hasBranches = true;
        }
    }

    // Return points of each branch-only section: a fixpoint, since a branch from a branch-only
    // section passes on the return points of its own.
    const size_t sectionCount = m_sectionIds.size();
    std::vector<std::set<int>> returnPoints(sectionCount);
    bool changed = true;
    while (changed) {
        changed = false;
        for (int i = 0; i < n; ++i) {
            const int from = sectionOf(i);
            for (const SlideExit &exit : exits[size_t(i)]) {
                if (exit.target.isNext())
                    continue;
                const int to = resolve(exit.target, i);
                if (to < 0 || sectionOf(to) == from || !isBranchOnly(sectionOf(to)))
                    continue;
                std::set<int> &points = returnPoints[size_t(sectionOf(to))];
                const size_t before = points.size();
                if (exit.kind == FlowEdgeKind::Button) {
                    // The player follows a button without a return point: the fallback.
                    points.insert(m_next[size_t(m_sectionLast[size_t(sectionOf(to))])]);
                } else if (!isBranchOnly(from)) {
                    points.insert(defaultNext(i));
                } else {
                    const std::set<int> &inherited = returnPoints[size_t(from)];
                    points.insert(inherited.begin(), inherited.end());
                }
                changed = changed || points.size() != before;
            }
        }
    }

    for (int i = 0; i < n; ++i) {
        for (const SlideExit &exit : exits[size_t(i)]) {
            Edge edge{exit.kind, exit.target, exit.label, exit.index, resolve(exit.target, i)};
            if (exit.target.isNext() && returns(i)) {
                const std::set<int> &points = returnPoints[size_t(sectionOf(i))];
                if (points.empty()) {
                    edge.isReturn = true;
                    m_edges[size_t(i)].push_back(edge);
                }
                for (int point : points) {
                    edge.to = point;
                    edge.isReturn = true;
                    m_edges[size_t(i)].push_back(edge);
                }
                continue;
            }
            m_edges[size_t(i)].push_back(edge);
        }
    }

    // Reachability from the first slide, and which slides can reach the end.
    m_reachable.assign(size_t(n), false);
    std::vector<int> stack;
    if (n > 0) {
        m_reachable[0] = true;
        stack.push_back(0);
    }
    std::vector<std::vector<int>> incoming(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        for (const Edge &edge : m_edges[size_t(i)]) {
            if (edge.to >= 0)
                incoming[size_t(edge.to)].push_back(i);
        }
    }
    while (!stack.empty()) {
        const int i = stack.back();
        stack.pop_back();
        for (const Edge &edge : m_edges[size_t(i)]) {
            if (edge.to >= 0 && !m_reachable[size_t(edge.to)]) {
                m_reachable[size_t(edge.to)] = true;
                stack.push_back(edge.to);
            }
        }
    }
    m_canFinish.assign(size_t(n), false);
    for (int i = 0; i < n; ++i) {
        for (const Edge &edge : m_edges[size_t(i)]) {
            if (edge.to == end && !m_canFinish[size_t(i)]) {
                m_canFinish[size_t(i)] = true;
                stack.push_back(i);
            }
        }
    }
    while (!stack.empty()) {
        const int i = stack.back();
        stack.pop_back();
        for (int from : incoming[size_t(i)]) {
            if (!m_canFinish[size_t(from)]) {
                m_canFinish[size_t(from)] = true;
                stack.push_back(from);
            }
        }
    }
}

} // namespace Core
