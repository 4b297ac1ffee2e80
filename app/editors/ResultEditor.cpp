// SPDX-License-Identifier: MIT
#include "ResultEditor.h"

#include "BranchTargetPicker.h"
#include "FocusHelpers.h"
#include "IssueListWidget.h"
#include "RichTextEdit.h"
#include "SlideTitleEdit.h"
#include "core/Document.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace App {

ResultEditor::ResultEditor(QWidget *parent)
    : Editor(parent)
    , m_title(new SlideTitleEdit(this))
    , m_pass(new RichTextEdit(this))
    , m_fail(new RichTextEdit(this))
    , m_onPass(new BranchTargetPicker(this))
    , m_onFail(new BranchTargetPicker(this))
    , m_issues(new IssueListWidget(this))
{
    setObjectName(u"resultEditor"_s);
    m_pass->setObjectName(u"passMessageEdit"_s);
    m_pass->setPlaceholderText(tr("Congratulate learners and tell them what comes next"));
    m_pass->setMinimumLines(5);
    m_fail->setObjectName(u"failMessageEdit"_s);
    m_fail->setPlaceholderText(tr("Encourage learners and tell them what to review before "
                                  "trying again"));
    m_fail->setMinimumLines(5);

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 6, 0);
    pageLayout->setSpacing(12);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    pageLayout->addLayout(form);
    auto *help = new QLabel(tr("Learners see this slide at the end of the quiz, with their score "
                               "and one of the two messages below."),
                            page);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    pageLayout->addWidget(help);

    auto *passGroup = new QGroupBox(tr("Message when the quiz is passed"), page);
    (new QVBoxLayout(passGroup))->addWidget(m_pass);
    auto *failGroup = new QGroupBox(tr("Message when the quiz is failed"), page);
    (new QVBoxLayout(failGroup))->addWidget(m_fail);
    pageLayout->addWidget(passGroup);
    pageLayout->addWidget(failGroup);

    // Branching: "continue" after the result (a remediation section after a failed quiz).
    m_onPass->setObjectName(u"onPassPicker"_s);
    m_onFail->setObjectName(u"onFailPicker"_s);
    auto *flowGroup = new QGroupBox(tr("Where learners go next"), page);
    auto *flowForm = new QFormLayout(flowGroup);
    flowForm->addRow(tr("After a pa&ssed quiz:"), m_onPass);
    flowForm->addRow(tr("After a fai&led quiz:"), m_onFail);
    pageLayout->addWidget(flowGroup);
    pageLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_issues);

    connect(m_pass, &RichTextEdit::htmlEdited, this, [this](const QString &html) {
        editMessage(true, html);
    });
    connect(m_fail, &RichTextEdit::htmlEdited, this, [this](const QString &html) {
        editMessage(false, html);
    });
    connect(m_onPass, &BranchTargetPicker::targetChosen, this, [this](const Core::BranchTarget &t) {
        editTarget(true, t);
    });
    connect(m_onFail, &BranchTargetPicker::targetChosen, this, [this](const Core::BranchTarget &t) {
        editTarget(false, t);
    });
}

void ResultEditor::focusField(Core::Validator::Field field, int index)
{
    Q_UNUSED(index)
    if (field == Core::Validator::Field::PassMessage)
        FocusHelpers::focusAndReveal(m_pass->textEdit());
    else if (field == Core::Validator::Field::FailMessage)
        FocusHelpers::focusAndReveal(m_fail->textEdit());
    else if (field == Core::Validator::Field::Branch)
        FocusHelpers::focusAndReveal(m_onPass);
    else
        FocusHelpers::focusAndReveal(m_title);
}

void ResultEditor::refresh()
{
    m_title->setDocument(document());
    m_title->setSlide(slideId());
    const Core::Slide *s = slide();
    const auto *body = s ? std::get_if<Core::ResultBody>(&s->body) : nullptr;
    setEnabled(body);
    m_issues->showIssuesOf(document() ? &document()->course() : nullptr, slideId());
    if (!body)
        return;
    m_pass->setHtml(body->passMessage);
    m_fail->setHtml(body->failMessage);
    for (auto *picker : {m_onPass, m_onFail})
        picker->setCourse(&document()->course());
    m_onPass->setTarget(body->onPass);
    m_onFail->setTarget(body->onFail);
}

void ResultEditor::editTarget(bool pass, const Core::BranchTarget &target)
{
    const Core::Slide *s = slide();
    const auto *body = s ? std::get_if<Core::ResultBody>(&s->body) : nullptr;
    if (!body)
        return;
    Core::ResultBody next = *body;
    (pass ? next.onPass : next.onFail) = target;
    if (next == *body)
        return;
    pushBody(std::move(next),
             pass ? tr("Set where a passed quiz leads") : tr("Set where a failed quiz leads"));
}

void ResultEditor::editMessage(bool pass, const QString &html)
{
    const Core::Slide *s = slide();
    const auto *body = s ? std::get_if<Core::ResultBody>(&s->body) : nullptr;
    if (!body)
        return;
    Core::ResultBody next = *body;
    (pass ? next.passMessage : next.failMessage) = html;
    pushBody(std::move(next), tr("Edit result message"), pass ? u"pass"_s : u"fail"_s);
}

} // namespace App
