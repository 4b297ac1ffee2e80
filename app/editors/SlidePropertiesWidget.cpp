// SPDX-License-Identifier: MIT
#include "SlidePropertiesWidget.h"

#include "IssueListWidget.h"
#include "QuestionEditor.h"
#include "SlideTitleEdit.h"
#include "app/models/DeferredIssues.h"
#include "core/Document.h"
#include "core/commands/SetSlideBody.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace App {

namespace {

QString kindLabel(Core::SlideKind kind)
{
    switch (kind) {
    case Core::SlideKind::Content:
        return SlidePropertiesWidget::tr("Content");
    case Core::SlideKind::Question:
        return SlidePropertiesWidget::tr("Question");
    case Core::SlideKind::Video:
        return SlidePropertiesWidget::tr("Video");
    case Core::SlideKind::Result:
        return SlidePropertiesWidget::tr("Quiz result");
    case Core::SlideKind::Draw:
        return SlidePropertiesWidget::tr("Random draw from question banks");
    case Core::SlideKind::Scenario:
        return SlidePropertiesWidget::tr("Scenario (role play)");
    }
    return {};
}

} // namespace

SlidePropertiesWidget::SlidePropertiesWidget(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_noSlide(new QLabel(tr("No slide selected."), this))
    , m_form(new QFormLayout)
    , m_title(new SlideTitleEdit(this))
    , m_kind(new QLabel(this))
    , m_questionType(new QLabel(this))
    , m_points(new QDoubleSpinBox(this))
    , m_shuffle(new QCheckBox(tr("Shuffle answers"), this))
    , m_issues(new IssueListWidget(this))
{
    setObjectName(u"slidePropertiesWidget"_s);
    m_noSlide->setAlignment(Qt::AlignCenter);
    m_noSlide->setForegroundRole(QPalette::PlaceholderText);
    m_kind->setObjectName(u"kindLabel"_s);
    m_questionType->setObjectName(u"questionTypeLabel"_s);
    m_points->setObjectName(u"pointsSpin"_s);
    m_points->setRange(0, 1000);
    m_points->setDecimals(1);
    m_shuffle->setObjectName(u"shuffleCheck"_s);
    m_issues->setEmptyText(tr("✓ No problems found."));

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(8, 8, 8, 8);
    pageLayout->setSpacing(10);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("Title:"), m_title);
    m_form->addRow(tr("Kind:"), m_kind);
    m_form->addRow(tr("Type:"), m_questionType);
    m_form->addRow(tr("Points:"), m_points);
    m_form->addRow(QString(), m_shuffle);
    pageLayout->addLayout(m_form);
    auto *problems = new QGroupBox(tr("Problems"), page);
    (new QVBoxLayout(problems))->addWidget(m_issues);
    pageLayout->addWidget(problems);
    pageLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_stack->addWidget(m_noSlide);
    m_stack->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_points, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        editQuestion(m_shuffle->isChecked(), value, tr("Change points"), u"points"_s);
    });
    connect(m_shuffle, &QCheckBox::toggled, this, [this](bool on) {
        editQuestion(
            on, m_points->value(), on ? tr("Shuffle answers") : tr("Keep answer order"), {});
    });
    connect(DeferredIssues::instance(),
            &DeferredIssues::changed,
            this,
            &SlidePropertiesWidget::refresh);
    refresh();
}

void SlidePropertiesWidget::setDocument(Core::Document *document)
{
    if (m_document == document)
        return;
    for (auto &connection : m_connections)
        disconnect(connection);
    m_document = document;
    m_slideId = {};
    m_title->setDocument(document);
    if (m_document) {
        // Issues may depend on other slides (duplicate ids) and on the media library.
        m_connections[0] = connect(
            m_document, &Core::Document::slideChanged, this, &SlidePropertiesWidget::refresh);
        m_connections[1] = connect(m_document, &Core::Document::slideRemoved, this, [this] {
            if (!m_slideId.isNull() && !m_document->course().slide(m_slideId))
                m_slideId = {};
            refresh();
        });
        m_connections[2] = connect(
            m_document, &Core::Document::assetAdded, this, &SlidePropertiesWidget::refresh);
        m_connections[3] = connect(
            m_document, &Core::Document::assetRemoved, this, &SlidePropertiesWidget::refresh);
    }
    refresh();
}

void SlidePropertiesWidget::setCurrentSlide(const Core::SlideId &id)
{
    m_slideId = id;
    m_title->setSlide(id);
    refresh();
}

void SlidePropertiesWidget::refresh()
{
    const Core::Slide *slide
        = m_document && !m_slideId.isNull() ? m_document->course().slide(m_slideId) : nullptr;
    m_stack->setCurrentIndex(slide ? 1 : 0);
    if (!slide) {
        m_issues->setIssues({});
        return;
    }
    m_kind->setText(kindLabel(slide->kind()));
    const Core::Question *q = slide->question();
    m_form->setRowVisible(m_questionType, q);
    // Survey items (Likert, open text) are not scored and keep their order.
    const bool graded = q && Core::isGraded(q->type);
    const bool canShuffle = q
                            && (q->type == Core::QuestionType::SingleChoice
                                || q->type == Core::QuestionType::MultipleResponse
                                || q->type == Core::QuestionType::Matching);
    m_form->setRowVisible(m_points, graded);
    m_form->setRowVisible(m_shuffle, canShuffle);
    if (q) {
        m_questionType->setText(QuestionEditor::typeLabel(q->type));
        if (std::abs(m_points->value() - q->points) > 1e-9) {
            const QSignalBlocker blocker(m_points);
            m_points->setValue(q->points);
        }
        const QSignalBlocker blocker(m_shuffle);
        m_shuffle->setChecked(q->shuffle);
    }
    m_issues->showIssuesOf(&m_document->course(), m_slideId);
}

void SlidePropertiesWidget::editQuestion(bool shuffle,
                                         double points,
                                         const QString &text,
                                         const QString &mergeKey)
{
    const Core::Slide *slide = m_document ? m_document->course().slide(m_slideId) : nullptr;
    const Core::Question *q = slide ? slide->question() : nullptr;
    if (!q)
        return;
    Core::QuestionBody body = std::get<Core::QuestionBody>(slide->body); // keeps tags, difficulty
    body.question.shuffle = shuffle;
    body.question.points = points;
    m_document->push(std::make_unique<Core::SetSlideBody>(
        m_document, m_slideId, std::move(body), text, mergeKey));
}

} // namespace App
