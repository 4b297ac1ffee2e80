// SPDX-License-Identifier: MIT
#include "Question.h"

#include "EnumNames.h"

#include <algorithm>

namespace Core {

using namespace Internal;

namespace {

constexpr EnumNameTable<QuestionType, 9> questionTypeNames{{
    {QuestionType::SingleChoice, u"single-choice"},
    {QuestionType::MultipleResponse, u"multiple-response"},
    {QuestionType::TrueFalse, u"true-false"},
    {QuestionType::FillIn, u"fill-in"},
    {QuestionType::Matching, u"matching"},
    {QuestionType::Sequencing, u"sequencing"},
    {QuestionType::Numeric, u"numeric"},
    {QuestionType::Likert, u"likert"},
    {QuestionType::OpenText, u"open-text"},
}};

} // namespace

QString toString(QuestionType type)
{
    return enumName(questionTypeNames, type);
}

bool fromString(const QString &text, QuestionType &out)
{
    return enumValue(questionTypeNames, text, out);
}

const std::vector<QuestionType> &allQuestionTypes()
{
    static const std::vector<QuestionType> types = [] {
        std::vector<QuestionType> all;
        for (const auto &entry : questionTypeNames)
            all.push_back(entry.first);
        return all;
    }();
    return types;
}

bool isGraded(QuestionType type)
{
    return type != QuestionType::Likert && type != QuestionType::OpenText;
}

bool Question::hasCorrectAnswer() const
{
    switch (type) {
    case QuestionType::SingleChoice:
    case QuestionType::MultipleResponse:
        return std::any_of(
            choices.begin(), choices.end(), [](const Choice &c) { return c.correct; });
    case QuestionType::FillIn:
        return !blanks.empty() && std::all_of(blanks.begin(), blanks.end(), [](const Blank &b) {
            return !b.acceptedAnswers.isEmpty();
        });
    case QuestionType::Matching:
        return !pairs.empty();
    case QuestionType::Sequencing:
        return items.size() >= 2;
    case QuestionType::Numeric:
        return !numeric.isRange || numeric.minimum <= numeric.maximum;
    case QuestionType::TrueFalse:
    case QuestionType::Likert:
    case QuestionType::OpenText:
        return true;
    }
    return false;
}

} // namespace Core
