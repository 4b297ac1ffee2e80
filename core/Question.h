// SPDX-License-Identifier: MIT
#pragma once

#include "Branch.h"
#include "Ids.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

namespace Core {

enum class QuestionType {
    SingleChoice,
    MultipleResponse,
    TrueFalse,
    FillIn,
    Matching,
    Sequencing,
    Numeric,
    Likert,   ///< ungraded
    OpenText, ///< ungraded
    DragDrop, ///< drag items onto zones of an image
    Hotspot   ///< click the right region of an image
};

/** Stable ids used in files, the CLI and the player: "single-choice", "fill-in", ... */
QString toString(QuestionType type);
bool fromString(const QString &text, QuestionType &out);
/** Every type, in declaration order. */
const std::vector<QuestionType> &allQuestionTypes();
/** Likert and open-text are reported but never scored. */
bool isGraded(QuestionType type);

struct Choice
{
    QString id; ///< short, unique within the question ("c1"); a SCORM 2004 short identifier
    QString text;
    bool correct = false;
    QString feedback;
    /**
     * Percent of the question's points earned by choosing this choice, -100..100; used only
     * when the question has partialCredit.
     */
    double weight = 0;
    /** single-choice: where choosing it leads (before the question's onCorrect/onIncorrect) */
    BranchTarget leadsTo{};
    friend bool operator==(const Choice &, const Choice &) = default;
};

struct Blank
{
    QString id; ///< "b1"
    QString label;
    QStringList acceptedAnswers;
    bool caseSensitive = false;
    friend bool operator==(const Blank &, const Blank &) = default;
};

struct MatchPair
{
    QString id; ///< "p1"
    QString source;
    QString target;
    friend bool operator==(const MatchPair &, const MatchPair &) = default;
};

struct SequenceItem
{
    QString id; ///< "s1"
    QString text;
    friend bool operator==(const SequenceItem &, const SequenceItem &) = default;
};

struct NumericAnswer
{
    bool isRange = false;
    double value = 0;     ///< exact mode
    double tolerance = 0; ///< exact mode: accepted |answer - value| <= tolerance
    double minimum = 0;   ///< range mode
    double maximum = 0;   ///< range mode
    friend bool operator==(const NumericAnswer &, const NumericAnswer &) = default;
};

/** The outline of an image region: a rectangle or a polygon. */
enum class RegionShape { Rect, Polygon };

QString toString(RegionShape shape);
bool fromString(const QString &text, RegionShape &out);

/**
 * A zone (drag-drop) or a clickable region (hotspot) of a question's image. Coordinates are
 * percent of the image's width and height (0..100), so they survive any rendered size.
 */
struct ImageRegion
{
    static constexpr int maxVertices = 32; ///< a polygon's bound (the reader refuses more)

    QString id;    ///< "z1"; unique within the question, a SCORM 2004 short identifier
    QString label; ///< learner-visible text: the zone's accessible name
    RegionShape shape = RegionShape::Rect;
    QRectF rect;            ///< rect shape: x, y, width, height in percent
    QList<QPointF> polygon; ///< polygon shape: its vertices in percent, 3..maxVertices
    bool correct = false;   ///< hotspot: choosing this region is a correct answer

    /** The outline as a polygon in percent (a rect gives its four corners). */
    QList<QPointF> outline() const;
    /** True when the outline encloses no area (fewer than 3 distinct vertices, or collinear). */
    bool isDegenerate() const;

    friend bool operator==(const ImageRegion &, const ImageRegion &) = default;
};

/** A drag-drop item: a label the learner drops onto the zone it belongs to. */
struct DragItem
{
    QString id;   ///< "i1"
    QString text; ///< learner-visible text
    QString zone; ///< the id of its correct zone (an ImageRegion of the question)
    friend bool operator==(const DragItem &, const DragItem &) = default;
};

/**
 * One question of any type. Fields that do not apply to the type are kept (switching type
 * back and forth in the editor loses nothing) but ignored by the player and the exporters.
 */
struct Question
{
    QuestionType type = QuestionType::SingleChoice;
    QString prompt; ///< rich text (safe HTML subset)
    double points = 1;
    bool shuffle = false;
    QString correctFeedback;
    QString incorrectFeedback;

    std::vector<Choice> choices;     ///< single-choice, multiple-response
    bool trueFalseAnswer = true;     ///< true-false
    QString clozeText;               ///< fill-in: text with [[n]] markers (1-based blank index)
    std::vector<Blank> blanks;       ///< fill-in
    std::vector<MatchPair> pairs;    ///< matching
    std::vector<SequenceItem> items; ///< sequencing, in the correct order
    NumericAnswer numeric;           ///< numeric
    QStringList likertScale;         ///< likert labels, lowest first
    int maxLength = 0;               ///< open-text, 0 = no limit
    /**
     * single-choice, multiple-response: each chosen choice earns its weight percent of the
     * points; the score is their sum clamped to 0..100 %. "Correct" still means every correct
     * choice and nothing else chosen. False: all or nothing, weights ignored.
     */
    bool partialCredit = false;
    /** Where a correct (resp. incorrect) answer leads; a chosen choice's leadsTo comes first. */
    BranchTarget onCorrect{};
    BranchTarget onIncorrect{};
    /**
     * Seconds to answer when the question is played in a game section (GameSettings); 0 = the
     * section's default. 0..GameSettings::maxTimeLimit. Ignored outside game sections.
     */
    int timeLimit = 0;

    static constexpr int maxRegions = 26;   ///< drag-drop, hotspot (SCORM 1.2 letters a..z)
    static constexpr int maxDragItems = 26; ///< drag-drop
    AssetId image;                          ///< drag-drop, hotspot: the picture
    QString imageAlt;                       ///< learner-visible text: the picture's description
    std::vector<ImageRegion> regions;       ///< drag-drop zones, hotspot regions
    std::vector<DragItem> dragItems;        ///< drag-drop
    /** True for the types drawn on an image (drag-drop, hotspot). */
    bool usesImage() const;

    /** True when the question defines at least one correct answer (always true if ungraded). */
    bool hasCorrectAnswer() const;

    friend bool operator==(const Question &, const Question &) = default;
};

} // namespace Core
