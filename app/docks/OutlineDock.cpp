// SPDX-License-Identifier: MIT
#include "OutlineDock.h"

#include "OutlineDelegate.h"
#include "app/Icons.h"
#include "app/dialogs/SectionPropertiesDialog.h"
#include "app/dialogs/TemplateGalleryDialog.h"
#include "app/models/FragmentClipboard.h"
#include "app/models/OutlineModel.h"
#include "app/models/SlideKindIcons.h"
#include "app/models/SlideTemplates.h"
#include "app/models/UndoMacroGuard.h"
#include "app/spelling/SpellingProperties.h"
#include "core/Document.h"
#include "core/commands/PasteFragment.h"
#include "core/commands/RemoveSection.h"
#include "core/commands/SetSectionBranchOnly.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace App {

OutlineDock::OutlineDock(QWidget *parent)
    : QDockWidget(tr("Outline"), parent)
    , m_model(new OutlineModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView)
    , m_filter(new QLineEdit)
{
    setObjectName(u"OutlineDock"_s);

    m_proxy->setSourceModel(m_model);
    connect(m_model, &OutlineModel::mediaImportFailed, this, [this](const QStringList &messages) {
        QMessageBox::warning(this, tr("Some files were not imported"), messages.join(u'\n'));
    });
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter slides by title"));
    Spelling::setSpellCheckable(m_filter, false);
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter slides"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new OutlineDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    // DragDrop, not InternalMove: slides also take media files dropped from a file manager.
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setExpandsOnDoubleClick(true);
    m_view->setAnimated(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Course outline"));
    connect(m_view, &QWidget::customContextMenuRequested, this, &OutlineDock::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        emitCurrentSlide();
        updateActions();
    });
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &OutlineDock::updateActions);
    // New sections (a new document, an undone removal) show their slides.
    connect(m_proxy,
            &QAbstractItemModel::rowsInserted,
            this,
            [this](const QModelIndex &where, int first, int last) {
                if (!where.isValid()) {
                    for (int row = first; row <= last; ++row)
                        m_view->expand(m_proxy->index(row, 0));
                }
                updateActions();
            });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        emitCurrentSlide();
        updateActions();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        emitCurrentSlide();
        updateActions();
    });

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    setWidget(content);

    createActions();
    updateActions();
}

OutlineDock::~OutlineDock() = default;

