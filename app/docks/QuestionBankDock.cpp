// SPDX-License-Identifier: MIT
#include "QuestionBankDock.h"

#include "OutlineDelegate.h"
#include "app/Icons.h"
#include "app/dialogs/ImportQuestionsDialog.h"
#include "app/models/BankListModel.h"
#include "app/models/BankOperations.h"
#include "app/models/BankQuestionFilterModel.h"
#include "app/models/BankQuestionModel.h"
#include "app/models/SlideKindIcons.h"
#include "app/models/SlideOperations.h"
#include "app/spelling/SpellingProperties.h"
#include "core/Document.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace App {

namespace {

constexpr int padding = 6;

QColor difficultyColor(Core::Difficulty difficulty)
{
    switch (difficulty) {
    case Core::Difficulty::Easy:
        return QColor(0x26, 0xa2, 0x69);
    case Core::Difficulty::Medium:
        return QColor(0xc6, 0x8a, 0x00);
    case Core::Difficulty::Hard:
        return QColor(0xc0, 0x1c, 0x28);
    case Core::Difficulty::None:
        break;
    }
    return {};
}

QPalette::ColorGroup colorGroup(const QStyleOptionViewItem &opt)
{
    return !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
           : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                : QPalette::Inactive;
}

/** A rounded "pill" with a short text, e.g. a difficulty or a count; returns its width. */
int paintPill(QPainter &painter,
              const QFont &font,
              const QRect &row,
              int right,
              const QString &text,
              const QColor &color,
              bool filled)
{
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 14;
    const int height = metrics.height() + 2;
    const QRectF pill(right - width, row.top() + (row.height() - height) / 2.0, width, height);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor background = color;
    background.setAlphaF(filled ? 0.16f : 0.10f);
    painter.setPen(Qt::NoPen);
    painter.setBrush(background);
    painter.drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter.setFont(font);
    painter.setPen(color);
    painter.drawText(pill, Qt::AlignCenter, text);
    painter.restore();
    return width;
}

/** Bank rows: the bank icon, the name, the question count in a pill on the right. */
class BankDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {160, option.fontMetrics.height() + 2 * padding + 2};
    }

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
        const bool selected = opt.state & QStyle::State_Selected;
        const QColor text = opt.palette.color(
            colorGroup(opt), selected ? QPalette::HighlightedText : QPalette::Text);
        const QRect row = opt.rect.adjusted(padding, 0, -padding, 0);
        const int iconSize = 18;
        opt.icon.paint(
            painter,
            QRect(row.left(), row.top() + (row.height() - iconSize) / 2, iconSize, iconSize),
            Qt::AlignCenter,
            selected ? QIcon::Selected : QIcon::Normal);
        QFont small = opt.font;
        if (small.pointSizeF() > 0)
            small.setPointSizeF(small.pointSizeF() * 0.9);
        const int count = index.data(BankListModel::CountRole).toInt();
        const int pill
            = paintPill(*painter, small, row, row.right(), QString::number(count), text, true);
        const QRect textRect(row.left() + iconSize + padding,
                             row.top(),
                             row.width() - iconSize - pill - 3 * padding,
                             row.height());
        painter->save();
        painter->setPen(text);
        painter->setFont(opt.font);
        painter->drawText(textRect,
                          Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, textRect.width()));
        painter->restore();
    }

    void updateEditorGeometry(QWidget *editor,
                              const QStyleOptionViewItem &option,
                              const QModelIndex &) const override
    {
        editor->setGeometry(option.rect.adjusted(18 + 2 * padding, 1, -padding, -1));
    }
};

