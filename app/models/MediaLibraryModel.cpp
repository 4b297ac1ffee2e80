// SPDX-License-Identifier: MIT
#include "MediaLibraryModel.h"

#include "ThumbnailRenderer.h"
#include "app/Icons.h"
#include "core/Document.h"

#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QTime>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace App {

MediaLibraryModel::MediaLibraryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

MediaLibraryModel::~MediaLibraryModel() = default;

void MediaLibraryModel::setDocument(Core::Document *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_usageValid = false;
    m_ids.clear();
    if (m_document) {
        for (const auto &[id, asset] : m_document->course().assets())
            m_ids.push_back(id);
        Core::Document *doc = m_document;
        connect(doc, &Core::Document::assetAdded, this, [this](const Core::AssetId &id) {
            const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
            if (it != m_ids.end() && *it == id) {
                const int row = int(it - m_ids.begin());
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
                return;
            }
            const int row = int(it - m_ids.begin());
            beginInsertRows({}, row, row);
            m_ids.insert(it, id);
            endInsertRows();
        });
        connect(doc, &Core::Document::assetAboutToBeRemoved, this, [this](const Core::AssetId &id) {
            const int row = rowOf(id);
            if (row < 0)
                return;
            beginRemoveRows({}, row, row);
            m_ids.erase(m_ids.begin() + row);
            endRemoveRows();
        });
        for (auto signal : {&Core::Document::slideInserted, &Core::Document::slideRemoved})
            connect(doc, signal, this, &MediaLibraryModel::usageMayHaveChanged);
        connect(
            doc, &Core::Document::sectionInserted, this, &MediaLibraryModel::usageMayHaveChanged);
        connect(
            doc, &Core::Document::sectionRemoved, this, &MediaLibraryModel::usageMayHaveChanged);
        connect(
            doc, &Core::Document::settingsChanged, this, &MediaLibraryModel::usageMayHaveChanged);
        connect(doc,
                &Core::Document::slideChanged,
                this,
                [this](const Core::SlideId &, Core::SlideFields fields) {
                    if (fields & Core::SlideField::Body)
                        usageMayHaveChanged();
                });
    }
    endResetModel();
}

void MediaLibraryModel::setThumbnailRenderer(ThumbnailRenderer *renderer)
{
    if (m_renderer)
        disconnect(m_renderer, nullptr, this, nullptr);
    m_renderer = renderer;
    if (m_renderer) {
        connect(m_renderer,
                &ThumbnailRenderer::assetThumbnailReady,
                this,
                [this](const Core::AssetId &id) {
                    const QModelIndex index = indexForAsset(id);
                    if (index.isValid())
                        emit dataChanged(index, index, {Qt::DecorationRole});
                });
    }
}

void MediaLibraryModel::usageMayHaveChanged()
{
    m_usageValid = false;
    if (!m_ids.empty())
        emit dataChanged(index(0, UsageColumn), index(int(m_ids.size()) - 1, UsageColumn));
}

int MediaLibraryModel::rowOf(const Core::AssetId &id) const
{
    const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
    return it != m_ids.end() && *it == id ? int(it - m_ids.begin()) : -1;
}

const Core::MediaAsset *MediaLibraryModel::assetAt(int row) const
{
    if (!m_document || row < 0 || row >= int(m_ids.size()))
        return nullptr;
    return m_document->course().asset(m_ids[size_t(row)]);
}

Core::AssetId MediaLibraryModel::assetId(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= int(m_ids.size()))
        return {};
    return m_ids[size_t(index.row())];
}

