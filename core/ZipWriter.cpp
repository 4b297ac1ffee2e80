// SPDX-License-Identifier: MIT
#include "ZipWriter.h"

#include "Tr.h"
#include "ZipReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>

#include <zip.h>

#include <cerrno>
#include <ctime>

#ifdef Q_OS_WIN
#include <qt_windows.h>

#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Core {

struct ZipWriter::Entry
{
    enum class Kind { Memory, File, Zip };
    Kind kind = Kind::Memory;
    QByteArray name;        ///< UTF-8
    QByteArray data;        ///< Memory
    QString path;           ///< File: the file; Zip: the source archive
    zip_uint64_t index = 0; ///< Zip: the entry's index in the source archive
    bool deflate = true;
};

namespace {

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/** 2000-01-01 00:00:00 in local time: libzip turns time_t into a local-time DOS date. */
time_t fixedEntryTime()
{
    std::tm tm{};
    tm.tm_year = 100;
    tm.tm_mon = 0;
    tm.tm_mday = 1;
    tm.tm_isdst = -1;
    return std::mktime(&tm);
}

/**
 * zlib's own default: libzip's default is 9, markedly slower for little gain. It also keeps the
 * "compression option" header bits at 0, the value a raw copy gets (see passThrough()).
 */
constexpr zip_uint32_t deflateLevel = 6;

constexpr zip_uint32_t regularFileAttributes = 0100644u << 16; // S_IFREG | rw-r--r--

/**
 * State shared by the pass-through sources of one commit(): bytes consumed so far (progress,
 * cancellation and the fault seam all count the same bytes).
 */
struct StreamState
{
    qint64 done = 0;
    qint64 total = 0;
    qint64 lastReported = -1;
    qint64 failAfter = -1;
    const ZipWriter::ProgressCallback *progress = nullptr;
    bool cancelled = false;
    bool faultTriggered = false;
};

struct PassThrough
{
    zip_source_t *inner = nullptr;
    StreamState *state = nullptr;
    zip_error_t error;
};

void copyError(PassThrough *self, zip_source_t *from)
{
    zip_error_t *e = zip_source_error(from);
    zip_error_set(&self->error, zip_error_code_zip(e), zip_error_code_system(e));
}

/**
 * A source that forwards to another and counts the bytes. Every entry goes through one:
 * - progress is reported in bytes (libzip's own callback weighs every entry the same, so a
 *   1 GB video would move the bar as much as a 1 KB caption file);
 * - cancellation and the fault seam fail a read, which makes zip_close() abandon its file;
 * - only the listed commands are forwarded, in particular not GET_FILE_ATTRIBUTES, so an
 *   entry's header never depends on where its bytes came from (a disk file's mode, another
 *   zip's flags): a raw copy and a fresh write of the same bytes are identical.
 */
zip_int64_t passThrough(void *userdata, void *data, zip_uint64_t len, zip_source_cmd_t cmd)
{
    auto *self = static_cast<PassThrough *>(userdata);
    switch (cmd) {
    case ZIP_SOURCE_OPEN:
        if (zip_source_open(self->inner) < 0) {
            copyError(self, self->inner);
            return -1;
        }
        return 0;
    case ZIP_SOURCE_READ: {
        const zip_int64_t n = zip_source_read(self->inner, data, len);
        if (n < 0) {
            copyError(self, self->inner);
            return -1;
        }
        StreamState &s = *self->state;
        s.done += n;
        if (s.failAfter >= 0 && s.done > s.failAfter) {
            s.faultTriggered = true;
            zip_error_set(&self->error, ZIP_ER_READ, EIO);
            return -1;
        }
        if (s.progress && *s.progress) {
            const qint64 step = std::max<qint64>(s.total / 200, 64 * 1024);
            if (s.lastReported < 0 || s.done - s.lastReported >= step || s.done == s.total) {
                s.lastReported = s.done;
                if (!(*s.progress)(std::min(s.done, s.total), s.total)) {
                    s.cancelled = true;
                    zip_error_set(&self->error, ZIP_ER_CANCELLED, 0);
                    return -1;
                }
            }
        }
        return n;
    }
    case ZIP_SOURCE_CLOSE:
        zip_source_close(self->inner);
        return 0;
    case ZIP_SOURCE_STAT: {
        auto *st = ZIP_SOURCE_GET_ARGS(zip_stat_t, data, len, &self->error);
        if (!st)
            return -1;
        if (zip_source_stat(self->inner, st) < 0) {
            copyError(self, self->inner);
            return -1;
        }
        st->valid &= ~ZIP_STAT_MTIME; // the entry time is set explicitly
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&self->error, data, len);
    case ZIP_SOURCE_FREE:
        zip_source_free(self->inner);
        zip_error_fini(&self->error);
        delete self;
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN,
                                              ZIP_SOURCE_READ,
                                              ZIP_SOURCE_CLOSE,
                                              ZIP_SOURCE_STAT,
                                              ZIP_SOURCE_ERROR,
                                              ZIP_SOURCE_FREE,
                                              zip_source_cmd_t(-1));
    default:
        zip_error_set(&self->error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

bool syncFile(const QString &path)
{
#ifdef Q_OS_WIN
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    return FlushFileBuffers(HANDLE(_get_osfhandle(file.handle())));
#else
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#endif
}

void syncFolder(const QString &folder)
{
#ifndef Q_OS_WIN
    // Makes the rename durable. Best effort: some file systems refuse fsync on a directory.
    const int fd
        = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

/** Replaces target by source in one step (QFile::rename refuses to overwrite). */
bool replaceFile(const QString &source, const QString &target, QString *message)
{
#ifdef Q_OS_WIN
    if (MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(source).utf16()),
                    reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(target).utf16()),
                    MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    *message = qt_error_string(int(GetLastError()));
    return false;
#else
    if (::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) == 0)
        return true;
    *message = qt_error_string(errno);
    return false;
#endif
}

QString temporaryPathFor(const QString &target)
{
    static constexpr char16_t alphabet[] = u"abcdefghijklmnopqrstuvwxyz0123456789";
    for (;;) {
        QString suffix;
        for (int i = 0; i < 6; ++i)
            suffix += QChar(alphabet[QRandomGenerator::global()->bounded(36)]);
        const QString candidate = target + u".tmp-"_s + suffix;
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

bool decideDeflate(const QString &name, ZipWriter::Compression compression)
{
    switch (compression) {
    case ZipWriter::Compression::Store:
        return false;
    case ZipWriter::Compression::Deflate:
        return true;
    case ZipWriter::Compression::Auto:
        break;
    }
    return !ZipWriter::isPrecompressedName(name);
}

/** An archive without entries: libzip would not write the file at all. */
bool writeEmptyArchive(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    QByteArray endOfCentralDirectory(22, '\0');
    endOfCentralDirectory[0] = 'P';
    endOfCentralDirectory[1] = 'K';
    endOfCentralDirectory[2] = 5;
    endOfCentralDirectory[3] = 6;
    return file.write(endOfCentralDirectory) == endOfCentralDirectory.size() && file.flush();
}

} // namespace

ZipWriter::ZipWriter(QString targetPath)
    : m_targetPath(std::move(targetPath))
{}

ZipWriter::~ZipWriter()
{
    closeSourceArchives();
}

bool ZipWriter::isPrecompressedName(const QString &name)
{
    static const QSet<QString> extensions{
        u"jpg"_s,
        u"jpeg"_s,
        u"png"_s,
        u"gif"_s,
        u"webp"_s,
        u"mp4"_s,
        u"m4v"_s,
        u"webm"_s,
        u"mp3"_s,
        u"m4a"_s,
        u"ogg"_s,
        u"oga"_s,
        u"ogv"_s,
        u"opus"_s,
        u"woff"_s,
        u"woff2"_s,
        u"zip"_s,
        u"gz"_s,
    };
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot < 0 || name.indexOf(u'/', dot) >= 0)
        return false;
    return extensions.contains(name.sliced(dot + 1).toLower());
}

void ZipWriter::fail(ErrorCode code, const QString &message)
{
    if (!m_error)
        m_error = makeError(code, message);
}

void ZipWriter::add(Entry entry)
{
    m_names.insert(QString::fromUtf8(entry.name), int(m_entries.size()));
    m_entries.push_back(std::move(entry));
}

bool ZipWriter::acceptName(const QString &name)
{
    if (m_error)
        return false; // the first error is the one commit() reports
    if (!ZipReader::isSafeEntryName(name) || m_names.contains(name)) {
        fail(ErrorCode::InvalidArgument,
             Tr::tr("Cannot write %1: the entry name \"%2\" is unsafe or used twice.")
                 .arg(displayName(m_targetPath), name));
        return false;
    }
    return true;
}

void ZipWriter::addFile(const QString &name, const QByteArray &data, Compression compression)
{
    if (!acceptName(name))
        return;
    Entry entry;
    entry.kind = Entry::Kind::Memory;
    entry.name = name.toUtf8();
    entry.data = data;
    entry.deflate = decideDeflate(name, compression);
    add(std::move(entry));
}

void ZipWriter::addFileFromDisk(const QString &name,
                                const QString &filePath,
                                Compression compression)
{
    if (!acceptName(name))
        return;
    const QFileInfo info(filePath);
    if (!info.isFile()) {
        fail(ErrorCode::Io,
             Tr::tr("Cannot write %1: %2 does not exist or is not a file.")
                 .arg(displayName(m_targetPath), displayName(filePath)));
        return;
    }
    if (filePath.startsWith(u':')) {
        // A Qt resource: libzip cannot open it, and its bytes are in memory already.
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(ErrorCode::Io,
                 Tr::tr("Cannot write %1: cannot read %2 (%3).")
                     .arg(displayName(m_targetPath), filePath, file.errorString()));
            return;
        }
        addFile(name, file.readAll(), compression);
        return;
    }
    Entry entry;
    entry.kind = Entry::Kind::File;
    entry.name = name.toUtf8();
    entry.path = filePath;
    entry.deflate = decideDeflate(name, compression);
    add(std::move(entry));
}

void ZipWriter::addFromZip(const QString &name,
                           const QString &zipPath,
                           const QString &entryName,
                           Compression compression)
{
    if (!acceptName(name))
        return;
    zip_t *source = sourceArchive(zipPath);
    if (!source)
        return; // sourceArchive() recorded the error
    const zip_int64_t index
        = zip_name_locate(source, entryName.toUtf8().constData(), ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        fail(ErrorCode::MissingEntry,
             Tr::tr("Cannot write %1: %2 has no entry \"%3\".")
                 .arg(displayName(m_targetPath), displayName(zipPath), entryName));
        return;
    }
    Entry entry;
    entry.kind = Entry::Kind::Zip;
    entry.name = name.toUtf8();
    entry.path = zipPath;
    entry.index = zip_uint64_t(index);
    entry.deflate = decideDeflate(name, compression);
    add(std::move(entry));
}

void ZipWriter::addFromSource(const QString &name,
                              const AssetSource &source,
                              Compression compression)
{
    switch (source.kind) {
    case AssetSource::Kind::Memory:
        addFile(name, source.data, compression);
        return;
    case AssetSource::Kind::File:
        addFileFromDisk(name, source.path, compression);
        return;
    case AssetSource::Kind::ZipEntry:
        addFromZip(name, source.path, source.entryName, compression);
        return;
    case AssetSource::Kind::None:
        break;
    }
    fail(ErrorCode::InvalidArgument,
         Tr::tr("Cannot write %1: the bytes of \"%2\" are not available.")
             .arg(displayName(m_targetPath), name));
}

zip_t *ZipWriter::sourceArchive(const QString &zipPath)
{
    const QString key = QFileInfo(zipPath).absoluteFilePath();
    if (zip_t *open = m_sourceArchives.value(key))
        return open;
    int errorCode = 0;
    zip_t *za = zip_open(QFile::encodeName(key).constData(), ZIP_RDONLY, &errorCode);
    if (!za) {
        zip_error_t error;
        zip_error_init_with_code(&error, errorCode);
        fail(ErrorCode::Io,
             Tr::tr("Cannot write %1: cannot open %2 (%3).")
                 .arg(displayName(m_targetPath),
                      displayName(zipPath),
                      QString::fromUtf8(zip_error_strerror(&error))));
        zip_error_fini(&error);
        return nullptr;
    }
    m_sourceArchives.insert(key, za);
    return za;
}

void ZipWriter::closeSourceArchives()
{
    for (zip_t *za : std::as_const(m_sourceArchives))
        zip_discard(za);
    m_sourceArchives.clear();
}

Result<void> ZipWriter::commit()
{
    if (m_committed) {
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("%1 was already written.").arg(displayName(m_targetPath)));
    }
    m_committed = true;
    if (m_error) {
        closeSourceArchives();
        return *m_error;
    }

