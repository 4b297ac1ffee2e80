// SPDX-License-Identifier: MIT
#pragma once

#include "Command.h"

namespace Core {

/** Adds a media asset to the library. Adding bytes that are already there changes nothing. */
class AddAsset final : public Command
{
public:
    AddAsset(Document *document, MediaAsset asset, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    MediaAsset m_asset;
};

} // namespace Core
