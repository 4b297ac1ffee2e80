// SPDX-License-Identifier: MIT
#pragma once

#include "core/Document.h"
#include "core/Ids.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <vector>

namespace Core {
struct MediaAsset;
}

namespace App {

class ThumbnailRenderer;

/**
 * The course's media library as a table: name (with a thumbnail for images), type, size,
 * duration and how many slides use each asset. Observes the Document's asset and slide
 * signals. Rows follow the library's order (by id); views sort through a proxy with SortRole.
 * Does not own the document or the renderer.
 */
class MediaLibraryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, SizeColumn, DurationColumn, UsageColumn, ColumnCount };
    enum Role {
        AssetIdRole = Qt::UserRole + 1, ///< QString
        UsageCountRole,                 ///< int: slides using the asset
        SortRole,                       ///< raw value of the column, for sorting
    };

    explicit MediaLibraryModel(QObject *parent = nullptr);
    ~MediaLibraryModel() override;

    void setDocument(Core::Document *document);
    Core::Document *document() const { return m_document; }
    void setThumbnailRenderer(ThumbnailRenderer *renderer);

    Core::AssetId assetId(const QModelIndex &index) const;
    QModelIndex indexForAsset(const Core::AssetId &id, int column = NameColumn) const;
    /** Slides using the asset (Core::Course::slidesUsingAsset). */
    int usageCount(const Core::AssetId &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /** "PNG image", "MP4 video", "WebVTT captions": translated. */
    static QString typeLabel(const Core::MediaAsset &asset);

private:
    void usageMayHaveChanged();
    const Core::MediaAsset *assetAt(int row) const;
    int rowOf(const Core::AssetId &id) const;

    QPointer<Core::Document> m_document;
    QPointer<ThumbnailRenderer> m_renderer;
    std::vector<Core::AssetId> m_ids; ///< the rows, sorted like the library
    mutable QHash<Core::AssetId, int> m_usage;
    mutable bool m_usageValid = false;
};

} // namespace App
