// SPDX-License-Identifier: MIT
#include "DeferredIssues.h"

#include <algorithm>

namespace App {

DeferredIssues *DeferredIssues::instance()
{
    // Lives as long as the process (never destroyed, so never after its connections).
    static DeferredIssues *s_instance = new DeferredIssues;
    return s_instance;
}

void DeferredIssues::defer(const Core::SlideId &slide,
                           const QString &code,
                           Core::Validator::Field field,
                           int index)
{
    m_entries.push_back({slide, code, field, index});
    emit changed();
}

void DeferredIssues::release(const Core::SlideId &slide, int index)
{
    const auto removed = std::erase_if(m_entries, [&](const Entry &entry) {
        return entry.slide == slide && (index < 0 || entry.index == index);
    });
    if (removed > 0)
        emit changed();
}

void DeferredIssues::releaseAll()
{
    if (m_entries.empty())
        return;
    m_entries.clear();
    emit changed();
}

bool DeferredIssues::isDeferred(const Core::Validator::Issue &issue) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const Entry &entry) {
        return entry.slide == issue.slide && entry.code == issue.code && entry.field == issue.field
               && entry.index == issue.index;
    });
}

void DeferredIssues::filter(std::vector<Core::Validator::Issue> &issues) const
{
    if (m_entries.empty())
        return;
    std::erase_if(issues,
                  [this](const Core::Validator::Issue &issue) { return isDeferred(issue); });
}

} // namespace App
