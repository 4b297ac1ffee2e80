// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace Core {

/**
 * Adds a target language (a BCP 47 tag, isValidLanguageTag()) at the end of the course's
 * targets. Obsolete (no history entry) when the tag is invalid, the source language or already
 * a target: check isValid() to tell the user why nothing happened.
 */
class AddLanguage final : public Command
{
public:
    AddLanguage(Document *document, QString code, QUndoCommand *parent = nullptr);
    AddLanguage(Document &document, QString code, QUndoCommand *parent = nullptr)
        : AddLanguage(&document, std::move(code), parent)
    {}
    /** False when the language cannot be added (see the class comment). */
    bool isValid() const { return m_valid; }
    void redo() override;
    void undo() override;

private:
    QString m_code;
    bool m_valid = false;
};

} // namespace Core
