// SPDX-License-Identifier: MIT
#pragma once

#include "core/Ids.h"

#include <QComboBox>
#include <QHash>
#include <QPointer>

namespace Core {
class Document;
struct MediaAsset;
} // namespace Core

namespace App {

/**
 * Picks one asset of the document's media library: images (with thumbnails), videos, sound
 * files or captions. The first entry stands for "none". Follows the library as assets are added or
 * removed. Choosing emits assetChosen(); setCurrentAsset() does not. The Document is not owned.
 */
class AssetComboBox final : public QComboBox
{
    Q_OBJECT
public:
    enum class Filter { Images, Videos, Audio, Captions };

    explicit AssetComboBox(Filter filter, QWidget *parent = nullptr);

    void setDocument(Core::Document *document);
    void setCurrentAsset(const Core::AssetId &id);
    Core::AssetId currentAsset() const;

    /** A thumbnail of an image asset (null when its bytes cannot be read). */
    static QImage thumbnail(const Core::MediaAsset &asset, const QSize &size);

signals:
    void assetChosen(const Core::AssetId &id);

private:
    void rebuild();

    Filter m_filter;
    QPointer<Core::Document> m_document;
    QMetaObject::Connection m_connections[2];
    QHash<QString, QIcon> m_icons;
};

} // namespace App
