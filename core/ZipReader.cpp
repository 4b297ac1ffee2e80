// SPDX-License-Identifier: MIT
#include "ZipReader.h"

#include "Tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <zip.h>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Core {

namespace {

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString libzipMessage(int zipError, int systemError = 0)
{
    zip_error_t error;
    zip_error_init_with_code(&error, zipError);
    if (systemError != 0 && zip_error_system_type(&error) == ZIP_ET_SYS)
        error.sys_err = systemError;
    const QString message = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return message;
}

QString libzipMessage(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

quint16 le16(const char *p)
{
    return quint16(uchar(p[0]) | uchar(p[1]) << 8);
}

quint32 le32(const char *p)
{
    return quint32(le16(p)) | quint32(le16(p + 2)) << 16;
}

quint64 le64(const char *p)
{
    return quint64(le32(p)) | quint64(le32(p + 4)) << 32;
}

constexpr quint32 localHeaderSignature = 0x04034b50;
constexpr quint32 centralHeaderSignature = 0x02014b50;
constexpr quint32 endSignature = 0x06054b50;
constexpr quint32 zip64EndSignature = 0x06064b50;
constexpr quint32 zip64LocatorSignature = 0x07064b50;
constexpr int localHeaderSize = 30;
constexpr int centralHeaderSize = 46;
constexpr int endSize = 22;
constexpr int zip64LocatorSize = 20;
constexpr int zip64EndSize = 56;

/** Reads exactly size bytes at offset, or returns an empty array. */
QByteArray readAt(QFile &file, qint64 offset, qint64 size)
{
    if (offset < 0 || size < 0 || !file.seek(offset))
        return {};
    QByteArray bytes = file.read(size);
    return bytes.size() == size ? bytes : QByteArray();
}

/**
 * The first name that occurs twice in the archive at path, read without ZIP_CHECKCONS (which
 * refuses such an archive without naming the entry); empty if there is none.
 */
QString firstDuplicateName(const QString &path)
{
    int errorCode = 0;
    zip_t *za = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &errorCode);
    if (!za)
        return {};
    QString duplicate;
    QSet<QString> seen;
    const zip_int64_t count = zip_get_num_entries(za, 0);
    for (zip_int64_t i = 0; i < count && duplicate.isEmpty(); ++i) {
        const char *raw = zip_get_name(za, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (!raw)
            break;
        const QString name = QString::fromUtf8(raw);
        if (seen.contains(name))
            duplicate = name;
        seen.insert(name);
    }
    zip_discard(za);
    return duplicate;
}

} // namespace

bool ZipReader::isSafeEntryName(QStringView name)
{
    if (name.isEmpty() || name.startsWith(u'/'))
        return false;
    for (const QChar c : name) {
        if (c == u'\\' || c == u':' || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false; // ':' also rules out drive letters ("C:") and alternate data streams
    }
    qsizetype start = 0;
    while (start <= name.size()) {
        qsizetype end = name.indexOf(u'/', start);
        if (end < 0)
            end = name.size();
        const QStringView part = name.sliced(start, end - start);
        if (part.isEmpty() || part == u"." || part == u"..")
            return false;
        start = end + 1;
    }
    return true;
}

Result<ZipReader> ZipReader::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return makeError(ErrorCode::Io,
                         Tr::tr("Cannot open %1: the file does not exist.").arg(displayName(path)));
    }
    if (!info.isFile()) {
        return makeError(ErrorCode::Io,
                         Tr::tr("Cannot open %1: it is not a file.").arg(displayName(path)));
    }
    // libzip accepts an empty file as an empty archive; for us it is a damaged file.
    if (info.size() == 0) {
        return makeError(ErrorCode::NotAZip,
                         Tr::tr("%1 is damaged or is not a zip archive: the file is empty.")
                             .arg(displayName(path)));
    }

