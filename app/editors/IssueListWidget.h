// SPDX-License-Identifier: MIT
#pragma once

#include "core/Validator.h"

#include <QWidget>

#include <vector>

class QLabel;
class QVBoxLayout;

namespace Core {
class Course;
}

namespace App {

/**
 * The Validator's issues of one slide, one line each: errors in red, warnings in amber (both
 * readable on light and dark palettes). Shows emptyText when there is nothing to report.
 */
class IssueListWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit IssueListWidget(QWidget *parent = nullptr);

    /** Shown when there are no issues; empty hides the widget instead. */
    void setEmptyText(const QString &text);

    void setIssues(const std::vector<Core::Validator::Issue> &issues);
    /** Checks the course and shows the issues of one slide (none for a null id). */
    void showIssuesOf(const Core::Course *course, const Core::SlideId &slide);

    /** The messages shown, errors and warnings alike, in order. */
    QStringList messages() const;

    static std::vector<Core::Validator::Issue> issuesOf(const Core::Course &course,
                                                        const Core::SlideId &slide);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    std::vector<Core::Validator::Issue> m_issues;
    QString m_emptyText;
    QVBoxLayout *m_layout;
    std::vector<QLabel *> m_labels;
};

} // namespace App
