// SPDX-License-Identifier: MIT
#pragma once

#include "Course.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <memory>

namespace Core {

/**
 * Converts a Course to and from course.xml, the document inside a .capsule file. The schema,
 * its defaults and its validation rules are in docs/file-format.md.
 *
 * Media bytes are not part of course.xml: <media> lists the assets' metadata only, and a
 * parsed course's assets have AssetSource::Kind::None until the caller (ProjectFile) attaches
 * their bytes.
 */
class CourseSerializer
{
public:
    /**
     * The format version written, and the newest one read. 2 added question banks, draw
     * slides, tags, difficulty and partial-credit weights; 3 the full theme (colours, fonts,
     * shape, layout, cover and section pages); 4 scenario slides, drag-and-drop and hotspot
     * questions; 5 block and item ids and the target languages with their translations
     * (<languages>). Older versions read unchanged. The reader keeps what the file says: blocks
     * of older files have no id until a Document gives them one (assignBlockIds()).
     */
    static constexpr int formatVersion = 5;
    /** The most target languages a course.xml may list (AddLanguage refuses more). */
    static constexpr int maxTargetLanguages = 100;
    /** The default XML namespace of <capsule>: a name only, never fetched. */
    static QString xmlNamespace();

    /**
     * course.xml for course: UTF-8, 2-space indentation, a fixed order of elements and
     * attributes, assets sorted by id, numbers written the same way in every locale. The same
     * course always gives the same bytes.
     */
    static QByteArray toXml(const Course &course);

    /**
     * Parses and validates course.xml. fileName names the document in error messages (the
     * .capsule file, or the folder). Never returns a partially read course. Errors:
     * MalformedXml (with the line), NewerFormat, InvalidContent, MissingAsset (a reference to
     * an asset not listed in <media>); messages name the file, the element and its line.
     */
    static Result<std::unique_ptr<Course>> fromXml(const QByteArray &xml, const QString &fileName);

    /**
     * theme.xml of a theme file (ThemeFile): <capsuleTheme> with the <theme> element of
     * course.xml and the <media> entries of the assets it refers to (those of assets).
     */
    static QByteArray themeToXml(const Theme &theme, const std::map<AssetId, MediaAsset> &assets);
    /**
     * Parses theme.xml as strictly as course.xml (same errors, naming theme.xml). The result
     * holds the theme in settings().theme and the listed media (without bytes) in assets().
     */
    static Result<std::unique_ptr<Course>> themeFromXml(const QByteArray &xml,
                                                        const QString &fileName);
};

} // namespace Core
