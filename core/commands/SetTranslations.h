// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

#include <optional>
#include <utility>
#include <vector>

namespace Core {

/**
 * Sets or removes (nullopt) translations of units into one target language: one edit in the
 * translation form, a whole XLIFF import or a pseudo-translation, as one undoable step.
 * Obsolete when language is not a target or nothing changes. Consecutive edits of one unit
 * that keep its approval (typing) merge into one step.
 */
class SetTranslations final : public Command
{
public:
    using Changes = std::vector<std::pair<QString /*unitId*/, std::optional<Translation>>>;

    SetTranslations(Document *document,
                    QString language,
                    Changes changes,
                    QString undoText,
                    QUndoCommand *parent = nullptr);
    SetTranslations(Document &document,
                    QString language,
                    Changes changes,
                    QString undoText,
                    QUndoCommand *parent = nullptr)
        : SetTranslations(
            &document, std::move(language), std::move(changes), std::move(undoText), parent)
    {}
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    QString m_language;
    Changes m_new;
    Changes m_old; // the values before, same units, same order
};

} // namespace Core
