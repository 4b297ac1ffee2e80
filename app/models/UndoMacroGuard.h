// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUndoStack>

namespace App {

/**
 * Groups every command pushed during its lifetime into one undo step (RAII around
 * QUndoStack::beginMacro/endMacro). The macro opens lazily on begin(), so a guard that never
 * gets any work adds no empty step to the history. Does not own the stack.
 */
class UndoMacroGuard
{
public:
    UndoMacroGuard(QUndoStack *stack, QString text)
        : m_stack(stack)
        , m_text(std::move(text))
    {}
    ~UndoMacroGuard()
    {
        if (m_open)
            m_stack->endMacro();
    }
    UndoMacroGuard(const UndoMacroGuard &) = delete;
    UndoMacroGuard &operator=(const UndoMacroGuard &) = delete;

    /** Opens the macro if it is not open yet; call before the first push. */
    void begin()
    {
        if (!m_open) {
            m_stack->beginMacro(m_text);
            m_open = true;
        }
    }

private:
    QUndoStack *m_stack;
    QString m_text;
    bool m_open = false;
};

} // namespace App
