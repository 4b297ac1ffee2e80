// SPDX-License-Identifier: MIT
// The media header readers written for Capsule (MP4/M4A boxes, WebM's EBML, WebP chunks) through
// MediaImporter::fromData. The first byte of the input picks the file name, the rest is the file.
// Images other than WebP go to Qt's image plugins, which are not ours to fuzz.
#include "core/MediaImporter.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const std::array names = {u"clip.mp4"_s, u"clip.webm"_s, u"tone.m4a"_s, u"image.webp"_s};
    if (size < 1)
        return 0;
    const QString &name = names[data[0] % names.size()];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    (void)Core::MediaImporter::fromData(bytes, name);
    return 0;
}