void OutlineDock::createActions()
{
    m_addSlideMenu = new QMenu(tr("Add &Slide"), this);
    m_addSlideMenu->setIcon(Icons::icon(u"add-slide"_s));
    const auto choices = SlideOperations::newSlideChoices();
    for (const SlideOperations::NewSlide &choice : choices) {
        QAction *action = m_addSlideMenu->addAction(SlideKindIcons::icon(choice.kind),
                                                    SlideOperations::newSlideLabel(choice));
        connect(action, &QAction::triggered, this, [this, choice] { addSlide(choice); });
        m_addSlideActions.append(action);
        if (choice.kind == Core::SlideKind::Content)
            m_addSlideMenu->addSeparator();
        if ((choice.kind == Core::SlideKind::Question
             && choice.questionType == Core::allQuestionTypes().back())
            || choice.kind == Core::SlideKind::Scenario) {
            m_addSlideMenu->addSeparator();
        }
    }

    m_addSlideAction = new QAction(Icons::icon(u"add-slide"_s), tr("&New Slide"), this);
    m_addSlideAction->setShortcut(tr("Ctrl+M"));
    m_addSlideAction->setToolTip(
        tr("Add a content slide after the current one (%1)")
            .arg(m_addSlideAction->shortcut().toString(QKeySequence::NativeText)));
    m_addSlideAction->setMenu(m_addSlideMenu);
    connect(m_addSlideAction, &QAction::triggered, this, [this] {
        addSlide({Core::SlideKind::Content, {}});
    });

    m_duplicateAction = new QAction(Icons::icon(u"duplicate"_s), tr("D&uplicate"), this);
    m_duplicateAction->setShortcut(tr("Ctrl+D"));
    m_duplicateAction->setToolTip(tr("Duplicate the selected slides"));
    connect(m_duplicateAction, &QAction::triggered, this, &OutlineDock::duplicateSelection);

    // The outline's own context: in a text field Ctrl+C still copies text.
    m_cutAction = new QAction(tr("Cu&t Slides"), this);
    m_cutAction->setObjectName(u"outlineCutAction"_s);
    m_cutAction->setShortcut(QKeySequence::Cut);
    m_cutAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_cutAction, &QAction::triggered, this, [this] { copySelection(true); });
    m_copyAction = new QAction(tr("&Copy Slides"), this);
    m_copyAction->setObjectName(u"outlineCopyAction"_s);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, [this] { copySelection(false); });
    m_pasteAction = new QAction(tr("&Paste Slides"), this);
    m_pasteAction->setObjectName(u"outlinePasteAction"_s);
    m_pasteAction->setShortcut(QKeySequence::Paste);
    m_pasteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_pasteAction, &QAction::triggered, this, &OutlineDock::paste);
    connect(
        QGuiApplication::clipboard(), &QClipboard::dataChanged, this, [this] { updateActions(); });

    m_saveAsTemplateAction = new QAction(tr("Save Slide as &Template…"), this);
    m_saveAsTemplateAction->setObjectName(u"saveAsTemplateAction"_s);
    m_saveAsTemplateAction->setToolTip(
        tr("Save the selected slides as a template of your own, to reuse in any course"));
    connect(m_saveAsTemplateAction, &QAction::triggered, this, &OutlineDock::saveAsTemplate);
    m_newFromTemplateAction = new QAction(tr("New Slide from Te&mplate…"), this);
    m_newFromTemplateAction->setObjectName(u"newFromTemplateAction"_s);
    m_newFromTemplateAction->setShortcut(tr("Ctrl+Alt+M"));
    m_newFromTemplateAction->setToolTip(tr("Insert a ready-made slide after the current one"));
    connect(m_newFromTemplateAction, &QAction::triggered, this, &OutlineDock::newFromTemplate);

    m_deleteAction = new QAction(Icons::icon(u"delete"_s), tr("&Delete"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Only while the outline has focus: Delete in a slide editor must not delete slides.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setToolTip(tr("Delete the selected slides or sections"));
    connect(m_deleteAction, &QAction::triggered, this, &OutlineDock::deleteSelection);

    m_renameAction = new QAction(Icons::icon(u"rename"_s), tr("&Rename"), this);
    m_renameAction->setShortcut(Qt::Key_F2);
    m_renameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_renameAction, &QAction::triggered, this, &OutlineDock::renameCurrent);

    m_moveUpAction = new QAction(Icons::icon(u"move-up"_s), tr("Move &Up"), this);
    m_moveUpAction->setShortcut(tr("Ctrl+Shift+Up"));
    m_moveUpAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_moveUpAction->setToolTip(tr("Move the selected slides up"));
    connect(m_moveUpAction, &QAction::triggered, this, [this] { moveSelection(-1); });

    m_moveDownAction = new QAction(Icons::icon(u"move-down"_s), tr("Move Do&wn"), this);
    m_moveDownAction->setShortcut(tr("Ctrl+Shift+Down"));
    m_moveDownAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_moveDownAction->setToolTip(tr("Move the selected slides down"));
    connect(m_moveDownAction, &QAction::triggered, this, [this] { moveSelection(+1); });

    m_moveToSectionMenu = new QMenu(tr("Move to &Section"), this);
    connect(m_moveToSectionMenu, &QMenu::aboutToShow, this, &OutlineDock::fillMoveToSectionMenu);

    m_addSectionAction = new QAction(Icons::icon(u"add-section"_s), tr("Add Se&ction"), this);
    m_addSectionAction->setShortcut(tr("Ctrl+Shift+M"));
    connect(m_addSectionAction, &QAction::triggered, this, &OutlineDock::addSection);

    m_moveSectionUpAction = new QAction(tr("Move Section Up"), this);
    connect(m_moveSectionUpAction, &QAction::triggered, this, [this] { moveCurrentSection(-1); });
    m_moveSectionDownAction = new QAction(tr("Move Section Down"), this);
    connect(m_moveSectionDownAction, &QAction::triggered, this, [this] { moveCurrentSection(+1); });
    m_sectionPropertiesAction = new QAction(tr("Section &Properties…"), this);
    m_sectionPropertiesAction->setObjectName(u"sectionPropertiesAction"_s);
    m_sectionPropertiesAction->setToolTip(tr("Play the section as a game, with its rules"));
    connect(m_sectionPropertiesAction, &QAction::triggered, this, [this] {
        if (!m_document || currentSectionId().isNull())
            return;
        SectionPropertiesDialog dialog(*m_document, currentSectionId(), this);
        dialog.exec();
    });
    m_branchOnlyAction = new QAction(tr("Only Reached by a &Branch"), this);
    m_branchOnlyAction->setCheckable(true);
    m_branchOnlyAction->setToolTip(tr("Learners reach this section only when an answer or a result "
                                      "sends them there (remediation); “Next” skips it and its "
                                      "last slide takes them back where they branched."));
    connect(m_branchOnlyAction, &QAction::triggered, this, [this](bool on) {
        const Core::SectionId id = currentSectionId();
        if (!m_document || id.isNull())
            return;
        m_document->push(std::make_unique<Core::SetSectionBranchOnly>(m_document, id, on));
        updateActions();
    });

    addActions({m_addSlideAction,
                m_duplicateAction,
                m_cutAction,
                m_copyAction,
                m_pasteAction,
                m_deleteAction,
                m_renameAction,
                m_moveUpAction,
                m_moveDownAction,
                m_addSectionAction});
}

