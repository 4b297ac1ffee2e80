// SPDX-License-Identifier: MIT
#pragma once

#include "core/Ids.h"

#include <QPointer>
#include <QWidget>

#include <array>

class QLabel;
class QStackedWidget;

namespace Core {
class Document;
}

namespace App {

class ContentEditor;
class DrawEditor;
class Editor;
class EditingLanguage;
class TranslationForm;
class QuestionEditor;
class ResultEditor;
class ScenarioEditor;
class VideoEditor;

/**
 * The central editing area: shows the editor for the kind of the current slide (content,
 * question, video, result, draw; a bank question is edited like a question slide) in a stack, or an
 * empty-state page when no slide is selected. It follows the document: a removed current slide
 * brings the empty state back. The Document is not owned; the editors are children.
 */
class SlideEditorHost final : public QWidget
{
    Q_OBJECT
public:
    explicit SlideEditorHost(QWidget *parent = nullptr);

    void setDocument(Core::Document *document);
    void setCurrentSlide(const Core::SlideId &id);
    const Core::SlideId &currentSlide() const { return m_slideId; }

    /** The editor shown, or nullptr on the empty-state page and the translation form. */
    Editor *currentEditor() const;

    /**
     * Follows the language edited: in a target language the area shows the translation form
     * of the current slide (without a slide, of the course's and sections' own texts).
     */
    void setEditingLanguage(EditingLanguage *editing);
    /** The translation form, or nullptr before setEditingLanguage(). */
    TranslationForm *translationForm() const { return m_translationForm; }

signals:
    void statusMessageRequested(const QString &message);

private:
    void showSlide();
    Editor *editorFor(const Core::SlideId &id) const;
    std::array<Editor *, 6> editors() const;

    QPointer<Core::Document> m_document;
    Core::SlideId m_slideId;
    QStackedWidget *m_stack;
    QWidget *m_emptyPage;
    QLabel *m_emptyTitle;
    QLabel *m_emptyHint;
    ContentEditor *m_contentEditor;
    QuestionEditor *m_questionEditor;
    VideoEditor *m_videoEditor;
    ResultEditor *m_resultEditor;
    DrawEditor *m_drawEditor;
    ScenarioEditor *m_scenarioEditor;
    QPointer<EditingLanguage> m_editing;
    TranslationForm *m_translationForm = nullptr;
    QMetaObject::Connection m_connections[4];
};

} // namespace App
