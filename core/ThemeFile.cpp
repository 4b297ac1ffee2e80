// SPDX-License-Identifier: MIT
#include "ThemeFile.h"

#include "Course.h"
#include "CourseSerializer.h"
#include "MediaImporter.h"
#include "Sha256.h"
#include "Tr.h"
#include "ZipReader.h"
#include "ZipWriter.h"

#include <QDir>
#include <QFileInfo>

#include <map>

using namespace Qt::StringLiterals;

namespace Core {

namespace {

const QString xmlEntry = u"theme.xml"_s;

QString displayName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? QDir::toNativeSeparators(path) : name;
}

} // namespace

QString ThemeFile::suffix()
{
    return u".capsuletheme"_s;
}

Result<void> ThemeFile::write(const Theme &theme, const Course &course, const QString &path)
{
    std::map<AssetId, MediaAsset> assets;
    qint64 total = 0;
    for (const AssetId &id : {theme.logo, theme.coverImage}) {
        if (id.isNull() || assets.count(id))
            continue;
        const MediaAsset *asset = course.asset(id);
        if (!asset) {
            return makeError(ErrorCode::MissingAsset,
                             Tr::tr("%1: the theme refers to the media %2, which is not in the "
                                    "course.")
                                 .arg(displayName(path), id.toString()));
        }
        total += asset->byteSize;
        assets.emplace(id, *asset);
    }
    if (total > maxBytes - maxXmlBytes) {
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("%1: the logo and cover image weigh %2 MB; a theme file holds at "
                                "most %3 MB of images.")
                             .arg(displayName(path),
                                  QString::number(double(total) / 1e6, 'f', 1),
                                  QString::number((maxBytes - maxXmlBytes) / 1000000)));
    }
    ZipWriter zip(path);
    zip.addFile(xmlEntry, CourseSerializer::themeToXml(theme, assets));
    for (const auto &[id, asset] : assets)
        zip.addFromSource(asset.archiveName(), asset.source);
    return zip.commit();
}

Result<ThemeFile> ThemeFile::read(const QString &path)
{
    const QString name = displayName(path);
    const QFileInfo info(path);
    if (info.isFile() && info.size() > maxBytes) {
        return makeError(ErrorCode::InvalidContent,
                         Tr::tr("%1 is too large for a theme file (%2 bytes; the limit is %3 "
                                "bytes); it was not read.")
                             .arg(name, QString::number(info.size()), QString::number(maxBytes)));
    }
    Result<ZipReader> zip = ZipReader::open(path);
    if (!zip) {
        if (zip.error().code == ErrorCode::NotAZip) {
            return makeError(ErrorCode::NotAZip,
                             Tr::tr("%1 is not a Capsule theme: the file is damaged or is not a "
                                    "zip archive.")
                                 .arg(name));
        }
        return zip.error();
    }
    if (!zip->contains(xmlEntry)) {
        return makeError(ErrorCode::MissingEntry,
                         Tr::tr("%1 is not a Capsule theme: it has no theme.xml.").arg(name));
    }
    Result<QByteArray> xml = zip->readAll(xmlEntry, maxXmlBytes);
    if (!xml) {
        if (xml.error().code == ErrorCode::InvalidArgument) {
            return makeError(ErrorCode::InvalidContent,
                             Tr::tr("%1: theme.xml is too large (%2 bytes; the limit is %3 "
                                    "bytes); it was not read.")
                                 .arg(name,
                                      QString::number(zip->entryInfo(xmlEntry)->size),
                                      QString::number(maxXmlBytes)));
        }
        return xml.error();
    }
    Result<std::unique_ptr<Course>> parsed = CourseSerializer::themeFromXml(*xml, name);
    if (!parsed)
        return parsed.error();
    const Course &course = *parsed.value();

    ThemeFile file;
    file.theme = course.settings().theme;
    const auto used
        = [&](const AssetId &id) { return id == file.theme.logo || id == file.theme.coverImage; };
    QStringList expected{xmlEntry};
    qint64 total = xml->size();
    for (const auto &[id, listed] : course.assets()) {
        const QString entry = listed.archiveName();
        if (!used(id)) {
            return makeError(ErrorCode::InvalidContent,
                             Tr::tr("%1: theme.xml lists the media %2, which the theme does not "
                                    "use.")
                                 .arg(name, entry));
        }
        if (!listed.isImage()) {
            return makeError(
                ErrorCode::InvalidContent,
                Tr::tr("%1: the media %2 is not an image (%3).").arg(name, entry, listed.mimeType));
        }
        const std::optional<ZipReader::EntryInfo> entryInfo = zip->entryInfo(entry);
        if (!entryInfo) {
            return makeError(
                ErrorCode::MissingAsset,
                Tr::tr("%1: the media %2 listed in theme.xml is missing.").arg(name, entry));
        }
        total += entryInfo->size;
        if (entryInfo->size != listed.byteSize) {
            return makeError(ErrorCode::InvalidContent,
                             Tr::tr("%1: the media %2 has %3 bytes; theme.xml says %4.")
                                 .arg(name,
                                      entry,
                                      QString::number(entryInfo->size),
                                      QString::number(listed.byteSize)));
        }
        if (total > maxBytes) {
            return makeError(ErrorCode::InvalidContent,
                             Tr::tr("%1: the theme's media weigh more than %2 bytes in all; it "
                                    "was not read.")
                                 .arg(name, QString::number(maxBytes)));
        }
        Result<QByteArray> bytes = zip->readAll(entry, listed.byteSize);
        if (!bytes)
            return bytes.error();
        if (Sha256::hex(*bytes) != id.toString()) {
            return makeError(ErrorCode::HashMismatch,
                             Tr::tr("%1: the bytes of the media %2 do not match its name (the "
                                    "file is damaged).")
                                 .arg(name, entry));
        }
        Result<MediaAsset> asset = MediaImporter::fromData(*bytes, listed.fileName);
        if (!asset) {
            return makeError(ErrorCode::InvalidContent,
                             Tr::tr("%1: the media %2 is not a readable image: %3")
                                 .arg(name, entry, asset.error().message));
        }
        if (!asset->isImage()) {
            return makeError(
                ErrorCode::InvalidContent,
                Tr::tr("%1: the media %2 is not an image (%3).").arg(name, entry, asset->mimeType));
        }
        asset->fileName = listed.fileName;
        expected.append(entry);
        file.assets.push_back(std::move(asset.value()));
    }
    for (const AssetId &id : {file.theme.logo, file.theme.coverImage}) {
        if (!id.isNull() && !course.asset(id)) { // themeFromXml checks it; kept for clarity
            return makeError(ErrorCode::MissingAsset,
                             Tr::tr("%1: the theme refers to the media %2, which is not listed.")
                                 .arg(name, id.toString()));
        }
    }
    for (const QString &entry : zip->entryNames()) {
        if (!expected.contains(entry)) {
            return makeError(ErrorCode::InvalidContent,
                             Tr::tr("%1: unexpected entry \"%2\"; a theme file holds theme.xml "
                                    "and the media it lists, nothing else.")
                                 .arg(name, entry));
        }
    }
    return file;
}

} // namespace Core
