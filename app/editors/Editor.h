// SPDX-License-Identifier: MIT
#pragma once

#include "core/Ids.h"
#include "core/Slide.h"
#include "core/Validator.h"

#include <QPointer>
#include <QWidget>

namespace Core {
class Document;
}

namespace App {

/**
 * Base of the per-kind slide editors hosted by SlideEditorHost (Tiled's Editor idea, reduced to
 * what a slide needs). An editor shows one slide of one document; it keeps only transient edit
 * buffers in its widgets and writes every change as a command pushed on the Document. When the
 * slide changes (its own edits coming back, undo, redo) refresh() updates the widgets in place.
 * The Document is not owned.
 */
class Editor : public QWidget
{
    Q_OBJECT
public:
    explicit Editor(QWidget *parent = nullptr);

    void setDocument(Core::Document *document);
    Core::Document *document() const { return m_document; }

    /** Shows a slide of the document; a null id or an unknown slide shows nothing. */
    void setSlide(const Core::SlideId &id);
    const Core::SlideId &slideId() const { return m_slideId; }
    /** The slide shown, or nullptr. */
    const Core::Slide *slide() const;

    /**
     * Puts the keyboard focus in the field a problem concerns (index: the block, answer row or
     * caption track), scrolled into view. The base focuses the slide's title.
     */
    virtual void focusField(Core::Validator::Field field, int index);

signals:
    void statusMessageRequested(const QString &message);

protected:
    /** Brings the widgets in line with slide() (may be nullptr), updating values in place. */
    virtual void refresh() = 0;
    /** The media library changed (an asset was added or removed). */
    virtual void assetsChanged() {}
    /** Another document is shown (may be nullptr): editors that follow more than their slide
     * (the draw editor follows the banks) connect here, before the first refresh(). */
    virtual void documentChanged() {}

    /** Replaces the slide's body; edits with the same non-empty merge key merge into one step. */
    void pushBody(Core::SlideBody body, const QString &text, const QString &mergeKey = {});

private:
    void onSlideChanged(const Core::SlideId &id, Core::SlideFields fields);

    QPointer<Core::Document> m_document;
    Core::SlideId m_slideId;
    QMetaObject::Connection m_connections[3];
};

} // namespace App
