// SPDX-License-Identifier: MIT
#include "ProjectFile.h"

#include "CourseSerializer.h"
#include "Sha256.h"
#include "Tr.h"
#include "ZipReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace Core {

namespace {

QString displayName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? QDir::toNativeSeparators(path) : name;
}

/** "“accueil.png” (media/ab12….png)": how a media file is named in messages. */
QString describe(const MediaAsset &asset)
{
    return Tr::tr("\"%1\" (%2)").arg(asset.fileName, asset.archiveName());
}

Error sizeMismatch(const QString &file, const MediaAsset &asset, qint64 actual)
{
    return makeError(
        ErrorCode::HashMismatch,
        Tr::tr("%1 is damaged: the media file %2 has %3 bytes instead of %4.")
            .arg(file, describe(asset), QString::number(actual), QString::number(asset.byteSize)));
}

Error hashMismatch(const QString &file, const MediaAsset &asset)
{
    return makeError(ErrorCode::HashMismatch,
                     Tr::tr("%1 is damaged: the content of the media file %2 does not match "
                            "its checksum.")
                         .arg(file, describe(asset)));
}

Error unsafeName(const QString &file, const MediaAsset &asset)
{
    return makeError(ErrorCode::UnsafeEntry,
                     Tr::tr("%1: the media file \"%2\" would be stored under the unsafe name "
                            "\"%3\".")
                         .arg(file, asset.fileName, asset.archiveName()));
}

bool hashMatches(Sha256 &hash, const AssetId &id)
{
    return hash.hexResult() == id.toString();
}

/** Verifies one media entry of an open project and points the asset at it. */
Result<void> attachZipEntry(const ZipReader &zip,
                            const QString &file,
                            MediaAsset &asset,
                            ProjectFile::MediaCheck check)
{
    QString entry = asset.archiveName();
    if (!ZipReader::isSafeEntryName(entry))
        return unsafeName(file, asset);
    if (!zip.contains(entry)) {
        // The extension is derived from metadata and could differ between Capsule versions:
        // the sha256 is what identifies the entry.
        const QString prefix = u"media/"_s + asset.id.toString() + u'.';
        for (const QString &candidate : zip.entryNames()) {
            if (candidate.startsWith(prefix) && candidate.indexOf(u'/', prefix.size()) < 0) {
                entry = candidate;
                break;
            }
        }
    }
    const std::optional<ZipReader::EntryInfo> info = zip.entryInfo(entry);
    if (!info) {
        return makeError(
            ErrorCode::MissingAsset,
            Tr::tr("%1 is damaged: the media file %2 is missing.").arg(file, describe(asset)));
    }
    if (info->size != asset.byteSize)
        return sizeMismatch(file, asset, info->size);
    if (check == ProjectFile::MediaCheck::Deferred) {
        asset.source = AssetSource{
            AssetSource::Kind::ZipEntry, QFileInfo(zip.path()).absoluteFilePath(), entry};
        asset.source.expectedSha256 = asset.id.toString();
        return {};
    }

    Sha256 hash;
    const Result<void> streamed = zip.read(
        entry,
        [&hash](QByteArrayView chunk) {
            hash.addData(chunk);
            return true;
        },
        ZipReader::Check::CallerVerifies);
    if (!streamed)
        return streamed.error(); // names the file and the entry
    if (!hashMatches(hash, asset.id))
        return hashMismatch(file, asset);
    asset.source = AssetSource{
        AssetSource::Kind::ZipEntry, QFileInfo(zip.path()).absoluteFilePath(), entry, {}};
    return {};
}

/**
 * Verifies every media entry. Hashing is what opening a course with large videos costs, so
 * above a few megabytes the work is split in two halves of about equal bytes, the second one
 * read through its own ZipReader (libzip archives are not shared across threads). The error
 * reported is the first in asset order, whichever thread met it.
 */
