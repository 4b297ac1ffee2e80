// SPDX-License-Identifier: MIT
#pragma once

#include "core/Ids.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Core {
class Course;
}

namespace Export {

/** The learner runtime the player talks to: an LMS's SCORM API or the browser's localStorage. */
enum class PlayerRuntime { Scorm12, Scorm2004, Web };

/** "scorm12", "scorm2004" or "web", as in the player data's "runtime" key. */
QString toString(PlayerRuntime runtime);

/**
 * Turns a course into the learner player's data (format 1, see docs/export.md): the object the
 * player reads from window.CAPSULE_COURSE in content/course.js.
 *
 * Pure and deterministic: keys are sorted (QJsonObject), media are referenced by their package
 * name "media/<sha256>.<ext>", every rich-text field goes through Core::HtmlSanitizer, and each
 * question carries only the fields of its type. For PlayerRuntime::Web, caption tracks also carry
 * the text of their WebVTT file ("vtt", up to maxEmbeddedCaptionBytes), read from the asset's
 * source: a web package opened from disk cannot load <track src> in Chromium.
 */
class PlayerData
{
public:
    static constexpr int formatVersion = 1;
    /** Larger caption files are only referenced by "src" (a web package then needs a server). */
    static constexpr qint64 maxEmbeddedCaptionBytes = 512 * 1024;

    /** The player data object. */
    static QJsonObject toJson(const Core::Course &course, PlayerRuntime runtime);

    /**
     * One slide's entry of the player data, exactly as toJson() writes it in its section, or a
     * bank question's entry in its bank (tags and difficulty included). Costs one slide's
     * conversion whatever the course size: the editor's live preview sends it after an edit.
     * Empty for an unknown id. (Whether the bank is referenced by a draw slide is not checked.)
     */
    static QJsonObject
    slideToJson(const Core::Course &course, const Core::SlideId &id, PlayerRuntime runtime);

    /**
     * The content of content/course.js: "window.CAPSULE_COURSE = <compact JSON>;\n", UTF-8.
     * "</" is written "<\/", "<!--" as "\u003c!--" and U+2028/U+2029 as escapes, so the text
     * is safe inside an HTML script element and in every JavaScript engine.
     */
    static QByteArray toScript(const Core::Course &course, PlayerRuntime runtime);

    /** The script form of any JSON object (what toScript() wraps around toJson()). */
    static QByteArray scriptFor(const QJsonObject &data);
};

} // namespace Export
