// SPDX-License-Identifier: MIT
#include "Editor.h"

#include "core/Document.h"
#include "core/commands/SetSlideBody.h"

namespace App {

Editor::Editor(QWidget *parent)
    : QWidget(parent)
{}

void Editor::setDocument(Core::Document *document)
{
    if (m_document == document)
        return;
    for (QMetaObject::Connection &connection : m_connections)
        disconnect(connection);
    m_document = document;
    m_slideId = {};
    if (m_document) {
        m_connections[0]
            = connect(m_document, &Core::Document::slideChanged, this, &Editor::onSlideChanged);
        // Asset changes can turn a "missing file" into a preview and back.
        auto onAssets = [this] {
            assetsChanged();
            if (slide())
                refresh();
        };
        m_connections[1] = connect(m_document, &Core::Document::assetAdded, this, onAssets);
        m_connections[2] = connect(m_document, &Core::Document::assetRemoved, this, onAssets);
    }
    documentChanged();
    assetsChanged();
    refresh();
}

void Editor::setSlide(const Core::SlideId &id)
{
    m_slideId = id;
    refresh();
}

const Core::Slide *Editor::slide() const
{
    if (!m_document || m_slideId.isNull())
        return nullptr;
    return m_document->course().slide(m_slideId);
}

void Editor::focusField(Core::Validator::Field field, int index)
{
    Q_UNUSED(field)
    Q_UNUSED(index)
    if (QWidget *first = nextInFocusChain(); first && isAncestorOf(first))
        first->setFocus(Qt::OtherFocusReason);
}

void Editor::pushBody(Core::SlideBody body, const QString &text, const QString &mergeKey)
{
    if (!slide())
        return;
    m_document->push(std::make_unique<Core::SetSlideBody>(
        m_document, m_slideId, std::move(body), text, mergeKey));
}

void Editor::onSlideChanged(const Core::SlideId &id, Core::SlideFields fields)
{
    Q_UNUSED(fields)
    if (id == m_slideId)
        refresh();
}

} // namespace App
