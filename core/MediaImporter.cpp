// SPDX-License-Identifier: MIT
#include "MediaImporter.h"

#include "Sha256.h"
#include "Tr.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>
#include <QStringView>

#include <array>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace Core {

namespace {

struct SupportedType
{
    QStringView mimeType; ///< canonical name, as stored in MediaAsset::mimeType
    QStringView patterns; ///< space-separated globs
};

constexpr std::array<SupportedType, 11> supportedTypes{{
    {u"image/png", u"*.png"},
    {u"image/jpeg", u"*.jpg *.jpeg"},
    {u"image/gif", u"*.gif"},
    {u"image/webp", u"*.webp"},
    {u"image/svg+xml", u"*.svg"},
    {u"video/mp4", u"*.mp4 *.m4v"},
    {u"video/webm", u"*.webm"},
    {u"text/vtt", u"*.vtt"},
    {u"audio/mpeg", u"*.mp3"},
    {u"audio/ogg", u"*.ogg *.oga *.opus"},
    {u"audio/mp4", u"*.m4a"},
}};

/**
 * The canonical supported MIME type for what the MIME database detected, or an empty string.
 * Subtypes map to their supported parent (audio/x-vorbis+ogg is audio/ogg); ".vtt" is always
 * text/vtt, whatever the installed MIME database knows.
 */
QString canonicalMimeType(const QMimeType &detected, const QString &fileName)
{
    if (QFileInfo(fileName).suffix().compare(u"vtt", Qt::CaseInsensitive) == 0)
        return u"text/vtt"_s;
    for (const SupportedType &type : supportedTypes) {
        if (detected.inherits(type.mimeType.toString()))
            return type.mimeType.toString();
    }
    return {};
}

Error unsupportedTypeError(const QString &displayName, const QMimeType &detected)
{
    const QString comment = detected.comment().isEmpty() ? detected.name() : detected.comment();
    return makeError(ErrorCode::InvalidArgument,
                     Tr::tr("Cannot import “%1”: %2 (%3) is not a supported media type. Capsule "
                            "accepts PNG, JPEG, GIF, WebP and SVG images, MP4 and WebM videos, "
                            "WebVTT captions and MP3, Ogg and M4A audio.")
                         .arg(displayName, comment, detected.name()));
}

// ---------------------------------------------------------------------------------------------
// Bounds-checked reading of big-endian and little-endian fields from a seekable device.
// ---------------------------------------------------------------------------------------------

class DeviceReader
{
public:
    explicit DeviceReader(QIODevice &device)
        : m_device(device)
        , m_size(device.size())
    {}

    qint64 size() const { return m_size; }