Result<void> attachZipEntries(const ZipReader &zip,
                              const QString &file,
                              std::map<AssetId, MediaAsset> &assets,
                              ProjectFile::MediaCheck check)
{
    constexpr qint64 parallelThreshold = 16 * 1024 * 1024;
    std::vector<MediaAsset *> all;
    qint64 totalBytes = 0;
    for (auto &[id, asset] : assets) {
        all.push_back(&asset);
        totalBytes += asset.byteSize;
    }
    std::vector<MediaAsset *> mine;
    std::vector<MediaAsset *> other;
    if (totalBytes < parallelThreshold || all.size() < 2 || QThread::idealThreadCount() < 2
        || check == ProjectFile::MediaCheck::Deferred) {
        mine = all;
    } else {
        std::vector<MediaAsset *> bySize = all;
        std::stable_sort(
            bySize.begin(), bySize.end(), [](const MediaAsset *a, const MediaAsset *b) {
                return a->byteSize > b->byteSize;
            });
        qint64 mineBytes = 0;
        qint64 otherBytes = 0;
        for (MediaAsset *asset : bySize) {
            (mineBytes <= otherBytes ? mine : other).push_back(asset);
            (mineBytes <= otherBytes ? mineBytes : otherBytes) += asset->byteSize;
        }
    }

    struct Failure
    {
        AssetId id;
        Error error;
    };
    const auto verify
        = [&file, check](const ZipReader &reader,
                         const std::vector<MediaAsset *> &list) -> std::optional<Failure> {
        std::optional<Failure> first;
        for (MediaAsset *asset : list) {
            if (first && !(asset->id < first->id))
                continue;
            if (Result<void> attached = attachZipEntry(reader, file, *asset, check); !attached)
                first = Failure{asset->id, attached.error()};
        }
        return first;
    };

    std::optional<Failure> otherFailure;
    std::thread worker;
    if (!other.empty()) {
        worker = std::thread([&] {
            Result<ZipReader> second = ZipReader::open(zip.path());
            if (!second)
                otherFailure = Failure{other.front()->id, second.error()};
            else
                otherFailure = verify(*second, other);
        });
    }
    std::optional<Failure> failure = verify(zip, mine);
    if (worker.joinable())
        worker.join();
    if (otherFailure && (!failure || otherFailure->id < failure->id))
        failure = otherFailure;
    if (failure)
        return failure->error;
    return {};
}

/** Verifies one media file of a project folder and points the asset at it (or loads it). */
Result<void> attachFolderFile(const QDir &folder, const QString &name, MediaAsset &asset)
{
    const QString entry = asset.archiveName();
    if (!ZipReader::isSafeEntryName(entry))
        return unsafeName(name, asset);
    QString path = folder.filePath(entry);
    if (!QFile::exists(path)) {
        // As in a zip: the sha256 identifies the file, whatever its extension.
        const QStringList candidates
            = QDir(folder.filePath(u"media"_s))
                  .entryList({asset.id.toString() + u".*"_s}, QDir::Files, QDir::Name);
        if (!candidates.isEmpty())
            path = folder.filePath(u"media/"_s + candidates.first());
    }
    QFile file(path);
    if (!file.exists()) {
        return makeError(
            ErrorCode::MissingAsset,
            Tr::tr("%1 is incomplete: the media file %2 is missing.").arg(name, describe(asset)));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         Tr::tr("%1: cannot read the media file %2 (%3).")
                             .arg(name, describe(asset), file.errorString()));
    }
    if (file.size() != asset.byteSize)
        return sizeMismatch(name, asset, file.size());

    // Resources are in memory already; files on disk stay on disk.
    const bool inMemory = path.startsWith(u':');
    QByteArray data;
    Sha256 hash;
    if (inMemory) {
        data = file.readAll();
        hash.addData(data);
    } else {
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (qint64 n; (n = file.read(chunk.data(), chunk.size())) != 0;) {
            if (n < 0) {
                return makeError(ErrorCode::Io,
                                 Tr::tr("%1: cannot read the media file %2 (%3).")
                                     .arg(name, describe(asset), file.errorString()));
            }
            hash.addData(QByteArrayView(chunk.constData(), n));
        }
    }
    if (!hashMatches(hash, asset.id))
        return hashMismatch(name, asset);
    asset.source
        = inMemory
              ? AssetSource{AssetSource::Kind::Memory, {}, {}, std::move(data)}
              : AssetSource{AssetSource::Kind::File, QFileInfo(path).absoluteFilePath(), {}, {}};
    return {};
}

/** Checks the SHA-256 of an asset whose zip entry was not verified when it was read. */
Result<void> verifyZipEntry(const AssetSource &source, const QString &file, const MediaAsset &asset)
{
    Result<ZipReader> zip = ZipReader::open(source.path);
    if (!zip)
        return zip.error();
    Sha256 hash;
    const Result<void> streamed = zip->read(
        source.entryName,
        [&hash](QByteArrayView chunk) {
            hash.addData(chunk);
            return true;
        },
        ZipReader::Check::CallerVerifies);
    if (!streamed)
        return streamed.error();
    if (hash.hexResult() != source.expectedSha256) {
        return makeError(ErrorCode::HashMismatch,
                         Tr::tr("%1 was not saved: the content of the media file %2 in %3 does "
                                "not match its checksum.")
                             .arg(file, describe(asset), displayName(source.path)));
    }
    return {};
}

