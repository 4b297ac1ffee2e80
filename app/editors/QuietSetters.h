// SPDX-License-Identifier: MIT
#pragma once

#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace App::QuietSetters {

/** Shows a model value without emitting an edit, keeping the caret where the user left it. */
inline void setTextInPlace(QLineEdit *edit, const QString &text)
{
    if (!edit || edit->text() == text)
        return;
    const QSignalBlocker blocker(edit);
    const int position = edit->cursorPosition();
    edit->setText(text);
    edit->setCursorPosition(qMin(position, int(text.size())));
}

/** Shows a model value without emitting an edit. */
inline void setValue(QSpinBox *spin, int value)
{
    if (!spin || spin->value() == value)
        return;
    const QSignalBlocker blocker(spin);
    spin->setValue(value);
}

} // namespace App::QuietSetters
