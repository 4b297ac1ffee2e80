// SPDX-License-Identifier: MIT
#include "ScenarioEditor.h"

#include "AssetComboBox.h"
#include "BranchTargetPicker.h"
#include "FocusHelpers.h"
#include "IssueListWidget.h"
#include "QuietSetters.h"
#include "RichTextEdit.h"
#include "SlideTitleEdit.h"
#include "app/Icons.h"
#include "core/Document.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace App {

namespace {

QLabel *makeHelp(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ScenarioEditor::ScenarioEditor(QWidget *parent)
    : Editor(parent)
    , m_title(new SlideTitleEdit(this))
    , m_situation(new RichTextEdit(this))
    , m_character(new AssetComboBox(AssetComboBox::Filter::Images, this))
    , m_characterAlt(new QLineEdit(this))
    , m_rowsLayout(new QVBoxLayout)
    , m_addResponse(new QPushButton(Icons::icon(u"add"_s), tr("&Add a Response"), this))
    , m_issues(new IssueListWidget(this))
{
    setObjectName(u"scenarioEditor"_s);
    m_situation->setObjectName(u"situationEdit"_s);
    m_situation->setPlaceholderText(tr("Describe the situation: who the learner faces, what "
                                       "happens, what the person says"));
    m_situation->setMinimumLines(4);
    m_character->setObjectName(u"characterCombo"_s);
    m_characterAlt->setObjectName(u"characterAltEdit"_s);
    m_characterAlt->setPlaceholderText(tr("Who the picture shows, for screen readers"));
    m_addResponse->setObjectName(u"addResponseButton"_s);

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 6, 0);
    pageLayout->setSpacing(12);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    pageLayout->addLayout(form);
    pageLayout->addWidget(
        makeHelp(tr("Learners read the situation, choose one response and see its consequence; "
                    "Continue then takes them where the response leads. Chain scenario slides "
                    "to play a whole conversation. Each response's points count in the score."),
                 page));

    auto *situationGroup = new QGroupBox(tr("Situation"), page);
    (new QVBoxLayout(situationGroup))->addWidget(m_situation);
    pageLayout->addWidget(situationGroup);

    auto *characterGroup = new QGroupBox(tr("Character (optional)"), page);
    auto *characterForm = new QFormLayout(characterGroup);
    characterForm->addRow(tr("&Picture:"), m_character);
    characterForm->addRow(tr("Alternative te&xt:"), m_characterAlt);
    pageLayout->addWidget(characterGroup);

    auto *responsesGroup = new QGroupBox(tr("Responses (2 to 4)"), page);
    auto *responsesLayout = new QVBoxLayout(responsesGroup);
    responsesLayout->addLayout(m_rowsLayout);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addResponse);
    addRow->addStretch();
    responsesLayout->addLayout(addRow);
    pageLayout->addWidget(responsesGroup);
    pageLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_issues);

    connect(m_situation, &RichTextEdit::htmlEdited, this, [this](const QString &html) {
        edit([&](Core::ScenarioBody &b) { b.situation = html; },
             tr("Edit situation"),
             u"situation"_s);
    });
    connect(m_character, &AssetComboBox::assetChosen, this, [this](const Core::AssetId &id) {
        edit([&](Core::ScenarioBody &b) { b.character = id; }, tr("Change character picture"));
    });
    connect(m_characterAlt, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit([&](Core::ScenarioBody &b) { b.characterAlt = text; },
             tr("Edit alternative text"),
             u"characterAlt"_s);
    });
    connect(m_addResponse, &QPushButton::clicked, this, [this] {
        edit(
            [this](Core::ScenarioBody &b) {
                const QString id = b.freeResponseId();
                if (id.isEmpty() || int(b.responses.size()) >= Core::ScenarioBody::maxResponses)
                    return;
                Core::ScenarioResponse response;
                response.id = id;
                response.text = tr("Response %1").arg(b.responses.size() + 1);
                b.responses.push_back(std::move(response));
            },
            tr("Add response"));
        if (!m_rows.empty())
            FocusHelpers::focusAndReveal(m_rows.back().text);
    });
}

const Core::ScenarioBody *ScenarioEditor::body() const
{
    const Core::Slide *s = slide();
    return s ? std::get_if<Core::ScenarioBody>(&s->body) : nullptr;
}

void ScenarioEditor::edit(const std::function<void(Core::ScenarioBody &)> &change,
                          const QString &text,
                          const QString &mergeKey)
{
    const Core::ScenarioBody *current = body();
    if (!current)
        return;
    Core::ScenarioBody next = *current;
    change(next);
    if (next == *current)
        return;
    pushBody(std::move(next), text, mergeKey);
}