void OutlineDock::setDocument(Core::Document *document)
{
    m_document = document;
    m_lastCurrent = {};
    m_model->setDocument(document);
    if (document)
        connect(document,
                &Core::Document::sectionChanged,
                this,
                &OutlineDock::updateActions,
                Qt::UniqueConnection);
    if (document && m_model->rowCount() > 0 && m_model->rowCount(m_model->index(0, 0)) > 0)
        selectSlide(m_model->slideId(m_model->index(0, 0, m_model->index(0, 0))));
    emitCurrentSlide();
    updateActions();
}

void OutlineDock::setThumbnailRenderer(ThumbnailRenderer *renderer)
{
    m_model->setThumbnailRenderer(renderer);
}

QModelIndex OutlineDock::toSource(const QModelIndex &proxyIndex) const
{
    return m_proxy->mapToSource(proxyIndex);
}

QModelIndex OutlineDock::fromSource(const QModelIndex &sourceIndex) const
{
    return m_proxy->mapFromSource(sourceIndex);
}

Core::SlideId OutlineDock::currentSlideId() const
{
    return m_model->slideId(toSource(m_view->currentIndex()));
}

Core::SectionId OutlineDock::currentSectionId() const
{
    return m_model->sectionId(toSource(m_view->currentIndex()));
}

std::vector<Core::SlideId> OutlineDock::selectedSlideIds() const
{
    if (!m_document)
        return {};
    std::vector<Core::SlideId> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const Core::SlideId id = m_model->slideId(toSource(index));
        if (!id.isNull())
            ids.push_back(id);
    }
    return SlideOperations::inReadingOrder(*m_document, ids);
}

void OutlineDock::selectSlide(const Core::SlideId &id)
{
    selectSlides({id});
}

void OutlineDock::selectSlides(const std::vector<Core::SlideId> &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (const Core::SlideId &id : ids) {
        QModelIndex index = fromSource(m_model->indexForSlide(id));
        if (!index.isValid() && m_model->indexForSlide(id).isValid()) {
            m_filter->clear(); // the filter hides it
            index = fromSource(m_model->indexForSlide(id));
        }
        if (!index.isValid())
            continue;
        if (!first.isValid())
            first = index;
        selection.select(index, index);
    }
    if (!first.isValid())
        return;
    m_view->expand(first.parent());
    m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(first);
}

