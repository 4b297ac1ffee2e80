// SPDX-License-Identifier: MIT
#include "MediaLibraryDock.h"

#include "app/Icons.h"
#include "app/models/MediaLibraryModel.h"
#include "app/models/MediaOperations.h"
#include "app/models/SlideKindIcons.h"
#include "core/Document.h"
#include "core/MediaImporter.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace App {

namespace {

QStringList localMediaFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile()
            && MediaOperations::isMediaFileName(QFileInfo(url.toLocalFile()).fileName()))
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

MediaLibraryDock::MediaLibraryDock(QWidget *parent)
    : QDockWidget(tr("Media"), parent)
    , m_model(new MediaLibraryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView)
    , m_usageLabel(new QLabel)
    , m_usage(new QListWidget)
    , m_importAction(new QAction(tr("&Import Media…"), this))
    , m_removeUnusedAction(new QAction(tr("Remove &Unused Media"), this))
{
    setObjectName(u"MediaLibraryDock"_s);
    setAcceptDrops(true);

    m_importAction->setIcon(Icons::icon(u"media-import"_s));
    m_importAction->setToolTip(tr("Add images, videos, captions or audio to the course"));
    connect(m_importAction, &QAction::triggered, this, &MediaLibraryDock::chooseFiles);
    m_removeUnusedAction->setIcon(Icons::icon(u"media-remove-unused"_s));
    m_removeUnusedAction->setToolTip(tr("Remove every media file no slide uses"));
    connect(m_removeUnusedAction, &QAction::triggered, this, &MediaLibraryDock::removeUnused);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MediaLibraryModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MediaLibraryModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setIconSize(QSize(32, 32));
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Media library"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(MediaLibraryModel::NameColumn, QHeaderView::Stretch);
    for (int column = MediaLibraryModel::TypeColumn; column < MediaLibraryModel::ColumnCount;
         ++column)
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The dock is narrow: type and duration are in the name's tooltip, and the header's
    // context menu shows them as columns.
    m_view->setColumnHidden(MediaLibraryModel::TypeColumn, true);
    m_view->setColumnHidden(MediaLibraryModel::DurationColumn, true);
    m_view->header()->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = MediaLibraryModel::TypeColumn; column < MediaLibraryModel::ColumnCount;
         ++column) {
        auto *toggle
            = new QAction(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
                          m_view->header());
        toggle->setCheckable(true);
        toggle->setChecked(!m_view->isColumnHidden(column));
        connect(toggle, &QAction::toggled, this, [this, column](bool on) {
            m_view->setColumnHidden(column, !on);
        });
        m_view->header()->addAction(toggle);
    }
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &MediaLibraryDock::updateUsage);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MediaLibraryDock::updateUsage);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MediaLibraryDock::updateUsage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MediaLibraryDock::updateUsage);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &MediaLibraryDock::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MediaLibraryDock::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MediaLibraryDock::updateActions);

    m_usage->setAccessibleName(tr("Slides using the selected file"));
    m_usage->setMaximumHeight(120);
    m_usage->setToolTip(tr("Double-click a slide to select it in the outline"));
    connect(m_usage, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit slideActivated(Core::SlideId(item->data(Qt::UserRole).toString()));
    });
    m_usageLabel->setWordWrap(true);

    // Buttons in a layout rather than a QToolBar: a toolbar hides what does not fit behind a
    // "»" (the French labels are longer), a layout widens the dock instead.
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    for (QAction *action : {m_importAction, m_removeUnusedAction}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setIconSize(QSize(16, 16));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        buttons->addWidget(button);
    }
    buttons->addStretch();

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_usageLabel);
    layout->addWidget(m_usage);
    setWidget(content);
    updateUsage();
    updateActions();
}

MediaLibraryDock::~MediaLibraryDock() = default;

void MediaLibraryDock::setDocument(Core::Document *document)
{
    m_document = document;
    m_model->setDocument(document);
    updateActions();
}

void MediaLibraryDock::setThumbnailRenderer(ThumbnailRenderer *renderer)
{
    m_model->setThumbnailRenderer(renderer);
}

