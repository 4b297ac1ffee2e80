// SPDX-License-Identifier: MIT
// WebVTT captions check (MediaImporter::countVttCues), directly and through the import of a
// .vtt file's bytes.
#include "core/MediaImporter.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray vtt(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Core::MediaImporter::countVttCues(vtt);
    (void)Core::MediaImporter::fromData(vtt, u"captions.vtt"_s);
    return 0;
}
