// SPDX-License-Identifier: MIT
#include "Command.h"

#include "core/Document.h"
#include "core/Tr.h"

namespace Core {

Command::Command(Document *document, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    Q_ASSERT(document);
}

QString Command::quotedTitle(const QString &title)
{
    constexpr qsizetype maxLength = 40;
    const QString simplified = title.simplified();
    return simplified.size() <= maxLength ? simplified : simplified.left(maxLength - 1) + u'…';
}

QString Command::onSlide(const QString &action, const QString &slideTitle)
{
    const QString title = quotedTitle(slideTitle);
    if (title.isEmpty())
        return action;
    //: History entry: %1 is what was done ("Edit pair"), %2 the slide's title
    return Tr::tr("%1 — slide “%2”").arg(action, title);
}

QString Command::slideTitle(const SlideId &id) const
{
    const Slide *slide = course().slide(id);
    return slide ? slide->title : QString();
}

QString Command::sectionTitle(const SectionId &id) const
{
    const int index = course().sectionIndex(id);
    return index >= 0 ? course().sections()[size_t(index)]->title : QString();
}

const Course &Command::course() const
{
    return m_document->course();
}

} // namespace Core