void OutlineDock::clearSelection()
{
    m_view->selectionModel()->clear(); // emits currentSlideChanged({}) through currentChanged
    emitCurrentSlide();
}

void OutlineDock::focusFilter()
{
    show();
    raise();
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void OutlineDock::emitCurrentSlide()
{
    const Core::SlideId id = currentSlideId();
    if (id == m_lastCurrent)
        return;
    m_lastCurrent = id;
    emit currentSlideChanged(id);
}

void OutlineDock::updateActions()
{
    const bool hasDocument = m_document;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    bool slides = false;
    bool sections = false;
    for (const QModelIndex &index : rows) {
        const QModelIndex source = toSource(index);
        slides = slides || m_model->isSlide(source);
        sections = sections || m_model->isSection(source);
    }
    const QModelIndex current = toSource(m_view->currentIndex());
    const int sectionCount = m_model->rowCount();
    const int currentSection = m_model->isSection(current) ? current.row()
                               : m_model->isSlide(current) ? current.parent().row()
                                                           : -1;
    for (QAction *action : m_addSlideActions)
        action->setEnabled(hasDocument);
    m_addSlideAction->setEnabled(hasDocument);
    m_addSlideMenu->setEnabled(hasDocument);
    m_addSectionAction->setEnabled(hasDocument);
    m_duplicateAction->setEnabled(slides);
    m_cutAction->setEnabled(slides || sections);
    m_saveAsTemplateAction->setEnabled(slides);
    m_newFromTemplateAction->setEnabled(hasDocument);
    m_copyAction->setEnabled(slides || sections);
    m_cutAction->setText(sections ? tr("Cu&t Sections") : tr("Cu&t Slides"));
    m_copyAction->setText(sections ? tr("&Copy Sections") : tr("&Copy Slides"));
    const auto clipboardKind = FragmentClipboard::kind();
    m_pasteAction->setEnabled(hasDocument && clipboardKind.has_value());
    m_pasteAction->setText(
        clipboardKind == Core::CourseFragment::Kind::Sections ? tr("&Paste Sections")
        : clipboardKind == Core::CourseFragment::Kind::Blocks ? tr("&Paste Blocks")
                                                              : tr("&Paste Slides"));
    m_deleteAction->setEnabled(slides || sections);
    m_renameAction->setEnabled(current.isValid());
    m_moveUpAction->setEnabled(slides);
    m_moveDownAction->setEnabled(slides);
    m_moveToSectionMenu->setEnabled(slides && sectionCount > 1);
    m_moveSectionUpAction->setEnabled(currentSection > 0);
    m_moveSectionDownAction->setEnabled(currentSection >= 0 && currentSection + 1 < sectionCount);
    m_sectionPropertiesAction->setEnabled(currentSection >= 0);
    m_branchOnlyAction->setEnabled(hasDocument && currentSection >= 0);
    m_branchOnlyAction->setChecked(
        hasDocument && currentSection >= 0
        && currentSection < int(m_document->course().sections().size())
        && m_document->course().sections()[size_t(currentSection)]->branchOnly);
}

void OutlineDock::addSlide(const SlideOperations::NewSlide &choice)
{
    if (!m_document)
        return;
    const Core::SlideId id
        = SlideOperations::addSlide(*m_document, choice, currentSlideId(), currentSectionId());
    selectSlide(id);
    emit statusMessageRequested(tr("Added “%1”").arg(SlideOperations::newSlideLabel(choice)));
}

void OutlineDock::duplicateSelection()
{
    if (!m_document)
        return;
    const auto copies = SlideOperations::duplicateSlides(*m_document, selectedSlideIds());
    selectSlides(copies);
    emit statusMessageRequested((copies.size() == 1
                                     ? tr("Duplicated 1 slide")
                                     : tr("Duplicated %1 slides").arg(copies.size())));
}

std::vector<Core::SectionId> OutlineDock::selectedSectionIds() const
{
    std::vector<Core::SectionId> sections;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const QModelIndex source = toSource(index);
        if (m_model->isSection(source))
            sections.push_back(m_model->sectionId(source));
    }
    // In course order, whatever the order of selection.
    std::sort(sections.begin(), sections.end(), [this](const auto &a, const auto &b) {
        return m_document->course().sectionIndex(a) < m_document->course().sectionIndex(b);
    });
    return sections;
}