/** Question rows: the question badge, title over type and tags, a difficulty pill. */
class QuestionDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {200, 2 * option.fontMetrics.height() + 2 * padding + 2};
    }

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = colorGroup(opt);
        const QColor text
            = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor dim = text;
        dim.setAlphaF(0.65f);

        const QRect row = opt.rect.adjusted(padding, 0, -padding, 0);
        const int badge = 22;
        const QRect badgeRect(row.left(), row.top() + (row.height() - badge) / 2, badge, badge);
        SlideKindIcons::paint(*painter, badgeRect, Core::SlideKind::Question);
        const int problem = index.data(BankQuestionModel::ProblemRole).toInt();
        if (problem > 0)
            OutlineDelegate::paintProblemBadge(
                *painter,
                QRectF(badgeRect.right() - 8, badgeRect.top() - 3, 12, 12),
                problem == 2 ? OutlineModel::Problem::Error : OutlineModel::Problem::Warning);

        QFont small = opt.font;
        if (small.pointSizeF() > 0)
            small.setPointSizeF(small.pointSizeF() * 0.9);
        int right = row.right();
        const auto difficulty
            = Core::Difficulty(index.data(BankQuestionModel::DifficultyRole).toInt());
        if (difficulty != Core::Difficulty::None) {
            const QColor color = selected ? text : difficultyColor(difficulty);
            right -= paintPill(*painter,
                               small,
                               row,
                               right,
                               BankQuestionModel::difficultyName(difficulty),
                               color,
                               true)
                     + padding;
        }
        const QRect textArea(badgeRect.right() + padding + 2,
                             row.top(),
                             right - badgeRect.right() - padding - 2,
                             row.height());
        const int line = opt.fontMetrics.height();
        const int top = row.top() + (row.height() - 2 * line) / 2;
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(text);
        painter->drawText(QRect(textArea.left(), top, textArea.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, textArea.width()));
        QString subtitle = SlideOperations::questionTypeName(
            Core::QuestionType(index.data(BankQuestionModel::QuestionTypeRole).toInt()));
        const QStringList tags = index.data(BankQuestionModel::TagsRole).toStringList();
        for (const QString &tag : tags)
            subtitle += (tag == tags.first() ? u"  ·  #"_s : u"  #"_s) + tag;
        painter->setFont(small);
        painter->setPen(dim);
        painter->drawText(
            QRect(textArea.left(), top + line, textArea.width(), line),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(small).elidedText(subtitle, Qt::ElideRight, textArea.width()));
        painter->restore();
    }

    void updateEditorGeometry(QWidget *editor,
                              const QStyleOptionViewItem &option,
                              const QModelIndex &) const override
    {
        const int height = editor->sizeHint().height();
        editor->setGeometry(option.rect.left() + 22 + 2 * padding,
                            option.rect.top() + (option.rect.height() - height) / 2,
                            option.rect.width() - 22 - 3 * padding,
                            height);
    }
};

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setIconSize(QSize(18, 18));
    return button;
}

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

