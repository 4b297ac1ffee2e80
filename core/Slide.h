// SPDX-License-Identifier: MIT
#pragma once

#include "Branch.h"
#include "Ids.h"
#include "Question.h"

#include <QFlags>
#include <QString>
#include <QStringList>

#include <variant>
#include <vector>

namespace Core {

enum class SlideKind { Content, Question, Video, Result, Draw, Scenario };
/** "content", "question", "video", "result", "draw", "scenario" */
QString toString(SlideKind kind);
bool fromString(const QString &text, SlideKind &out);

/** How hard a bank question is; None when not set. */
enum class Difficulty { None, Easy, Medium, Hard };
QString toString(Difficulty difficulty); ///< "", "easy", "medium", "hard"
bool fromString(const QString &text, Difficulty &out);

enum class CalloutStyle { Info, Tip, Warning };
QString toString(CalloutStyle style);
bool fromString(const QString &text, CalloutStyle &out);

enum class ImageSize { Full, Wide, Medium, Small };
QString toString(ImageSize size); ///< "full", "wide", "medium", "small"
bool fromString(const QString &text, ImageSize &out);

enum class ImageSide { Left, Right };
QString toString(ImageSide side); ///< "left", "right"
bool fromString(const QString &text, ImageSide &out);

enum class ImageShare { Half, Third };
QString toString(ImageShare share); ///< "half", "third"
bool fromString(const QString &text, ImageShare &out);

struct CaptionTrack
{
    AssetId vtt;
    QString language; ///< BCP 47
    QString label;    ///< shown in the player's caption menu; empty: derived from language
    friend bool operator==(const CaptionTrack &, const CaptionTrack &) = default;
};

struct VideoBody
{
    AssetId video; ///< also the sound file of an audio block
    AssetId poster;
    std::vector<CaptionTrack> captions;
    int requiredWatchedPercent = 0; ///< 0..100
    friend bool operator==(const VideoBody &, const VideoBody &) = default;
};

/**
 * One entry of a block made of several: a tab, an accordion section, a flip card, a step, a
 * marker of a labelled graphic, a gallery picture or a checklist line.
 */
struct BlockItem
{
    QString title;   ///< plain text: tab label, card front, step or checklist line, picture caption
    QString text;    ///< safe HTML subset: panel, card back, step detail, marker popup
    AssetId image;   ///< card front or gallery picture
    QString altText; ///< of image
    int x = 50;      ///< labelled graphic marker, percent of the image width: 0..100
    int y = 50;      ///< percent of the height: 0..100
    /**
     * "i1", "i2"...: unique within its block, stable across edits, moves, save and reload (the
     * translations of its texts are keyed by it). Empty until assignBlockIds() gives one.
     */
    QString id{};
    friend bool operator==(const BlockItem &, const BlockItem &) = default;
};

/** One block of a content slide. Fields that do not apply to the type are empty. */
struct ContentBlock
{
    enum class Type {
        Heading,
        RichText,
        Image,
        Callout,
        ImageText,
        Tabs,
        Accordion,
        FlipCards,
        Steps,
        Quote,
        KeyFigure,
        Checklist,
        Divider,
        Spacer,
        Button,
        Table,
        LabelledGraphic,
        Gallery,
        Audio,
        Video,
    };
    Type type = Type::RichText;
    /**
     * heading, key figure (the number), button (its label): plain text; rich text, callout,
     * image and text, quote, audio (its transcript): safe HTML subset
     */
    QString text;
    int headingLevel = 2; ///< heading: 2..4
    AssetId image;        ///< image, image and text, quote (the photo), labelled graphic
    QString altText;      ///< of image
    QString caption;      ///< image caption, quote attribution, key figure label
    CalloutStyle calloutStyle = CalloutStyle::Info;
    ImageSize imageSize = ImageSize::Wide; ///< image
    int focusX = 50;                       ///< image focal point, percent: 0..100
    int focusY = 50;
    ImageSide imageSide = ImageSide::Left;    ///< image and text
    ImageShare imageShare = ImageShare::Half; ///< image and text
    // The members below have {} so that positional initialisers of the ones above stay valid.
    std::vector<BlockItem> items{};  ///< tabs, accordion, cards, steps, checklist...
    std::vector<QStringList> rows{}; ///< table: plain text cells, the first row the header
    bool headerRow = true;           ///< table
    QString url{};                   ///< button: an http(s) URL, opened in a new tab
    SlideId targetSlide{};           ///< button: the slide it goes to (instead of url)
    /** tabs, accordion, flip cards, labelled graphic: open every item before the slide counts */
    bool required = false;
    VideoBody media{}; ///< audio and video: file, captions, required share
    /**
     * "b1", "b2"...: unique within its slide, stable across edits, moves, save and reload (the
     * translations of its texts are keyed by it). Empty until assignBlockIds() gives one.
     */
    QString id{};

