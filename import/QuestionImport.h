// SPDX-License-Identifier: MIT
#pragma once

#include "ImportedItem.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QUndoCommand;

namespace Core {
class Course;
class Document;
} // namespace Core

namespace Import {

/** Where imported items go. */
struct ImportDestination
{
    enum class Kind {
        BanksPerCategory,    ///< one question bank per category (the default)
        Bank,                ///< every item into the bank named name
        SectionsPerCategory, ///< one new section per category, as slides
        Section,             ///< every item into the section titled name, as slides
    };
    Kind kind = Kind::BanksPerCategory;
    QString name;        ///< Bank, Section: the bank or section (created at the end if missing)
    QString defaultName; ///< ...PerCategory: the bank or section of items without a category
};

/**
 * Between question files and a course: the one undoable command that adds imported items as
 * slides, and the items a course gives to a writer. Shared by the editor and capsule-cli.
 */
class QuestionImport
{
public:
    /**
     * One command (undone in one step) adding every importable item of items as a slide, in
     * file order. With a section title: into that section (the first one so titled, at its
     * end), created at the end of the course if there is none. Without: one new section per
     * category at the end of the course, in order of first appearance; items without a
     * category go to a section titled defaultSection. Returns nullptr when nothing is
     * importable. The caller pushes it onto document's undo stack.
     */
    static std::unique_ptr<QUndoCommand> makeCommand(Core::Document *document,
                                                     const std::vector<ImportedItem> &items,
                                                     const QString &section,
                                                     const QString &defaultSection);

    /**
     * One command (undone in one step) adding every importable item of items to destination,
     * in file order. Into banks: to an existing bank of the same name (the first one, at its
     * end) or to a new bank at the end; a content item (GIFT description) cannot go into a bank
     * and is skipped, with a line in skipped naming it. Into sections: as the overload above.
     * Returns nullptr when nothing is importable there. The caller pushes it onto document's
     * undo stack.
     */
    static std::unique_ptr<QUndoCommand> makeCommand(Core::Document *document,
                                                     const std::vector<ImportedItem> &items,
                                                     const ImportDestination &destination,
                                                     QStringList *skipped = nullptr);

    /**
     * The question slides of a section (the first so titled; every section when section is
     * empty) as items for a writer, with the section's title as category. A content slide made
     * of a single text block becomes a description; other slides are skipped and named in
     * skipped (translated lines).
     */
    static std::vector<ImportedItem> itemsFromCourse(const Core::Course &course,
                                                     const QString &section,
                                                     QStringList *skipped = nullptr);

    /**
     * The questions of a bank (the first so named; every bank when bank is empty) as items for
     * a writer, with the bank's name as category and the questions' tags and difficulty. When a
     * name matches no bank, the list is empty and skipped says so.
     */
    static std::vector<ImportedItem>
    itemsFromBank(const Core::Course &course, const QString &bank, QStringList *skipped = nullptr);
};

} // namespace Import