QuestionBankDock::QuestionBankDock(QWidget *parent)
    : QDockWidget(tr("Question Banks"), parent)
    , m_bankModel(new BankListModel(this))
    , m_questionModel(new BankQuestionModel(this))
    , m_filter(new BankQuestionFilterModel(this))
    , m_bankView(new QListView)
    , m_questionView(new QListView)
    , m_questionsTitle(new QLabel)
    , m_questionStack(new QStackedWidget)
    , m_emptyState(new QLabel)
    , m_filterText(new QLineEdit)
    , m_tagFilter(new QComboBox)
    , m_difficultyFilter(new QComboBox)
    , m_typeFilter(new QComboBox)
{
    setObjectName(u"QuestionBankDock"_s);
    m_filter->setSourceModel(m_questionModel);

    m_bankView->setObjectName(u"bankList"_s);
    m_bankView->setModel(m_bankModel);
    m_bankView->setItemDelegate(new BankDelegate(m_bankView));
    m_bankView->setAccessibleName(tr("Question banks"));
    m_bankView->setEditTriggers(QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::DoubleClicked);
    m_bankView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_bankView->setAcceptDrops(true);
    m_bankView->setDropIndicatorShown(true);
    m_bankView->setDragDropMode(QAbstractItemView::DropOnly);
    m_bankView->setDefaultDropAction(Qt::MoveAction);
    m_bankView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_bankView->setToolTip(tr("Drop questions on a bank to move them there"));
    connect(m_bankView,
            &QWidget::customContextMenuRequested,
            this,
            &QuestionBankDock::showBankContextMenu);

    m_questionView->setObjectName(u"bankQuestionList"_s);
    m_questionView->setModel(m_filter);
    m_questionView->setItemDelegate(new QuestionDelegate(m_questionView));
    m_questionView->setAccessibleName(tr("Questions of the bank"));
    m_questionView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_questionView->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_questionView->setDragEnabled(true);
    m_questionView->setDragDropMode(QAbstractItemView::DragOnly);
    m_questionView->setDefaultDropAction(Qt::MoveAction);
    m_questionView->setUniformItemSizes(true);
    m_questionView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_questionView,
            &QWidget::customContextMenuRequested,
            this,
            &QuestionBankDock::showQuestionContextMenu);

    m_emptyState->setObjectName(u"bankEmptyState"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);
    m_emptyState->setMargin(12);
    m_questionStack->addWidget(m_questionView);
    m_questionStack->addWidget(m_emptyState);

    createActions();
    createFilters();

    // Banks: title and actions, then the list.
    auto *bankPart = new QWidget;
    auto *bankLayout = new QVBoxLayout(bankPart);
    bankLayout->setContentsMargins(0, 0, 0, 0);
    bankLayout->setSpacing(2);
    auto *bankHeader = new QHBoxLayout;
    bankHeader->setSpacing(0);
    bankHeader->addWidget(sectionLabel(tr("Banks"), bankPart));
    bankHeader->addStretch();
    for (QAction *action :
         {m_addBankAction, m_renameBankAction, m_exportBankAction, m_deleteBankAction})
        bankHeader->addWidget(toolButton(action, bankPart));
    bankLayout->addLayout(bankHeader);
    bankLayout->addWidget(m_bankView);

    // Questions of the current bank: title and actions, filters, then the list.
    auto *questionPart = new QWidget;
    auto *questionLayout = new QVBoxLayout(questionPart);
    questionLayout->setContentsMargins(0, 4, 0, 0);
    questionLayout->setSpacing(4);
    auto *questionHeader = new QHBoxLayout;
    questionHeader->setSpacing(0);
    m_questionsTitle->setObjectName(u"bankQuestionsTitle"_s);
    QFont bold = m_questionsTitle->font();
    bold.setBold(true);
    m_questionsTitle->setFont(bold);
    m_questionsTitle->setTextFormat(Qt::PlainText);
    questionHeader->addWidget(m_questionsTitle, 1);
    QToolButton *addButton = toolButton(m_addQuestionAction, questionPart);
    addButton->setPopupMode(QToolButton::MenuButtonPopup);
    questionHeader->addWidget(addButton);
    questionHeader->addWidget(toolButton(m_duplicateAction, questionPart));
    QToolButton *moveButton = toolButton(m_moveAction, questionPart);
    moveButton->setObjectName(u"moveToBankButton"_s);
    moveButton->setPopupMode(QToolButton::InstantPopup);
    questionHeader->addWidget(moveButton);
    questionHeader->addWidget(toolButton(m_deleteAction, questionPart));
    questionLayout->addLayout(questionHeader);
    questionLayout->addWidget(m_filterText);
    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(4);
    filterRow->addWidget(m_tagFilter, 1);
    filterRow->addWidget(m_difficultyFilter, 1);
    filterRow->addWidget(m_typeFilter, 1);
    questionLayout->addLayout(filterRow);
    questionLayout->addWidget(m_questionStack, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(bankPart);
    splitter->addWidget(questionPart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    setWidget(content);

    connect(m_bankView->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &QuestionBankDock::bankChanged);
    connect(m_bankModel,
            &QAbstractItemModel::rowsInserted,
            this,
            [this](const QModelIndex &, int first) {
                // The first bank of the course (added, imported, or back by undo) is shown.
                if (!m_bankView->currentIndex().isValid())
                    m_bankView->setCurrentIndex(m_bankModel->index(first));
                bankChanged();
            });
    connect(m_bankModel, &QAbstractItemModel::rowsRemoved, this, [this] {
        // The current bank went away: show another one.
        if (!m_bankView->currentIndex().isValid() && m_bankModel->rowCount() > 0)
            m_bankView->setCurrentIndex(m_bankModel->index(0));
        bankChanged();
    });
    connect(m_bankModel, &QAbstractItemModel::dataChanged, this, [this] {
        bankChanged(); // the name or the count in the title
    });
    connect(m_bankModel,
            &BankListModel::questionsMoved,
            this,
            [this](const Core::BankId &bank, const std::vector<Core::SlideId> &ids) {
                selectBank(bank);
                selectQuestions(ids);
                emit statusMessageRequested(tr("Moved %n question(s)", nullptr, int(ids.size())));
            });
    connect(m_questionView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        emitCurrentQuestion();
        updateActions();
    });
    connect(m_questionView->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &QuestionBankDock::updateActions);
    auto filterChanged = [this] {
        updateEmptyState();
        emitCurrentQuestion();
        updateActions();
    };
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, filterChanged);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, filterChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this, filterChanged);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, filterChanged);
    connect(
        m_questionModel, &QAbstractItemModel::dataChanged, this, [this] { refreshTagFilter(); });
    bankChanged();
}

