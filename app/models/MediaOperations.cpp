// SPDX-License-Identifier: MIT
#include "MediaOperations.h"

#include "UndoMacroGuard.h"
#include "app/Tr.h"
#include "core/Document.h"
#include "core/MediaImporter.h"
#include "core/commands/AddAsset.h"
#include "core/commands/RemoveAsset.h"
#include "core/commands/SetSlideBody.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace App {

std::vector<Core::Result<Core::MediaAsset>> MediaOperations::importFiles(const QStringList &paths)
{
    std::vector<Core::Result<Core::MediaAsset>> results;
    results.reserve(size_t(paths.size()));
    for (const QString &path : paths)
        results.push_back(Core::MediaImporter::import(path));
    return results;
}

std::vector<Core::Error>
MediaOperations::addImported(Core::Document &document,
                             const std::vector<Core::Result<Core::MediaAsset>> &imported)
{
    std::vector<Core::Error> errors;
    int count = 0;
    for (const auto &result : imported)
        count += result.has_value() ? 1 : 0;
    UndoMacroGuard macro(
        document.undoStack(),
        (count == 1 ? Tr::tr("Import media file") : Tr::tr("Import %1 media files").arg(count)));
    for (const auto &result : imported) {
        if (!result) {
            errors.push_back(result.error());
            continue;
        }
        macro.begin();
        document.push(std::make_unique<Core::AddAsset>(&document, result.value()));
    }
    return errors;
}

bool MediaOperations::acceptsMedia(const Core::Slide &slide)
{
    return slide.kind() == Core::SlideKind::Content || slide.kind() == Core::SlideKind::Video;
}

std::vector<Core::Error>
MediaOperations::attachToSlide(Core::Document &document,
                               const Core::SlideId &slideId,
                               const std::vector<Core::Result<Core::MediaAsset>> &imported)
{
    const Core::Slide *slide = document.course().slide(slideId);
    if (!slide || !acceptsMedia(*slide))
        return addImported(document, imported);

    std::vector<Core::Error> errors;
    Core::SlideBody body = slide->body;
    UndoMacroGuard macro(document.undoStack(), Tr::tr("Add media to “%1”").arg(slide->title));
    for (const auto &result : imported) {
        if (!result) {
            errors.push_back(result.error());
            continue;
        }
        const Core::MediaAsset &asset = result.value();
        macro.begin();
        document.push(std::make_unique<Core::AddAsset>(&document, asset));
        if (auto *content = std::get_if<Core::ContentBody>(&body)) {
            if (asset.isImage()) {
                Core::ContentBlock block;
                block.type = Core::ContentBlock::Type::Image;
                block.image = asset.id;
                content->blocks.push_back(block);
            }
        } else if (auto *video = std::get_if<Core::VideoBody>(&body)) {
            if (asset.isVideo()) {
                video->video = asset.id;
            } else if (asset.isImage()) {
                video->poster = asset.id;
            } else if (asset.isCaptions()) {
                // "interview.fr.vtt" names its language; otherwise the course's.
                static const QRegularExpression languageSuffix(
                    uR"([._-]([a-z]{2,3}(?:-[A-Za-z]{2})?)\.vtt$)"_s,
                    QRegularExpression::CaseInsensitiveOption);
                const auto match = languageSuffix.match(asset.fileName);
                const QString language
                    = match.hasMatch() ? match.captured(1) : document.course().metadata().language;
                video->captions.push_back({asset.id, language, {}});
            }
        }
    }
    if (!(body == slide->body)) {
        macro.begin();
        document.push(std::make_unique<Core::SetSlideBody>(
            &document, slideId, body, Tr::tr("Add media to slide")));
    }
    return errors;
}

std::vector<Core::Error> MediaOperations::importInto(Core::Document &document,
                                                     const QStringList &paths)
{
    return addImported(document, importFiles(paths));
}

std::vector<Core::AssetId> MediaOperations::unusedAssets(const Core::Document &document)
{
    const Core::Course &course = document.course();
    const std::vector<Core::AssetId> used = course.usedAssets(); // sorted
    std::vector<Core::AssetId> unused;
    for (const auto &[id, asset] : course.assets()) {
        if (!std::binary_search(used.begin(), used.end(), id))
            unused.push_back(id);
    }
    return unused;
}

int MediaOperations::removeUnused(Core::Document &document)
{
    const auto unused = unusedAssets(document);
    if (unused.empty())
        return 0;
    UndoMacroGuard macro(document.undoStack(),
                         (unused.size() == 1
                              ? Tr::tr("Remove unused media file")
                              : Tr::tr("Remove %1 unused media files").arg(unused.size())));
    macro.begin();
    for (const Core::AssetId &id : unused)
        document.push(std::make_unique<Core::RemoveAsset>(&document, id));
    return int(unused.size());
}

bool MediaOperations::isMediaFileName(const QString &fileName)
{
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> list;
        for (const QString &glob : Core::MediaImporter::nameFilters()) {
            list.append(QRegularExpression(QRegularExpression::wildcardToRegularExpression(glob),
                                           QRegularExpression::CaseInsensitiveOption));
        }
        return list;
    }();
    return std::any_of(patterns.begin(), patterns.end(), [&](const QRegularExpression &re) {
        return re.match(fileName).hasMatch();
    });
}

} // namespace App
