// SPDX-License-Identifier: MIT
#include "IssueListWidget.h"

#include "app/models/DeferredIssues.h"
#include "core/Course.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace App {

IssueListWidget::IssueListWidget(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(u"issueList"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    rebuild();
}

void IssueListWidget::setEmptyText(const QString &text)
{
    m_emptyText = text;
    rebuild();
}

void IssueListWidget::setIssues(const std::vector<Core::Validator::Issue> &issues)
{
    const bool same
        = issues.size() == m_issues.size()
          && std::equal(
              issues.begin(), issues.end(), m_issues.begin(), [](const auto &a, const auto &b) {
                  return a.severity == b.severity && a.message == b.message;
              });
    if (same && !m_labels.empty())
        return;
    m_issues = issues;
    rebuild();
}

void IssueListWidget::showIssuesOf(const Core::Course *course, const Core::SlideId &slide)
{
    setIssues(course && !slide.isNull() ? issuesOf(*course, slide)
                                        : std::vector<Core::Validator::Issue>{});
}

QStringList IssueListWidget::messages() const
{
    QStringList result;
    for (const auto &issue : m_issues)
        result.append(issue.message);
    return result;
}

std::vector<Core::Validator::Issue> IssueListWidget::issuesOf(const Core::Course &course,
                                                              const Core::SlideId &slide)
{
    auto issues = Core::Validator::checkSlide(course, slide);
    DeferredIssues::instance()->filter(issues);
    return issues;
}

void IssueListWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void IssueListWidget::rebuild()
{
    for (QLabel *label : m_labels)
        delete label;
    m_labels.clear();

    // Red and amber are the only fixed colours: picked per palette so both stay readable.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor errorColor = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    const QColor warningColor = dark ? QColor(0xff, 0xc1, 0x07) : QColor(0x9a, 0x5b, 0x00);

    auto addLine = [this](const QString &text, const QColor &color) {
        auto *label = new QLabel(text, this);
        label->setObjectName(u"issueLabel"_s);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (color.isValid()) {
            QPalette pal = label->palette();
            pal.setColor(QPalette::WindowText, color);
            label->setPalette(pal);
        } else {
            label->setForegroundRole(QPalette::PlaceholderText);
        }
        m_layout->addWidget(label);
        m_labels.push_back(label);
    };

    for (const auto &issue : m_issues) {
        const bool error = issue.severity == Core::Validator::Severity::Error;
        //: Prefix of a validation problem; %1 is the problem's message
        addLine((error ? tr("✖ %1") : tr("⚠ %1")).arg(issue.message),
                error ? errorColor : warningColor);
    }
    if (m_issues.empty() && !m_emptyText.isEmpty())
        addLine(m_emptyText, QColor());
    setVisible(!m_labels.empty());
}

} // namespace App