QuestionBankDock::~QuestionBankDock() = default;

void QuestionBankDock::createActions()
{
    m_addBankAction = new QAction(Icons::icon(u"add-bank"_s), tr("&New Bank"), this);
    m_addBankAction->setObjectName(u"actionAddBank"_s);
    m_addBankAction->setToolTip(tr("Add an empty question bank"));
    connect(m_addBankAction, &QAction::triggered, this, [this] { addBank(); });

    m_renameBankAction = new QAction(Icons::icon(u"rename"_s), tr("&Rename Bank"), this);
    m_renameBankAction->setToolTip(tr("Rename the bank (F2)"));
    m_renameBankAction->setShortcut(Qt::Key_F2);
    m_renameBankAction->setShortcutContext(Qt::WidgetShortcut);
    m_bankView->addAction(m_renameBankAction);
    connect(m_renameBankAction, &QAction::triggered, this, [this] {
        const QModelIndex index = m_bankView->currentIndex();
        if (index.isValid())
            m_bankView->edit(index);
    });

    m_deleteBankAction = new QAction(Icons::icon(u"delete"_s), tr("&Delete Bank"), this);
    m_deleteBankAction->setObjectName(u"actionDeleteBank"_s);
    m_deleteBankAction->setToolTip(
        tr("Delete the bank and its questions; draw slides stop drawing from it"));
    connect(m_deleteBankAction, &QAction::triggered, this, &QuestionBankDock::deleteCurrentBank);

    m_exportBankAction
        = new QAction(Icons::icon(u"export-file"_s), tr("&Export Bank to GIFT…"), this);
    m_exportBankAction->setObjectName(u"actionExportBankGift"_s);
    m_exportBankAction->setToolTip(tr("Save the bank's questions as a GIFT file for Moodle"));
    connect(m_exportBankAction, &QAction::triggered, this, &QuestionBankDock::exportCurrentBank);

    m_addQuestionMenu = new QMenu(tr("Add &Question"), this);
    for (Core::QuestionType type : Core::allQuestionTypes()) {
        QAction *action
            = m_addQuestionMenu->addAction(SlideKindIcons::icon(Core::SlideKind::Question),
                                           SlideOperations::questionTypeName(type));
        connect(action, &QAction::triggered, this, [this, type] { addQuestion(type); });
    }
    m_addQuestionAction = new QAction(Icons::icon(u"add-slide"_s), tr("&Add Question"), this);
    m_addQuestionAction->setObjectName(u"actionAddBankQuestion"_s);
    m_addQuestionAction->setToolTip(
        tr("Add a single-choice question to the bank (the arrow offers every type)"));
    m_addQuestionAction->setMenu(m_addQuestionMenu);
    connect(m_addQuestionAction, &QAction::triggered, this, [this] {
        addQuestion(Core::QuestionType::SingleChoice);
    });

    m_duplicateAction = new QAction(Icons::icon(u"duplicate"_s), tr("D&uplicate"), this);
    m_duplicateAction->setToolTip(tr("Duplicate the selected questions"));
    connect(m_duplicateAction, &QAction::triggered, this, &QuestionBankDock::duplicateSelection);

    m_deleteAction = new QAction(Icons::icon(u"delete"_s), tr("&Delete"), this);
    m_deleteAction->setToolTip(tr("Delete the selected questions"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_questionView->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, &QuestionBankDock::deleteSelection);

    m_moveToBankMenu = new QMenu(tr("&Move to Bank"), this);
    m_moveToBankMenu->setObjectName(u"moveToBankMenu"_s);
    connect(m_moveToBankMenu, &QMenu::aboutToShow, this, &QuestionBankDock::fillMoveToBankMenu);
    m_moveAction = new QAction(Icons::icon(u"forward"_s), tr("&Move to Bank"), this);
    m_moveAction->setToolTip(tr("Move the selected questions to another bank (or drag them "
                                "onto a bank)"));
    m_moveAction->setMenu(m_moveToBankMenu);
}

void QuestionBankDock::createFilters()
{
    m_filterText->setObjectName(u"bankFilterText"_s);
    Spelling::setSpellCheckable(m_filterText, false);
    m_filterText->setPlaceholderText(tr("Filter by text or tag"));
    m_filterText->setClearButtonEnabled(true);
    m_filterText->setAccessibleName(tr("Filter questions"));
    m_filterText->addAction(Icons::icon(u"find"_s), QLineEdit::LeadingPosition);
    connect(m_filterText, &QLineEdit::textChanged, m_filter, &BankQuestionFilterModel::setText);

    m_tagFilter->setObjectName(u"bankTagFilter"_s);
    m_tagFilter->setAccessibleName(tr("Filter by tag"));
    m_tagFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tagFilter->setMinimumContentsLength(6);
    m_tagFilter->addItem(tr("Any tag"), QString());
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTag(m_tagFilter->currentData().toString());
    });

    m_difficultyFilter->setObjectName(u"bankDifficultyFilter"_s);
    m_difficultyFilter->setAccessibleName(tr("Filter by difficulty"));
    m_difficultyFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_difficultyFilter->setMinimumContentsLength(6);
    m_difficultyFilter->addItem(tr("Any difficulty"), -1);
    for (Core::Difficulty difficulty : {Core::Difficulty::Easy,
                                        Core::Difficulty::Medium,
                                        Core::Difficulty::Hard,
                                        Core::Difficulty::None})
        m_difficultyFilter->addItem(BankQuestionModel::difficultyName(difficulty), int(difficulty));
    connect(m_difficultyFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_difficultyFilter->currentData().toInt();
        m_filter->setDifficulty(
            value < 0 ? std::nullopt : std::optional<Core::Difficulty>(Core::Difficulty(value)));
    });

    m_typeFilter->setObjectName(u"bankTypeFilter"_s);
    m_typeFilter->setAccessibleName(tr("Filter by question type"));
    m_typeFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_typeFilter->setMinimumContentsLength(6);
    m_typeFilter->addItem(tr("Any type"), -1);
    for (Core::QuestionType type : Core::allQuestionTypes())
        m_typeFilter->addItem(SlideOperations::questionTypeName(type), int(type));
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_typeFilter->currentData().toInt();
        m_filter->setType(value < 0 ? std::nullopt
                                    : std::optional<Core::QuestionType>(Core::QuestionType(value)));
    });
}

