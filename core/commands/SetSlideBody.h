// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace Core {

/**
 * Replaces the kind-specific body of a slide (blocks, question, video, result). Editors build
 * the new body from the current one plus their change. Consecutive edits of the same slide
 * with the same non-empty merge key (e.g. "choice:c2:text" while typing) merge into one step.
 */
class SetSlideBody final : public Command
{
public:
    SetSlideBody(Document *document,
                 SlideId id,
                 SlideBody body,
                 QString text,
                 QString mergeKey = {},
                 QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    SlideId m_id;
    SlideBody m_old;
    SlideBody m_new;
    QString m_mergeKey;
};

} // namespace Core