    int errorCode = 0;
    zip_t *za
        = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &errorCode);
    if (!za) {
        const bool io = errorCode == ZIP_ER_OPEN || errorCode == ZIP_ER_READ
                        || errorCode == ZIP_ER_NOENT || errorCode == ZIP_ER_MEMORY;
        if (io) {
            return makeError(ErrorCode::Io,
                             Tr::tr("Cannot open %1: %2.")
                                 .arg(displayName(path), libzipMessage(errorCode, errno)));
        }
        if (errorCode == ZIP_ER_EXISTS) {
            // ZIP_CHECKCONS refuses two entries with the same name; say which one.
            if (const QString duplicate = firstDuplicateName(path); !duplicate.isEmpty()) {
                return makeError(ErrorCode::UnsafeEntry,
                                 Tr::tr("%1 contains the entry \"%2\" twice, so which one to "
                                        "read is ambiguous; it was not opened.")
                                     .arg(displayName(path), duplicate));
            }
        }
        return makeError(ErrorCode::NotAZip,
                         Tr::tr("%1 is damaged or is not a zip archive (%2).")
                             .arg(displayName(path), libzipMessage(errorCode)));
    }

    ZipReader reader;
    reader.m_zip = za;
    reader.m_path = path;
    const zip_int64_t count = zip_get_num_entries(za, 0);
    reader.m_names.reserve(count);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *raw = zip_get_name(za, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (!raw) {
            return makeError(ErrorCode::NotAZip,
                             Tr::tr("%1 is damaged or is not a zip archive (%2).")
                                 .arg(displayName(path), libzipMessage(zip_get_error(za))));
        }
        const QString name = QString::fromUtf8(raw);
        if (name.endsWith(u'/') && isSafeEntryName(QStringView(name).chopped(1))) {
            return makeError(ErrorCode::UnsafeEntry,
                             Tr::tr("%1 contains the folder entry \"%2\"; a Capsule file has "
                                    "no folder entries, only files. It was not opened.")
                                 .arg(displayName(path), name));
        }
        if (!isSafeEntryName(name)) {
            return makeError(ErrorCode::UnsafeEntry,
                             Tr::tr("%1 contains an unsafe entry name \"%2\" (absolute, with "
                                    "\"..\", a backslash or a drive letter); it was not opened.")
                                 .arg(displayName(path), name));
        }
        reader.m_names.append(name);
        reader.m_index.insert(name, zip_uint64_t(i)); // ZIP_CHECKCONS already refused duplicates
    }
    reader.readDirectoryRecords();
    return reader;
}

