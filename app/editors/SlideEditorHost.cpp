// SPDX-License-Identifier: MIT
#include "SlideEditorHost.h"

#include "ContentEditor.h"
#include "DrawEditor.h"
#include "QuestionEditor.h"
#include "ResultEditor.h"
#include "ScenarioEditor.h"
#include "VideoEditor.h"
#include "app/translation/EditingLanguage.h"
#include "app/translation/TranslationForm.h"
#include "core/Document.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace App {

SlideEditorHost::SlideEditorHost(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_emptyPage(new QWidget(this))
    , m_emptyTitle(new QLabel(m_emptyPage))
    , m_emptyHint(new QLabel(m_emptyPage))
    , m_contentEditor(new ContentEditor(this))
    , m_questionEditor(new QuestionEditor(this))
    , m_videoEditor(new VideoEditor(this))
    , m_resultEditor(new ResultEditor(this))
    , m_drawEditor(new DrawEditor(this))
    , m_scenarioEditor(new ScenarioEditor(this))
{
    setObjectName(u"slideEditorHost"_s);
    m_emptyPage->setObjectName(u"emptyStatePage"_s);
    m_emptyTitle->setObjectName(u"emptyStateTitle"_s);
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_emptyTitle->setFont(titleFont);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyHint);
    emptyLayout->addStretch();

    m_stack->addWidget(m_emptyPage);
    for (Editor *editor : editors()) {
        m_stack->addWidget(editor);
        connect(editor,
                &Editor::statusMessageRequested,
                this,
                &SlideEditorHost::statusMessageRequested);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showSlide();
}

void SlideEditorHost::setDocument(Core::Document *document)
{
    if (m_document == document)
        return;
    for (auto &connection : m_connections)
        disconnect(connection);
    m_document = document;
    m_slideId = {};
    for (Editor *editor : editors())
        editor->setDocument(document);
    if (m_document) {
        // The current slide or bank question went away.
        auto dropIfGone = [this] {
            if (!m_slideId.isNull() && !m_document->course().slide(m_slideId))
                setCurrentSlide({});
        };
        m_connections[0] = connect(m_document, &Core::Document::slideRemoved, this, dropIfGone);
        m_connections[2]
            = connect(m_document, &Core::Document::bankQuestionRemoved, this, dropIfGone);
        m_connections[3] = connect(m_document, &Core::Document::bankRemoved, this, dropIfGone);
        // A body of another kind (not done by today's commands, but allowed by the model).
        m_connections[1] = connect(
            m_document, &Core::Document::slideChanged, this, [this](const Core::SlideId &id) {
                if (id == m_slideId && editorFor(id) != currentEditor())
                    showSlide();
            });
    }
    showSlide();
}

std::array<Editor *, 6> SlideEditorHost::editors() const
{
    return {m_contentEditor,
            m_questionEditor,
            m_videoEditor,
            m_resultEditor,
            m_drawEditor,
            m_scenarioEditor};
}

void SlideEditorHost::setCurrentSlide(const Core::SlideId &id)
{
    m_slideId = id;
    showSlide();
}

Editor *SlideEditorHost::currentEditor() const
{
    return qobject_cast<Editor *>(m_stack->currentWidget());
}

Editor *SlideEditorHost::editorFor(const Core::SlideId &id) const
{
    const Core::Slide *slide
        = m_document && !id.isNull() ? m_document->course().slide(id) : nullptr;
    if (!slide)
        return nullptr;
    switch (slide->kind()) {
    case Core::SlideKind::Content:
        return m_contentEditor;
    case Core::SlideKind::Question:
        return m_questionEditor;
    case Core::SlideKind::Video:
        return m_videoEditor;
    case Core::SlideKind::Result:
        return m_resultEditor;
    case Core::SlideKind::Draw:
        return m_drawEditor;
    case Core::SlideKind::Scenario:
        return m_scenarioEditor;
    }
    return nullptr;
}

void SlideEditorHost::setEditingLanguage(EditingLanguage *editing)
{
    if (m_editing == editing)
        return;
    m_editing = editing;
    if (!m_translationForm && m_editing) {
        m_translationForm = new TranslationForm(m_editing, this);
        m_stack->addWidget(m_translationForm);
        connect(m_translationForm,
                &TranslationForm::statusMessageRequested,
                this,
                &SlideEditorHost::statusMessageRequested);
        connect(m_editing, &EditingLanguage::languageChanged, this, &SlideEditorHost::showSlide);
    }
    showSlide();
}

void SlideEditorHost::showSlide()
{
    if (m_document && m_editing && m_editing->isTarget() && m_translationForm) {
        // A target language: the slide's texts beside their translations, not its editor.
        for (Editor *other : editors())
            other->setSlide({});
        m_translationForm->setSlide(m_slideId);
        m_stack->setCurrentWidget(m_translationForm);
        return;
    }
    Editor *editor = editorFor(m_slideId);
    for (Editor *other : editors()) {
        if (other != editor)
            other->setSlide({}); // idle editors hold nothing (and the player stops)
    }
    if (!editor) {
        m_emptyTitle->setText(m_document ? tr("Select a slide in the outline")
                                         : tr("No course is open"));
        m_emptyHint->setText(m_document ? tr("Its content, question or video will be edited "
                                             "here.")
                                        : tr("Create a course or open one to start editing."));
        m_stack->setCurrentWidget(m_emptyPage);
        return;
    }
    editor->setSlide(m_slideId);
    m_stack->setCurrentWidget(editor);
}

} // namespace App
