// SPDX-License-Identifier: MIT
#pragma once

#include "core/Ids.h"

#include <QLineEdit>
#include <QPointer>

namespace Core {
class Document;
}

namespace App {

/**
 * A line edit for a slide's title: typing pushes SetSlideTitle (consecutive renames merge into
 * one undo step), and title changes from the document update it in place without moving the
 * cursor of someone typing. The Document is not owned.
 */
class SlideTitleEdit final : public QLineEdit
{
    Q_OBJECT
public:
    explicit SlideTitleEdit(QWidget *parent = nullptr);

    void setDocument(Core::Document *document);
    void setSlide(const Core::SlideId &id);

private:
    void refresh();

    QPointer<Core::Document> m_document;
    Core::SlideId m_slideId;
    QMetaObject::Connection m_connection;
};

} // namespace App
