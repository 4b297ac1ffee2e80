// SPDX-License-Identifier: MIT
#pragma once

// Issue #13 contract (session 7). The declarations here are shared by core (model, serializer,
// commands), translation/ (XLIFF, TMX, memory), export/ (per-language packages) and app/
// (language selector, translation form and table, spelling). Helper h-lang-core implements
// them; everyone else codes against them. Changing a signature: tell the lead first.

#include "Ids.h"

#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <vector>

namespace Core {

class Course;

/** How a text is written: plain text, or the safe HTML subset of core/HtmlSanitizer. */
enum class TextFormat { Plain, Html };

/** What a text is for: tells a translator its role (XLIFF note, table column, report). */
enum class TextRole {
    CourseTitle,
    CourseDescription,
    SectionTitle,
    SlideTitle,
    Heading,   ///< heading block, key figure number
    Body,      ///< rich text, callout, panel, card back, step detail, transcript
    ItemTitle, ///< tab label, card front, step, checklist line, marker, picture caption
    Caption,   ///< image caption, quote attribution, key-figure label
    AltText,   ///< of any image (block, item, question picture, scenario character)
    ButtonLabel,
    TableCell,
    CaptionTrackLabel,
    Prompt,
    ClozeText, ///< fill-in text with [[n]] markers, kept as placeholders
    Choice,
    ChoiceFeedback,
    CorrectFeedback,
    IncorrectFeedback,
    BlankLabel,
    AcceptedAnswers, ///< one accepted answer per line
    MatchSource,
    MatchTarget,
    SequenceItem,
    LikertLabel,
    RegionLabel,
    DragItem,
    PassMessage,
    FailMessage,
    Situation,
    Response,
    Consequence,
};

/**
 * One learner-visible text of a course. Declared once, in core/Translation.cpp's walker: every
 * consumer (XLIFF, table, form, spelling, translatedCourse, the completeness test) uses this list.
 *
 * unitId is stable across edits, moves, save and reload, built from object ids and field names:
 *   "course/title", "section/<sectionId>/title", "slide/<slideId>/title",
 *   "slide/<slideId>/block/<blockId>/text", "slide/<slideId>/block/<blockId>/item/<itemId>/title",
 *   "slide/<slideId>/block/<blockId>/cell/<row>/<col>", "slide/<slideId>/choice/<choiceId>/text",
 *   "slide/<slideId>/pass", "slide/<slideId>/response/<responseId>/consequence", ...
 * (ContentBlock and BlockItem get short stable ids for this: "b1", "i1", unique in their slide /
 * block, written to course.xml.) Bank questions are slides too: "slide/<slideId>/...".
 */
struct TextField
{
    QString unitId;
    QString source; ///< the current source text (never empty: empty texts are not listed)
    TextFormat format = TextFormat::Plain;
    TextRole role = TextRole::Body;
    int maxLength = 0; ///< 0: no limit
    SlideId slide;     ///< the slide it belongs to; null for course and section texts
    /** For a translator: "Section title › Slide title › Tabs › tab 2", in the editor's language. */
    QString context;
};

/** A per-language media reference: image, video, poster, caption track, audio, picture. */
struct MediaField
{
    QString unitId; ///< "slide/<slideId>/block/<blockId>/image", ".../video", ".../poster"...
    AssetId source;
    SlideId slide;
    QString context;
};

/** Every learner-visible text of the course in reading order: course, sections, slides, banks. */
std::vector<TextField> textFields(const Course &course);
/** Every media reference that may differ per language, in reading order. */
std::vector<MediaField> mediaFields(const Course &course);

/** The short fingerprint a translation keeps of the source it was made from (hex). */
QString sourceHash(const QString &source);

enum class TranslationState { Untranslated, Translated, Outdated, Approved };
QString toString(TranslationState state); ///< "untranslated", "translated", "outdated", "approved"
bool fromString(const QString &text, TranslationState &out);

/** One translation of one unit into one language. For a media unit, text is the asset id. */
struct Translation
{
    QString text;
    QString sourceHash; ///< of the source it was made from; differs from the current one: outdated
    bool approved = false;
    friend bool operator==(const Translation &, const Translation &) = default;
};

/**
 * The course's languages and translations. The source language is CourseMetadata::language;
 * targets are BCP 47 codes, in the order the selector lists them. Units of deleted objects may
 * stay (an undone delete finds them again); the serializer drops units no field has any more.
 */
struct CourseLanguages
{
    QStringList targets;
    /** language → unitId → translation */
    std::map<QString, std::map<QString, Translation>> translations;
    friend bool operator==(const CourseLanguages &, const CourseLanguages &) = default;
};

/** The state of a field in a target language (Untranslated if there is no translation). */
TranslationState
translationState(const Course &course, const QString &language, const TextField &field);

/** Counts per state for a set of fields (a slide, a section, the course). */
struct TranslationProgress
{
    int untranslated = 0;
    int translated = 0;
    int outdated = 0;
    int approved = 0;
    int total() const { return untranslated + translated + outdated + approved; }
};
TranslationProgress
translationProgress(const Course &course, const QString &language, const SlideId &slide = {});

/**
 * A deep copy of the course in one language: every translated text and media replaces its
 * source, untranslated ones (and outdated ones) fall back to the source, metadata.language
 * becomes `language`. Ids, scoring and structure are unchanged. untranslated (if not null)
 * receives the number of texts that fell back. language == the source language: a plain copy.
 */
std::unique_ptr<Course>
translatedCourse(const Course &course, const QString &language, int *untranslated = nullptr);

/** True for a well-formed BCP 47 tag of the forms we accept ("fr", "en-GB", "zh-Hant", "pt-BR"). */
bool isValidLanguageTag(const QString &tag);

} // namespace Core
