// SPDX-License-Identifier: MIT
#include "ZipWriter.h"

#include "Sha256.h"
#include "Tr.h"
#include "ZipCrc32.h"
#include "ZipReader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <thread>
#include <zlib.h>

// Linux-only calls (copy_file_range, sync_file_range) and their plain read/write fallback:
// CAPSULE_PORTABLE_IO forces the fallback so that a Linux build proves it (scripts/test.sh).
#if defined(Q_OS_LINUX) && !defined(CAPSULE_PORTABLE_IO)
#define CAPSULE_LINUX_IO 1
#endif

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
    QByteArray name;   ///< UTF-8
    QByteArray data;   ///< Memory
    QString path;      ///< File: the file; Zip: the source archive (absolute)
    QString entryName; ///< Zip: the entry in the source archive
    bool deflate = true;
    QString expectedSha256; ///< the source's pending check (AssetSource::expectedSha256)
};

namespace {

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Fixed header values: what libzip 1.7 wrote, so packages keep their bytes across the change.
constexpr quint16 dosTime = 0;                            // 00:00:00
constexpr quint16 dosDate = (20 << 9) | (1 << 5) | 1;     // 2000-01-01 (years count from 1980)
constexpr quint16 versionMadeBy = (3 << 8) | 63;          // Unix, zip specification 6.3
constexpr quint32 regularFileAttributes = 0100644u << 16; // S_IFREG | rw-r--r--
constexpr quint16 utf8NameFlag = 0x0800;                  // general purpose bit 11
constexpr quint16 methodStore = 0;
constexpr quint16 methodDeflate = 8;
constexpr quint32 all32 = 0xffffffffu;        // a 32-bit field whose value is in the ZIP64 extra
constexpr qint64 deflateMargin = all32 >> 10; // deflate never grows data by a thousandth

/**
 * zlib's default level (libzip's default, 9, is markedly slower for little gain); level 6 keeps
 * the "compression option" header bits at 0, the value a raw copy has. memLevel 9 is libzip's.
 */
constexpr int deflateLevel = 6;
constexpr int deflateMemLevel = 9;

constexpr qint64 chunkSize = 1 << 20;     // reads of memory, files and verified entries
constexpr qint64 copyStep = 32 << 20;     // one bulk copy call; progress is reported in between
constexpr qint64 bufferSize = 1 << 20;    // small writes are gathered up to this size
constexpr qint64 writebackStep = 8 << 20; // bytes handed to the disk at a time (Linux)

void put16(QByteArray &bytes, quint16 value)
{
    bytes.append(char(value & 0xff));
    bytes.append(char(value >> 8));
}

void put32(QByteArray &bytes, quint32 value)
{
    put16(bytes, quint16(value & 0xffff));
    put16(bytes, quint16(value >> 16));
}

void put64(QByteArray &bytes, quint64 value)
{
    put32(bytes, quint32(value & all32));
    put32(bytes, quint32(value >> 32));
}

/** One written entry, as its local header and the central directory describe it. */
struct Record
{
    QByteArray name;
    quint16 flags = 0;
    quint16 method = methodStore;
    quint32 crc = 0;
    qint64 compressedSize = 0;
    qint64 size = 0;
    qint64 offset = 0;
    /** The local header gives the sizes in a ZIP64 extra field (decided before the data). */
    bool zip64Sizes = false;
};

quint16 versionNeeded(const Record &record, bool zip64)
{
    if (zip64)
        return 45;
    return record.method == methodDeflate ? 20 : 10;
}

QByteArray localHeader(const Record &record)
{
    QByteArray header;
    header.reserve(30 + record.name.size() + 20);
    put32(header, 0x04034b50);
    put16(header, versionNeeded(record, record.zip64Sizes));
    put16(header, record.flags);
    put16(header, record.method);
    put16(header, dosTime);
    put16(header, dosDate);
    put32(header, record.crc);
    put32(header, record.zip64Sizes ? all32 : quint32(record.compressedSize));
    put32(header, record.zip64Sizes ? all32 : quint32(record.size));
    put16(header, quint16(record.name.size()));
    put16(header, record.zip64Sizes ? 20 : 0);
    header += record.name;
    if (record.zip64Sizes) {
        put16(header, 0x0001); // ZIP64 extended information; the local one has both sizes
        put16(header, 16);
        put64(header, quint64(record.size));
        put64(header, quint64(record.compressedSize));
    }
    return header;
}

QByteArray centralHeader(const Record &record, bool forceZip64)
{
    const bool bigSize = record.zip64Sizes || record.size >= all32;
    const bool bigCompressedSize = record.zip64Sizes || record.compressedSize >= all32;
    const bool bigOffset = forceZip64 || record.offset >= all32;
    QByteArray zip64; // the values whose 32-bit field is all ones, in this order
    if (bigSize)
        put64(zip64, quint64(record.size));
    if (bigCompressedSize)
        put64(zip64, quint64(record.compressedSize));
    if (bigOffset)
        put64(zip64, quint64(record.offset));

    QByteArray header;
    header.reserve(46 + record.name.size() + 4 + zip64.size());
    put32(header, 0x02014b50);
    put16(header, versionMadeBy);
    put16(header, versionNeeded(record, !zip64.isEmpty()));
    put16(header, record.flags);
    put16(header, record.method);
    put16(header, dosTime);
    put16(header, dosDate);
    put32(header, record.crc);
    put32(header, bigCompressedSize ? all32 : quint32(record.compressedSize));
    put32(header, bigSize ? all32 : quint32(record.size));
    put16(header, quint16(record.name.size()));
    put16(header, zip64.isEmpty() ? 0 : quint16(4 + zip64.size()));
    put16(header, 0); // comment
    put16(header, 0); // disk
    put16(header, 0); // internal attributes
    put32(header, regularFileAttributes);
    put32(header, bigOffset ? all32 : quint32(record.offset));
    header += record.name;
    if (!zip64.isEmpty()) {
        put16(header, 0x0001);
        put16(header, quint16(zip64.size()));
        header += zip64;
    }
    return header;
}

QByteArray endRecords(qint64 count, qint64 directoryOffset, qint64 directorySize, bool forceZip64)
{
    const bool zip64
        = forceZip64 || count >= 0xffff || directoryOffset >= all32 || directorySize >= all32;
    QByteArray end;
    if (zip64) {
        const qint64 zip64EndOffset = directoryOffset + directorySize;
        put32(end, 0x06064b50); // ZIP64 end of central directory record
        put64(end, 44);         // its size after this field
        put16(end, versionMadeBy);
        put16(end, 45);
        put32(end, 0);
        put32(end, 0);
        put64(end, quint64(count));
        put64(end, quint64(count));
        put64(end, quint64(directorySize));
        put64(end, quint64(directoryOffset));
        put32(end, 0x07064b50); // its locator
        put32(end, 0);
        put64(end, quint64(zip64EndOffset));
        put32(end, 1);
    }
    const quint16 count16 = count >= 0xffff ? 0xffff : quint16(count);
    put32(end, 0x06054b50);
    put16(end, 0);
    put16(end, 0);
    put16(end, count16);
    put16(end, count16);
    put32(end, directorySize >= all32 ? all32 : quint32(directorySize));
    put32(end, directoryOffset >= all32 ? all32 : quint32(directoryOffset));
    put16(end, 0); // comment
    return end;
}

/**
 * Bytes of entry data consumed so far: progress, cancellation and the fault seam all count
 * the same bytes (uncompressed, or compressed for raw copies).
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

    /** Counts n more bytes; false when the write must stop (cancelled, or the fault seam). */
    bool consume(qint64 n)
    {
        done += n;
        if (failAfter >= 0 && done > failAfter) {
            faultTriggered = true;
            return false;
        }
        if (progress && *progress) {
            const qint64 step = std::max<qint64>(total / 200, 64 * 1024);
            if (lastReported < 0 || done - lastReported >= step || done == total) {
                lastReported = done;
                if (!(*progress)(std::min(done, total), total)) {
                    cancelled = true;
                    return false;
                }
            }
        }
        return true;
    }
};

