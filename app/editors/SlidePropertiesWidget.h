// SPDX-License-Identifier: MIT
#pragma once

#include "core/Ids.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QStackedWidget;

namespace Core {
class Document;
struct Question;
} // namespace Core

namespace App {

class IssueListWidget;
class SlideTitleEdit;

/**
 * The properties of the current slide, for a side panel: its title (editable), its kind, for a
 * question its type, points and shuffling, and the Validator's issues of the slide (errors in
 * red, warnings in amber). Edits push commands; the Document is not owned.
 */
class SlidePropertiesWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit SlidePropertiesWidget(QWidget *parent = nullptr);

    void setDocument(Core::Document *document);
    void setCurrentSlide(const Core::SlideId &id);

private:
    void refresh();
    void editQuestion(bool shuffle, double points, const QString &text, const QString &mergeKey);

    QPointer<Core::Document> m_document;
    Core::SlideId m_slideId;
    QStackedWidget *m_stack;
    QLabel *m_noSlide;
    QFormLayout *m_form;
    SlideTitleEdit *m_title;
    QLabel *m_kind;
    QLabel *m_questionType;
    QDoubleSpinBox *m_points;
    QCheckBox *m_shuffle;
    IssueListWidget *m_issues;
    QMetaObject::Connection m_connections[4];
};

} // namespace App