void ZipReader::readDirectoryRecords()
{
    // libzip has accepted the archive (ZIP_CHECKCONS): this only recovers what its API does not
    // tell, where each local header is. Anything unexpected leaves m_records empty, and callers
    // then go through libzip as before.
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const qint64 fileSize = file.size();
    const qint64 tailSize = std::min<qint64>(fileSize, endSize + 0xffff);
    const QByteArray tail = readAt(file, fileSize - tailSize, tailSize);
    qsizetype end = -1;
    for (qsizetype at = tail.size() - endSize; at >= 0; --at) {
        if (le32(tail.constData() + at) == endSignature
            && at + endSize + le16(tail.constData() + at + 20) <= tail.size()) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return;
    const char *e = tail.constData() + end;
    quint64 count = le16(e + 10);
    quint64 directorySize = le32(e + 12);
    quint64 directoryOffset = le32(e + 16);
    const qint64 endOffset = fileSize - tailSize + end;
    if (endOffset >= zip64LocatorSize) {
        const QByteArray locator = readAt(file, endOffset - zip64LocatorSize, zip64LocatorSize);
        if (!locator.isEmpty() && le32(locator.constData()) == zip64LocatorSignature) {
            const QByteArray record
                = readAt(file, qint64(le64(locator.constData() + 8)), zip64EndSize);
            if (record.isEmpty() || le32(record.constData()) != zip64EndSignature)
                return;
            count = le64(record.constData() + 32);
            directorySize = le64(record.constData() + 40);
            directoryOffset = le64(record.constData() + 48);
        }
    }
    if (count != quint64(m_names.size()) || directorySize > quint64(fileSize))
        return;
    const QByteArray directory = readAt(file, qint64(directoryOffset), qint64(directorySize));
    if (directory.size() != qsizetype(directorySize))
        return;

    std::vector<DirectoryRecord> records;
    records.reserve(count);
    qsizetype at = 0;
    for (quint64 i = 0; i < count; ++i) {
        if (at + centralHeaderSize > directory.size())
            return;
        const char *h = directory.constData() + at;
        if (le32(h) != centralHeaderSignature)
            return;
        DirectoryRecord record;
        record.flags = le16(h + 8);
        record.method = le16(h + 10);
        record.crc32 = le32(h + 16);
        quint64 compressedSize = le32(h + 20);
        quint64 size = le32(h + 24);
        quint64 headerOffset = le32(h + 42);
        const qsizetype nameLength = le16(h + 28);
        const qsizetype extraLength = le16(h + 30);
        const qsizetype commentLength = le16(h + 32);
        const qsizetype extraStart = at + centralHeaderSize + nameLength;
        at = extraStart + extraLength + commentLength;
        if (at > directory.size())
            return;
        // The ZIP64 extra field holds, in this order, the fields whose 32-bit value is all ones.
        for (qsizetype x = extraStart; x + 4 <= extraStart + extraLength;) {
            const quint16 id = le16(directory.constData() + x);
            const qsizetype length = le16(directory.constData() + x + 2);
            const qsizetype dataEnd = x + 4 + length;
            if (dataEnd > extraStart + extraLength)
                return;
            if (id == 0x0001) {
                qsizetype p = x + 4;
                for (quint64 *field : {&size, &compressedSize, &headerOffset}) {
                    if (*field != 0xffffffffu)
                        continue;
                    if (p + 8 > dataEnd)
                        return;
                    *field = le64(directory.constData() + p);
                    p += 8;
                }
            }
            x = dataEnd;
        }
        record.compressedSize = qint64(compressedSize);
        record.size = qint64(size);
        record.headerOffset = qint64(headerOffset);
        if (record.compressedSize < 0 || record.size < 0 || record.headerOffset < 0)
            return;

        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(m_zip, i, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)
            || !(st.valid & ZIP_STAT_COMP_SIZE) || !(st.valid & ZIP_STAT_CRC)
            || st.size != quint64(record.size) || st.comp_size != quint64(record.compressedSize)
            || st.crc != record.crc32) {
            return; // not the directory libzip read (prepended data, several directories...)
        }
        records.push_back(record);
    }
    m_records = std::move(records);
}

ZipReader::ZipReader(ZipReader &&other) noexcept
    : m_zip(std::exchange(other.m_zip, nullptr))
    , m_path(std::move(other.m_path))
    , m_names(std::move(other.m_names))
    , m_index(std::move(other.m_index))
    , m_records(std::move(other.m_records))
{}

ZipReader &ZipReader::operator=(ZipReader &&other) noexcept
{
    if (this != &other) {
        close();
        m_zip = std::exchange(other.m_zip, nullptr);
        m_path = std::move(other.m_path);
        m_names = std::move(other.m_names);
        m_index = std::move(other.m_index);
        m_records = std::move(other.m_records);
    }
    return *this;
}

ZipReader::~ZipReader()
{
    close();
}

void ZipReader::close()
{
    if (m_zip) {
        zip_discard(m_zip); // read-only: nothing to write back
        m_zip = nullptr;
    }
}

QStringList ZipReader::entryNames() const
{
    return m_names;
}

std::optional<ZipReader::EntryInfo> ZipReader::entryInfo(const QString &name) const
{
    const auto it = m_index.constFind(name);
    if (it == m_index.constEnd())
        return std::nullopt;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip, *it, 0, &st) != 0)
        return std::nullopt;
    EntryInfo info;
    info.name = name;
    info.size = (st.valid & ZIP_STAT_SIZE) ? qint64(st.size) : 0;
    info.compressedSize = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(st.comp_size) : 0;
    info.compressed = (st.valid & ZIP_STAT_COMP_METHOD) && st.comp_method != ZIP_CM_STORE;
    return info;
}