/** The archive being written: gathered small writes, bulk copies, patches of local headers. */
class Output
{
public:
    enum class Copy { Done, ReadFailed, WriteFailed, Stopped };

    bool open(const QString &path)
    {
        m_file.setFileName(path);
        return m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered);
    }
    qint64 pos() const { return m_pos; }
    QString errorString() const
    {
        return m_errno != 0 ? qt_error_string(m_errno) : m_file.errorString();
    }

    bool write(QByteArrayView bytes)
    {
        m_buffer.append(bytes);
        m_pos += bytes.size();
        return m_buffer.size() < bufferSize || flush();
    }

    bool flush()
    {
        if (m_buffer.isEmpty())
            return true;
        const bool ok = m_file.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
        startWriteback();
        return ok;
    }

    /** Overwrites bytes written earlier (a local header, once its sizes are known). */
    bool patch(qint64 at, QByteArrayView bytes)
    {
        const qint64 buffered = m_pos - m_buffer.size();
        if (at >= buffered) {
            std::copy(bytes.begin(), bytes.end(), m_buffer.begin() + (at - buffered));
            return true;
        }
        return flush() && m_file.seek(at)
               && m_file.write(bytes.data(), bytes.size()) == bytes.size() && m_file.seek(m_pos);
    }

    /**
     * Appends length bytes of source from offset: in the kernel with copy_file_range() where
     * it works (Linux), else through a buffer. consumed(n) after each step; false stops.
     */
    Copy copyFrom(QFile &source,
                  qint64 offset,
                  qint64 length,
                  const std::function<bool(qint64)> &consumed)
    {
        if (!flush())
            return Copy::WriteFailed;
#ifdef CAPSULE_LINUX_IO
        if (m_useCopyFileRange) {
            loff_t in = offset;
            loff_t out = m_pos;
            for (qint64 left = length; left > 0;) {
                const ssize_t n = ::copy_file_range(source.handle(),
                                                    &in,
                                                    m_file.handle(),
                                                    &out,
                                                    size_t(std::min(left, copyStep)),
                                                    0);
                if (n < 0 && errno == EINTR)
                    continue;
                if (n < 0 && left == length
                    && (errno == EXDEV || errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP
                        || errno == EPERM || errno == EBADF)) {
                    m_useCopyFileRange = false; // not here: copy through a buffer from now on
                    break;
                }
                if (n <= 0) {
                    m_errno = n < 0 ? errno : EIO;
                    m_file.seek(m_pos);
                    const bool full = m_errno == ENOSPC || m_errno == EDQUOT || m_errno == EFBIG;
                    return full ? Copy::WriteFailed : Copy::ReadFailed;
                }
                left -= n;
                m_pos += n;
                startWriteback();
                if (!consumed(n)) {
                    m_file.seek(m_pos);
                    return Copy::Stopped;
                }
            }
            if (m_useCopyFileRange)
                return m_file.seek(m_pos) ? Copy::Done : Copy::WriteFailed;
        }
#endif
        if (!source.seek(offset))
            return Copy::ReadFailed;
        if (m_copyBuffer.isEmpty())
            m_copyBuffer = QByteArray(4 * chunkSize, Qt::Uninitialized);
        for (qint64 left = length; left > 0;) {
            const qint64 n
                = source.read(m_copyBuffer.data(), std::min<qint64>(left, m_copyBuffer.size()));
            if (n <= 0)
                return Copy::ReadFailed;
            if (m_file.write(m_copyBuffer.constData(), n) != n)
                return Copy::WriteFailed;
            left -= n;
            m_pos += n;
            startWriteback();
            if (!consumed(n))
                return Copy::Stopped;
        }
        return Copy::Done;
    }

    bool close()
    {
        const bool ok = flush();
        m_file.close();
        return ok && m_file.error() == QFileDevice::NoError;
    }

