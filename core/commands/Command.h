// SPDX-License-Identifier: MIT
#pragma once

#include "core/DocumentMutator.h"

#include <QUndoCommand>

namespace Core {

class Document;

/**
 * Base of every undoable edit. The only way to obtain a DocumentMutator, so every change to a
 * Document goes through a command on its undo stack.
 *
 * Ownership invariants:
 * - A command never holds a pointer into the course across redo()/undo(): it stores ids and
 *   resolves them to positions each time, because other commands may have moved things since.
 * - An object detached from the course (a removed slide, section or asset) is owned by the
 *   command that removed it, in a std::unique_ptr or by value, until undo() gives it back.
 *   Destroying the command (the stack drops it) destroys the detached object with it.
 * - A command that turns out to change nothing calls setObsolete(true) in redo(), so
 *   QUndoStack::push() drops it and the history never lists empty steps.
 */
class Command : public QUndoCommand
{
public:
    explicit Command(Document *document, QUndoCommand *parent = nullptr);

    /** A title as history entries quote it: simplified, at most 40 characters. */
    static QString quotedTitle(const QString &title);
    /**
     * "Edit pair — slide “Quiz 3”": an action on a slide, named so that the history says
     * where each step happened. The action alone when the slide has no title.
     */
    static QString onSlide(const QString &action, const QString &slideTitle);

protected:
    DocumentMutator mutator() const { return DocumentMutator(*m_document); }
    /** The title of a slide or section of the document; empty when it is unknown. */
    QString slideTitle(const SlideId &id) const;
    QString sectionTitle(const SectionId &id) const;
    const Course &course() const;
    Document *document() const { return m_document; }

private:
    Document *m_document; // not owned: the document owns the undo stack that owns us
};

} // namespace Core
