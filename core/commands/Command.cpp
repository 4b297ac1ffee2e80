// SPDX-License-Identifier: MIT
#include "Command.h"

#include "core/Document.h"

namespace Core {

Command::Command(Document *document, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    Q_ASSERT(document);
}

const Course &Command::course() const
{
    return m_document->course();
}

} // namespace Core
