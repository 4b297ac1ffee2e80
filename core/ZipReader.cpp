// SPDX-License-Identifier: MIT
#include "ZipReader.h"

#include "Tr.h"

#include <QDir>
#include <QFileInfo>

#include <zip.h>

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
        if (!isSafeEntryName(name)) {
            return makeError(ErrorCode::UnsafeEntry,
                             Tr::tr("%1 contains an unsafe entry name \"%2\" (absolute, with "
                                    "\"..\", a backslash or a drive letter); it was not opened.")
                                 .arg(displayName(path), name));
        }
        reader.m_names.append(name);
        reader.m_index.insert(name, zip_uint64_t(i)); // ZIP_CHECKCONS already refused duplicates
    }
    return reader;
}

ZipReader::ZipReader(ZipReader &&other) noexcept
    : m_zip(std::exchange(other.m_zip, nullptr))
    , m_path(std::move(other.m_path))
    , m_names(std::move(other.m_names))
    , m_index(std::move(other.m_index))
{}

ZipReader &ZipReader::operator=(ZipReader &&other) noexcept
{
    if (this != &other) {
        close();
        m_zip = std::exchange(other.m_zip, nullptr);
        m_path = std::move(other.m_path);
        m_names = std::move(other.m_names);
        m_index = std::move(other.m_index);
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
    zip_flags_t flags = 0;
    if (check == Check::CallerVerifies) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(m_zip, *it, 0, &st) == 0 && (st.valid & ZIP_STAT_COMP_METHOD)
            && st.comp_method == ZIP_CM_STORE) {
            flags = ZIP_FL_COMPRESSED; // stored: the raw bytes are the content
        }
    }
    zip_file_t *file = zip_fopen_index(m_zip, *it, flags);
    if (!file) {
        return makeError(ErrorCode::NotAZip,
                         Tr::tr("Cannot read \"%2\" in %1: %3.")
                             .arg(displayName(m_path), name, libzipMessage(zip_get_error(m_zip))));
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
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