private:
    /**
     * Asks the kernel to start writing what was written since the last call, without waiting.
     * Otherwise a gigabyte of video sits in the page cache until the dirty limits or a sync
     * push it out, after the export "finished"; this way the disk works while the rest is
     * copied and verified, and the bytes are on disk about when commit() returns.
     */
    void startWriteback()
    {
        const qint64 written = m_pos - qint64(m_buffer.size());
        if (written - m_writebackFrom < writebackStep)
            return;
#ifdef CAPSULE_LINUX_IO
        // Best effort: a file system without it just keeps the usual delayed writeback.
        ::sync_file_range(
            m_file.handle(), m_writebackFrom, written - m_writebackFrom, SYNC_FILE_RANGE_WRITE);
#endif
        m_writebackFrom = written;
    }

    QFile m_file;
    QByteArray m_buffer;
    QByteArray m_copyBuffer;
    qint64 m_pos = 0;
    qint64 m_writebackFrom = 0;
    int m_errno = 0;
    bool m_useCopyFileRange = true;
};

/** Raw deflate (no zlib header), fed in chunks, its output appended to an Output. */
class Deflater
{
public:
    Deflater()
    {
        m_ready = deflateInit2(&m_stream,
                               deflateLevel,
                               Z_DEFLATED,
                               -MAX_WBITS,
                               deflateMemLevel,
                               Z_DEFAULT_STRATEGY)
                  == Z_OK;
    }
    ~Deflater()
    {
        if (m_ready)
            deflateEnd(&m_stream);
    }
    Deflater(const Deflater &) = delete;
    Deflater &operator=(const Deflater &) = delete;