void OutlineDock::copySelection(bool cut)
{
    if (!m_document)
        return;
    const std::vector<Core::SectionId> sections = selectedSectionIds();
    const std::vector<Core::SlideId> slides = selectedSlideIds();
    auto fragment = sections.empty()
                        ? Core::CourseFragment::fromSlides(m_document->course(), slides)
                        : Core::CourseFragment::fromSections(m_document->course(), sections);
    if (!fragment) {
        emit statusMessageRequested(fragment.error().message);
        if (fragment.error().code != Core::ErrorCode::InvalidArgument || !slides.empty())
            QMessageBox::warning(this, tr("Copy"), fragment.error().message);
        return;
    }
    if (const auto copied = FragmentClipboard::copy(*fragment); !copied) {
        QMessageBox::warning(this, tr("Copy"), copied.error().message);
        return;
    }
    const int count = int(sections.empty() ? fragment->slides().size() : sections.size());
    if (cut) {
        deleteSelection(); // one undoable step of its own, named "Delete ..."
        emit statusMessageRequested(
            sections.empty()
                ? (count == 1 ? tr("Cut 1 slide") : tr("Cut %1 slides").arg(count))
                : (count == 1 ? tr("Cut 1 section") : tr("Cut %1 sections").arg(count)));
        return;
    }
    emit statusMessageRequested(
        sections.empty()
            ? (count == 1 ? tr("Copied 1 slide") : tr("Copied %1 slides").arg(count))
            : (count == 1 ? tr("Copied 1 section") : tr("Copied %1 sections").arg(count)));
}

void OutlineDock::paste()
{
    if (!m_document)
        return;
    auto fragment = FragmentClipboard::paste();
    if (!fragment) {
        emit statusMessageRequested(tr("The clipboard holds no slides, sections or blocks."));
        return;
    }
    if (!*fragment) {
        QMessageBox::warning(this, tr("Paste"), fragment->error().message);
        return;
    }
    pasteFragment(**fragment);
}

void OutlineDock::pasteFragment(const Core::CourseFragment &fragment)
{
    if (!m_document)
        return;
    using Kind = Core::CourseFragment::Kind;
    const Core::Course &course = m_document->course();
    const Core::SlideId current = currentSlideId();
    const Core::SlidePosition at = course.slidePosition(current);
    Core::PasteTarget target;
    switch (fragment.kind()) {
    case Kind::Slides:
        if (at.isValid()) {
            target.section = course.sections()[size_t(at.section)]->id;
            target.index = at.slide + 1;
        } else if (const int section = course.sectionIndex(currentSectionId()); section >= 0) {
            target.section = currentSectionId();
            target.index = int(course.sections()[size_t(section)]->slides.size());
        } else if (!course.sections().empty()) {
            target.section = course.sections().back()->id;
            target.index = int(course.sections().back()->slides.size());
        }
        break;
    case Kind::Sections: {
        const int section = at.isValid() ? at.section : course.sectionIndex(currentSectionId());
        target.index = section >= 0 ? section + 1 : int(course.sections().size());
        break;
    }
    case Kind::Blocks: {
        const Core::Slide *slide = course.slide(current);
        if (!slide || slide->kind() != Core::SlideKind::Content) {
            emit statusMessageRequested(
                tr("The clipboard holds content blocks: select a content slide to paste them."));
            return;
        }
        target.slide = current;
        target.index = int(std::get<Core::ContentBody>(slide->body).blocks.size());
        break;
    }
    }
    auto command = std::make_unique<Core::PasteFragment>(m_document, fragment, target);
    if (!command->isValid())
        return;
    const std::vector<Core::SlideId> pasted = command->pastedSlides();
    QStringList message;
    if (fragment.kind() == Kind::Blocks) {
        const int count = int(fragment.blocks().size());
        message << (count == 1 ? tr("Pasted 1 block") : tr("Pasted %1 blocks").arg(count));
    } else if (fragment.kind() == Kind::Sections) {
        const int count = int(fragment.course().sections().size());
        message << (count == 1 ? tr("Pasted 1 section") : tr("Pasted %1 sections").arg(count));
    } else {
        const int count = int(pasted.size());
        message << (count == 1 ? tr("Pasted 1 slide") : tr("Pasted %1 slides").arg(count));
    }
    message << command->notes();
    m_document->push(std::move(command));
    if (!pasted.empty())
        selectSlides(pasted);
    emit statusMessageRequested(message.join(u' '));
}

