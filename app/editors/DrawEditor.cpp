// SPDX-License-Identifier: MIT
#include "DrawEditor.h"

#include "FocusHelpers.h"
#include "IssueListWidget.h"
#include "QuietSetters.h"
#include "SlideTitleEdit.h"
#include "app/Icons.h"
#include "app/models/BankOperations.h"
#include "app/models/BankQuestionModel.h"
#include "core/Course.h"
#include "core/Document.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QScrollArea>
#include <QSet>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace App {

namespace {

constexpr int bankIdRole = Qt::UserRole + 1;
constexpr int maxDraw = 999;

QSpinBox *makeSpin(QWidget *parent, const QString &name, int minimum)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(minimum, maxDraw);
    spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    spin->setMinimumWidth(60);
    return spin;
}

QLabel *makeDim(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

DrawEditor::DrawEditor(QWidget *parent)
    : Editor(parent)
    , m_title(new SlideTitleEdit(this))
    , m_banks(new QListWidget(this))
    , m_noBanks(new QLabel(this))
    , m_anyDifficulty(new QRadioButton(tr("&Any difficulty:"), this))
    , m_byDifficulty(new QRadioButton(tr("By &difficulty:"), this))
    , m_count(makeSpin(this, u"drawCountSpin"_s, 1))
    , m_easy(makeSpin(this, u"drawEasySpin"_s, 0))
    , m_medium(makeSpin(this, u"drawMediumSpin"_s, 0))
    , m_hard(makeSpin(this, u"drawHardSpin"_s, 0))
    , m_easyAvailable(makeDim(this))
    , m_mediumAvailable(makeDim(this))
    , m_hardAvailable(makeDim(this))
    , m_countRow(new QWidget(this))
    , m_difficultyRow(new QWidget(this))
    , m_tag(new QComboBox(this))
    , m_summaryIcon(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_issues(new IssueListWidget(this))
{
    setObjectName(u"drawEditor"_s);

    m_banks->setObjectName(u"drawBankList"_s);
    m_banks->setAccessibleName(tr("Banks to draw from"));
    m_banks->setSelectionMode(QAbstractItemView::NoSelection);
    m_banks->setIconSize(QSize(18, 18));
    m_banks->setSpacing(1);
    m_banks->setMaximumHeight(QFontMetrics(font()).height() * 7);
    m_noBanks->setObjectName(u"drawNoBanks"_s);
    m_noBanks->setWordWrap(true);
    m_noBanks->setForegroundRole(QPalette::PlaceholderText);
    m_noBanks->setText(tr("The course has no question bank yet. Create one in the Question "
                          "Banks panel, or import a question file (File ▸ Import Questions)."));

    m_anyDifficulty->setObjectName(u"drawAnyDifficultyRadio"_s);
    m_byDifficulty->setObjectName(u"drawByDifficultyRadio"_s);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_anyDifficulty);
    modes->addButton(m_byDifficulty);

    auto *countLayout = new QHBoxLayout(m_countRow);
    countLayout->setContentsMargins(0, 0, 0, 0);
    countLayout->addWidget(m_anyDifficulty);
    countLayout->addWidget(m_count);
    //: After the number of questions to draw: "[5] questions, picked at random"
    countLayout->addWidget(new QLabel(tr("questions, picked at random"), m_countRow));
    countLayout->addStretch();

    // The radio on its own line, one count per line under it: the editor stays narrow enough
    // for the space beside the outline and the properties.
    auto *difficultyColumn = new QVBoxLayout(m_difficultyRow);
    difficultyColumn->setContentsMargins(0, 0, 0, 0);
    difficultyColumn->addWidget(m_byDifficulty);
    auto *difficultyLayout = new QGridLayout;
    difficultyLayout->setContentsMargins(24, 0, 0, 0);
    difficultyLayout->setHorizontalSpacing(8);
    difficultyColumn->addLayout(difficultyLayout);
    const std::pair<QSpinBox *, QLabel *> levels[]
        = {{m_easy, m_easyAvailable}, {m_medium, m_mediumAvailable}, {m_hard, m_hardAvailable}};
    const QString names[] = {tr("easy"), tr("medium"), tr("hard")};
    for (int i = 0; i < 3; ++i) {
        difficultyLayout->addWidget(levels[i].first, i, 0);
        difficultyLayout->addWidget(new QLabel(names[i], m_difficultyRow), i, 1);
        difficultyLayout->addWidget(levels[i].second, i, 2);
    }
    difficultyLayout->setColumnStretch(3, 1);

    m_tag->setObjectName(u"drawTagCombo"_s);
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tag->setMinimumContentsLength(12);

    auto *group = new QGroupBox(tr("Random questions"), this);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setVerticalSpacing(10);
    auto *bankField = new QWidget(group);
    auto *bankLayout = new QVBoxLayout(bankField);
    bankLayout->setContentsMargins(0, 0, 0, 0);
    bankLayout->addWidget(m_banks);
    bankLayout->addWidget(m_noBanks);
    bankField->setFocusProxy(m_banks);
    form->addRow(tr("Draw &from:"), bankField);
    auto *howMany = new QWidget(group);
    auto *howManyLayout = new QVBoxLayout(howMany);
    howManyLayout->setContentsMargins(0, 0, 0, 0);
    howManyLayout->addWidget(m_countRow);
    howManyLayout->addWidget(m_difficultyRow);
    howMany->setFocusProxy(m_count);
    form->addRow(tr("How &many:"), howMany);
    form->addRow(tr("Only &tagged:"), m_tag);

    // The live line: what the draw takes, or what is missing.
    auto *summaryFrame = new QFrame(this);
    summaryFrame->setObjectName(u"drawSummaryFrame"_s);
    summaryFrame->setFrameShape(QFrame::StyledPanel);
    summaryFrame->setAutoFillBackground(true);
    summaryFrame->setBackgroundRole(QPalette::AlternateBase);
    auto *summaryLayout = new QHBoxLayout(summaryFrame);
    summaryLayout->setContentsMargins(10, 8, 10, 8);
    summaryLayout->addWidget(m_summaryIcon, 0, Qt::AlignTop);
    m_summary->setObjectName(u"drawSummary"_s);
    m_summary->setWordWrap(true);
    QFont strong = m_summary->font();
    strong.setBold(true);
    m_summary->setFont(strong);
    summaryLayout->addWidget(m_summary, 1);

    auto *help = new QLabel(tr("Each learner gets questions drawn at random when the attempt "
                               "starts, and new ones when they retry; a resumed attempt keeps "
                               "its questions. No question is drawn twice in one attempt, even "
                               "by two draw slides."),
                            this);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 6, 0);
    pageLayout->setSpacing(12);
    auto *titleForm = new QFormLayout;
    titleForm->addRow(tr("&Title:"), m_title);
    pageLayout->addLayout(titleForm);
    pageLayout->addWidget(group);
    pageLayout->addWidget(summaryFrame);
    pageLayout->addWidget(help);
    pageLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_issues->setEmptyText(tr("✓ No problems found in this draw."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_issues);

    // Edits
    connect(m_banks, &QListWidget::itemChanged, this, [this] { banksToggled(); });
    connect(m_anyDifficulty, &QRadioButton::clicked, this, [this] {
        editDraw([](Core::DrawBody &d) { d.byDifficulty = false; }, tr("Draw from any difficulty"));
    });
    connect(m_byDifficulty, &QRadioButton::clicked, this, [this] {
        editDraw(
            [](Core::DrawBody &d) {
                d.byDifficulty = true;
                if (d.easy + d.medium + d.hard == 0)
                    d.medium = d.count; // a starting point the author adjusts
            },
            tr("Draw by difficulty"));
    });
    connect(m_count, &QSpinBox::valueChanged, this, [this](int value) {
        editDraw([value](Core::DrawBody &d) { d.count = value; },
                 tr("Change number of questions drawn"),
                 u"draw:count"_s);
    });
    auto connectLevel = [this](QSpinBox *spin, int Core::DrawBody::*field, const QString &key) {
        connect(spin, &QSpinBox::valueChanged, this, [this, field, key](int value) {
            editDraw([field, value](Core::DrawBody &d) { d.*field = value; },
                     tr("Change number of questions drawn"),
                     key);
        });
    };
    connectLevel(m_easy, &Core::DrawBody::easy, u"draw:easy"_s);
    connectLevel(m_medium, &Core::DrawBody::medium, u"draw:medium"_s);
    connectLevel(m_hard, &Core::DrawBody::hard, u"draw:hard"_s);
    connect(m_tag, &QComboBox::activated, this, [this] {
        const QString tag = m_tag->currentData().toString();
        editDraw([tag](Core::DrawBody &d) { d.tag = tag; },
                 tag.isEmpty() ? tr("Draw from every tag") : tr("Draw only tagged “%1”").arg(tag));
    });
}

QSpinBox *DrawEditor::difficultySpin(Core::Difficulty difficulty) const
{
    switch (difficulty) {
    case Core::Difficulty::Easy:
        return m_easy;
    case Core::Difficulty::Medium:
        return m_medium;
    case Core::Difficulty::Hard:
        return m_hard;
    case Core::Difficulty::None:
        break;
    }
    return nullptr;
}

QString DrawEditor::summaryText() const
{
    return m_summary->text();
}

const Core::DrawBody *DrawEditor::draw() const
{
    const Core::Slide *s = slide();
    return s ? std::get_if<Core::DrawBody>(&s->body) : nullptr;
}

void DrawEditor::editDraw(const std::function<void(Core::DrawBody &)> &change,
                          const QString &text,
                          const QString &mergeKey)
{
    const Core::DrawBody *current = draw();
    if (!current)
        return;
    Core::DrawBody body = *current;
    change(body);
    if (body == *current)
        return;
    pushBody(std::move(body), text, mergeKey);
}

void DrawEditor::banksToggled()
{
    std::vector<Core::BankId> banks;
    for (int i = 0; i < m_banks->count(); ++i) {
        const QListWidgetItem *item = m_banks->item(i);
        if (item->checkState() == Qt::Checked)
            banks.emplace_back(item->data(bankIdRole).toString());
    }
    editDraw([banks](Core::DrawBody &d) { d.banks = banks; }, tr("Choose banks to draw from"));
}

void DrawEditor::documentChanged()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_bankConnections))
        disconnect(connection);
    m_bankConnections.clear();
    Core::Document *doc = document();
    if (!doc)
        return;
    // The counts and tags shown depend on every bank: follow them while a draw is shown.
    auto follow = [this] {
        if (draw())
            refresh();
    };
    m_bankConnections = {
        connect(doc, &Core::Document::bankInserted, this, follow),
        connect(doc, &Core::Document::bankRemoved, this, follow),
        connect(doc, &Core::Document::bankChanged, this, follow),
        connect(doc, &Core::Document::bankQuestionInserted, this, follow),
        connect(doc, &Core::Document::bankQuestionRemoved, this, follow),
        connect(doc, &Core::Document::bankQuestionMoved, this, follow),
        connect(doc,
                &Core::Document::slideChanged,
                this,
                [this](const Core::SlideId &id) {
                    if (draw() && id != slideId()
                        && document()->course().bankQuestionPosition(id).isValid())
                        refresh();
                }),
    };
}

