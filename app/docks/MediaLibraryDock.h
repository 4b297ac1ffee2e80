// SPDX-License-Identifier: MIT
#pragma once

#include "core/Document.h"
#include "core/Ids.h"

#include <QDockWidget>
#include <QPointer>

class QAction;
class QLabel;
class QListWidget;
class QSortFilterProxyModel;
class QTreeView;

namespace App {

class MediaLibraryModel;
class ThumbnailRenderer;

/**
 * The Media dock: the course's media library (MediaLibraryModel), importing files by dialog
 * or by dropping them from the file manager, "Remove Unused", and where the selected file is
 * used (double-click a slide to select it). Imports run on a worker thread; the assets are
 * then added with commands in one undo step. Does not own the document.
 */
class MediaLibraryDock final : public QDockWidget
{
    Q_OBJECT
public:
    explicit MediaLibraryDock(QWidget *parent = nullptr);
    ~MediaLibraryDock() override;

    void setDocument(Core::Document *document);
    void setThumbnailRenderer(ThumbnailRenderer *renderer);

    MediaLibraryModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QListWidget *usageList() const { return m_usage; }
    QAction *importAction() const { return m_importAction; }
    QAction *removeUnusedAction() const { return m_removeUnusedAction; }

    /** Imports files in the background; importFinished() follows. Errors show in a dialog. */
    void importFiles(const QStringList &paths);
    /** Selects an asset's row. */
    void selectAsset(const Core::AssetId &id);

signals:
    void slideActivated(const Core::SlideId &id);
    void statusMessageRequested(const QString &message);
    /** After importFiles(): how many files were added and the error messages of the others. */
    void importFinished(int added, const QStringList &errors);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void removeUnused();
    void updateUsage();
    void updateActions();

    QPointer<Core::Document> m_document;
    MediaLibraryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLabel *m_usageLabel;
    QListWidget *m_usage;
    QAction *m_importAction;
    QAction *m_removeUnusedAction;
    int m_importsRunning = 0;
};

} // namespace App
