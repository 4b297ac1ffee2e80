// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace App {

/**
 * Help › Keyboard Shortcuts: every menu action that has a shortcut, by menu, read from the
 * actions themselves when the dialog opens, so the list is always true.
 */
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};

} // namespace App
