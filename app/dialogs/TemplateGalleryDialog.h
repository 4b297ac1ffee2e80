// SPDX-License-Identifier: MIT
#pragma once

#include "app/models/SlideTemplates.h"

#include <QDialog>

#include <vector>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Core {
class Course;
}

namespace App {

/**
 * "New Slide from Template": the built-in templates and the user's own ("Mine") as thumbnails
 * drawn with the course's theme, in two keyboard-operable lists (arrows to choose, Enter to
 * insert, Delete to delete one of one's own). The caller inserts chosenTemplate() after
 * exec() returns Accepted.
 */
class TemplateGalleryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit TemplateGalleryDialog(const Core::Course &course, QWidget *parent = nullptr);
    ~TemplateGalleryDialog() override;

    /** The chosen template, or nullptr. Valid while the dialog lives. */
    const SlideTemplate *chosenTemplate() const;
    QListWidget *builtInList() const { return m_builtIn; }
    QListWidget *userList() const { return m_mine; }
    /** Deletes the selected user template after asking (confirm: false skips the question). */
    void deleteSelected(bool confirm = true);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill(QListWidget *list, const std::vector<SlideTemplate> &templates, int offset);
    void reloadUserTemplates();
    void updateButtons();
    const SlideTemplate *templateOf(const QListWidgetItem *item) const;
    QListWidget *activeList() const;

    const Core::Course &m_course;
    std::vector<SlideTemplate> m_templates; ///< built-ins first, then the user's
    int m_builtInCount = 0;
    QListWidget *m_builtIn;
    QListWidget *m_mine;
    QLabel *m_noOwnLabel;
    QPushButton *m_insertButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QListWidget *m_lastList = nullptr;
};

} // namespace App