    /** Reads exactly length bytes at pos into out; false if they are not all there. */
    bool read(qint64 pos, qint64 length, QByteArray &out) const
    {
        if (pos < 0 || length < 0 || pos > m_size || length > m_size - pos)
            return false;
        if (!m_device.seek(pos))
            return false;
        out = m_device.read(length);
        return out.size() == length;
    }

private:
    QIODevice &m_device;
    qint64 m_size;
};

quint64 bigEndian(const QByteArray &bytes, qsizetype offset, int length)
{
    quint64 value = 0;
    for (int i = 0; i < length; ++i)
        value = (value << 8) | quint8(bytes[offset + i]);
    return value;
}

quint32 littleEndian(const QByteArray &bytes, qsizetype offset, int length)
{
    quint32 value = 0;
    for (int i = length - 1; i >= 0; --i)
        value = (value << 8) | quint8(bytes[offset + i]);
    return value;
}

/** duration / timescale in milliseconds without overflow; 0 for nonsense. */
qint64 scaledMilliseconds(quint64 duration, quint64 timescale)
{
    if (timescale == 0)
        return 0;
    const quint64 seconds = duration / timescale;
    if (seconds > quint64(std::numeric_limits<qint64>::max() / 1000 - 1))
        return 0;
    return qint64(seconds * 1000 + (duration % timescale) * 1000 / timescale);
}

// Structure scans stop after this many elements: real files have a handful at each level.
constexpr int maxElementsPerLevel = 10000;

struct Probe
{
    qint64 durationMs = 0;
    QSize size; ///< pixels, when known
};

// ---------------------------------------------------------------------------------------------
// ISO base media (MP4, M4A): moov/mvhd for the duration, moov/trak/tkhd for the picture size.
// ---------------------------------------------------------------------------------------------

/**
 * Calls visit(type, payloadBegin, payloadEnd) for each box in [begin, end) until it returns
 * false. Stops at the first box whose header is damaged or that overruns its parent.
 */
void forEachBox(const DeviceReader &reader,
                qint64 begin,
                qint64 end,
                const std::function<bool(const QByteArray &, qint64, qint64)> &visit)
{
    qint64 pos = begin;
    QByteArray header;
    for (int count = 0; count < maxElementsPerLevel && end - pos >= 8; ++count) {
        if (!reader.read(pos, 8, header))
            return;
        quint64 boxSize = bigEndian(header, 0, 4);
        const QByteArray type = header.mid(4, 4);
        qint64 headerSize = 8;
        if (boxSize == 1) { // 64-bit size follows the type
            QByteArray large;
            if (end - pos < 16 || !reader.read(pos + 8, 8, large))
                return;
            boxSize = bigEndian(large, 0, 8);
            headerSize = 16;
        } else if (boxSize == 0) { // the box extends to the end of its parent
            boxSize = quint64(end - pos);
        }
        if (boxSize < quint64(headerSize) || boxSize > quint64(end - pos))
            return;
        if (!visit(type, pos + headerSize, pos + qint64(boxSize)))
            return;
        pos += qint64(boxSize);
    }
}

void parseMvhd(const DeviceReader &reader, qint64 begin, qint64 end, Probe &probe)
{
    QByteArray data;
    if (!reader.read(begin, std::min<qint64>(end - begin, 32), data) || data.size() < 20)
        return;
    const int version = quint8(data[0]);
    quint64 timescale = 0;
    quint64 duration = 0;
    if (version == 0) {
        timescale = bigEndian(data, 12, 4);
        duration = bigEndian(data, 16, 4);
        if (duration == 0xFFFFFFFFu) // "unknown"
            return;
    } else if (version == 1) {
        if (data.size() < 32)
            return;
        timescale = bigEndian(data, 20, 4);
        duration = bigEndian(data, 24, 8);
        if (duration == std::numeric_limits<quint64>::max())
            return;
    } else {
        return;
    }
    probe.durationMs = scaledMilliseconds(duration, timescale);
}

void parseTkhd(const DeviceReader &reader, qint64 begin, qint64 end, Probe &probe)
{
    QByteArray data;
    if (!reader.read(begin, std::min<qint64>(end - begin, 92), data) || data.isEmpty())
        return;
    const int version = quint8(data[0]);
    const qsizetype widthOffset = version == 1 ? 88 : version == 0 ? 76 : -1;
    if (widthOffset < 0 || data.size() < widthOffset + 8)
        return;
    // 16.16 fixed point; audio tracks have 0 x 0.
    const int width = int(bigEndian(data, widthOffset, 4) >> 16);
    const int height = int(bigEndian(data, widthOffset + 4, 4) >> 16);
    if (width > 0 && height > 0 && !probe.size.isValid())
        probe.size = QSize(width, height);
}

Probe probeMp4(const DeviceReader &reader)
{
    Probe probe;
    forEachBox(reader, 0, reader.size(), [&](const QByteArray &type, qint64 begin, qint64 end) {
        if (type != "moov")
            return true;
        forEachBox(reader, begin, end, [&](const QByteArray &child, qint64 b, qint64 e) {
            if (child == "mvhd") {
                parseMvhd(reader, b, e, probe);
            } else if (child == "trak") {
                forEachBox(reader, b, e, [&](const QByteArray &grandChild, qint64 gb, qint64 ge) {
                    if (grandChild == "tkhd")
                        parseTkhd(reader, gb, ge, probe);
                    return grandChild != "tkhd";
                });
            }
            return true;
        });
        return false;
    });
    return probe;
}

// ---------------------------------------------------------------------------------------------
// EBML (WebM): Segment/Info/{TimecodeScale, Duration}, Segment/Tracks/TrackEntry/Video/PixelWidth.
// ---------------------------------------------------------------------------------------------

namespace Ebml {
constexpr quint64 Header = 0x1A45DFA3;
constexpr quint64 Segment = 0x18538067;
constexpr quint64 Info = 0x1549A966;
constexpr quint64 TimecodeScale = 0x2AD7B1;
constexpr quint64 Duration = 0x4489;
constexpr quint64 Tracks = 0x1654AE6B;
constexpr quint64 TrackEntry = 0xAE;
constexpr quint64 Video = 0xE0;
constexpr quint64 PixelWidth = 0xB0;
constexpr quint64 PixelHeight = 0xBA;
constexpr quint64 Cluster = 0x1F43B675;
} // namespace Ebml

struct EbmlElement
{
    quint64 id = 0;
    qint64 dataBegin = 0;
    qint64 dataEnd = 0;       ///< clamped to the parent's end
    bool unknownSize = false; ///< streaming writers leave the size open
};

/** A variable-length integer at pos: (value, length). With keepMarker for element ids. */
std::optional<std::pair<quint64, int>>
readVint(const DeviceReader &reader, qint64 pos, qint64 end, bool keepMarker, int maxLength)
{
    QByteArray first;
    if (pos >= end || !reader.read(pos, 1, first))
        return std::nullopt;
    const quint8 lead = quint8(first[0]);
    int length = 1;
    while (length <= 8 && !(lead & (0x80 >> (length - 1))))
        ++length;
    if (length > maxLength || end - pos < length)
        return std::nullopt;
    QByteArray bytes;
    if (!reader.read(pos, length, bytes))
        return std::nullopt;
    quint64 value = keepMarker ? lead : (lead & (0xFF >> length));
    for (int i = 1; i < length; ++i)
        value = (value << 8) | quint8(bytes[i]);
    return std::make_pair(value, length);
}

std::optional<EbmlElement> readElement(const DeviceReader &reader, qint64 pos, qint64 end)
{
    const auto id = readVint(reader, pos, end, true, 4);
    if (!id)
        return std::nullopt;
    const auto size = readVint(reader, pos + id->second, end, false, 8);
    if (!size)
        return std::nullopt;
    EbmlElement element;
    element.id = id->first;
    element.dataBegin = pos + id->second + size->second;
    const int sizeBits = 7 * size->second;
    const quint64 allOnes
        = sizeBits >= 64 ? std::numeric_limits<quint64>::max() : (quint64(1) << sizeBits) - 1;
    element.unknownSize = size->first == allOnes;
    if (element.unknownSize || size->first > quint64(end - element.dataBegin))
        element.dataEnd = end; // open-ended or truncated: read what is there
    else
        element.dataEnd = element.dataBegin + qint64(size->first);
    return element;
}

/** Calls visit for each child in [begin, end) until it returns false or the data is damaged. */
void forEachElement(const DeviceReader &reader,
                    qint64 begin,
                    qint64 end,
                    const std::function<bool(const EbmlElement &)> &visit)
{
    qint64 pos = begin;
    for (int count = 0; count < maxElementsPerLevel && pos < end; ++count) {
        const auto element = readElement(reader, pos, end);
        if (!element || !visit(*element) || element->unknownSize)
            return; // an element of unknown size cannot be skipped
        pos = element->dataEnd;
    }
}

std::optional<quint64> readUnsigned(const DeviceReader &reader, const EbmlElement &element)
{
    const qint64 length = element.dataEnd - element.dataBegin;
    QByteArray data;
    if (length < 1 || length > 8 || !reader.read(element.dataBegin, length, data))
        return std::nullopt;
    return bigEndian(data, 0, int(length));
}

std::optional<double> readFloat(const DeviceReader &reader, const EbmlElement &element)
{
    const qint64 length = element.dataEnd - element.dataBegin;
    QByteArray data;
    if ((length != 4 && length != 8) || !reader.read(element.dataBegin, length, data))
        return std::nullopt;
    if (length == 4) {
        const quint32 bits = quint32(bigEndian(data, 0, 4));
        float value;
        std::memcpy(&value, &bits, sizeof value);
        return double(value);
    }
    const quint64 bits = bigEndian(data, 0, 8);
    double value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

Probe probeWebm(const DeviceReader &reader)
{
    Probe probe;
    const auto header = readElement(reader, 0, reader.size());
    if (!header || header->id != Ebml::Header || header->unknownSize)
        return probe;

    bool infoSeen = false;
    bool tracksSeen = false;
    forEachElement(reader, header->dataEnd, reader.size(), [&](const EbmlElement &top) {
        if (top.id != Ebml::Segment)
            return true;
        forEachElement(reader, top.dataBegin, top.dataEnd, [&](const EbmlElement &child) {
            if (child.id == Ebml::Info) {
                infoSeen = true;
                quint64 timecodeScale = 1000000; // nanoseconds per tick, the default
                std::optional<double> duration;
                forEachElement(reader, child.dataBegin, child.dataEnd, [&](const EbmlElement &e) {
                    if (e.id == Ebml::TimecodeScale)
                        timecodeScale = readUnsigned(reader, e).value_or(0);
                    else if (e.id == Ebml::Duration)
                        duration = readFloat(reader, e);
                    return true;
                });
                if (duration && std::isfinite(*duration) && *duration > 0 && timecodeScale > 0) {
                    const double ms = *duration * double(timecodeScale) / 1e6;
                    if (ms < 1e15)
                        probe.durationMs = std::llround(ms);
                }
            } else if (child.id == Ebml::Tracks) {
                tracksSeen = true;
                forEachElement(reader, child.dataBegin, child.dataEnd, [&](const EbmlElement &t) {
                    if (t.id != Ebml::TrackEntry)
                        return true;
                    forEachElement(reader, t.dataBegin, t.dataEnd, [&](const EbmlElement &v) {
                        if (v.id != Ebml::Video)
                            return true;
                        quint64 width = 0;
                        quint64 height = 0;
                        forEachElement(reader, v.dataBegin, v.dataEnd, [&](const EbmlElement &p) {
                            if (p.id == Ebml::PixelWidth)
                                width = readUnsigned(reader, p).value_or(0);
                            else if (p.id == Ebml::PixelHeight)
                                height = readUnsigned(reader, p).value_or(0);
                            return true;
                        });
                        if (width > 0 && height > 0 && width <= 65535 && height <= 65535
                            && !probe.size.isValid())
                            probe.size = QSize(int(width), int(height));
                        return false;
                    });
                    return !probe.size.isValid();
                });
            } else if (child.id == Ebml::Cluster) {
                return false; // media data: the headers are behind us
            }
            return !(infoSeen && tracksSeen);
        });
        return false;
    });
    return probe;
}

// ---------------------------------------------------------------------------------------------
// Images
// ---------------------------------------------------------------------------------------------

/** WebP canvas size from the RIFF header (Qt needs an optional plugin for WebP). */
QSize webpSize(const DeviceReader &reader)
{
    QByteArray h;
    if (!reader.read(0, std::min<qint64>(reader.size(), 30), h) || h.size() < 20
        || !h.startsWith("RIFF") || h.mid(8, 4) != "WEBP")
        return {};
    const QByteArray chunk = h.mid(12, 4);
    if (chunk == "VP8X" && h.size() >= 30)
        return QSize(int(littleEndian(h, 24, 3)) + 1, int(littleEndian(h, 27, 3)) + 1);
    if (chunk == "VP8 " && h.size() >= 30) {
        if (quint8(h[23]) != 0x9D || quint8(h[24]) != 0x01 || quint8(h[25]) != 0x2A)
            return {};
        return QSize(int(littleEndian(h, 26, 2) & 0x3FFF), int(littleEndian(h, 28, 2) & 0x3FFF));
    }
    if (chunk == "VP8L" && h.size() >= 25) {
        if (quint8(h[20]) != 0x2F)
            return {};
        const quint32 bits = littleEndian(h, 21, 4);
        return QSize(int(bits & 0x3FFF) + 1, int((bits >> 14) & 0x3FFF) + 1);
    }
    return {};
}

QString formatName(const QString &mimeType)
{
    if (mimeType == u"image/svg+xml")
        return u"SVG"_s;
    return mimeType.mid(mimeType.indexOf(u'/') + 1).toUpper();
}

/**
 * Fills in the image size, video size and duration from the headers. Fails only for an image
 * that a reader Capsule has cannot read.
 */
Result<void> probe(QIODevice &device, const QString &displayName, MediaAsset &asset)
{
    const DeviceReader reader(device);
    if (asset.mimeType == u"image/webp") {
        asset.imageSize = webpSize(reader);
        if (!asset.imageSize.isValid() || asset.imageSize.isEmpty())
            return makeError(
                ErrorCode::InvalidContent,
                Tr::tr("Cannot import “%1”: the file is not a valid WebP image.").arg(displayName));
    } else if (asset.isImage()) {
        device.seek(0);
        QImageReader imageReader(&device);
        // Without a Qt plugin for the format there is nothing to check against.
        const bool canCheck
            = QImageReader::supportedMimeTypes().contains(asset.mimeType.toLatin1());
        const bool readable = imageReader.canRead();
        const QSize size = readable ? imageReader.size() : QSize();
        // A raster header without a size is damaged; an SVG may leave its size to the viewer.
        const bool sizeMissing = !size.isValid() && asset.mimeType != u"image/svg+xml";
        if (canCheck && (!readable || sizeMissing))
            return makeError(ErrorCode::InvalidContent,
                             Tr::tr("Cannot import “%1”: the file is not a valid %2 image.")
                                 .arg(displayName, formatName(asset.mimeType)));
        if (size.isValid() && !size.isEmpty())
            asset.imageSize = size;
    } else if (asset.mimeType == u"video/mp4" || asset.mimeType == u"audio/mp4") {
        const Probe mp4 = probeMp4(reader);
        asset.durationMs = mp4.durationMs;
        if (asset.isVideo())
            asset.imageSize = mp4.size;
    } else if (asset.mimeType == u"video/webm") {
        const Probe webm = probeWebm(reader);
        asset.durationMs = webm.durationMs;
        asset.imageSize = webm.size;
    }
    return {};
}

/** Identifies the type of the open device, rewound afterwards; empty if unsupported. */
QString detectMimeType(QIODevice &device, const QString &fileName, QMimeType &detected)
{
    device.seek(0);
    detected = QMimeDatabase().mimeTypeForFileNameAndData(fileName, &device);
    device.seek(0);
    return canonicalMimeType(detected, fileName);
}

// ---------------------------------------------------------------------------------------------
// WebVTT
// ---------------------------------------------------------------------------------------------

bool isVttSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/** Reads the digits at pos; returns their count and value (saturated). */
int readDigits(QStringView line, qsizetype &pos, qint64 &value)
{
    value = 0;
    int count = 0;
    while (pos < line.size() && isDigit(line[pos])) {
        if (value < 1000000000)
            value = value * 10 + (line[pos].unicode() - u'0');
        ++pos;
        ++count;
    }
    return count;
}

/** A WebVTT timestamp ([h+:]mm:ss.ttt) at pos, in milliseconds; advances pos. */
std::optional<qint64> readTimestamp(QStringView line, qsizetype &pos)
{
    qint64 first = 0;
    const int firstDigits = readDigits(line, pos, first);
    if (firstDigits == 0 || pos >= line.size() || line[pos] != u':')
        return std::nullopt;
    ++pos;
    qint64 second = 0;
    if (readDigits(line, pos, second) != 2)
        return std::nullopt;
    qint64 hours = 0;
    qint64 minutes = first;
    qint64 seconds = second;
    const bool hasHours
        = firstDigits != 2 || first > 59 || (pos < line.size() && line[pos] == u':');
    if (hasHours) {
        if (pos >= line.size() || line[pos] != u':')
            return std::nullopt;
        ++pos;
        hours = first;
        minutes = second;
        if (readDigits(line, pos, seconds) != 2)
            return std::nullopt;
    }
    if (pos >= line.size() || line[pos] != u'.')
        return std::nullopt;
    ++pos;
    qint64 millis = 0;
    if (readDigits(line, pos, millis) != 3 || minutes > 59 || seconds > 59)
        return std::nullopt;
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}

QString formatTimestamp(qint64 ms)
{
    return u"%1:%2:%3.%4"_s.arg(ms / 3600000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QString quoted(QStringView line)
{
    constexpr qsizetype maxShown = 60;
    if (line.size() <= maxShown)
        return line.toString();
    return line.left(maxShown).toString() + u'…';
}

Error vttError(qsizetype lineIndex, const QString &what)
{
    return makeError(ErrorCode::InvalidContent,
                     Tr::tr("Line %1: %2").arg(QString::number(lineIndex + 1), what));
}

/** Checks a cue timing line; an empty result means it is valid. */
std::optional<Error> checkTimingLine(QStringView line, qsizetype lineIndex)
{
    const auto invalid = [&] {
        return vttError(lineIndex,
                        Tr::tr("“%1” is not a valid cue timing line; expected “00:00:01.000 --> "
                               "00:00:04.000” (hours are optional).")
                            .arg(quoted(line)));
    };
    qsizetype pos = 0;
    while (pos < line.size() && isVttSpace(line[pos]))
        ++pos;
    const auto start = readTimestamp(line, pos);
    if (!start)
        return invalid();
    while (pos < line.size() && isVttSpace(line[pos]))
        ++pos;
    if (!line.mid(pos).startsWith(u"-->"))
        return invalid();
    pos += 3;
    while (pos < line.size() && isVttSpace(line[pos]))
        ++pos;
    const auto end = readTimestamp(line, pos);
    if (!end || (pos < line.size() && !isVttSpace(line[pos])))
        return invalid();
    if (*end <= *start)
        return vttError(lineIndex,
                        Tr::tr("the cue ends (%1) before it starts (%2).")
                            .arg(formatTimestamp(*end), formatTimestamp(*start)));
    return std::nullopt;
}

/** True if line is keyword alone or followed by a space, tab or nothing else. */
bool startsWithKeyword(QStringView line, QStringView keyword)
{
    return line.startsWith(keyword)
           && (line.size() == keyword.size() || isVttSpace(line[keyword.size()]));
}

bool looksLikeTiming(QStringView line)
{
    return !line.isEmpty() && isDigit(line.front()) && line.contains(u':');
}

} // namespace

Result<MediaAsset> MediaImporter::import(const QString &filePath)
{
    const QFileInfo info(filePath);
    const QString displayName = QDir::toNativeSeparators(filePath);
    if (!info.exists())
        return makeError(ErrorCode::Io,
                         Tr::tr("Cannot import “%1”: the file does not exist.").arg(displayName));
    if (info.isDir())
        return makeError(
            ErrorCode::Io,
            Tr::tr("Cannot import “%1”: it is a folder, not a file.").arg(displayName));

    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         Tr::tr("Cannot read “%1”: %2.").arg(displayName, file.errorString()));
    if (file.size() == 0)
        return makeError(ErrorCode::InvalidContent,
                         Tr::tr("Cannot import “%1”: the file is empty.").arg(displayName));

    MediaAsset asset;
    asset.fileName = info.fileName();
    QMimeType detected;
    asset.mimeType = detectMimeType(file, info.fileName(), detected);
    if (asset.mimeType.isEmpty())
        return unsupportedTypeError(displayName, detected);

    Sha256 hash;
    constexpr qint64 chunkSize = 1 << 20;
    QByteArray chunk(chunkSize, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunkSize);
        if (n < 0)
            return makeError(ErrorCode::Io,
                             Tr::tr("Cannot read “%1”: %2.").arg(displayName, file.errorString()));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), n));
        total += n;
    }
    asset.id = AssetId(hash.hexResult());
    asset.byteSize = total;

    if (Result<void> probed = probe(file, displayName, asset); !probed)
        return probed.error();
    asset.source.kind = AssetSource::Kind::File;
    asset.source.path = info.absoluteFilePath();
    return asset;
}

