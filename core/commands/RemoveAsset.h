// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

#include <optional>

namespace Core {

/**
 * Removes an asset from the library. Callers check Course::slidesUsingAsset() first: removing
 * an asset still in use is refused (the command becomes obsolete), so no reference dangles.
 */
class RemoveAsset final : public Command
{
public:
    RemoveAsset(Document *document, AssetId id, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AssetId m_id;
    std::optional<MediaAsset> m_asset; // held while removed
};

} // namespace Core