std::optional<ZipReader::RawEntry> ZipReader::rawEntry(const QString &name) const
{
    const auto it = m_index.constFind(name);
    if (it == m_index.constEnd() || *it >= m_records.size())
        return std::nullopt;
    const DirectoryRecord &record = m_records[*it];
    constexpr quint16 encrypted = 0x0001;
    if ((record.flags & encrypted)
        || (record.method != ZIP_CM_STORE && record.method != ZIP_CM_DEFLATE))
        return std::nullopt;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray header = readAt(file, record.headerOffset, localHeaderSize);
    if (header.isEmpty() || le32(header.constData()) != localHeaderSignature
        || le16(header.constData() + 8) != record.method) {
        return std::nullopt;
    }
    RawEntry raw;
    raw.dataOffset = record.headerOffset + localHeaderSize + le16(header.constData() + 26)
                     + le16(header.constData() + 28);
    raw.compressedSize = record.compressedSize;
    raw.size = record.size;
    raw.crc32 = record.crc32;
    raw.deflated = record.method == ZIP_CM_DEFLATE;
    if (raw.dataOffset + raw.compressedSize > file.size())
        return std::nullopt;
    return raw;
}

Result<QByteArray> ZipReader::readAll(const QString &name, qint64 maxSize) const
{
    const std::optional<EntryInfo> info = entryInfo(name);
    if (!info) {
        return makeError(ErrorCode::MissingEntry,
                         Tr::tr("%1 has no entry \"%2\".").arg(displayName(m_path), name));
    }
    if (info->size > maxSize) {
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The entry \"%2\" of %1 is too large to be read into memory.")
                             .arg(displayName(m_path), name));
    }
    QByteArray data;
    data.reserve(info->size);
    Result<void> result = read(name, [&data](QByteArrayView chunk) {
        data.append(chunk);
        return true;
    });
    if (!result)
        return result.error();
    return data;
}

Result<void> ZipReader::read(const QString &name,
                             const std::function<bool(QByteArrayView chunk)> &consumer,
                             Check check) const
{
    const auto it = m_index.constFind(name);
    if (it == m_index.constEnd()) {
        return makeError(ErrorCode::MissingEntry,
                         Tr::tr("%1 has no entry \"%2\".").arg(displayName(m_path), name));
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip, *it, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
        return makeError(ErrorCode::NotAZip,
                         Tr::tr("Cannot read \"%2\" in %1: %3.")
                             .arg(displayName(m_path), name, libzipMessage(zip_get_error(m_zip))));
    }
    zip_flags_t flags = 0;
    if (check == Check::CallerVerifies && (st.valid & ZIP_STAT_COMP_METHOD)
        && st.comp_method == ZIP_CM_STORE) {
        flags = ZIP_FL_COMPRESSED; // stored: the raw bytes are the content
    }
    // The declared size bounds what an entry may produce: a deflate stream that inflates past
    // it (a "zip bomb" whose directory lies) is cut off at the first extra byte, so reading never
    // costs more than the size the caller was able to check before starting.
    const quint64 declared = st.size;
    zip_file_t *file = zip_fopen_index(m_zip, *it, flags);
    if (!file) {
        return makeError(ErrorCode::NotAZip,
                         Tr::tr("Cannot read \"%2\" in %1: %3.")
                             .arg(displayName(m_path), name, libzipMessage(zip_get_error(m_zip))));
    }
    // One byte more than declared is enough to know the entry lies.
    QByteArray buffer(qsizetype(std::min<quint64>(declared + 1, 1 << 20)), Qt::Uninitialized);
    quint64 total = 0;
    Result<void> result;
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer.data(), buffer.size());
        if (n < 0) {
            // CRC mismatches and broken deflate streams land here.
            result = makeError(
                ErrorCode::NotAZip,
                Tr::tr("%1 is damaged: cannot read \"%2\" (%3).")
                    .arg(displayName(m_path), name, libzipMessage(zip_file_get_error(file))));
            break;
        }
        if (n == 0)
            break;
        total += quint64(n);
        if (total > declared) {
            result = makeError(ErrorCode::NotAZip,
                               Tr::tr("%1 is damaged: the entry \"%2\" inflates to more than the "
                                      "%3 bytes its zip directory declares.")
                                   .arg(displayName(m_path), name, QString::number(declared)));
            break;
        }
        if (!consumer(QByteArrayView(buffer.data(), qsizetype(n)))) {
            result = makeError(
                ErrorCode::Cancelled,
                Tr::tr("Reading \"%2\" in %1 was stopped.").arg(displayName(m_path), name));
            break;
        }
    }
    zip_fclose(file);
    return result;
}

} // namespace Core
