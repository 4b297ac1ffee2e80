// SPDX-License-Identifier: MIT
#include "Question.h"

#include "EnumNames.h"

#include <algorithm>
#include <cmath>

namespace Core {

using namespace Internal;

namespace {

constexpr EnumNameTable<QuestionType, 11> questionTypeNames{{
    {QuestionType::SingleChoice, u"single-choice"},
    {QuestionType::MultipleResponse, u"multiple-response"},
    {QuestionType::TrueFalse, u"true-false"},
    {QuestionType::FillIn, u"fill-in"},
    {QuestionType::Matching, u"matching"},
    {QuestionType::Sequencing, u"sequencing"},
    {QuestionType::Numeric, u"numeric"},
    {QuestionType::Likert, u"likert"},
    {QuestionType::OpenText, u"open-text"},
    {QuestionType::DragDrop, u"drag-drop"},
    {QuestionType::Hotspot, u"hotspot"},
}};

constexpr EnumNameTable<RegionShape, 2> regionShapeNames{{
    {RegionShape::Rect, u"rect"},
    {RegionShape::Polygon, u"polygon"},
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

QString toString(RegionShape shape)
{
    return enumName(regionShapeNames, shape);
}

bool fromString(const QString &text, RegionShape &out)
{
    return enumValue(regionShapeNames, text, out);
}

QList<QPointF> ImageRegion::outline() const
{
    if (shape == RegionShape::Polygon)
        return polygon;
    const QRectF r = rect.normalized();
    return {r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()};
}

bool ImageRegion::isDegenerate() const
{
    const QList<QPointF> points = outline();
    // Twice the signed area (shoelace): below a hundredth of a percent² it is a line or a dot.
    double area = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF &a = points[i];
        const QPointF &b = points[(i + 1) % points.size()];
        area += a.x() * b.y() - b.x() * a.y();
    }
    return points.size() < 3 || std::abs(area) < 0.02;
}

bool Question::usesImage() const
{
    return type == QuestionType::DragDrop || type == QuestionType::Hotspot;
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
    case QuestionType::DragDrop:
        return !dragItems.empty()
               && std::all_of(dragItems.begin(), dragItems.end(), [this](const DragItem &item) {
                      return std::any_of(regions.begin(), regions.end(), [&](const ImageRegion &r) {
                          return r.id == item.zone;
                      });
                  });
    case QuestionType::Hotspot:
        return std::any_of(
            regions.begin(), regions.end(), [](const ImageRegion &r) { return r.correct; });
    case QuestionType::TrueFalse:
    case QuestionType::Likert:
    case QuestionType::OpenText:
        return true;
    }
    return false;
}

} // namespace Core