    const QString tempPath = temporaryPathFor(m_targetPath);
    Result<void> result = writeArchive(tempPath);
    closeSourceArchives(); // before the rename: Windows cannot replace a file still open
    if (!result) {
        QFile::remove(tempPath);
        return result;
    }

    const bool synced = m_durability == Durability::Synced;
    if (synced && !syncFile(tempPath)) {
        const QString reason = qt_error_string(errno);
        QFile::remove(tempPath);
        return makeError(ErrorCode::Io,
                         Tr::tr("Cannot write %1: %2.").arg(displayName(m_targetPath), reason));
    }
    const QFileInfo oldTarget(m_targetPath);
    if (oldTarget.exists())
        QFile::setPermissions(tempPath, QFile::permissions(m_targetPath));
    QString reason;
    if (!replaceFile(tempPath, m_targetPath, &reason)) {
        QFile::remove(tempPath);
        return makeError(ErrorCode::Io,
                         Tr::tr("Cannot replace %1: %2.").arg(displayName(m_targetPath), reason));
    }
    if (synced)
        syncFolder(QFileInfo(m_targetPath).absolutePath());
    return {};
}

Result<void> ZipWriter::writeArchive(const QString &tempPath)
{
    if (m_entries.empty()) {
        if (writeEmptyArchive(tempPath))
            return {};
        return makeError(
            ErrorCode::Io,
            Tr::tr("Cannot write %1: %2.").arg(displayName(m_targetPath), qt_error_string(errno)));
    }
    int errorCode = 0;
    zip_t *za
        = zip_open(QFile::encodeName(tempPath).constData(), ZIP_CREATE | ZIP_EXCL, &errorCode);
    if (!za) {
        zip_error_t error;
        zip_error_init_with_code(&error, errorCode);
        const QString message = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return makeError(ErrorCode::Io,
                         Tr::tr("Cannot write %1: %2.").arg(displayName(m_targetPath), message));
    }
    const auto abandon = [&](ErrorCode code, const QString &what) -> Error {
        const QString message
            = Tr::tr("Cannot write %1: %2.")
                  .arg(displayName(m_targetPath),
                       what.isEmpty() ? QString::fromUtf8(zip_strerror(za)) : what);
        zip_discard(za);
        return makeError(code, message);
    };

    StreamState state;
    state.failAfter = m_failAfterBytes;
    state.progress = &m_progress;
    const time_t entryTime = fixedEntryTime();

    for (const Entry &entry : m_entries) {
        zip_source_t *inner = nullptr;
        switch (entry.kind) {
        case Entry::Kind::Memory:
            inner
                = zip_source_buffer(za, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
            break;
        case Entry::Kind::File:
            inner = zip_source_file(za, QFile::encodeName(entry.path).constData(), 0, -1);
            break;
        case Entry::Kind::Zip:
            // start 0 and length -1 ask for the compressed bytes; libzip copies them as they are
            // when the method set below matches, and decompresses otherwise.
            inner = zip_source_zip(za,
                                   m_sourceArchives.value(QFileInfo(entry.path).absoluteFilePath()),
                                   entry.index,
                                   ZIP_FL_COMPRESSED,
                                   0,
                                   -1);
            break;
        }
        if (!inner)
            return abandon(ErrorCode::Io, {});

        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_source_stat(inner, &st) == 0 && (st.valid & ZIP_STAT_SIZE)) {
            const bool raw = (st.valid & ZIP_STAT_COMP_METHOD) && st.comp_method != ZIP_CM_STORE
                             && (st.valid & ZIP_STAT_COMP_SIZE);
            state.total += qint64(raw ? st.comp_size : st.size);
        } else if (entry.kind == Entry::Kind::File) {
            zip_source_free(inner);
            return abandon(ErrorCode::Io, Tr::tr("cannot read %1").arg(displayName(entry.path)));
        }

        auto *wrapper = new PassThrough;
        wrapper->inner = inner;
        wrapper->state = &state;
        zip_error_init(&wrapper->error);
        zip_source_t *source = zip_source_function(za, passThrough, wrapper);
        if (!source) {
            zip_source_free(inner);
            zip_error_fini(&wrapper->error);
            delete wrapper;
            return abandon(ErrorCode::Io, {});
        }
        const zip_int64_t index
            = zip_file_add(za, entry.name.constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            return abandon(ErrorCode::InvalidArgument, {});
        }
        const zip_uint64_t i = zip_uint64_t(index);
        if (zip_set_file_compression(za,
                                     i,
                                     entry.deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE,
                                     entry.deflate ? deflateLevel : 0)
                != 0
            || zip_file_set_mtime(za, i, entryTime, 0) != 0
            || zip_file_set_external_attributes(za, i, 0, ZIP_OPSYS_UNIX, regularFileAttributes)
                   != 0) {
            return abandon(ErrorCode::Io, {});
        }
    }

    if (zip_close(za) != 0) {
        if (state.cancelled) {
            zip_discard(za);
            return makeError(ErrorCode::Cancelled,
                             Tr::tr("Writing %1 was cancelled.").arg(displayName(m_targetPath)));
        }
        return abandon(ErrorCode::Io, {});
    }
    return {};
}

} // namespace Core
