// SPDX-License-Identifier: MIT
// .capsule loader: ZipReader and ProjectFile on a file holding the input, then every asset's
// bytes read back from the zip the way previews and exports get them.
#include "core/ProjectFile.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

namespace {

/** One file per fuzzing process, rewritten for every input (ProjectFile reads paths only). */
const QString &inputPath()
{
    static QTemporaryDir dir; // removed when the process exits normally
    static const QString path = dir.filePath(QStringLiteral("input.capsule"));
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QFile file(inputPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        return 0;
    file.close();

    auto course = Core::ProjectFile::read(inputPath());
    if (!course)
        return 0;
    for (const auto &[id, asset] : (*course)->assets())
        (void)Core::ProjectFile::readAssetBytes(asset.source);
    return 0;
}
