// SPDX-License-Identifier: MIT
#pragma once

#include "core/Course.h"
#include "core/Document.h"

#include <QStringList>

#include <memory>

/** A course with the given sections, each "Section:SlideA,SlideB" (content slides). */
std::unique_ptr<Core::Course> makeCourse(const QStringList &sections);
/** Titles of the document's slides in reading order. */
QStringList slideTitles(const Core::Document &document);
/** Titles of the document's sections. */
QStringList sectionTitles(const Core::Document &document);
/** An asset with in-memory bytes, content-addressed like a real import. */
Core::MediaAsset makeAsset(const QByteArray &bytes, const QString &fileName, const QString &mime);

/**
 * The undo contract of a command: after push() the course differs from before; undo()
 * restores exactly the original; redo() gives exactly the edited state again.
 */
void checkRedoUndoRoundTrip(Core::Document &document, std::unique_ptr<QUndoCommand> command);
