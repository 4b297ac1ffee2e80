// SPDX-License-Identifier: MIT
#include "RemoveAsset.h"

#include "core/Tr.h"

#include <algorithm>

namespace Core {

RemoveAsset::RemoveAsset(Document *document, AssetId id, QUndoCommand *parent)
    : Command(document, parent)
    , m_id(std::move(id))
{
    setText(Tr::tr("Remove media"));
}

void RemoveAsset::redo()
{
    const auto used = course().usedAssets();
    const bool inUse = std::find(used.begin(), used.end(), m_id) != used.end();
    if (!course().asset(m_id) || inUse) {
        setObsolete(true);
        return;
    }
    m_asset = mutator().takeAsset(m_id);
}

void RemoveAsset::undo()
{
    mutator().addAsset(*m_asset);
    m_asset.reset();
}

} // namespace Core