void QuestionBankDock::setDocument(Core::Document *document)
{
    m_document = document;
    m_lastCurrent = {};
    m_bankModel->setDocument(document);
    m_questionModel->setDocument(document);
    m_filterText->clear();
    m_tagFilter->setCurrentIndex(0);
    m_difficultyFilter->setCurrentIndex(0);
    m_typeFilter->setCurrentIndex(0);
    if (m_bankModel->rowCount() > 0)
        m_bankView->setCurrentIndex(m_bankModel->index(0));
    bankChanged();
}

void QuestionBankDock::setProblems(CourseProblems *problems)
{
    m_questionModel->setProblems(problems);
}

Core::BankId QuestionBankDock::currentBankId() const
{
    return m_bankModel->bankId(m_bankView->currentIndex());
}

void QuestionBankDock::selectBank(const Core::BankId &id)
{
    const QModelIndex index = m_bankModel->indexForBank(id);
    if (!index.isValid())
        return;
    m_bankView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_bankView->scrollTo(index);
}

void QuestionBankDock::bankChanged()
{
    const Core::BankId bank = currentBankId();
    if (bank != m_questionModel->bank())
        m_questionModel->setBank(bank);
    const Core::QuestionBank *current = m_document ? m_document->course().bank(bank) : nullptr;
    m_questionsTitle->setText(current ? tr("Questions in “%1”").arg(current->name)
                                      : tr("Questions"));
    refreshTagFilter();
    updateEmptyState();
    emitCurrentQuestion();
    updateActions();
}