void ScenarioEditor::rebuildRows(int count)
{
    while (int(m_rows.size()) > count) {
        delete m_rows.back().box;
        m_rows.pop_back();
    }
    while (int(m_rows.size()) < count) {
        const int i = int(m_rows.size());
        Row row;
        row.box = new QGroupBox(this);
        row.text = new QLineEdit(row.box);
        row.consequence = new RichTextEdit(row.box);
        row.points = new QDoubleSpinBox(row.box);
        row.target = new BranchTargetPicker(row.box);
        row.remove = new QToolButton(row.box);
        row.text->setObjectName(u"responseText%1"_s.arg(i));
        row.text->setPlaceholderText(tr("What the learner says or does"));
        row.consequence->setObjectName(u"responseConsequence%1"_s.arg(i));
        row.consequence->setPlaceholderText(tr("What happens next: the person's reaction, "
                                               "and why this response works or not"));
        row.consequence->setMinimumLines(2);
        row.points->setObjectName(u"responsePoints%1"_s.arg(i));
        row.points->setRange(-1000, 1000);
        row.points->setDecimals(1);
        row.points->setToolTip(tr("Points this response adds to the score (negative: it costs "
                                  "points). The best response is the expected one."));
        row.target->setObjectName(u"responseTarget%1"_s.arg(i));
        row.target->setMinimumContentsLength(14);
        row.remove->setObjectName(u"removeResponse%1"_s.arg(i));
        row.remove->setIcon(Icons::icon(u"remove"_s));
        row.remove->setAutoRaise(true);

        auto *form = new QFormLayout(row.box);
        auto *textRow = new QHBoxLayout;
        textRow->addWidget(row.text, 1);
        textRow->addWidget(row.remove);
        form->addRow(tr("Response:"), textRow);
        form->addRow(tr("Consequence:"), row.consequence);
        auto *scoring = new QHBoxLayout;
        scoring->addWidget(row.points);
        scoring->addSpacing(12);
        auto *leadsLabel = new QLabel(tr("Then go to:"), row.box);
        leadsLabel->setBuddy(row.target);
        scoring->addWidget(leadsLabel);
        scoring->addWidget(row.target, 1);
        form->addRow(tr("Points:"), scoring);
        m_rowsLayout->addWidget(row.box);

        // Rows are addressed by position: the i-th response of the current body.
        connect(row.text, &QLineEdit::textEdited, this, [this, i](const QString &text) {
            edit([&](Core::ScenarioBody &b) { b.responses[size_t(i)].text = text; },
                 tr("Edit response"),
                 u"response-text-%1"_s.arg(i));
        });
        connect(row.consequence, &RichTextEdit::htmlEdited, this, [this, i](const QString &html) {
            edit([&](Core::ScenarioBody &b) { b.responses[size_t(i)].consequence = html; },
                 tr("Edit consequence"),
                 u"response-consequence-%1"_s.arg(i));
        });
        connect(row.points, &QDoubleSpinBox::valueChanged, this, [this, i](double value) {
            edit([&](Core::ScenarioBody &b) { b.responses[size_t(i)].points = value; },
                 tr("Change points"),
                 u"response-points-%1"_s.arg(i));
        });
        connect(row.target,
                &BranchTargetPicker::targetChosen,
                this,
                [this, i](const Core::BranchTarget &target) {
                    edit([&](Core::ScenarioBody &b) { b.responses[size_t(i)].leadsTo = target; },
                         tr("Change where a response leads"));
                });
        connect(row.remove, &QToolButton::clicked, this, [this, i] {
            edit(
                [i](Core::ScenarioBody &b) {
                    if (int(b.responses.size()) > Core::ScenarioBody::minResponses)
                        b.responses.erase(b.responses.begin() + i);
                },
                tr("Remove response"));
        });
        m_rows.push_back(row);
    }
}

void ScenarioEditor::documentChanged()
{
    m_character->setDocument(document());
}

void ScenarioEditor::refresh()
{
    m_title->setDocument(document());
    m_title->setSlide(slideId());
    const Core::ScenarioBody *b = body();
    setEnabled(b);
    m_issues->showIssuesOf(document() ? &document()->course() : nullptr, slideId());
    if (!b)
        return;
    m_situation->setHtml(b->situation);
    m_character->setCurrentAsset(b->character);
    QuietSetters::setTextInPlace(m_characterAlt, b->characterAlt);
    m_characterAlt->setEnabled(!b->character.isNull() || !b->characterAlt.isEmpty());
    rebuildRows(int(b->responses.size()));
    const bool canRemove = int(b->responses.size()) > Core::ScenarioBody::minResponses;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        const Core::ScenarioResponse &r = b->responses[i];
        //: Title of a response's box: "Response 2 (r2)"
        row.box->setTitle(tr("Response %1 (%2)").arg(i + 1).arg(r.id));
        QuietSetters::setTextInPlace(row.text, r.text);
        row.consequence->setHtml(r.consequence);
        if (std::abs(row.points->value() - r.points) > 1e-9) {
            const QSignalBlocker blocker(row.points);
            row.points->setValue(r.points);
        }
        row.target->setCourse(&document()->course(), slideId());
        row.target->setTarget(r.leadsTo);
        row.target->setToolTip(row.target->currentText());
        row.remove->setEnabled(canRemove);
        row.remove->setToolTip(canRemove ? tr("Remove this response")
                                         : tr("A scenario needs at least two responses"));
    }
    m_addResponse->setEnabled(int(b->responses.size()) < Core::ScenarioBody::maxResponses);
}

void ScenarioEditor::focusField(Core::Validator::Field field, int index)
{
    using Field = Core::Validator::Field;
    if (field == Field::Situation) {
        FocusHelpers::focusAndReveal(m_situation->textEdit());
    } else if (field == Field::Character) {
        FocusHelpers::focusAndReveal(
            m_characterAlt->isEnabled() ? static_cast<QWidget *>(m_characterAlt) : m_character);
    } else if (field == Field::Responses && !m_rows.empty()) {
        const size_t i = index >= 0 && size_t(index) < m_rows.size() ? size_t(index) : 0;
        FocusHelpers::focusAndReveal(m_rows[i].text);
    } else {
        FocusHelpers::focusAndReveal(m_title);
    }
}

} // namespace App