Result<MediaAsset> MediaImporter::fromData(const QByteArray &bytes, const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    const QString displayName = name.isEmpty() ? Tr::tr("unnamed data") : name;
    if (bytes.isEmpty())
        return makeError(ErrorCode::InvalidContent,
                         Tr::tr("Cannot import “%1”: the file is empty.").arg(displayName));

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);

    MediaAsset asset;
    asset.fileName = name;
    QMimeType detected;
    asset.mimeType = detectMimeType(buffer, name, detected);
    if (asset.mimeType.isEmpty())
        return unsupportedTypeError(displayName, detected);
    asset.id = AssetId(Sha256::hex(bytes));
    asset.byteSize = bytes.size();

    if (Result<void> probed = probe(buffer, displayName, asset); !probed)
        return probed.error();
    asset.source.kind = AssetSource::Kind::Memory;
    asset.source.data = bytes;
    return asset;
}

Result<int> MediaImporter::countVttCues(const QByteArray &vtt)
{
    QString text = QString::fromUtf8(vtt);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    std::vector<QStringView> lines;
    {
        const QStringView all(text);
        qsizetype begin = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all[i] == u'\n' || all[i] == u'\r') {
                lines.push_back(all.mid(begin, i - begin));
                if (all[i] == u'\r' && i + 1 < all.size() && all[i + 1] == u'\n')
                    ++i;
                begin = i + 1;
            }
        }
        if (begin < all.size())
            lines.push_back(all.mid(begin));
    }
    const auto count = qsizetype(lines.size());

    if (lines.empty() || !startsWithKeyword(lines[0], u"WEBVTT"))
        return vttError(0, Tr::tr("a WebVTT file must start with “WEBVTT”."));

    // The header runs to the first blank line (a timing line also ends it, as browsers accept).
    qsizetype i = 1;
    while (i < count && !lines[i].isEmpty() && !lines[i].contains(u"-->"))
        ++i;

    int cues = 0;
    while (i < count) {
        if (lines[i].isEmpty()) {
            ++i;
            continue;
        }
        const QStringView first = lines[i];
        const bool isComment = startsWithKeyword(first, u"NOTE");
        const bool isHeaderBlock
            = cues == 0
              && (startsWithKeyword(first, u"STYLE") || startsWithKeyword(first, u"REGION"));
        if (!first.contains(u"-->") && (isComment || isHeaderBlock)) {
            while (i < count && !lines[i].isEmpty())
                ++i;
            continue;
        }
        if (!first.contains(u"-->")) { // a cue identifier: the timing line follows
            const bool nextIsTiming = i + 1 < count && lines[i + 1].contains(u"-->");
            if (!nextIsTiming) {
                const bool blockEnds = i + 1 >= count || lines[i + 1].isEmpty();
                if (blockEnds || looksLikeTiming(first))
                    return vttError(i,
                                    Tr::tr("“%1” is not a valid cue timing line; expected "
                                           "“00:00:01.000 --> 00:00:04.000” (hours are "
                                           "optional).")
                                        .arg(quoted(first)));
                return vttError(i + 1,
                                Tr::tr("the cue “%1” has no timing line; expected "
                                       "“00:00:01.000 --> 00:00:04.000” after its identifier.")
                                    .arg(quoted(first)));
            }
            ++i;
        }
        if (const auto error = checkTimingLine(lines[i], i))
            return *error;
        ++cues;
        ++i;
        // The cue text runs to a blank line; a line with "-->" starts the next cue.
        while (i < count && !lines[i].isEmpty() && !lines[i].contains(u"-->"))
            ++i;
    }
    return cues;
}

QStringList MediaImporter::supportedMimeTypes()
{
    QStringList types;
    for (const SupportedType &type : supportedTypes)
        types.append(type.mimeType.toString());
    return types;
}

QStringList MediaImporter::nameFilters()
{
    QStringList patterns;
    for (const SupportedType &type : supportedTypes)
        patterns += type.patterns.toString().split(u' ');
    return patterns;
}

} // namespace Core
