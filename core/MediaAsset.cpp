// SPDX-License-Identifier: MIT
#include "MediaAsset.h"

#include <QFileInfo>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace Core {

QString MediaAsset::extension() const
{
    // Prefer the MIME type so that "photo.JPG" and "photo.jpeg" land under one name.
    static const QHash<QString, QString> byMime{
        {u"image/png"_s, u"png"_s},
        {u"image/jpeg"_s, u"jpg"_s},
        {u"image/gif"_s, u"gif"_s},
        {u"image/webp"_s, u"webp"_s},
        {u"image/svg+xml"_s, u"svg"_s},
        {u"video/mp4"_s, u"mp4"_s},
        {u"video/webm"_s, u"webm"_s},
        {u"text/vtt"_s, u"vtt"_s},
        {u"audio/mpeg"_s, u"mp3"_s},
        {u"audio/ogg"_s, u"ogg"_s},
        {u"audio/mp4"_s, u"m4a"_s},
    };
    if (const auto it = byMime.constFind(mimeType); it != byMime.constEnd())
        return *it;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (!suffix.isEmpty())
        return suffix;
    const QString fromDb = QMimeDatabase().mimeTypeForName(mimeType).preferredSuffix();
    return fromDb.isEmpty() ? u"bin"_s : fromDb;
}

QString MediaAsset::archiveName() const
{
    return u"media/"_s + id.toString() + u'.' + extension();
}

} // namespace Core
