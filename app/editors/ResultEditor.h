// SPDX-License-Identifier: MIT
#pragma once

#include "Editor.h"

namespace App {

class BranchTargetPicker;
class IssueListWidget;
class RichTextEdit;
class SlideTitleEdit;

/** Edits a result slide: its title and the messages shown when the quiz is passed or failed. */
class ResultEditor final : public Editor
{
    Q_OBJECT
public:
    explicit ResultEditor(QWidget *parent = nullptr);

    void focusField(Core::Validator::Field field, int index) override;

protected:
    void refresh() override;

private:
    void editMessage(bool pass, const QString &html);
    void editTarget(bool pass, const Core::BranchTarget &target);

    SlideTitleEdit *m_title;
    RichTextEdit *m_pass;
    RichTextEdit *m_fail;
    BranchTargetPicker *m_onPass;
    BranchTargetPicker *m_onFail;
    IssueListWidget *m_issues;
};

} // namespace App
