// SPDX-License-Identifier: MIT
// .capsule loader: ZipReader and ProjectFile on a file holding the input, then every asset's
// bytes read back from the zip the way previews and exports get them. The same file also goes
// through the theme file reader (ThemeFile::read), which shares ZipReader and the XML reader.
//
// An input starting with "PK" is taken as the zip itself: that fuzzes the archive's structure.
// Any other input is a list of entries, packed here into a zip with correct CRC-32s so that
// mutations of course.xml, of entry names and of media reach ProjectFile rather than stop at
// a checksum:
//     <course.xml bytes>[\n@@entry <name>\n<bytes>]...
// (the first entry is named theme.xml instead when it holds a <capsuleTheme>).
#include "core/ProjectFile.h"
#include "core/ThemeFile.h"
#include "core/ZipCrc32.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QTemporaryDir>

#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

/** One file per fuzzing process, rewritten for every input (ProjectFile reads paths only). */
const QString &inputPath()
{
    static QTemporaryDir dir; // removed when the process exits normally
    static const QString path = dir.filePath(u"input.capsule"_s);
    return path;
}

void append16(QByteArray &out, quint32 value)
{
    out.append(char(value & 0xff)).append(char(value >> 8 & 0xff));
}

void append32(QByteArray &out, quint32 value)
{
    append16(out, value & 0xffff);
    append16(out, value >> 16);
}

/** A zip of stored entries, names and bytes as given (duplicates and odd names included). */
QByteArray storedZip(const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    QByteArray zip;
    QByteArray directory;
    for (const auto &entry : entries) {
        const QByteArray &name = entry.first;
        const QByteArray &data = entry.second;
        const quint32 crc = Core::ZipCrc32::update(0, data);
        const auto offset = quint32(zip.size());
        const auto header = [&](QByteArray &out, bool central) {
            append32(out, central ? 0x02014b50 : 0x04034b50);
            if (central)
                append16(out, 20); // made by
            append16(out, 20);     // version needed
            append16(out, 0x0800); // UTF-8 name
            append16(out, 0);      // stored
            append32(out, 0);      // time and date
            append32(out, crc);
            append32(out, quint32(data.size()));
            append32(out, quint32(data.size()));
            append16(out, quint32(name.size()));
            append16(out, 0); // extra field
            if (central) {
                append32(out, 0); // comment, disk
                append16(out, 0); // internal attributes
                append32(out, 0); // external attributes
                append32(out, offset);
            }
            out.append(name);
        };
        header(zip, false);
        zip.append(data);
        header(directory, true);
    }
    const auto directoryOffset = quint32(zip.size());
    zip.append(directory);
    append32(zip, 0x06054b50);
    append32(zip, 0); // disks
    append16(zip, quint32(entries.size()));
    append16(zip, quint32(entries.size()));
    append32(zip, quint32(directory.size()));
    append32(zip, directoryOffset);
    append16(zip, 0); // comment
    return zip;
}

QByteArray zipFromParts(const QByteArray &input)
{
    static constexpr QByteArrayView separator = "\n@@entry ";
    QList<std::pair<QByteArray, QByteArray>> entries;
    qsizetype at = input.indexOf(separator);
    const QByteArray first = input.left(at < 0 ? input.size() : at);
    entries.append({first.contains("<capsuleTheme") ? "theme.xml" : "course.xml", first});
    while (at >= 0) {
        const qsizetype begin = at + separator.size();
        at = input.indexOf(separator, begin);
        const QByteArray part = input.mid(begin, (at < 0 ? input.size() : at) - begin);
        const qsizetype newline = part.indexOf('\n');
        if (newline < 0)
            entries.append({part, {}});
        else
            entries.append({part.left(newline), part.mid(newline + 1)});
    }
    return storedZip(entries);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray bytes = input.startsWith("PK") ? input : zipFromParts(input);
    QFile file(inputPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return 0;
    file.close();

    (void)Core::ThemeFile::read(inputPath());
    auto course = Core::ProjectFile::read(inputPath());
    if (!course)
        return 0;
    for (const auto &[id, asset] : (*course)->assets())
        (void)Core::ProjectFile::readAssetBytes(asset.source);
    return 0;
}
