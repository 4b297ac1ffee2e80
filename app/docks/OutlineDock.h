// SPDX-License-Identifier: MIT
#pragma once

#include "app/models/SlideOperations.h"
#include "core/CourseFragment.h"
#include "core/Document.h"
#include "core/Ids.h"

#include <QDockWidget>
#include <QPointer>

#include <vector>

class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTreeView;

namespace App {

class OutlineModel;
class ThumbnailRenderer;

/**
 * The Outline dock: the course's sections and slides (OutlineModel in a tree view with
 * thumbnails), a filter field, and the outline's actions (add, duplicate, delete, move,
 * rename, sections), which MainWindow also puts in its menus and toolbar. Multi-selection
 * applies to every slide action. Every edit goes through SlideOperations or the model, i.e.
 * commands on the document. Does not own the document.
 */
class OutlineDock final : public QDockWidget
{
    Q_OBJECT
public:
    explicit OutlineDock(QWidget *parent = nullptr);
    ~OutlineDock() override;

    void setDocument(Core::Document *document);
    void setThumbnailRenderer(ThumbnailRenderer *renderer);

    OutlineModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }

    Core::SlideId currentSlideId() const;
    /** The selected slides in reading order. */
    std::vector<Core::SlideId> selectedSlideIds() const;
    /** Makes the slide current and the only selection, and scrolls to it. */
    void selectSlide(const Core::SlideId &id);
    void selectSlides(const std::vector<Core::SlideId> &ids);
    /** Leaves no slide current (a bank question took over the slide editor). */
    void clearSelection();
    void focusFilter();

    QMenu *addSlideMenu() const { return m_addSlideMenu; }
    QMenu *moveToSectionMenu() const { return m_moveToSectionMenu; }
    /** "Add <kind>" actions in newSlideChoices() order. */
    const QList<QAction *> &addSlideActions() const { return m_addSlideActions; }
    QAction *addSlideAction() const { return m_addSlideAction; } ///< a content slide, Ctrl+M
    QAction *duplicateAction() const { return m_duplicateAction; }
    /** Cut, copy and paste of slides and sections through the system clipboard (Ctrl+X/C/V). */
    QAction *cutAction() const { return m_cutAction; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *pasteAction() const { return m_pasteAction; }
    /** "Save Slide as Template…" (the selected slides) and "New Slide from Template…". */
    QAction *saveAsTemplateAction() const { return m_saveAsTemplateAction; }
    QAction *newFromTemplateAction() const { return m_newFromTemplateAction; }
    /** Saves the selected slides as a user template named name (no dialog). */
    bool saveSelectionAsTemplate(const QString &name);
    /** Inserts a fragment's slides after the current one (a template, a paste). */
    void pasteFragment(const Core::CourseFragment &fragment);
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *renameAction() const { return m_renameAction; }
    QAction *moveUpAction() const { return m_moveUpAction; }
    QAction *moveDownAction() const { return m_moveDownAction; }
    QAction *addSectionAction() const { return m_addSectionAction; }
    QAction *moveSectionUpAction() const { return m_moveSectionUpAction; }
    QAction *moveSectionDownAction() const { return m_moveSectionDownAction; }
    /** Opens the current section's properties (play as a game). */
    QAction *sectionPropertiesAction() const { return m_sectionPropertiesAction; }
    /** Checkable: the current section is only reached by a branch (remediation). */
    QAction *branchOnlyAction() const { return m_branchOnlyAction; }

signals:
    void currentSlideChanged(const Core::SlideId &id);
    void statusMessageRequested(const QString &message);

private:
    void createActions();
    void addSlide(const SlideOperations::NewSlide &choice);
    void duplicateSelection();
    void copySelection(bool cut);
    void paste();
    void saveAsTemplate();
    void newFromTemplate();
    std::vector<Core::SectionId> selectedSectionIds() const;
    void deleteSelection();
    void moveSelection(int delta);
    void moveSelectionToSection(const Core::SectionId &section);
    void addSection();
    void moveCurrentSection(int delta);
    void renameCurrent();
    void updateActions();
    void fillMoveToSectionMenu();
    void showContextMenu(const QPoint &position);
    void emitCurrentSlide();
    Core::SectionId currentSectionId() const;
    QModelIndex toSource(const QModelIndex &proxyIndex) const;
    QModelIndex fromSource(const QModelIndex &sourceIndex) const;

    QPointer<Core::Document> m_document;
    OutlineModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_filter;
    Core::SlideId m_lastCurrent;

    QMenu *m_addSlideMenu = nullptr;
    QMenu *m_moveToSectionMenu = nullptr;
    QList<QAction *> m_addSlideActions;
    QAction *m_addSlideAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_cutAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_saveAsTemplateAction = nullptr;
    QAction *m_newFromTemplateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_addSectionAction = nullptr;
    QAction *m_moveSectionUpAction = nullptr;
    QAction *m_moveSectionDownAction = nullptr;
    QAction *m_sectionPropertiesAction = nullptr;
    QAction *m_branchOnlyAction = nullptr;
};

} // namespace App
