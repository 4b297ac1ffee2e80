// SPDX-License-Identifier: MIT
#include "ApplyTheme.h"

#include "AddAsset.h"
#include "SetCourseSettings.h"
#include "core/Document.h"
#include "core/ThemeFile.h"
#include "core/Tr.h"

namespace Core {

// A parent command whose children do the work: QUndoCommand runs them in order on redo and in
// reverse on undo. Only media the course lacks get an AddAsset child: an obsolete child would
// still be undone, and would take away an asset that was there before.

ApplyTheme::ApplyTheme(Document *document, Theme theme, QUndoCommand *parent)
    : Command(document, parent)
{
    setText(Tr::tr("Change theme"));
    CourseSettings settings = document->course().settings();
    settings.theme = std::move(theme);
    m_changes = settings != document->course().settings();
    new SetCourseSettings(document, std::move(settings), this);
}

ApplyTheme::ApplyTheme(Document *document, const ThemeFile &file, QUndoCommand *parent)
    : Command(document, parent)
{
    setText(Tr::tr("Import theme"));
    for (const MediaAsset &asset : file.assets) {
        if (!document->course().asset(asset.id)) {
            new AddAsset(document, asset, this);
            m_changes = true;
        }
    }
    CourseSettings settings = document->course().settings();
    settings.theme = file.theme;
    m_changes = m_changes || settings != document->course().settings();
    new SetCourseSettings(document, std::move(settings), this);
}

void ApplyTheme::redo()
{
    QUndoCommand::redo();
    setObsolete(!m_changes);
}

} // namespace Core
