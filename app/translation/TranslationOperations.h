// SPDX-License-Identifier: MIT
#pragma once

#include "core/Translation.h"

#include <QColor>
#include <QString>

namespace Core {
class Document;
}

namespace App {

/**
 * Translation edits of the editor (form, table), each a Core::SetTranslations pushed on the
 * document, and the names the editor shows for languages, states and field roles.
 */
class TranslationOperations
{
public:
    /** The translation of a unit in a language, or nullptr. */
    static const Core::Translation *
    translation(const Core::Course &course, const QString &language, const QString &unitId);

    /**
     * The author typed text as the field's translation: a non-empty text becomes a translation
     * of the current source (no longer approved), an empty one removes the translation.
     * Typing in one field merges into one undo step. Does nothing when nothing changes.
     */
    static void setText(Core::Document &document,
                        const QString &language,
                        const Core::TextField &field,
                        const QString &text);
    /**
     * Approves (or withdraws the approval of) a field's translation. Approving an outdated
     * translation confirms it for the current source. Does nothing for an untranslated field.
     */
    static void setApproved(Core::Document &document,
                            const QString &language,
                            const Core::TextField &field,
                            bool approved);
    /** Uses another asset for a media unit in a language; a null id goes back to the source's. */
    static void setMedia(Core::Document &document,
                         const QString &language,
                         const Core::MediaField &field,
                         const Core::AssetId &asset);
    /** The asset a media unit shows in a language (the source's when it has none of its own). */
    static Core::AssetId
    mediaIn(const Core::Course &course, const QString &language, const Core::MediaField &field);

    /** The text fields of one slide (a null id: the course's and the sections' own texts). */
    static std::vector<Core::TextField> fieldsOf(const Core::Course &course,
                                                 const Core::SlideId &slide);

    /** "English", "Français (Canada)": the language in its own name. */
    static QString languageName(const QString &code);
    /** "Untranslated", "Translated", "Outdated", "Approved". */
    static QString stateName(Core::TranslationState state);
    /** A sentence for a tooltip: what the state means and what to do. */
    static QString stateDescription(Core::TranslationState state);
    /** The badge colour of a state (readable with white text). */
    static QColor stateColor(Core::TranslationState state);
    /** What a field is for: "Slide title", "Choice", "Alternative text"... */
    static QString roleName(Core::TextRole role);
    /**
     * The field's role and where it is: "Answer · Quiz › Question 2 › answer 3". Without the
     * section and slide when inSlide (the slide is shown already), nor a last step naming the role.
     */
    static QString describe(const Core::Course &course, const Core::TextField &field, bool inSlide);
    /** Whether the field's plain text may hold several lines (else a one-line editor). */
    static bool isMultiLine(const Core::TextField &field);
};

} // namespace App