    bool reset() { return m_ready && deflateReset(&m_stream) == Z_OK; }

    /** Compresses all of input (at most chunkSize bytes); finish ends the stream. */
    bool feed(QByteArrayView input, bool finish, Output &out)
    {
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data()));
        m_stream.avail_in = uInt(input.size());
        int rc = Z_OK;
        do {
            m_stream.next_out = reinterpret_cast<Bytef *>(m_buffer.data());
            m_stream.avail_out = uInt(m_buffer.size());
            rc = deflate(&m_stream, finish ? Z_FINISH : Z_NO_FLUSH);
            if (rc == Z_STREAM_ERROR)
                return false;
            const qsizetype produced = m_buffer.size() - qsizetype(m_stream.avail_out);
            if (!out.write(QByteArrayView(m_buffer.constData(), produced)))
                return false;
        } while (m_stream.avail_out == 0);
        return !finish || rc == Z_STREAM_END;
    }

private:
    z_stream m_stream{};
    QByteArray m_buffer = QByteArray(256 * 1024, Qt::Uninitialized);
    bool m_ready = false;
};

Error hashMismatch(const QString &target, const QString &source, const QString &entry)
{
    return makeError(ErrorCode::HashMismatch,
                     Tr::tr("Cannot write %1: %2 is damaged: the content of \"%3\" does not match "
                            "its checksum.")
                         .arg(displayName(target), displayName(source), entry));
}

/** A raw copy whose source was not checked yet (AssetSource::expectedSha256 is set). */
struct VerifyJob
{
    QString zipPath;
    QString entryName;
    ZipReader::RawEntry raw;
};

/**
 * Hashes the raw copies that need it, on a second thread while the archive is written; the
 * writing thread joins in once it is done (finish()). The first failure in entry order wins.
 */
class Verifier
{
public:
    Verifier(std::vector<VerifyJob> jobs, QString targetPath)
        : m_jobs(std::move(jobs))
        , m_results(m_jobs.size())
        , m_targetPath(std::move(targetPath))
    {
        if (!m_jobs.empty() && QThread::idealThreadCount() > 1)
            m_thread = std::thread([this] { run(); });
    }
    ~Verifier() { abort(); }
    Verifier(const Verifier &) = delete;
    Verifier &operator=(const Verifier &) = delete;

    /** Stops early: the write failed, and its error is the one to report. */
    void abort()
    {
        m_abort = true;
        if (m_thread.joinable())
            m_thread.join();
    }