bool OutlineDock::saveSelectionAsTemplate(const QString &name)
{
    if (!m_document)
        return false;
    auto fragment = Core::CourseFragment::fromSlides(m_document->course(), selectedSlideIds());
    if (!fragment) {
        QMessageBox::warning(this, tr("Save Slide as Template"), fragment.error().message);
        return false;
    }
    auto saved = SlideTemplates::save(std::move(*fragment), name);
    if (!saved) {
        QMessageBox::warning(this, tr("Save Slide as Template"), saved.error().message);
        return false;
    }
    emit statusMessageRequested(
        tr("Saved the template “%1”. Insert it with Slide ▸ New Slide from Template…")
            .arg(name.simplified()));
    return true;
}

void OutlineDock::saveAsTemplate()
{
    const std::vector<Core::SlideId> ids = selectedSlideIds();
    if (!m_document || ids.empty())
        return;
    const Core::Slide *first = m_document->course().slide(ids.front());
    bool ok = false;
    const QString name = QInputDialog::getText(this,
                                               tr("Save Slide as Template"),
                                               tr("Template &name:"),
                                               QLineEdit::Normal,
                                               first ? first->title : QString(),
                                               &ok)
                             .simplified();
    if (ok && !name.isEmpty())
        saveSelectionAsTemplate(name);
}

void OutlineDock::newFromTemplate()
{
    if (!m_document)
        return;
    TemplateGalleryDialog dialog(m_document->course(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.chosenTemplate())
        return;
    pasteFragment(dialog.chosenTemplate()->fragment);
}

void OutlineDock::deleteSelection()
{
    if (!m_document)
        return;
    const auto slides = selectedSlideIds();
    const QSet<Core::SlideId> removing(slides.begin(), slides.end());
    std::vector<Core::SectionId> sections;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const QModelIndex source = toSource(index);
        if (m_model->isSection(source))
            sections.push_back(m_model->sectionId(source));
    }
    if (slides.empty() && sections.empty())
        return;

    // The slide to select afterwards: the next one that stays, else the previous one.
    Core::SlideId next;
    const auto all = m_document->course().allSlides();
    const QSet<Core::SectionId> removedSections(sections.begin(), sections.end());
    auto stays = [&](const Core::Slide *slide) {
        const int s = m_document->course().slidePosition(slide->id).section;
        return !removing.contains(slide->id)
               && !removedSections.contains(m_document->course().sections()[size_t(s)]->id);
    };
    int last = -1;
    for (int i = 0; i < int(all.size()); ++i) {
        if (!stays(all[size_t(i)]))
            last = i;
    }
    for (int i = last + 1; i < int(all.size()) && next.isNull(); ++i) {
        if (stays(all[size_t(i)]))
            next = all[size_t(i)]->id;
    }
    for (int i = last - 1; i >= 0 && next.isNull(); --i) {
        if (stays(all[size_t(i)]))
            next = all[size_t(i)]->id;
    }

    {
        UndoMacroGuard macro(m_document->undoStack(),
                             sections.empty()
                                 ? (slides.size() == 1 ? tr("Delete slide")
                                                       : tr("Delete %1 slides").arg(slides.size()))
                                 : (sections.size() == 1
                                        ? tr("Delete section")
                                        : tr("Delete %1 sections").arg(sections.size())));
        macro.begin();
        SlideOperations::removeSlides(*m_document, slides);
        for (const Core::SectionId &id : sections)
            m_document->push(std::make_unique<Core::RemoveSection>(m_document, id));
    }
    if (!next.isNull())
        selectSlide(next);
    emit statusMessageRequested(
        sections.empty() ? (slides.size() == 1 ? tr("Deleted 1 slide")
                                               : tr("Deleted %1 slides").arg(slides.size()))
                         : (sections.size() == 1 ? tr("Deleted 1 section")
                                                 : tr("Deleted %1 sections").arg(sections.size())));
}

