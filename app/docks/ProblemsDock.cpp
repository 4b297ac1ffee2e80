// SPDX-License-Identifier: MIT
#include "ProblemsDock.h"

#include "app/models/CourseProblems.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace App {

namespace {
enum Column { SeverityColumn, WhereColumn, MessageColumn };
constexpr int issueIndexRole = Qt::UserRole + 1;
} // namespace

ProblemsDock::ProblemsDock(QWidget *parent)
    : QDockWidget(tr("Problems"), parent)
    , m_summary(new QLabel)
    , m_list(new QTreeWidget)
{
    setObjectName(u"ProblemsDock"_s);
    m_summary->setObjectName(u"problemsSummary"_s);
    m_summary->setWordWrap(true);
    m_list->setObjectName(u"problemsList"_s);
    m_list->setAccessibleName(tr("Problems of the course"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Severity"), tr("Where"), tr("Problem")});
    m_list->header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(WhereColumn, QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(WhereColumn, 260);
    m_list->setToolTip(tr("Double-click a problem, or press Enter, to go to the field to fix"));

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addStretch(); // keeps the summary at the top while the list is hidden
    setWidget(page);

    // activated: double-click, or Enter (and a single click where the style says so).
    connect(m_list, &QTreeWidget::itemActivated, this, &ProblemsDock::activate);
    rebuild();
}

void ProblemsDock::setProblems(CourseProblems *problems)
{
    if (m_problems)
        disconnect(m_problems, nullptr, this, nullptr);
    m_problems = problems;
    if (m_problems)
        connect(m_problems, &CourseProblems::changed, this, &ProblemsDock::rebuild);
    rebuild();
}

void ProblemsDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::StyleChange)
        rebuild();
}

void ProblemsDock::rebuild()
{
    // Keep the selection on the same problem when the list is checked again.
    const QTreeWidgetItem *current = m_list->currentItem();
    const QString currentKey = current
                                   ? current->data(MessageColumn, Qt::DisplayRole).toString()
                                         + current->data(WhereColumn, Qt::DisplayRole).toString()
                                   : QString();
    const bool wasShown = isListShown();
    m_shown = m_problems ? m_problems->issues() : std::vector<Core::Validator::Issue>{};
    m_list->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    int errors = 0;
    for (size_t i = 0; i < m_shown.size(); ++i) {
        const Core::Validator::Issue &issue = m_shown[i];
        const bool error = issue.severity == Core::Validator::Severity::Error;
        errors += error ? 1 : 0;
        auto *item = new QTreeWidgetItem(m_list);
        item->setIcon(SeverityColumn, error ? errorIcon : warningIcon);
        item->setText(SeverityColumn, error ? tr("Error") : tr("Warning"));
        item->setText(WhereColumn, issue.location.isEmpty() ? tr("Course") : issue.location);
        item->setText(MessageColumn, issue.message);
        item->setToolTip(MessageColumn, issue.message);
        item->setToolTip(WhereColumn, item->text(WhereColumn));
        item->setData(SeverityColumn, issueIndexRole, int(i));
        if (item->text(MessageColumn) + item->text(WhereColumn) == currentKey)
            m_list->setCurrentItem(item);
    }
    const int warnings = int(m_shown.size()) - errors;
    if (!m_problems || !m_problems->document())
        m_summary->setText(tr("No course is open."));
    else if (m_shown.empty())
        m_summary->setText(tr("✓ No problems found in the course."));
    else
        m_summary->setText(tr("%1 · %2 — errors stop the export; warnings do not.")
                               .arg(errors == 0   ? tr("no errors")
                                    : errors == 1 ? tr("1 error")
                                                  : tr("%1 errors").arg(errors),
                                    warnings == 0   ? tr("no warnings")
                                    : warnings == 1 ? tr("1 warning")
                                                    : tr("%1 warnings").arg(warnings)));
    m_list->setVisible(isListShown());
    if (isListShown() != wasShown)
        emit listShownChanged(isListShown());
}

void ProblemsDock::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int index = item->data(SeverityColumn, issueIndexRole).toInt();
    if (index >= 0 && index < int(m_shown.size()))
        emit issueActivated(m_shown[size_t(index)]);
}

} // namespace App
