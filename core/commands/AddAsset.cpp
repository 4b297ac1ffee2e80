// SPDX-License-Identifier: MIT
#include "AddAsset.h"

#include "core/Tr.h"

namespace Core {

AddAsset::AddAsset(Document *document, MediaAsset asset, QUndoCommand *parent)
    : Command(document, parent)
    , m_asset(std::move(asset))
{
    setText(Tr::tr("Import %1").arg(m_asset.fileName));
}

void AddAsset::redo()
{
    if (course().asset(m_asset.id)) { // content-addressed: the same bytes are already there
        setObsolete(true);
        return;
    }
    mutator().addAsset(m_asset);
}

void AddAsset::undo()
{
    mutator().takeAsset(m_asset.id);
}

} // namespace Core