void DrawEditor::focusField(Core::Validator::Field field, int index)
{
    Q_UNUSED(index)
    if (field == Core::Validator::Field::Draw && draw()) {
        FocusHelpers::focusAndReveal(m_banks->count() > 0 ? static_cast<QWidget *>(m_banks)
                                                          : m_title);
        return;
    }
    FocusHelpers::focusAndReveal(m_title);
}

void DrawEditor::refresh()
{
    m_title->setDocument(document());
    m_title->setSlide(slideId());
    const Core::DrawBody *d = draw();
    setEnabled(d);
    m_issues->showIssuesOf(document() ? &document()->course() : nullptr, slideId());
    if (!d)
        return;
    const Core::Course &course = document()->course();

    // Banks, checked when the draw uses them, each with its question count.
    {
        const QSignalBlocker blocker(m_banks);
        const QSet<Core::BankId> chosen(d->banks.begin(), d->banks.end());
        const int count = int(course.banks().size());
        while (m_banks->count() > count)
            delete m_banks->takeItem(m_banks->count() - 1);
        for (int i = 0; i < count; ++i) {
            const Core::QuestionBank &bank = *course.banks()[size_t(i)];
            QListWidgetItem *item = m_banks->item(i);
            if (!item) {
                item = new QListWidgetItem(Icons::icon(u"question-bank"_s), QString(), m_banks);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            }
            //: A bank in the draw editor's list, with its question count
            item->setText(bank.questions.size() == 1
                              ? tr("%1  (1 question)").arg(bank.name)
                              : tr("%1  (%2 questions)").arg(bank.name).arg(bank.questions.size()));
            item->setData(bankIdRole, bank.id.toString());
            item->setCheckState(chosen.contains(bank.id) ? Qt::Checked : Qt::Unchecked);
        }
        m_banks->setVisible(count > 0);
        m_noBanks->setVisible(count == 0);
    }

    const BankOperations::DrawPool pool = BankOperations::drawPool(course, *d);
    {
        const QSignalBlocker b1(m_anyDifficulty);
        const QSignalBlocker b2(m_byDifficulty);
        m_anyDifficulty->setChecked(!d->byDifficulty);
        m_byDifficulty->setChecked(d->byDifficulty);
    }
    QuietSetters::setValue(m_count, std::max(1, d->count));
    QuietSetters::setValue(m_easy, d->easy);
    QuietSetters::setValue(m_medium, d->medium);
    QuietSetters::setValue(m_hard, d->hard);
    m_count->setEnabled(!d->byDifficulty);
    for (QSpinBox *spin : {m_easy, m_medium, m_hard})
        spin->setEnabled(d->byDifficulty);
    //: How many questions of a difficulty the chosen banks hold
    m_easyAvailable->setText(tr("(of %1)").arg(pool.easy));
    m_mediumAvailable->setText(tr("(of %1)").arg(pool.medium));
    m_hardAvailable->setText(tr("(of %1)").arg(pool.hard));

    // Tags of the chosen banks (all banks when none is chosen yet).
    {
        const QSignalBlocker blocker(m_tag);
        QStringList tags = BankOperations::tags(course, d->banks);
        m_tag->clear();
        m_tag->addItem(tr("Any tag"), QString());
        for (const QString &tag : std::as_const(tags))
            m_tag->addItem(u"#"_s + tag, tag);
        if (!d->tag.isEmpty() && m_tag->findData(d->tag) < 0)
            m_tag->addItem(tr("#%1 (no question has it)").arg(d->tag), d->tag);
        m_tag->setCurrentIndex(std::max(0, m_tag->findData(d->tag)));
        m_tag->setEnabled(!d->banks.empty());
    }

    const bool ok = BankOperations::drawIsSatisfiable(course, *d);
    m_summary->setText(BankOperations::drawSummary(course, *d));
    const int iconSize = QFontMetrics(m_summary->font()).height();
    m_summaryIcon->setPixmap(
        style()
            ->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning)
            .pixmap(iconSize, iconSize));
    m_summary->setForegroundRole(ok ? QPalette::WindowText : QPalette::WindowText);
    m_summary->setStyleSheet(ok ? QString() : u"color: #b35c00;"_s);
}

} // namespace App