Error tooLargeToLoad(const QString &where, qint64 size, qint64 maxSize)
{
    return makeError(ErrorCode::InvalidArgument,
                     Tr::tr("The media file %1 is too large to be loaded (%2 bytes; the limit "
                            "is %3 bytes).")
                         .arg(where, QString::number(size), QString::number(maxSize)));
}

/** The bytes of a source, unchecked; at most maxSize of them. */
Result<QByteArray> loadSourceBytes(const AssetSource &source, qint64 maxSize)
{
    switch (source.kind) {
    case AssetSource::Kind::Memory:
        return source.data;
    case AssetSource::Kind::File: {
        QFile file(source.path);
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::Io,
                             Tr::tr("Cannot read %1: %2.")
                                 .arg(QDir::toNativeSeparators(source.path), file.errorString()));
        }
        if (file.size() > maxSize)
            return tooLargeToLoad(QDir::toNativeSeparators(source.path), file.size(), maxSize);
        return file.readAll(); // no more than maxSize: checked above
    }
    case AssetSource::Kind::ZipEntry: {
        Result<ZipReader> zip = ZipReader::open(source.path);
        if (!zip)
            return zip.error();
        // The declared size bounds what is read (ZipReader); checked against maxSize first.
        if (const auto info = zip->entryInfo(source.entryName); info && info->size > maxSize) {
            return tooLargeToLoad(
                Tr::tr("\"%1\" in %2").arg(source.entryName, QDir::toNativeSeparators(source.path)),
                info->size,
                maxSize);
        }
        return zip->readAll(source.entryName, maxSize);
    }
    case AssetSource::Kind::None:
        break;
    }
    return makeError(ErrorCode::InvalidArgument, Tr::tr("The media bytes are not available."));
}

} // namespace

QString ProjectFile::courseEntryName()
{
    return u"course.xml"_s;
}

Result<std::unique_ptr<Course>> ProjectFile::read(const QString &path, MediaCheck check)
{
    const QString name = displayName(path);
    Result<ZipReader> zip = ZipReader::open(path);
    if (!zip) {
        if (zip.error().code == ErrorCode::NotAZip) {
            return makeError(ErrorCode::NotAZip,
                             Tr::tr("%1 is not a Capsule project: the file is damaged or is not "
                                    "a zip archive.")
                                 .arg(name));
        }
        return zip.error();
    }
    if (!zip->contains(courseEntryName())) {
        return makeError(ErrorCode::MissingEntry,
                         Tr::tr("%1 is not a Capsule project: it has no course.xml.").arg(name));
    }
    Result<QByteArray> xml = zip->readAll(courseEntryName(), maxCourseXmlBytes);
    if (!xml) {
        if (xml.error().code == ErrorCode::InvalidArgument) {
            const qint64 declared = zip->entryInfo(courseEntryName())->size;
            return makeError(
                ErrorCode::InvalidContent,
                Tr::tr("%1: course.xml is too large (%2 bytes; the limit is %3 "
                       "bytes); it was not read.")
                    .arg(name, QString::number(declared), QString::number(maxCourseXmlBytes)));
        }
        return xml.error(); // NotAZip, naming the file and the entry
    }
    Result<std::unique_ptr<Course>> course = CourseSerializer::fromXml(*xml, name);
    if (!course)
        return course;
    if (Result<void> verified = attachZipEntries(*zip, name, course.value()->assets(), check);
        !verified)
        return verified.error();
    return course;
}

Result<std::unique_ptr<Course>> ProjectFile::readFolder(const QString &folder)
{
    const QDir dir(folder);
    const QString name = QDir::toNativeSeparators(folder);
    QFile xmlFile(dir.filePath(courseEntryName()));
    if (!xmlFile.exists()) {
        return makeError(
            ErrorCode::MissingEntry,
            Tr::tr("%1 is not a Capsule project folder: it has no course.xml.").arg(name));
    }
    if (!xmlFile.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorCode::Io,
            Tr::tr("Cannot read %1: %2.")
                .arg(QDir::toNativeSeparators(xmlFile.fileName()), xmlFile.errorString()));
    }
    if (xmlFile.size() > maxCourseXmlBytes) {
        return makeError(
            ErrorCode::InvalidContent,
            Tr::tr("%1: course.xml is too large (%2 bytes; the limit is %3 "
                   "bytes); it was not read.")
                .arg(name, QString::number(xmlFile.size()), QString::number(maxCourseXmlBytes)));
    }
    Result<std::unique_ptr<Course>> course = CourseSerializer::fromXml(xmlFile.readAll(), name);
    if (!course)
        return course;
    for (auto &[id, asset] : course.value()->assets()) {
        if (Result<void> attached = attachFolderFile(dir, name, asset); !attached)
            return attached.error();
    }
    return course;
}

