// SPDX-License-Identifier: MIT
#include "BankQuestionFilterModel.h"

#include "BankQuestionModel.h"

namespace App {

void BankQuestionFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void BankQuestionFilterModel::setTag(const QString &tag)
{
    m_tag = tag.trimmed();
    invalidateFilter();
}

void BankQuestionFilterModel::setDifficulty(std::optional<Core::Difficulty> difficulty)
{
    m_difficulty = difficulty;
    invalidateFilter();
}

void BankQuestionFilterModel::setType(std::optional<Core::QuestionType> type)
{
    m_type = type;
    invalidateFilter();
}

bool BankQuestionFilterModel::isFiltering() const
{
    return !m_text.isEmpty() || !m_tag.isEmpty() || m_difficulty || m_type;
}

bool BankQuestionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_type
        && index.data(BankQuestionModel::QuestionTypeRole).toInt() != static_cast<int>(*m_type))
        return false;
    if (m_difficulty
        && index.data(BankQuestionModel::DifficultyRole).toInt() != static_cast<int>(*m_difficulty))
        return false;
    if (!m_tag.isEmpty()
        && !index.data(BankQuestionModel::TagsRole)
                .toStringList()
                .contains(m_tag, Qt::CaseInsensitive))
        return false;
    if (!m_text.isEmpty()) {
        const QString haystack
            = index.data(BankQuestionModel::SearchTextRole).toString() + u'\n'
              + index.data(BankQuestionModel::TagsRole).toStringList().join(u' ');
        if (!haystack.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace App