void QuestionBankDock::refreshTagFilter()
{
    const QString current = m_tagFilter->currentData().toString();
    QStringList tags;
    if (m_document)
        tags = BankOperations::tags(m_document->course(), {m_questionModel->bank()});
    if (!current.isEmpty() && !tags.contains(current))
        tags.append(current); // keep the chosen filter while no question carries it
    QStringList shown;
    for (int i = 1; i < m_tagFilter->count(); ++i)
        shown.append(m_tagFilter->itemData(i).toString());
    if (shown == tags)
        return;
    const QSignalBlocker blocker(m_tagFilter);
    while (m_tagFilter->count() > 1)
        m_tagFilter->removeItem(1);
    for (const QString &tag : std::as_const(tags))
        m_tagFilter->addItem(u"#"_s + tag, tag);
    m_tagFilter->setCurrentIndex(std::max(0, m_tagFilter->findData(current)));
}

void QuestionBankDock::updateEmptyState()
{
    QString message;
    if (!m_document)
        message = tr("No course is open.");
    else if (m_bankModel->rowCount() == 0)
        message = tr("No question bank yet.\nAdd a bank, or import a GIFT, Aiken or CSV file "
                     "(File ▸ Import Questions): each category becomes a bank. Draw slides then "
                     "pick questions from banks at random.");
    else if (m_questionModel->rowCount() == 0)
        message = tr("This bank is empty.\nAdd a question with the + button, or drop questions "
                     "here from another bank.");
    else if (m_filter->rowCount() == 0)
        message = tr("No question matches the filter.");
    m_emptyState->setText(message);
    m_questionStack->setCurrentWidget(message.isEmpty() ? static_cast<QWidget *>(m_questionView)
                                                        : m_emptyState);
}

void QuestionBankDock::updateActions()
{
    const bool hasDocument = m_document;
    const bool hasBank = !currentBankId().isNull();
    const bool hasSelection = !selectedQuestionIds().empty();
    m_addBankAction->setEnabled(hasDocument);
    m_renameBankAction->setEnabled(hasBank);
    m_deleteBankAction->setEnabled(hasBank);
    m_exportBankAction->setEnabled(hasBank && m_questionModel->rowCount() > 0);
    m_addQuestionAction->setEnabled(hasBank);
    m_addQuestionMenu->setEnabled(hasBank);
    m_duplicateAction->setEnabled(hasSelection);
    m_deleteAction->setEnabled(hasSelection);
    m_moveToBankMenu->setEnabled(hasSelection && m_bankModel->rowCount() > 1);
    m_moveAction->setEnabled(m_moveToBankMenu->isEnabled());
    m_filterText->setEnabled(hasBank);
    m_tagFilter->setEnabled(hasBank);
    m_difficultyFilter->setEnabled(hasBank);
    m_typeFilter->setEnabled(hasBank);
}

Core::SlideId QuestionBankDock::currentQuestionId() const
{
    return m_questionModel->slideId(m_filter->mapToSource(m_questionView->currentIndex()));
}

std::vector<Core::SlideId> QuestionBankDock::selectedQuestionIds() const
{
    if (!m_document)
        return {};
    std::vector<Core::SlideId> ids;
    const QModelIndexList rows = m_questionView->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : rows) {
        const Core::SlideId id = m_questionModel->slideId(m_filter->mapToSource(index));
        if (!id.isNull())
            ids.push_back(id);
    }
    return BankOperations::inBankOrder(m_document->course(), ids);
}

void QuestionBankDock::selectQuestion(const Core::SlideId &id)
{
    selectQuestions({id});
}

void QuestionBankDock::selectQuestions(const std::vector<Core::SlideId> &ids)
{
    if (!m_document || ids.empty())
        return;
    const Core::Course &course = m_document->course();
    const Core::BankPosition first = course.bankQuestionPosition(ids.front());
    if (!first.isValid())
        return;
    selectBank(course.banks()[size_t(first.bank)]->id);
    QItemSelection selection;
    QModelIndex current;
    for (const Core::SlideId &id : ids) {
        QModelIndex index = m_filter->mapFromSource(m_questionModel->indexForSlide(id));
        if (!index.isValid() && m_questionModel->indexForSlide(id).isValid()) {
            // A filter hides it: show everything again.
            m_filterText->clear();
            m_tagFilter->setCurrentIndex(0);
            m_difficultyFilter->setCurrentIndex(0);
            m_typeFilter->setCurrentIndex(0);
            index = m_filter->mapFromSource(m_questionModel->indexForSlide(id));
        }
        if (!index.isValid())
            continue;
        if (!current.isValid())
            current = index;
        selection.select(index, index);
    }
    if (!current.isValid())
        return;
    m_questionView->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_questionView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_questionView->scrollTo(current);
    emitCurrentQuestion();
}

