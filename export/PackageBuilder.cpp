// SPDX-License-Identifier: MIT
#include "PackageBuilder.h"

#include "Tr.h"
#include "core/Course.h"
#include "core/Validator.h"
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

/** Validator warnings that only matter to SCORM 1.2 packages ("scorm12.suspend-data-too-large"). */
bool isScorm12OnlyWarning(const QString &code)
{
    return code.startsWith(u"scorm12.");
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

std::vector<Core::AssetId> PackageBuilder::usedAssets() const
{
    std::vector<Core::AssetId> ids = m_course.usedAssets();
    if (m_translations.empty())
        return ids;
    for (const Core::Course *translation : m_translations) {
        const std::vector<Core::AssetId> more = translation->usedAssets();
        ids.insert(ids.end(), more.begin(), more.end());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

QStringList PackageBuilder::contentFiles() const
{
    QStringList files = playerFiles(m_playerRoot);
    files.append(QString(courseScriptName));
    for (const Core::AssetId &id : usedAssets()) {
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

Core::Result<void> PackageBuilder::checkCourse(const Core::Course &course,
                                               PlayerRuntime runtime,
                                               ExportContext &context)
{
    QStringList errors;
    for (const Core::Validator::Issue &issue : Core::Validator::check(course)) {
        //: Where a problem is, then what it is; French puts a space before the colon.
        const QString text = issue.location.isEmpty()
                                 ? issue.message
                                 : Tr::tr("%1: %2").arg(issue.location, issue.message);
        if (issue.severity == Core::Validator::Issue::Severity::Error) {
            errors.append(text);
            continue;
        }
        // The 4,096-character suspend_data limit is SCORM 1.2's alone.
        if (runtime != PlayerRuntime::Scorm12 && isScorm12OnlyWarning(issue.code))
            continue;
        // About the languages of the project, not of the package: PackageLanguages warns about
        // the texts that fall back in the languages the package holds.
        if (issue.code == u"translation.incomplete")
            continue;
        context.addWarning({issue.code, text, issue.slide});
    }
    // A web package opened from disk gets its captions from the course data, up to a size.
    if (runtime == PlayerRuntime::Web) {
        for (const Core::Slide *slide : course.allSlides()) {
            // A video slide's tracks, and those of the video and audio blocks of a content slide.
            std::vector<const Core::VideoBody *> media;
            if (const auto *video = std::get_if<Core::VideoBody>(&slide->body))
                media.push_back(video);
            else if (const auto *content = std::get_if<Core::ContentBody>(&slide->body))
                for (const Core::ContentBlock &block : content->blocks)
                    media.push_back(&block.media);
            for (const Core::VideoBody *body : media) {
                for (const Core::CaptionTrack &track : body->captions) {
                    const Core::MediaAsset *asset = course.asset(track.vtt);
                    if (!asset || asset->byteSize <= PlayerData::maxEmbeddedCaptionBytes)
                        continue;
                    context.addWarning(
                        {u"captions.too-large-for-disk"_s,
                         Tr::tr("Slide « %1 »: the captions “%2” are larger than %3 KiB, so the "
                                "web package shows them from a web server but not when opened "
                                "from disk.")
                             .arg(slide->title,
                                  track.label.isEmpty() ? track.language : track.label,
                                  QString::number(PlayerData::maxEmbeddedCaptionBytes / 1024)),
                         slide->id});
                }
            }
        }
    }
    if (errors.isEmpty())
        return {};
    return Core::makeError(Core::ErrorCode::Export,
                           Tr::tr("The course cannot be exported until these problems are fixed:")
                               + u"\n- "_s + errors.join(u"\n- "_s));
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
    if (targetPath.isEmpty()) {
        return Core::makeError(Core::ErrorCode::InvalidArgument,
                               Tr::tr("No file name was given for the package."));
    }

    const QStringList players = playerFiles(m_playerRoot);
    if (!players.contains(u"index.html"_s)) {
        return Core::makeError(
            Core::ErrorCode::Export,
            Tr::tr("The learner player is missing (no index.html in %1).").arg(m_playerRoot));
    }

    std::vector<const Core::MediaAsset *> media;
    for (const Core::AssetId &id : usedAssets()) {
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
    // A package is derived from the project and can be exported again: waiting for a
    // gigabyte of video to reach the disk would triple the export time for no safety gain.
    writer.setDurability(Core::ZipWriter::Durability::Cached);
    for (const auto &[name, data] : m_leading)
        writer.addFile(name, data);
    const QString prefix = m_playerRoot.endsWith(u'/') ? m_playerRoot : m_playerRoot + u'/';
    for (const QString &file : players)
        writer.addFileFromDisk(file, prefix + file);
    writer.addFile(QString(courseScriptName),
                   PlayerData::scriptFor(PlayerData::toJson(m_course, m_translations, m_runtime)));
    for (const Core::MediaAsset *asset : media)
        writer.addFromSource(asset->archiveName(), asset->source);

    qint64 lastTotal = 0;
    writer.setProgressCallback([&context, &lastTotal](qint64 done, qint64 total) {
        lastTotal = total;
        context.reportProgress(done, total);
        return !context.isCancelled();
    });
    if (context.isCancelled())
        return cancelled();
    auto committed = writer.commit();
    if (committed)
        context.reportProgress(lastTotal, lastTotal); // the writer's total is approximate
    return committed;
}

} // namespace Export
