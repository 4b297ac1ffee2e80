// SPDX-License-Identifier: MIT
#include "AssetComboBox.h"

#include "app/Icons.h"
#include "core/Document.h"
#include "core/ProjectFile.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QLocale>
#include <QPixmap>
#include <QSignalBlocker>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace App {

AssetComboBox::AssetComboBox(Filter filter, QWidget *parent)
    : QComboBox(parent)
    , m_filter(filter)
{
    setIconSize(QSize(32, 32));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    connect(this, &QComboBox::activated, this, [this] { emit assetChosen(currentAsset()); });
    rebuild();
}

void AssetComboBox::setDocument(Core::Document *document)
{
    if (m_document == document)
        return;
    for (auto &connection : m_connections)
        disconnect(connection);
    m_document = document;
    m_icons.clear();
    if (m_document) {
        m_connections[0]
            = connect(m_document, &Core::Document::assetAdded, this, &AssetComboBox::rebuild);
        m_connections[1]
            = connect(m_document, &Core::Document::assetRemoved, this, &AssetComboBox::rebuild);
    }
    rebuild();
}

void AssetComboBox::setCurrentAsset(const Core::AssetId &id)
{
    const QSignalBlocker blocker(this);
    int index = findData(id.toString());
    if (index < 0 && !id.isNull()) { // referenced but missing from the library
        addItem(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                tr("Missing file (%1…)").arg(id.toString().left(8)),
                id.toString());
        index = count() - 1;
    }
    setCurrentIndex(qMax(0, index));
}

Core::AssetId AssetComboBox::currentAsset() const
{
    return Core::AssetId(currentData().toString());
}

QImage AssetComboBox::thumbnail(const Core::MediaAsset &asset, const QSize &size)
{
    Core::Result<QByteArray> bytes = Core::ProjectFile::readAssetBytes(
        asset.source, Core::ProjectFile::maxDecodedImageFileBytes); // hostile files: bounded
    if (!bytes)
        return {};
    QBuffer buffer(&bytes.value());
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > size.width() || full.height() > size.height()))
        reader.setScaledSize(full.scaled(size, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (!image.isNull() && (image.width() > size.width() || image.height() > size.height()))
        image = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

void AssetComboBox::rebuild()
{
    const QString current = currentData().toString();
    const QSignalBlocker blocker(this);
    clear();
    addItem(m_filter == Filter::Images     ? tr("No image")
            : m_filter == Filter::Audio    ? tr("No sound file")
            : m_filter == Filter::Captions ? tr("No captions")
                                           : tr("No video"),
            QString());
    if (m_document) {
        const QLocale locale;
        for (const auto &[id, asset] : m_document->course().assets()) {
            const bool wanted = m_filter == Filter::Images  ? asset.isImage()
                                : m_filter == Filter::Audio ? asset.mimeType.startsWith(u"audio/")
                                : m_filter == Filter::Captions ? asset.isCaptions()
                                                               : asset.isVideo();
            if (!wanted)
                continue;
            QIcon icon = m_icons.value(id.toString());
            QString details;
            if (m_filter == Filter::Images) {
                if (icon.isNull()) {
                    const QImage image = thumbnail(asset, iconSize());
                    icon = image.isNull() ? Icons::icon(u"media-image"_s)
                                          : QIcon(QPixmap::fromImage(image));
                    m_icons.insert(id.toString(), icon);
                }
                if (asset.imageSize.isValid())
                    details = tr("%1 × %2 px")
                                  .arg(asset.imageSize.width())
                                  .arg(asset.imageSize.height());
            } else {
                icon = Icons::icon(m_filter == Filter::Audio      ? u"media-audio"_s
                                   : m_filter == Filter::Captions ? u"media-captions"_s
                                                                  : u"media-video"_s);
                if (asset.durationMs > 0)
                    details = tr("%1 s").arg(locale.toString(asset.durationMs / 1000.0, 'f', 1));
            }
            const QString text
                = details.isEmpty() ? asset.fileName : tr("%1 — %2").arg(asset.fileName, details);
            addItem(icon, text, id.toString());
        }
    }
    setCurrentAsset(Core::AssetId(current));
}

} // namespace App
