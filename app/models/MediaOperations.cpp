// SPDX-License-Identifier: MIT
#include "MediaOperations.h"

#include "UndoMacroGuard.h"
#include "app/Tr.h"
#include "core/Document.h"
#include "core/MediaImporter.h"
#include "core/commands/AddAsset.h"
#include "core/commands/RemoveAsset.h"

#include <QRegularExpression>

#include <algorithm>

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
