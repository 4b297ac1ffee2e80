// SPDX-License-Identifier: MIT
#pragma once

#include "core/Ids.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

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

    /**
     * The player data object, with "ui": the player's interface strings for the course language
     * (interfaceStrings()).
     */
    static QJsonObject toJson(const Core::Course &course, PlayerRuntime runtime);

    /**
     * The player data of a package in several languages (export --lang all): toJson() of the
     * course in its source language, plus
     *   "languages": [{"code", "name"}] the source first, then each of translations, and
     *   "translations": {code: toJson() of that language's course, without "ui"},
     * "ui" holding the interface strings of every language. translations are the courses
     * Core::translatedCourse() gives (same ids and structure). Each fill-in blank also gets
     * "alt": the accepted answers of the other languages, so that an answer keeps its score
     * when the learner switches language (docs/export.md "Languages").
     */
    static QJsonObject toJson(const Core::Course &course,
                              const std::vector<const Core::Course *> &translations,
                              PlayerRuntime runtime);

    /**
     * The player's interface string tables for these languages, from :/player-i18n/<code>.json:
     * {tableCode: table}. A language takes the table of its tag, else of its primary subtag
     * ("pt-BR" → "pt"); one without a table gets English. Empty if the tables are not built in.
     */
    static QJsonObject interfaceStrings(const QStringList &languages);

    /** The language codes that have interface strings ("ar", "de", "en", ...), sorted. */
    static QStringList interfaceLanguages();

    /** A language's name in that language, for the player's language menu ("Français"). */
    static QString languageName(const QString &code);

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