    std::optional<Error> finish()
    {
        run();
        if (m_thread.joinable())
            m_thread.join();
        for (std::optional<Error> &result : m_results) {
            if (result)
                return std::move(result);
        }
        return std::nullopt;
    }

private:
    void run()
    {
        for (std::size_t i; !m_abort && (i = m_next++) < m_jobs.size();)
            m_results[i] = verify(m_jobs[i]);
    }

    std::optional<Error> verify(const VerifyJob &job) const
    {
        if (job.raw.deflated) {
            // Deflated media (captions, SVG) are small: libzip inflates them and checks the
            // CRC-32 of the result.
            Result<ZipReader> reader = ZipReader::open(job.zipPath);
            Result<void> read
                = reader
                      ? reader->read(job.entryName, [&](QByteArrayView) { return !m_abort.load(); })
                      : Result<void>(reader.error());
            if (m_abort)
                return std::nullopt;
            if (!read) {
                return makeError(read.error().code,
                                 Tr::tr("Cannot write %1: %2")
                                     .arg(displayName(m_targetPath), read.error().message));
            }
            return std::nullopt;
        }
        QFile file(job.zipPath);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)
            || !file.seek(job.raw.dataOffset)) {
            return readError(job, file.errorString());
        }
        QByteArray buffer(chunkSize, Qt::Uninitialized);
        quint32 crc = 0;
        for (qint64 left = job.raw.compressedSize; left > 0;) {
            if (m_abort)
                return std::nullopt;
            const qint64 n = file.read(buffer.data(), std::min(left, chunkSize));
            if (n <= 0)
                return readError(job, n < 0 ? file.errorString() : Tr::tr("unexpected end"));
            crc = ZipCrc32::update(crc, QByteArrayView(buffer.constData(), n));
            left -= n;
        }
        if (crc != job.raw.crc32)
            return hashMismatch(m_targetPath, job.zipPath, job.entryName);
        return std::nullopt;
    }

    Error readError(const VerifyJob &job, const QString &reason) const
    {
        return makeError(
            ErrorCode::Io,
            Tr::tr("Cannot write %1: cannot read \"%2\" in %3 (%4).")
                .arg(displayName(m_targetPath), job.entryName, displayName(job.zipPath), reason));
    }

    std::vector<VerifyJob> m_jobs;
    std::vector<std::optional<Error>> m_results; ///< each written by the thread that took the job
    QString m_targetPath;
    std::atomic<std::size_t> m_next = 0;
    std::atomic<bool> m_abort = false;
    std::thread m_thread;
};

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

/**
 * Where a save to target really goes: the file a symbolic link points to (through every link
 * of a chain, even a dangling one), so that the rename replaces that file and the link stays
 * a link. Other paths are returned as they are.
 */
QString resolvedTarget(const QString &target)
{
    QFileInfo info(target);
    if (!info.isSymbolicLink())
        return target;
    if (const QString canonical = info.canonicalFilePath(); !canonical.isEmpty())
        return canonical;
    QString path = target;
    for (int hops = 0; hops < 40 && info.isSymbolicLink(); ++hops) { // the kernel's own limit
        path = info.symLinkTarget();
        info = QFileInfo(path);
    }
    return info.isSymbolicLink() ? target : path;
}

/** True for the name temporaryPathFor() gives: `<file>.tmp-` and six of [a-z0-9]. */
bool isTemporaryNameFor(const QString &fileName, const QString &candidate)
{
    const QString prefix = fileName + u".tmp-"_s;
    if (candidate.size() != prefix.size() + 6 || !candidate.startsWith(prefix))
        return false;
    for (const QChar c : QStringView(candidate).sliced(prefix.size())) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            return false;
    }
    return true;
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
    const ZipReader *source = sourceArchive(zipPath);
    if (!source)
        return; // sourceArchive() recorded the error
    if (!source->contains(entryName)) {
        fail(ErrorCode::MissingEntry,
             Tr::tr("Cannot write %1: %2 has no entry \"%3\".")
                 .arg(displayName(m_targetPath), displayName(zipPath), entryName));
        return;
    }
    Entry entry;
    entry.kind = Entry::Kind::Zip;
    entry.name = name.toUtf8();
    entry.path = QFileInfo(zipPath).absoluteFilePath();
    entry.entryName = entryName;
    entry.deflate = decideDeflate(name, compression);
    add(std::move(entry));
}

