// SPDX-License-Identifier: MIT
#pragma once

#include "core/Question.h"
#include "core/Slide.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Import {

/** A place in a source file: 1-based line and column (in characters); 0 when unknown. */
struct SourcePosition
{
    int line = 0;
    int column = 0;
    QString toString() const; ///< "12:7"
    friend bool operator==(const SourcePosition &, const SourcePosition &) = default;
};

/**
 * One thing read from a question file: a question, or a content slide (a GIFT description).
 * Plain value type. An item with an error is listed (so a preview can show it) but never
 * imported; warnings say what the reader mapped to something else or dropped.
 */
struct ImportedItem
{
    enum class Kind { Question, Content };

    Kind kind = Kind::Question;
    QString title;    ///< the slide title (the file's own title, or the prompt's first words)
    QString category; ///< GIFT $CATEGORY / CSV category: the bank (or section) it lands in
    SourcePosition position;
    Core::Question question; ///< Kind::Question
    QString contentHtml;     ///< Kind::Content: safe HTML subset
    QStringList tags;        ///< Kind::Question: what draws from a bank can filter on
    Core::Difficulty difficulty = Core::Difficulty::None; ///< Kind::Question
    QStringList warnings;                                 ///< translated, one sentence each
    QString error; ///< translated "file:line:column: what was expected"; empty if fine

    bool isImportable() const { return error.isEmpty(); }
    /** A new slide (fresh id) holding this item, with its tags and difficulty. */
    Core::Slide toSlide() const;
    /** "single-choice", …, or "content" for a content slide. */
    QString typeName() const;
};

/** What a reader returns for a whole file. */
struct ImportResult
{
    QString fileName; ///< as named in messages (the file's name, without its folder)
    std::vector<ImportedItem> items;

    int importableCount() const;
    int errorCount() const;
    int warningCount() const;
};

/** A title for a slide from its HTML text: the first words of the first line, at most 60. */
QString titleFromHtml(const QString &html);

} // namespace Import
