// SPDX-License-Identifier: MIT
#include "SlideTitleEdit.h"

#include "core/Document.h"
#include "core/commands/SetSlideTitle.h"

#include <QSignalBlocker>

namespace App {

SlideTitleEdit::SlideTitleEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("slideTitleEdit"));
    setPlaceholderText(tr("Slide title, shown in the course menu"));
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_document && m_document->course().slide(m_slideId))
            m_document->push(std::make_unique<Core::SetSlideTitle>(m_document, m_slideId, text));
    });
}

void SlideTitleEdit::setDocument(Core::Document *document)
{
    if (m_document == document)
        return;
    disconnect(m_connection);
    m_document = document;
    m_slideId = {};
    if (m_document)
        m_connection = connect(m_document,
                               &Core::Document::slideChanged,
                               this,
                               [this](const Core::SlideId &id, Core::SlideFields fields) {
                                   if (id == m_slideId && fields.testFlag(Core::SlideField::Title))
                                       refresh();
                               });
    refresh();
}

void SlideTitleEdit::setSlide(const Core::SlideId &id)
{
    m_slideId = id;
    refresh();
}

void SlideTitleEdit::refresh()
{
    const Core::Slide *slide = m_document ? m_document->course().slide(m_slideId) : nullptr;
    setEnabled(slide);
    const QString title = slide ? slide->title : QString();
    if (text() == title)
        return;
    const QSignalBlocker blocker(this);
    const int position = cursorPosition();
    setText(title);
    setCursorPosition(qMin(position, int(title.size())));
}

} // namespace App