void OutlineDock::moveSelection(int delta)
{
    if (!m_document)
        return;
    const auto ids = selectedSlideIds();
    const Core::SlideId current = currentSlideId();
    const bool moved = delta < 0 ? SlideOperations::moveSlidesUp(*m_document, ids)
                                 : SlideOperations::moveSlidesDown(*m_document, ids);
    if (moved) {
        selectSlides(ids);
        if (!current.isNull())
            m_view->selectionModel()->setCurrentIndex(fromSource(m_model->indexForSlide(current)),
                                                      QItemSelectionModel::NoUpdate);
    }
}

void OutlineDock::moveSelectionToSection(const Core::SectionId &section)
{
    if (!m_document)
        return;
    const auto ids = selectedSlideIds();
    if (SlideOperations::moveSlides(*m_document, ids, section, -1)) {
        selectSlides(ids);
        emit statusMessageRequested(
            (ids.size() == 1 ? tr("Moved 1 slide") : tr("Moved %1 slides").arg(ids.size())));
    }
}

void OutlineDock::fillMoveToSectionMenu()
{
    m_moveToSectionMenu->clear();
    if (!m_document)
        return;
    const Core::SectionId current = currentSectionId();
    for (const auto &section : m_document->course().sections()) {
        const QString title = section->title.isEmpty() ? tr("(untitled section)") : section->title;
        QAction *action = m_moveToSectionMenu->addAction(title);
        const Core::SectionId id = section->id;
        action->setEnabled(id != current || selectedSlideIds().size() > 1);
        connect(action, &QAction::triggered, this, [this, id] { moveSelectionToSection(id); });
    }
}

void OutlineDock::addSection()
{
    if (!m_document)
        return;
    const int currentRow = m_document->course().sectionIndex(currentSectionId());
    const Core::SectionId id = SlideOperations::addSection(
        *m_document, tr("New section"), currentRow < 0 ? -1 : currentRow + 1);
    const QModelIndex index
        = fromSource(m_model->indexForSection(m_document->course().sectionIndex(id)));
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
        if (m_view->isVisible())
            m_view->edit(index);
    }
}

void OutlineDock::moveCurrentSection(int delta)
{
    if (!m_document)
        return;
    const Core::SectionId id = currentSectionId();
    if (SlideOperations::moveSection(*m_document, id, delta)) {
        const QModelIndex index
            = fromSource(m_model->indexForSection(m_document->course().sectionIndex(id)));
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
}

void OutlineDock::renameCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid()) {
        m_view->scrollTo(index);
        m_view->edit(index);
    }
}

void OutlineDock::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (index.isValid() && !m_view->selectionModel()->isSelected(index)) {
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    QMenu menu(this);
    menu.addMenu(m_addSlideMenu);
    menu.addAction(m_newFromTemplateAction);
    menu.addAction(m_addSectionAction);
    menu.addSeparator();
    menu.addAction(m_renameAction);
    menu.addAction(m_duplicateAction);
    menu.addAction(m_deleteAction);
    menu.addSeparator();
    menu.addAction(m_cutAction);
    menu.addAction(m_copyAction);
    menu.addAction(m_pasteAction);
    menu.addSeparator();
    menu.addAction(m_saveAsTemplateAction);
    menu.addSeparator();
    menu.addAction(m_moveUpAction);
    menu.addAction(m_moveDownAction);
    menu.addMenu(m_moveToSectionMenu);
    if (m_model->isSection(toSource(index))) {
        menu.addSeparator();
        menu.addAction(m_moveSectionUpAction);
        menu.addAction(m_moveSectionDownAction);
        menu.addAction(m_sectionPropertiesAction);
        menu.addAction(m_branchOnlyAction);
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace App
