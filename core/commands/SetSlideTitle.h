// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace Core {

/** Renames a slide; consecutive renames of one slide merge (typing). */
class SetSlideTitle final : public Command
{
public:
    SetSlideTitle(Document *document, SlideId id, QString title, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    SlideId m_id;
    QString m_old;
    QString m_new;
};

} // namespace Core
