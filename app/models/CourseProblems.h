// SPDX-License-Identifier: MIT
#pragma once

#include "core/Validator.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <vector>

namespace Core {
class Document;
}

namespace App {

/**
 * The course-wide problem list behind the Problems dock and the outline's marks: the
 * Validator's issues of the whole course, re-checked a moment after each change (debounced,
 * so typing stays fluid) and filtered through DeferredIssues. Does not own the document.
 */
class CourseProblems final : public QObject
{
    Q_OBJECT
public:
    using Issue = Core::Validator::Issue;

    /** How long after a change the course is checked again. */
    static constexpr int debounceMs = 300;

    explicit CourseProblems(QObject *parent = nullptr);

    void setDocument(Core::Document *document);
    Core::Document *document() const;

    const std::vector<Issue> &issues() const { return m_issues; }
    int errorCount() const;
    int warningCount() const;

    /** The issues of one slide, in the course's order. */
    std::vector<Issue> issuesOf(const Core::SlideId &slide) const;
    /** The worst severity of a slide's issues; false when it has none. */
    bool hasIssues(const Core::SlideId &slide) const;
    bool hasErrors(const Core::SlideId &slide) const;

    /** Checks now instead of after the delay (tests, and before showing the list). */
    void refreshNow();

signals:
    /** The list was checked again (it may be the same). */
    void changed();

private:
    void scheduleRefresh();

    QPointer<Core::Document> m_document;
    QMetaObject::Connection m_connection;
    QTimer m_timer;
    std::vector<Issue> m_issues;
    QHash<QString, std::pair<int, int>> m_perSlide; ///< slide id → (errors, warnings)
};

} // namespace App
