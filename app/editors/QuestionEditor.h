// SPDX-License-Identifier: MIT
#pragma once

#include "Editor.h"

#include <functional>
#include <optional>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace App {

class BranchTargetPicker;

class IssueListWidget;
class ListTableEditor;
class RegionEditor;
class RichTextEdit;
class SlideTitleEdit;

/**
 * Edits a question slide of any of the eleven types: the type, the prompt, the answer part of the
 * current type (choices, true/false, fill-in text and blanks, pairs, sequence, numeric answer,
 * Likert labels, open-text length), points, shuffling and the feedback. Changing the type keeps
 * every other type's data (the model holds them all). A question of a question bank is edited
 * here too, with its tags and difficulty. The Validator's issues of the slide are shown live
 * under the form.
 */
class QuestionEditor final : public Editor
{
    Q_OBJECT
public:
    explicit QuestionEditor(QWidget *parent = nullptr);

    static QString typeLabel(Core::QuestionType type);
    /** "50", "-33.3 %", "+25%" → the percentage, clamped to -100..100; nullopt if not a number. */
    static std::optional<double> parseWeight(const QString &text);
    /** "easy, Vocabulary , easy" → {"easy", "Vocabulary"}: trimmed, no empty or repeated tag. */
    static QStringList parseTags(const QString &text);

    void focusField(Core::Validator::Field field, int index) override;

protected:
    void refresh() override;
    void documentChanged() override;

private:
    const Core::Question *question() const;
    /** Applies change to a copy of the question and pushes it. */
    void edit(const std::function<void(Core::Question &)> &change,
              const QString &text,
              const QString &mergeKey = {});
    /** The same for the whole body (tags and difficulty). */
    void editBody(const std::function<void(Core::QuestionBody &)> &change,
                  const QString &text,
                  const QString &mergeKey = {});
    QWidget *createChoicesPage();
    QWidget *createTrueFalsePage();
    QWidget *createFillInPage();
    QWidget *createMatchingPage();
    QWidget *createSequencingPage();
    QWidget *createNumericPage();
    QWidget *createLikertPage();
    QWidget *createOpenTextPage();
    QWidget *createRegionsPage();
    void insertBlankMarker();
    void refreshBranches(const Core::Question &q, bool inFlow);

    SlideTitleEdit *m_title;
    QComboBox *m_type;
    RichTextEdit *m_prompt;
    QDoubleSpinBox *m_points;
    QFormLayout *m_questionForm = nullptr;
    QGroupBox *m_questionGroup = nullptr;
    QComboBox *m_difficulty = nullptr;           ///< bank questions only
    QLineEdit *m_tags = nullptr;                 ///< bank questions only
    QWidget *m_scoringField = nullptr;           ///< points and shuffle; hidden for ungraded types
    QSpinBox *m_timeLimit = nullptr;             ///< graded questions of a game section only
    QMetaObject::Connection m_sectionConnection; ///< a section's game turned on or off
    QCheckBox *m_shuffle;
    QGroupBox *m_answerGroup;
    QWidget *m_answerPages;
    std::vector<QWidget *> m_pages; ///< one per kind of answer; only the current one is shown

    ListTableEditor *m_choices = nullptr;
    QLabel *m_choicesHelp = nullptr;
    QCheckBox *m_partialCredit = nullptr; ///< choices: weights instead of all or nothing
    QRadioButton *m_true = nullptr;
    QRadioButton *m_false = nullptr;
    QPlainTextEdit *m_cloze = nullptr;
    ListTableEditor *m_blanks = nullptr;
    ListTableEditor *m_pairs = nullptr;
    ListTableEditor *m_items = nullptr;
    QFormLayout *m_numericForm = nullptr;
    QComboBox *m_numericMode = nullptr;
    QDoubleSpinBox *m_numericValue = nullptr;
    QDoubleSpinBox *m_numericTolerance = nullptr;
    QDoubleSpinBox *m_numericMinimum = nullptr;
    QDoubleSpinBox *m_numericMaximum = nullptr;
    ListTableEditor *m_likert = nullptr;
    QSpinBox *m_maxLength = nullptr;
    RegionEditor *m_regionEditor = nullptr; ///< drag-drop, hotspot

    QGroupBox *m_feedbackGroup;
    RichTextEdit *m_correctFeedback;
    RichTextEdit *m_incorrectFeedback;
    // Branching: where the answer leads (section slides only; a drawn question follows its draw).
    QGroupBox *m_branchGroup;
    QFormLayout *m_branchForm;
    BranchTargetPicker *m_onCorrect;
    BranchTargetPicker *m_onIncorrect;
    std::vector<BranchTargetPicker *> m_choiceTargets; ///< single-choice: one per choice
    IssueListWidget *m_issues;
};

} // namespace App