void MediaLibraryDock::updateActions()
{
    m_importAction->setEnabled(m_document);
    m_removeUnusedAction->setEnabled(m_document
                                     && !MediaOperations::unusedAssets(*m_document).empty());
}

void MediaLibraryDock::selectAsset(const Core::AssetId &id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexForAsset(id));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void MediaLibraryDock::updateUsage()
{
    m_usage->clear();
    const Core::AssetId id = m_model->assetId(m_proxy->mapToSource(m_view->currentIndex()));
    if (!m_document || id.isNull() || !m_document->course().asset(id)) {
        m_usageLabel->setText(tr("Select a file to see where it is used."));
        m_usage->setVisible(false);
        return;
    }
    const Core::Course &course = m_document->course();
    const auto slides = course.slidesUsingAsset(id);
    const QString name = course.asset(id)->fileName;
    if (slides.empty()) {
        m_usageLabel->setText(course.settings().theme.logo == id
                                  ? tr("“%1” is the course logo.").arg(name)
                                  : tr("No slide uses “%1”.").arg(name));
        m_usage->setVisible(false);
        return;
    }
    m_usageLabel->setText(tr("“%1” is used in:").arg(name));
    for (const Core::SlideId &slideId : slides) {
        const Core::Slide *slide = course.slide(slideId);
        auto *item = new QListWidgetItem(SlideKindIcons::icon(slide->kind()),
                                         slide->title.isEmpty() ? tr("(untitled)") : slide->title,
                                         m_usage);
        item->setData(Qt::UserRole, slideId.toString());
    }
    m_usage->setVisible(true);
}

void MediaLibraryDock::chooseFiles()
{
    if (!m_document)
        return;
    const QString filter
        = tr("Media files (%1)").arg(Core::MediaImporter::nameFilters().join(u' '));
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Media"), {}, filter);
    if (!files.isEmpty())
        importFiles(files);
}

void MediaLibraryDock::importFiles(const QStringList &paths)
{
    if (!m_document || paths.isEmpty())
        return;
    ++m_importsRunning;
    emit statusMessageRequested((paths.size() == 1 ? tr("Importing 1 file…")
                                                   : tr("Importing %1 files…").arg(paths.size())));
    QPointer<Core::Document> target = m_document;
    QtConcurrent::run([paths] {
        return MediaOperations::importFiles(paths);
    }).then(this, [this, target](const std::vector<Core::Result<Core::MediaAsset>> &imported) {
        --m_importsRunning;
        if (!target || target != m_document) {
            emit importFinished(0, {tr("The document was closed during the import.")});
            return;
        }
        const auto errors = MediaOperations::addImported(*target, imported);
        const int added = int(imported.size() - errors.size());
        QStringList messages;
        for (const Core::Error &error : errors)
            messages.append(error.message);
        emit statusMessageRequested(
            (added == 1 ? tr("Imported 1 media file") : tr("Imported %1 media files").arg(added)));
        if (added > 0) {
            for (auto it = imported.rbegin(); it != imported.rend(); ++it) {
                if (it->has_value()) {
                    selectAsset(it->value().id);
                    break;
                }
            }
        }
        if (!messages.isEmpty()) {
            auto *box = new QMessageBox(
                QMessageBox::Warning,
                tr("Cannot import media"),
                (messages.size() == 1 ? tr("A file could not be imported.")
                                      : tr("%1 files could not be imported.").arg(messages.size())),
                QMessageBox::Ok,
                this);
            box->setInformativeText(messages.join(u"\n\n"_s));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        emit importFinished(added, messages);
    });
}

void MediaLibraryDock::removeUnused()
{
    if (!m_document)
        return;
    const int removed = MediaOperations::removeUnused(*m_document);
    emit statusMessageRequested(
        removed == 0 ? tr("Every media file is in use")
                     : (removed == 1 ? tr("Removed 1 unused media file")
                                     : tr("Removed %1 unused media files").arg(removed)));
}

void MediaLibraryDock::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_document && !localMediaFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QDockWidget::dragEnterEvent(event);
}

void MediaLibraryDock::dropEvent(QDropEvent *event)
{
    const QStringList files = localMediaFiles(event->mimeData());
    if (files.isEmpty()) {
        QDockWidget::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    importFiles(files);
}

} // namespace App
