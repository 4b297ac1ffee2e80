// SPDX-License-Identifier: MIT
#include "GameSettings.h"

#include <algorithm>

namespace Core {

int effectiveTimeLimit(const GameSettings &game, const Question &question)
{
    return question.timeLimit > 0 ? question.timeLimit : game.timeLimit;
}

double gameBasePoints(const GameSettings &game, const Question &question)
{
    return isGraded(question.type) ? game.points * std::max(0.0, question.points) : 0.0;
}

double gameMaxPoints(const GameSettings &game, const Question &question, int position)
{
    const double base = gameBasePoints(game, question);
    const double speed
        = effectiveTimeLimit(game, question) > 0 ? base * game.speedBonus / 100.0 : 0.0;
    const double streak = base * game.streakBonus / 100.0
                          * std::min(std::max(position, 0), GameSettings::maxStreakSteps);
    return base + speed + streak;
}

} // namespace Core
