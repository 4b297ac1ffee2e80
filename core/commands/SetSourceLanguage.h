// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace Core {

/**
 * Sets the course's source language (CourseMetadata::language). Obsolete when the tag is
 * invalid (isValidLanguageTag()), unchanged, or one of the target languages (remove that
 * target first: its translations would otherwise describe the source itself).
 */
class SetSourceLanguage final : public Command
{
public:
    SetSourceLanguage(Document *document, QString code, QUndoCommand *parent = nullptr);
    SetSourceLanguage(Document &document, QString code, QUndoCommand *parent = nullptr)
        : SetSourceLanguage(&document, std::move(code), parent)
    {}
    /** False when the language cannot become the source (see the class comment). */
    bool isValid() const { return m_valid; }
    void redo() override;
    void undo() override;

private:
    QString m_old;
    QString m_new;
    bool m_valid = false;
};

} // namespace Core
