// SPDX-License-Identifier: MIT
#pragma once

#include "Editor.h"

class QComboBox;
class QLabel;
class QListWidget;
class QRadioButton;
class QSpinBox;

namespace App {

class IssueListWidget;
class SlideTitleEdit;

/**
 * Edits a draw slide ("draw N questions from banks A, B, only those tagged X, or k per
 * difficulty"): the banks to draw from with their question counts, how many questions (or how
 * many of each difficulty), an optional tag, and a live line saying what the draw takes from
 * how many matching questions, or what is missing when the banks hold too few. Follows the
 * banks, so the counts stay right while questions are added, moved or retagged.
 */
class DrawEditor final : public Editor
{
    Q_OBJECT
public:
    explicit DrawEditor(QWidget *parent = nullptr);

    void focusField(Core::Validator::Field field, int index) override;

    QListWidget *bankList() const { return m_banks; }
    QSpinBox *countSpin() const { return m_count; }
    QSpinBox *difficultySpin(Core::Difficulty difficulty) const;
    QRadioButton *byDifficultyRadio() const { return m_byDifficulty; }
    QComboBox *tagCombo() const { return m_tag; }
    /** The live line: "Draws 5 of 23 matching questions." or a warning. */
    QString summaryText() const;

protected:
    void refresh() override;
    void documentChanged() override;

private:
    const Core::DrawBody *draw() const;
    void editDraw(const std::function<void(Core::DrawBody &)> &change,
                  const QString &text,
                  const QString &mergeKey = {});
    void banksToggled();

    SlideTitleEdit *m_title;
    QListWidget *m_banks;
    QLabel *m_noBanks;
    QRadioButton *m_anyDifficulty;
    QRadioButton *m_byDifficulty;
    QSpinBox *m_count;
    QSpinBox *m_easy;
    QSpinBox *m_medium;
    QSpinBox *m_hard;
    QLabel *m_easyAvailable;
    QLabel *m_mediumAvailable;
    QLabel *m_hardAvailable;
    QWidget *m_countRow;
    QWidget *m_difficultyRow;
    QComboBox *m_tag;
    QLabel *m_summaryIcon;
    QLabel *m_summary;
    IssueListWidget *m_issues;
    QList<QMetaObject::Connection> m_bankConnections;
};

} // namespace App
