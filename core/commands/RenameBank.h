// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace Core {

/** Renames a question bank; consecutive renames of one bank merge (typing). */
class RenameBank final : public Command
{
public:
    RenameBank(Document *document, BankId id, QString name, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QString &name);
    BankId m_id;
    QString m_old;
    QString m_new;
};

} // namespace Core
