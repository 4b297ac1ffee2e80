// SPDX-License-Identifier: MIT
#pragma once

#include "Editor.h"
#include "core/Slide.h"

#include <functional>
#include <vector>

class QDoubleSpinBox;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace App {

class AssetComboBox;
class BranchTargetPicker;
class IssueListWidget;
class RichTextEdit;
class SlideTitleEdit;

/**
 * Edits a scenario slide (« mise en situation »): the situation, the character (an image and its
 * alternative text) and 2 to 4 responses, each with its text, consequence, points and target.
 * Every edit is one SetSlideBody (typing merges per field).
 */
class ScenarioEditor final : public Editor
{
    Q_OBJECT
public:
    explicit ScenarioEditor(QWidget *parent = nullptr);

    void focusField(Core::Validator::Field field, int index) override;

protected:
    void refresh() override;
    void documentChanged() override;

private:
    /** The widgets of one response; rows are rebuilt only when the count changes. */
    struct Row
    {
        QGroupBox *box;
        QLineEdit *text;
        RichTextEdit *consequence;
        QDoubleSpinBox *points;
        BranchTargetPicker *target;
        QToolButton *remove;
    };

    const Core::ScenarioBody *body() const;
    void edit(const std::function<void(Core::ScenarioBody &)> &change,
              const QString &text,
              const QString &mergeKey = {});
    void rebuildRows(int count);

    SlideTitleEdit *m_title;
    RichTextEdit *m_situation;
    AssetComboBox *m_character;
    QLineEdit *m_characterAlt;
    QVBoxLayout *m_rowsLayout;
    std::vector<Row> m_rows;
    QPushButton *m_addResponse;
    IssueListWidget *m_issues;
};

} // namespace App
