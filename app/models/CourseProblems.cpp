// SPDX-License-Identifier: MIT
#include "CourseProblems.h"

#include "DeferredIssues.h"
#include "core/Document.h"

#include <QUndoStack>

#include <algorithm>

namespace App {

CourseProblems::CourseProblems(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(debounceMs);
    connect(&m_timer, &QTimer::timeout, this, &CourseProblems::refreshNow);
    connect(DeferredIssues::instance(),
            &DeferredIssues::changed,
            this,
            &CourseProblems::scheduleRefresh);
}

void CourseProblems::setDocument(Core::Document *document)
{
    if (m_document == document)
        return;
    disconnect(m_connection);
    m_document = document;
    // Every edit, undo and redo goes through the undo stack: one signal covers them all.
    if (m_document)
        m_connection = connect(m_document->undoStack(),
                               &QUndoStack::indexChanged,
                               this,
                               &CourseProblems::scheduleRefresh);
    refreshNow();
}

Core::Document *CourseProblems::document() const
{
    return m_document;
}

void CourseProblems::scheduleRefresh()
{
    m_timer.start();
}

void CourseProblems::refreshNow()
{
    m_timer.stop();
    m_issues = m_document ? Core::Validator::check(m_document->course()) : std::vector<Issue>{};
    DeferredIssues::instance()->filter(m_issues);
    m_perSlide.clear();
    for (const Issue &issue : m_issues) {
        if (issue.slide.isNull())
            continue;
        auto &counts = m_perSlide[issue.slide.toString()];
        (issue.severity == Core::Validator::Severity::Error ? counts.first : counts.second)++;
    }
    emit changed();
}

int CourseProblems::errorCount() const
{
    return int(std::count_if(m_issues.cbegin(), m_issues.cend(), [](const Issue &issue) {
        return issue.severity == Core::Validator::Severity::Error;
    }));
}

int CourseProblems::warningCount() const
{
    return int(m_issues.size()) - errorCount();
}

std::vector<CourseProblems::Issue> CourseProblems::issuesOf(const Core::SlideId &slide) const
{
    std::vector<Issue> result;
    std::copy_if(m_issues.cbegin(),
                 m_issues.cend(),
                 std::back_inserter(result),
                 [&](const Issue &issue) { return issue.slide == slide; });
    return result;
}

bool CourseProblems::hasIssues(const Core::SlideId &slide) const
{
    return m_perSlide.contains(slide.toString());
}

bool CourseProblems::hasErrors(const Core::SlideId &slide) const
{
    const auto it = m_perSlide.constFind(slide.toString());
    return it != m_perSlide.cend() && it->first > 0;
}

} // namespace App
