// SPDX-License-Identifier: MIT
#pragma once

#include "core/CourseFragment.h"
#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace App {

/** One slide template: a Slides fragment and where it comes from. */
struct SlideTemplate
{
    QString name;
    bool builtIn = false;
    QString filePath; ///< the user's template file; empty for a built-in one
    Core::CourseFragment fragment;
};

/**
 * The slide templates: the built-in ones shipped in resources/templates/slides/<lang>/ (a
 * course.xml whose sections are the templates: a section's title is the template's name, its
 * slides the template's slides), in French for French courses and in English otherwise, and
 * the user's own, one fragment file (*.capsuleslide, docs/file-format.md) per template in
 * QStandardPaths::AppDataLocation/templates.
 */
class SlideTemplates
{
public:
    /** The folder of the user's templates (not created). */
    static QString userDirectory();
    /** "fr" for a French course language (fr, fr-CA...), else "en". */
    static QString builtInLanguage(const QString &courseLanguage);
    /** The built-in templates in the language that suits courseLanguage. */
    static std::vector<SlideTemplate> builtIns(const QString &courseLanguage);
    /**
     * The user's templates, sorted by name. A file that cannot be read is skipped and its
     * error appended to problems.
     */
    static std::vector<SlideTemplate> userTemplates(QStringList *problems = nullptr);
    /**
     * Saves fragment (a Slides fragment) as a user template named name, in a new file.
     * Returns the file's path. Errors: Io (naming the folder or file), those of toBytes().
     */
    static Core::Result<QString> save(Core::CourseFragment fragment, const QString &name);
    /** Deletes a user template file. */
    static Core::Result<void> remove(const QString &filePath);
};

} // namespace App
