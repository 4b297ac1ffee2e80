// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace Core {

/** Renames a section; consecutive renames of one section merge (typing). */
class RenameSection final : public Command
{
public:
    RenameSection(Document *document, SectionId id, QString title, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QString &title);
    SectionId m_id;
    QString m_old;
    QString m_new;
};

} // namespace Core