void ZipWriter::addFromSource(const QString &name,
                              const AssetSource &source,
                              Compression compression)
{
    const std::size_t count = m_entries.size();
    switch (source.kind) {
    case AssetSource::Kind::Memory:
        addFile(name, source.data, compression);
        break;
    case AssetSource::Kind::File:
        addFileFromDisk(name, source.path, compression);
        break;
    case AssetSource::Kind::ZipEntry:
        addFromZip(name, source.path, source.entryName, compression);
        break;
    case AssetSource::Kind::None:
        fail(ErrorCode::InvalidArgument,
             Tr::tr("Cannot write %1: the bytes of \"%2\" are not available.")
                 .arg(displayName(m_targetPath), name));
        return;
    }
    if (m_entries.size() > count)
        m_entries.back().expectedSha256 = source.expectedSha256;
}

const ZipReader *ZipWriter::sourceArchive(const QString &zipPath)
{
    const QString key = QFileInfo(zipPath).absoluteFilePath();
    if (const auto it = m_sourceArchives.find(key); it != m_sourceArchives.end())
        return it->second.get();
    Result<ZipReader> reader = ZipReader::open(key);
    if (!reader) {
        fail(ErrorCode::Io,
             Tr::tr("Cannot write %1: %2").arg(displayName(m_targetPath), reader.error().message));
        return nullptr;
    }
    auto owned = std::make_unique<ZipReader>(std::move(reader).value());
    const ZipReader *open = owned.get();
    m_sourceArchives.emplace(key, std::move(owned));
    return open;
}

void ZipWriter::closeSourceArchives()
{
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

    // Through a symbolic link, the file it points to is replaced (in its own folder, so the
    // rename stays atomic) and the link is left as it is.
    const QString targetPath = resolvedTarget(m_targetPath);
    removeStaleTemporaries(targetPath);
    const QString tempPath = temporaryPathFor(targetPath);
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
    const QFileInfo oldTarget(targetPath);
    if (oldTarget.exists())
        QFile::setPermissions(tempPath, QFile::permissions(targetPath));
    QString reason;
    if (!replaceFile(tempPath, targetPath, &reason)) {
        QFile::remove(tempPath);
        return makeError(ErrorCode::Io,
                         Tr::tr("Cannot replace %1: %2.").arg(displayName(m_targetPath), reason));
    }
    if (synced)
        syncFolder(QFileInfo(targetPath).absolutePath());
    return {};
}