void QuestionBankDock::clearQuestionSelection()
{
    m_questionView->selectionModel()->clear();
    m_lastCurrent = {};
}

void QuestionBankDock::emitCurrentQuestion()
{
    const Core::SlideId id = currentQuestionId();
    if (id == m_lastCurrent)
        return;
    m_lastCurrent = id;
    emit currentQuestionChanged(id);
}

Core::BankId QuestionBankDock::addBank()
{
    if (!m_document)
        return {};
    const Core::BankId id = BankOperations::addBank(*m_document);
    selectBank(id);
    const QModelIndex index = m_bankModel->indexForBank(id);
    if (index.isValid() && m_bankView->isVisible())
        m_bankView->edit(index);
    return id;
}

Core::SlideId QuestionBankDock::addQuestion(Core::QuestionType type)
{
    const Core::BankId bank = currentBankId();
    if (!m_document || bank.isNull())
        return {};
    const Core::SlideId id
        = BankOperations::addQuestion(*m_document, bank, type, currentQuestionId());
    selectQuestion(id);
    emit statusMessageRequested(
        tr("Added a question: %1").arg(SlideOperations::questionTypeName(type)));
    return id;
}

void QuestionBankDock::duplicateSelection()
{
    if (!m_document)
        return;
    const auto copies = BankOperations::duplicateQuestions(*m_document, selectedQuestionIds());
    selectQuestions(copies);
    emit statusMessageRequested(tr("Duplicated %n question(s)", nullptr, int(copies.size())));
}

void QuestionBankDock::deleteSelection()
{
    if (!m_document)
        return;
    const auto ids = selectedQuestionIds();
    if (ids.empty())
        return;
    BankOperations::removeQuestions(*m_document, ids);
    emit statusMessageRequested(tr("Deleted %n question(s)", nullptr, int(ids.size())));
}

void QuestionBankDock::moveSelectionToBank(const Core::BankId &bank)
{
    if (!m_document)
        return;
    const auto ids = selectedQuestionIds();
    if (!BankOperations::moveQuestions(*m_document, ids, bank))
        return;
    selectQuestions(ids);
    emit statusMessageRequested(tr("Moved %n question(s)", nullptr, int(ids.size())));
}

void QuestionBankDock::fillMoveToBankMenu()
{
    m_moveToBankMenu->clear();
    if (!m_document)
        return;
    const Core::BankId current = currentBankId();
    for (const auto &bank : m_document->course().banks()) {
        if (bank->id == current)
            continue;
        QAction *action = m_moveToBankMenu->addAction(Icons::icon(u"question-bank"_s), bank->name);
        const Core::BankId id = bank->id;
        connect(action, &QAction::triggered, this, [this, id] { moveSelectionToBank(id); });
    }
}

void QuestionBankDock::deleteCurrentBank()
{
    const Core::BankId bank = currentBankId();
    if (!m_document || bank.isNull())
        return;
    const QString name = m_document->course().bank(bank)->name;
    BankOperations::removeBank(*m_document, bank);
    emit statusMessageRequested(tr("Deleted the bank “%1” (Undo brings it back)").arg(name));
}

void QuestionBankDock::exportCurrentBank()
{
    const Core::BankId bank = currentBankId();
    if (m_document && !bank.isNull())
        ImportQuestionsDialog::exportBankAsGift(this, *m_document, bank);
}

void QuestionBankDock::showBankContextMenu(const QPoint &position)
{
    const QModelIndex index = m_bankView->indexAt(position);
    if (index.isValid())
        m_bankView->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_addBankAction);
    if (index.isValid()) {
        menu.addAction(m_renameBankAction);
        menu.addAction(m_exportBankAction);
        menu.addSeparator();
        menu.addAction(m_deleteBankAction);
    }
    menu.exec(m_bankView->viewport()->mapToGlobal(position));
}

void QuestionBankDock::showQuestionContextMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.addMenu(m_addQuestionMenu);
    menu.addSeparator();
    menu.addAction(m_duplicateAction);
    menu.addMenu(m_moveToBankMenu);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(m_questionView->viewport()->mapToGlobal(position));
}

} // namespace App
