// SPDX-License-Identifier: MIT
#pragma once

#include "Question.h"

namespace Core {

/**
 * How a section is played as a game (docs/player.md "Game mode", docs/export.md §3).
 * A fully correct answer earns `points` × the question's points (its base). A correct answer to a
 * timed question adds up to speedBonus % of the base, falling linearly with the time used. The
 * k-th correct answer in a row (k ≥ 2) adds streakBonus % of the base × min(k − 1, maxStreakSteps).
 * A partly correct answer earns base × its fraction and no bonus.
 */
struct GameSettings
{
    static constexpr int maxStreakSteps = 5;
    static constexpr int maxTimeLimit = 600;
    static constexpr int maxPoints = 10000;

    bool enabled = false;
    int points = 100;     ///< 1..maxPoints, per point of question (a 2-point question: 200)
    int speedBonus = 50;  ///< 0..100, percent of the base; 0 = off
    int streakBonus = 10; ///< 0..100, percent of the base per step of the streak; 0 = off
    int timeLimit
        = 20; ///< seconds, 0..maxTimeLimit; the default of questions without their own; 0 = untimed

    friend bool operator==(const GameSettings &, const GameSettings &) = default;
};

/** The time a question gets in a game with these settings: its own limit, else the game's (0 =
 * none). */
int effectiveTimeLimit(const GameSettings &game, const Question &question);
/** Points of a fully correct answer before bonuses (0 for an ungraded question). */
double gameBasePoints(const GameSettings &game, const Question &question);
/**
 * The most a question can earn in a game: base + speed bonus (timed questions only) + the streak
 * bonus of its place; position = how many graded questions of the section come before it.
 */
double gameMaxPoints(const GameSettings &game, const Question &question, int position);

} // namespace Core