    friend bool operator==(const ContentBlock &, const ContentBlock &) = default;
    /** True for the types that use items. */
    bool hasItems() const;
    /** True when the block can hold back the slide's completion (required items or media). */
    bool requiresInteraction() const;
};
QString toString(ContentBlock::Type type); ///< "heading", "text", "image", "callout", "tabs"...
bool fromString(const QString &text, ContentBlock::Type &out);

struct ContentBody
{
    std::vector<ContentBlock> blocks;
    friend bool operator==(const ContentBody &, const ContentBody &) = default;
};

/**
 * Gives every block without an id, or with an id an earlier block of body already has, a fresh
 * "bN", and likewise every item of a block a fresh "iN" within its block. Fresh numbers follow
 * the highest one in use in body and in previous (an earlier version of the same slide's body),
 * so an id is not handed again to another block while an undo step may still bring the old one
 * back. Deterministic: the same input gives the same ids. Returns true when anything changed.
 */
bool assignBlockIds(ContentBody &body, const ContentBody *previous = nullptr);

/**
 * A question slide's body. tags and difficulty matter to the draws of a question bank; they are
 * kept on any question slide, so that moving a question between a bank and a section loses
 * nothing.
 */
struct QuestionBody
{
    Question question;
    QStringList tags = {}; // "= {}": QuestionBody{question} stays warning-free
    Difficulty difficulty = Difficulty::None;
    friend bool operator==(const QuestionBody &, const QuestionBody &) = default;
};

struct ResultBody
{
    QString passMessage;
    QString failMessage;
    BranchTarget onPass{}; ///< where "continue" leads when the learner passed
    BranchTarget onFail{}; ///< and when they failed (e.g. a remediation section)
    friend bool operator==(const ResultBody &, const ResultBody &) = default;
};

/**
 * A draw slide: "draw N questions from banks A, B (only those tagged X; or k per difficulty)".
 * The player replaces it with the drawn questions at the start of every attempt.
 */
struct DrawBody
{
    std::vector<BankId> banks = {}; ///< the banks drawn from, in order; never duplicated
    int count = 5;                  ///< how many questions, when not byDifficulty
    QString tag = {};               ///< only questions with this tag; empty: any question
    bool byDifficulty = false;      ///< draw easy/medium/hard questions of each difficulty instead
    int easy = 0;
    int medium = 0;
    int hard = 0;

    /** How many questions one attempt draws: count, or easy + medium + hard. */
    int total() const { return byDifficulty ? easy + medium + hard : count; }

    friend bool operator==(const DrawBody &, const DrawBody &) = default;
};

/** One response of a scenario slide: what the learner says or does, and what follows. */
struct ScenarioResponse
{
    QString id;          ///< "r1".."r4", unique in its slide; the SCORM interaction's response
    QString text;        ///< plain text; learner-visible text
    QString consequence; ///< safe HTML subset, shown once chosen; learner-visible text
    double points = 0;   ///< score effect, may be negative
    BranchTarget leadsTo = {}; ///< where "Continue" goes; next in the flow by default
    friend bool operator==(const ScenarioResponse &, const ScenarioResponse &) = default;
};

/**
 * A scenario slide ("mise en situation"): a situation, an optional character, and 2..4
 * responses each with a consequence, a score effect and a target. A chain of them is a dialogue.
 */
struct ScenarioBody
{
    static constexpr int minResponses = 2;
    static constexpr int maxResponses = 4;

    QString situation = {};    ///< safe HTML subset; learner-visible text
    AssetId character = {};    ///< optional image of the person the learner faces
    QString characterAlt = {}; ///< of character; learner-visible text
    std::vector<ScenarioResponse> responses = {};

    /** The highest points of a response (0 without responses): the slide's weighting. */
    double bestPoints() const;
    /** A response id not used yet in this slide ("r1".."r4"), or empty when all four are taken. */
    QString freeResponseId() const;

    friend bool operator==(const ScenarioBody &, const ScenarioBody &) = default;
};

/** The kind-specific part of a slide; the alternative's index follows SlideKind. */
using SlideBody
    = std::variant<ContentBody, QuestionBody, VideoBody, ResultBody, DrawBody, ScenarioBody>;

/** Which parts of a slide an edit touched; carried by Document::slideChanged. */
enum class SlideField {
    Title = 0x1,
    Body = 0x2,
};
Q_DECLARE_FLAGS(SlideFields, SlideField)
Q_DECLARE_OPERATORS_FOR_FLAGS(SlideFields)

/** A slide: a stable id, a title and a kind-specific body. Plain value type. */
struct Slide
{
    SlideId id;
    QString title;
    SlideBody body;

    SlideKind kind() const { return static_cast<SlideKind>(body.index()); }
    const Question *question() const
    {
        const auto *q = std::get_if<QuestionBody>(&body);
        return q ? &q->question : nullptr;
    }
    /** Every asset this slide references (images, video, poster, captions). */
    std::vector<AssetId> referencedAssets() const;

    /** A new empty slide of the given kind with a fresh id. */
    static Slide create(SlideKind kind, const QString &title);

    friend bool operator==(const Slide &, const Slide &) = default;
};

/** assignBlockIds() on a content slide's body (other kinds have no blocks): see there. */
bool assignBlockIds(Slide &slide, const SlideBody *previous = nullptr);

} // namespace Core
