// SPDX-License-Identifier: MIT
#pragma once

#include "core/Ids.h"
#include "core/Translation.h"
#include "core/Validator.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Core {
class Course;
}

namespace App {

class SpellingService;

/**
 * The misspelled words of a whole course: every learner-visible text (Core::textFields) in
 * the source language, and every translation of each target language, each checked with its
 * language's dictionary. One entry per word and field, in the course's reading order, source
 * language first. Languages without a dictionary are listed, not checked.
 */
class SpellingReport
{
public:
    struct Entry
    {
        QString language; ///< BCP 47
        QString word;
        QString unitId;
        Core::SlideId slide; ///< null for course and section texts
        Core::TextRole role = Core::TextRole::Body;
        QString context; ///< "Section › Slide › field"
        QString excerpt; ///< the text around the word's first occurrence, on one line
    };

    struct Result
    {
        std::vector<Entry> entries;
        QStringList checkedLanguages;   ///< in order: the source, then the targets
        QStringList uncheckedLanguages; ///< no dictionary installed
        int textCount = 0;              ///< texts checked
    };

    static Result check(const Core::Course &course, SpellingService &spelling);
    /** The words of one text a learner reads: tags of HTML texts left out. */
    static QString plainText(const QString &text, Core::TextFormat format);
    /** Where the editor shows a text of this role (for the Problems-style navigation). */
    static Core::Validator::Field fieldOf(Core::TextRole role);
};

} // namespace App
