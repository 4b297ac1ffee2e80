// SPDX-License-Identifier: MIT
#pragma once

#include "core/Validator.h"

#include <QDockWidget>
#include <QPointer>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace App {

class CourseProblems;

/**
 * "Problems": every issue of the course in one list (severity, where, what), errors first
 * within the course's reading order as the Validator gives it. Double-click or Enter on an
 * entry asks to show its slide and field (issueActivated); course-wide entries lead to the
 * course settings. Follows a CourseProblems, which it does not own.
 */
class ProblemsDock final : public QDockWidget
{
    Q_OBJECT
public:
    explicit ProblemsDock(QWidget *parent = nullptr);

    void setProblems(CourseProblems *problems);
    QTreeWidget *list() const { return m_list; }
    QLabel *summary() const { return m_summary; }
    /** Whether the list shows (there are problems); without, the dock is only its summary line. */
    bool isListShown() const { return !m_shown.empty(); }

signals:
    void issueActivated(const Core::Validator::Issue &issue);
    /** The list appeared (problems found) or went away (none left). */
    void listShownChanged(bool shown);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void activate(QTreeWidgetItem *item);

    QPointer<CourseProblems> m_problems;
    QLabel *m_summary;
    QTreeWidget *m_list;
    std::vector<Core::Validator::Issue> m_shown;
};

} // namespace App
