// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

#include <map>

namespace Core {

/**
 * Removes a target language and all its translations; undo puts both back, at the same place
 * in the list. Obsolete when code is not a target.
 */
class RemoveLanguage final : public Command
{
public:
    RemoveLanguage(Document *document, QString code, QUndoCommand *parent = nullptr);
    RemoveLanguage(Document &document, QString code, QUndoCommand *parent = nullptr)
        : RemoveLanguage(&document, std::move(code), parent)
    {}
    void redo() override;
    void undo() override;

private:
    QString m_code;
    qsizetype m_index = -1;
    bool m_hadTranslations = false;
    std::map<QString, Translation> m_translations; // owned while the language is removed
};

} // namespace Core