Result<void>
ProjectFile::write(const Course &course, const QString &path, const WriteOptions &options)
{
    const QString name = displayName(path);
    const QByteArray xml = CourseSerializer::toXml(course);
    // Never write what we could not read back.
    if (const auto check = CourseSerializer::fromXml(xml, name); !check) {
        return makeError(check.error().code,
                         Tr::tr("%1 was not saved because the course breaks a rule of the file "
                                "format: %2")
                             .arg(name, check.error().message));
    }

    ZipWriter writer(path);
    writer.setProgressCallback(options.progress);
    writer.setFailAfterBytes(options.failAfterBytes);
    writer.addFile(courseEntryName(), xml, ZipWriter::Compression::Deflate);
    for (const auto &[id, asset] : course.assets()) { // std::map: sorted by id
        const QString entry = asset.archiveName();
        if (!ZipReader::isSafeEntryName(entry))
            return unsafeName(name, asset);
        // Cheap consistency checks, so a changed source file cannot produce a project that
        // fails its own checksum test when it is opened again.
        const AssetSource &source = asset.source;
        if (source.kind == AssetSource::Kind::Memory) {
            if (source.data.size() != asset.byteSize) {
                return makeError(ErrorCode::InvalidContent,
                                 Tr::tr("%1 was not saved: the media file %2 has %3 bytes "
                                        "instead of %4.")
                                     .arg(name,
                                          describe(asset),
                                          QString::number(source.data.size()),
                                          QString::number(asset.byteSize)));
            }
            if (Sha256::hex(source.data) != id.toString()) {
                return makeError(ErrorCode::HashMismatch,
                                 Tr::tr("%1 was not saved: the content of the media file %2 "
                                        "does not match its checksum.")
                                     .arg(name, describe(asset)));
            }
        } else if (source.kind == AssetSource::Kind::File) {
            const QFileInfo info(source.path);
            if (info.isFile() && info.size() != asset.byteSize) {
                return makeError(
                    ErrorCode::InvalidContent,
                    Tr::tr("%1 was not saved: the media file %2 changed on disk "
                           "(%3).")
                        .arg(name, describe(asset), QDir::toNativeSeparators(source.path)));
            }
        }
        if (source.kind == AssetSource::Kind::ZipEntry && !source.expectedSha256.isEmpty()) {
            // Read with MediaCheck::Deferred: a project must never carry media that fail their
            // checksum, so the SHA-256 is checked now (ZipWriter would only check the CRC-32).
            if (Result<void> verified = verifyZipEntry(source, name, asset); !verified)
                return verified.error();
            AssetSource checked = source;
            checked.expectedSha256.clear();
            writer.addFromSource(entry, checked);
            continue;
        }
        writer.addFromSource(entry, source);
    }
    return writer.commit();
}

Result<void> ProjectFile::write(const Course &course, const QString &path)
{
    return write(course, path, WriteOptions{});
}

Result<QByteArray> ProjectFile::readAssetBytes(const AssetSource &source)
{
    return readAssetBytes(source, std::numeric_limits<qint64>::max());
}

Result<QByteArray> ProjectFile::readAssetBytes(const AssetSource &source, qint64 maxSize)
{
    Result<QByteArray> bytes = loadSourceBytes(source, maxSize);
    if (bytes && !source.expectedSha256.isEmpty() && Sha256::hex(*bytes) != source.expectedSha256) {
        const QString where
            = source.kind == AssetSource::Kind::ZipEntry
                  ? Tr::tr("\"%1\" in %2")
                        .arg(source.entryName, QDir::toNativeSeparators(source.path))
                  : QDir::toNativeSeparators(source.path);
        return makeError(
            ErrorCode::HashMismatch,
            Tr::tr("The content of the media file %1 does not match its checksum.").arg(where));
    }
    return bytes;
}

} // namespace Core