QModelIndex MediaLibraryModel::indexForAsset(const Core::AssetId &id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

int MediaLibraryModel::usageCount(const Core::AssetId &id) const
{
    if (!m_document)
        return 0;
    if (!m_usageValid) {
        // One pass over the slides for every row, rather than slidesUsingAsset() per row. A
        // slide counts once per asset, in the source or as a target language's medium.
        m_usage.clear();
        const Core::Course &course = m_document->course();
        std::set<std::pair<Core::AssetId, Core::SlideId>> uses;
        for (const Core::Slide *slide : course.allSlides()) {
            for (const Core::AssetId &ref : slide->referencedAssets())
                uses.emplace(ref, slide->id);
        }
        for (const auto &use : course.translatedMediaUses())
            uses.insert(use);
        for (const auto &[asset, slide] : uses)
            ++m_usage[asset];
        m_usageValid = true;
    }
    return m_usage.value(id);
}

int MediaLibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int MediaLibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MediaLibraryModel::typeLabel(const Core::MediaAsset &asset)
{
    const QString format = asset.extension().toUpper();
    if (asset.isImage())
        return tr("%1 image").arg(format);
    if (asset.isVideo())
        return tr("%1 video").arg(format);
    if (asset.isCaptions())
        return tr("WebVTT captions");
    if (asset.mimeType.startsWith(u"audio/"))
        return tr("%1 audio").arg(format);
    return asset.mimeType;
}

QVariant MediaLibraryModel::data(const QModelIndex &index, int role) const
{
    const Core::MediaAsset *asset = assetAt(index.row());
    if (!asset || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == AssetIdRole)
        return asset->id.toString();
    if (role == UsageCountRole)
        return usageCount(asset->id);

    switch (index.column()) {
    case NameColumn:
        switch (role) {
        case Qt::DisplayRole:
            return asset->fileName;
        case SortRole:
            return asset->fileName.toLower();
        case Qt::DecorationRole: {
            if (asset->isImage() && m_renderer) {
                const QImage image = m_renderer->assetThumbnail(*asset);
                if (!image.isNull())
                    return image;
            }
            if (asset->isVideo())
                return Icons::icon(u"media-video"_s);
            if (asset->isCaptions())
                return Icons::icon(u"media-captions"_s);
            if (asset->isImage())
                return Icons::icon(u"media-image"_s);
            return Icons::icon(u"media-audio"_s);
        }
        case Qt::ToolTipRole: {
            QString tip = tr("%1\n%2, %3")
                              .arg(asset->fileName,
                                   asset->mimeType,
                                   QLocale().formattedDataSize(asset->byteSize));
            if (asset->durationMs > 0)
                tip += tr("\nDuration %1")
                           .arg(QTime(0, 0).addMSecs(int(asset->durationMs)).toString(u"m:ss"_s));
            if (asset->imageSize.isValid())
                tip += tr("\n%1 × %2 pixels")
                           .arg(asset->imageSize.width())
                           .arg(asset->imageSize.height());
            return tip;
        }
        default:
            return {};
        }
    case TypeColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return typeLabel(*asset);
        if (role == Qt::ToolTipRole)
            return asset->mimeType;
        return {};
    case SizeColumn:
        if (role == Qt::DisplayRole)
            return QLocale().formattedDataSize(asset->byteSize);
        if (role == SortRole)
            return asset->byteSize;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DurationColumn:
        if (role == Qt::DisplayRole) {
            if (asset->durationMs <= 0)
                return asset->isVideo() ? tr("unknown") : QString();
            const QTime time = QTime(0, 0).addMSecs(int(asset->durationMs));
            return time.toString(asset->durationMs >= 3600000 ? u"h:mm:ss"_s : u"m:ss"_s);
        }
        if (role == SortRole)
            return asset->durationMs;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case UsageColumn: {
        const int count = usageCount(asset->id);
        if (role == Qt::DisplayRole) {
            if (count > 0)
                return QString::number(count);
            return m_document->course().settings().theme.logo == asset->id ? tr("logo")
                                                                           : tr("unused");
        }
        if (role == SortRole)
            return count;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole) {
            if (count == 0 && m_document->course().settings().theme.logo == asset->id)
                return tr("The course logo.");
            if (count == 0)
                return tr("No slide uses this file.");
            QStringList titles;
            const auto slides = m_document->course().slidesUsingAsset(asset->id);
            for (size_t i = 0; i < slides.size() && i < 10; ++i)
                titles.append(u"• "_s + m_document->course().slide(slides[i])->title);
            if (slides.size() > 10)
                titles.append(tr("… and %1 more").arg(slides.size() - 10));
            return tr("Used in:\n%1").arg(titles.join(u'\n'));
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant MediaLibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case DurationColumn:
        return tr("Duration");
    case UsageColumn:
        return tr("Used");
    default:
        return {};
    }
}

} // namespace App
