// SPDX-License-Identifier: MIT
#pragma once

#include "core/Question.h"
#include "core/Slide.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace App {

/**
 * Filters a BankQuestionModel by text (in the title and the prompt, case-insensitive), tag,
 * difficulty and question type; an unset criterion lets every question through.
 */
class BankQuestionFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text);
    void setTag(const QString &tag); ///< empty: any tag
    void setDifficulty(std::optional<Core::Difficulty> difficulty);
    void setType(std::optional<Core::QuestionType> type);
    /** True when some criterion is set. */
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_tag;
    std::optional<Core::Difficulty> m_difficulty;
    std::optional<Core::QuestionType> m_type;
};

} // namespace App
