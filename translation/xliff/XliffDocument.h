// SPDX-License-Identifier: MIT
#pragma once

#include "translation/InlineText.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Translation {

enum class XliffVersion { V1_2, V2_0 };

/**
 * Where a unit stands, in XLIFF's terms, between Capsule's states and the two versions'.
 *
 * | UnitState        | Capsule (export)                | XLIFF 1.2 state           | XLIFF 2.0
 * state       |
 * |------------------|---------------------------------|---------------------------|-----------------------|
 * | New              | untranslated (no target)        | needs-translation         | initial | |
 * NeedsTranslation | outdated (old target kept)      | needs-translation         | initial | |
 * NeedsReview      | exact memory match, pre-filled  | needs-review-translation  | translated | |
 * Translated       | translated                      | translated                | translated | |
 * Approved         | approved                        | signed-off, approved="yes"| final |
 *
 * Import reads: 1.2 final and signed-off (or approved="yes") as approved; translated and every
 * needs-review-* / needs-adaptation / needs-l10n as translated; new and needs-translation as
 * not translated yet (skipped). 2.0 reviewed and final as approved, translated as translated,
 * initial (or no state) as not translated yet.
 */
enum class UnitState { New, NeedsTranslation, NeedsReview, Translated, Approved };

/** One translation unit of an XLIFF file: one TextField of a course. */
struct XliffUnit
{
    QString id;       ///< the field's unitId ("slide/<id>/title"), whatever the version's spelling
    CodedText source; ///< writer: segment and codes; reader: the segment, codes by id
    std::optional<Segment> target;
    UnitState state = UnitState::New;
    /** Why the state is what it is (written as 1.2 state-qualifier / 2.0 subState). */
    enum class Origin { Author, Memory, Outdated } origin = Origin::Author;
    QString context;   ///< note for the translator: where the text is
    QString role;      ///< note: what the text is for
    int maxLength = 0; ///< 0: none
    // Filled by the reader:
    int line = 0;           ///< of the unit's start tag
    int targetLine = 0;     ///< of its <target>
    QString targetLanguage; ///< xml:lang of the target, if given
    /** A problem found while reading this unit (broken inline markup...); the unit is refused. */
    QString error;
};

/** An XLIFF file for one target language of one course, as written or as read. */
struct XliffDocument
{
    XliffVersion version = XliffVersion::V1_2;
    QString sourceLanguage;
    QString targetLanguage;
    QString original; ///< the course it came from (its title or file name)
    std::vector<XliffUnit> units;
};

/** "1.2" or "2.0". */
QString versionName(XliffVersion version);

} // namespace Translation
