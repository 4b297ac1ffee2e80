// SPDX-License-Identifier: MIT
#include "PackageBuilder.h"

#include "Tr.h"
#include "core/Course.h"
#include "core/ZipWriter.h"

#include <QDirIterator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Export {

namespace {

/** True for "tests/x.js" and "a/tests/x.js": player self-tests never ship. */
bool isUnderTestsFolder(const QString &relativePath)
{
    return relativePath.startsWith(u"tests/") || relativePath.contains(u"/tests/");
}

} // namespace

PackageBuilder::PackageBuilder(const Core::Course &course, PlayerRuntime runtime)
    : m_course(course)
    , m_runtime(runtime)
    , m_playerRoot(defaultPlayerRoot())
{}

QString PackageBuilder::defaultPlayerRoot()
{
    return u":/player"_s;
}

QStringList PackageBuilder::playerFiles(const QString &root)
{
    QStringList files;
    const QString prefix = root.endsWith(u'/') ? root : root + u'/';
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.startsWith(prefix))
            continue;
        const QString relative = path.mid(prefix.size());
        if (!isUnderTestsFolder(relative))
            files.append(relative);
    }
    std::sort(files.begin(), files.end());
    return files;
}

QStringList PackageBuilder::contentFiles() const
{
    QStringList files = playerFiles(m_playerRoot);
    files.append(QString(courseScriptName));
    for (const Core::AssetId &id : m_course.usedAssets()) {
        // usedAssets() is sorted by id, and names are "media/<id>.<ext>": sorted too.
        if (const Core::MediaAsset *asset = m_course.asset(id))
            files.append(asset->archiveName());
    }
    return files;
}

QStringList PackageBuilder::packageFiles(const Core::Course &course)
{
    // The runtime only changes course.js's bytes, not the file list.
    return PackageBuilder(course, PlayerRuntime::Web).contentFiles();
}

void PackageBuilder::addLeadingEntry(const QString &name, QByteArray data)
{
    m_leading.emplace_back(name, std::move(data));
}

Core::Result<void> PackageBuilder::write(const QString &targetPath, ExportContext &context) const
{
    const auto cancelled = [] {
        return Core::makeError(Core::ErrorCode::Cancelled, Tr::tr("The export was cancelled."));
    };
    if (context.isCancelled())
        return cancelled();

    const QStringList players = playerFiles(m_playerRoot);
    if (!players.contains(u"index.html"_s)) {
        return Core::makeError(
            Core::ErrorCode::Export,
            Tr::tr("The learner player is missing (no index.html in %1).").arg(m_playerRoot));
    }

    std::vector<const Core::MediaAsset *> media;
    for (const Core::AssetId &id : m_course.usedAssets()) {
        const Core::MediaAsset *asset = m_course.asset(id);
        if (!asset) {
            return Core::makeError(Core::ErrorCode::MissingAsset,
                                   Tr::tr("The course uses media %1, which is not in its media "
                                          "library.")
                                       .arg(id.toString()));
        }
        if (asset->source.kind == Core::AssetSource::Kind::None) {
            return Core::makeError(Core::ErrorCode::Export,
                                   Tr::tr("The bytes of media \"%1\" (%2) are not available.")
                                       .arg(asset->fileName, id.toString()));
        }
        media.push_back(asset);
    }

    Core::ZipWriter writer(targetPath);
    for (const auto &[name, data] : m_leading)
        writer.addFile(name, data);
    const QString prefix = m_playerRoot.endsWith(u'/') ? m_playerRoot : m_playerRoot + u'/';
    for (const QString &file : players)
        writer.addFileFromDisk(file, prefix + file);
    writer.addFile(QString(courseScriptName), PlayerData::toScript(m_course, m_runtime));
    for (const Core::MediaAsset *asset : media)
        writer.addFromSource(asset->archiveName(), asset->source);

    writer.setProgressCallback([&context](qint64 done, qint64 total) {
        context.reportProgress(done, total);
        return !context.isCancelled();
    });
    if (context.isCancelled())
        return cancelled();
    return writer.commit();
}

} // namespace Export