int ZipWriter::removeStaleTemporaries(const QString &targetPath)
{
    const QFileInfo target(targetPath);
    const QString fileName = target.fileName();
    const QDateTime staleBefore
        = QDateTime::currentDateTimeUtc().addSecs(-staleTemporaryAgeSeconds);
    int removed = 0;
    // No name filter: a wildcard pattern would read '[' or '*' in the file name as globbing.
    const QFileInfoList candidates = target.absoluteDir().entryInfoList(
        QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks | QDir::NoDotAndDotDot);
    for (const QFileInfo &candidate : candidates) {
        if (!isTemporaryNameFor(fileName, candidate.fileName()) || candidate.isSymbolicLink())
            continue;
        // A recent one may belong to a save in progress (another window, another process):
        // a write in progress keeps its modification time fresh.
        if (candidate.lastModified() >= staleBefore)
            continue;
        if (QFile::remove(candidate.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

Result<void> ZipWriter::writeArchive(const QString &tempPath)
{
    const QString target = displayName(m_targetPath);
    Output out;
    if (!out.open(tempPath)) {
        return makeError(ErrorCode::Io,
                         Tr::tr("Cannot write %1: %2.").arg(target, qt_error_string(errno)));
    }
    const auto writeError = [&] {
        return makeError(ErrorCode::Io,
                         Tr::tr("Cannot write %1: %2.").arg(target, out.errorString()));
    };
    const auto readError = [&](const QString &path, const QString &reason) {
        return makeError(
            ErrorCode::Io,
            Tr::tr("Cannot write %1: cannot read %2 (%3).").arg(target, displayName(path), reason));
    };

    // Plan first: which zip entries are copied raw, the progress total, and the raw copies
    // the verifier must hash, so that it starts at once.
    std::vector<std::optional<ZipReader::RawEntry>> raw(m_entries.size());
    std::vector<VerifyJob> jobs;
    StreamState state;
    state.failAfter = m_failAfterBytes;
    state.progress = &m_progress;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries[i];
        switch (entry.kind) {
        case Entry::Kind::Memory:
            state.total += entry.data.size();
            break;
        case Entry::Kind::File:
            state.total += QFileInfo(entry.path).size();
            break;
        case Entry::Kind::Zip: {
            const ZipReader &source = *m_sourceArchives.at(entry.path);
            raw[i] = source.rawEntry(entry.entryName);
            if (raw[i] && raw[i]->deflated != entry.deflate)
                raw[i].reset(); // another compression: decompressed, then written afresh
            if (raw[i]) {
                state.total += raw[i]->compressedSize;
                if (!entry.expectedSha256.isEmpty())
                    jobs.push_back({entry.path, entry.entryName, *raw[i]});
            } else if (const auto info = source.entryInfo(entry.entryName)) {
                state.total += info->size;
            }
            break;
        }
        }
    }
    Verifier verifier(std::move(jobs), m_targetPath);

    const auto stopped = [&]() -> Error {
        verifier.abort();
        if (state.cancelled) {
            return makeError(ErrorCode::Cancelled, Tr::tr("Writing %1 was cancelled.").arg(target));
        }
        if (state.faultTriggered)
            return makeError(ErrorCode::Io,
                             Tr::tr("Cannot write %1: %2.").arg(target, qt_error_string(EIO)));
        return writeError();
    };

    std::map<QString, std::unique_ptr<QFile>> sourceFiles; // raw copies read from these
    Deflater deflater;
    QByteArray chunk;
    std::vector<Record> records;
    records.reserve(m_entries.size());
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries[i];
        Record record;
        record.name = entry.name;
        record.offset = out.pos();
        record.method = entry.deflate ? methodDeflate : methodStore;
        const bool ascii = std::all_of(
            entry.name.begin(), entry.name.end(), [](char c) { return uchar(c) < 0x80; });
        record.flags = ascii ? 0 : utf8NameFlag;

        if (raw[i]) {
            // A raw copy: sizes and CRC-32 from the source's central directory, bytes in bulk.
            record.crc = raw[i]->crc32;
            record.size = raw[i]->size;
            record.compressedSize = raw[i]->compressedSize;
            record.zip64Sizes
                = m_forceZip64 || record.size >= all32 || record.compressedSize >= all32;
            if (!out.write(localHeader(record)))
                return stopped();
            std::unique_ptr<QFile> &file = sourceFiles[entry.path];
            if (!file) {
                file = std::make_unique<QFile>(entry.path);
                if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
                    return readError(entry.path, file->errorString());
            }
            switch (out.copyFrom(*file, raw[i]->dataOffset, raw[i]->compressedSize, [&](qint64 n) {
                return state.consume(n);
            })) {
            case Output::Copy::Done:
                break;
            case Output::Copy::ReadFailed:
                verifier.abort();
                return readError(entry.path, out.errorString());
            case Output::Copy::WriteFailed:
            case Output::Copy::Stopped:
                return stopped();
            }
            records.push_back(std::move(record));
            continue;
        }

        // Bytes this process reads: CRC-32 computed, stored or deflated, hashed if asked.
        qint64 expectedSize = 0;
        std::unique_ptr<QFile> file;
        const ZipReader *zip = nullptr;
        switch (entry.kind) {
        case Entry::Kind::Memory:
            expectedSize = entry.data.size();
            break;
        case Entry::Kind::File:
            file = std::make_unique<QFile>(entry.path);
            if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
                verifier.abort();
                return readError(entry.path, file->errorString());
            }
            expectedSize = file->size();
            break;
        case Entry::Kind::Zip:
            zip = m_sourceArchives.at(entry.path).get();
            if (const auto info = zip->entryInfo(entry.entryName))
                expectedSize = info->size;
            break;
        }
        record.zip64Sizes
            = m_forceZip64 || expectedSize >= (entry.deflate ? all32 - deflateMargin : all32);
        const QByteArray header = localHeader(record);
        if (!out.write(header) || (entry.deflate && !deflater.reset()))
            return stopped();
        const qint64 dataStart = out.pos();
        std::optional<Sha256> hash;
        if (!entry.expectedSha256.isEmpty())
            hash.emplace();
        bool writeFailed = false;
        const auto feed = [&](QByteArrayView bytes) {
            record.crc = ZipCrc32::update(record.crc, bytes);
            record.size += bytes.size();
            if (hash)
                hash->addData(bytes);
            if (entry.deflate ? !deflater.feed(bytes, false, out) : !out.write(bytes)) {
                writeFailed = true;
                return false;
            }
            return state.consume(bytes.size());
        };

        switch (entry.kind) {
        case Entry::Kind::Memory:
            for (qsizetype at = 0; at < entry.data.size(); at += chunkSize) {
                if (!feed(QByteArrayView(entry.data)
                              .sliced(at, std::min<qsizetype>(chunkSize, entry.data.size() - at))))
                    return stopped();
            }
            break;
        case Entry::Kind::File:
            if (chunk.isEmpty())
                chunk = QByteArray(chunkSize, Qt::Uninitialized);
            for (;;) {
                const qint64 n = file->read(chunk.data(), chunk.size());
                if (n < 0) {
                    verifier.abort();
                    return readError(entry.path, file->errorString());
                }
                if (n == 0)
                    break;
                if (!feed(QByteArrayView(chunk.constData(), n)))
                    return stopped();
            }
            break;
        case Entry::Kind::Zip: {
            const Result<void> read = zip->read(entry.entryName, feed, ZipReader::Check::Crc);
            if (!read) {
                if (writeFailed || state.cancelled || state.faultTriggered)
                    return stopped();
                verifier.abort();
                return makeError(read.error().code == ErrorCode::MissingEntry
                                     ? ErrorCode::MissingEntry
                                     : ErrorCode::NotAZip,
                                 Tr::tr("Cannot write %1: %2").arg(target, read.error().message));
            }
            break;
        }
        }
        if (entry.deflate && !deflater.feed({}, true, out))
            return stopped();
        record.compressedSize = out.pos() - dataStart;
        if (!record.zip64Sizes && (record.size >= all32 || record.compressedSize >= all32)) {
            // Its header was written without room for 64-bit sizes: the file grew meanwhile.
            verifier.abort();
            return readError(entry.path, Tr::tr("it changed while it was read"));
        }
        if (!out.patch(record.offset, localHeader(record)))
            return stopped();
        if (hash && hash->hexResult() != entry.expectedSha256) {
            verifier.abort();
            const QString name = QString::fromUtf8(entry.name);
            return hashMismatch(m_targetPath,
                                entry.kind == Entry::Kind::Memory ? name : entry.path,
                                entry.kind == Entry::Kind::Zip ? entry.entryName : name);
        }
        records.push_back(std::move(record));
    }

    const qint64 directoryOffset = out.pos();
    for (const Record &record : records) {
        if (!out.write(centralHeader(record, m_forceZip64)))
            return stopped();
    }
    const qint64 directorySize = out.pos() - directoryOffset;
    if (!out.write(endRecords(qint64(records.size()), directoryOffset, directorySize, m_forceZip64))
        || !out.close()) {
        return stopped();
    }
    if (std::optional<Error> failed = verifier.finish())
        return *failed;
    return {};
}

} // namespace Core
