// SPDX-License-Identifier: MIT
#include "TranslationTableDock.h"

#include "EditingLanguage.h"
#include "TranslationOperations.h"
#include "TranslationTableModel.h"
#include "app/editors/RichTextHtml.h"
#include "core/Document.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace App {

namespace Internal {

/** Shows the rows of some states whose texts contain a search text. Filters when asked only:
 *  a row translated under "Untranslated" stays until the filter changes (no row jumps away
 *  while the translator moves down). */
class TranslationFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    TranslationTableDock::StateFilter state = TranslationTableDock::StateFilter::All;
    QString search;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        using F = TranslationTableDock::StateFilter;
        using S = Core::TranslationState;
        const auto s = static_cast<S>(index.data(TranslationTableModel::StateRole).toInt());
        bool accepted = true;
        switch (state) {
        case F::All:
            break;
        case F::NeedsWork:
            accepted = s == S::Untranslated || s == S::Outdated;
            break;
        case F::Untranslated:
            accepted = s == S::Untranslated;
            break;
        case F::Outdated:
            accepted = s == S::Outdated;
            break;
        case F::Translated:
            accepted = s == S::Translated;
            break;
        case F::Approved:
            accepted = s == S::Approved;
            break;
        }
        if (!accepted || search.isEmpty())
            return accepted;
        for (int column : {TranslationTableModel::WhereColumn,
                           TranslationTableModel::SourceColumn,
                           TranslationTableModel::TargetColumn}) {
            if (sourceModel()
                    ->index(row, column, parent)
                    .data()
                    .toString()
                    .contains(search, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

/**
 * Edits a translation in place: one line, several lines, or rich text (Ctrl+B, I, U) as the
 * field requires. Enter and Tab save and move on, Ctrl+Enter also approves; the dock moves.
 */
class TranslationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        const auto format
            = static_cast<Core::TextFormat>(index.data(TranslationTableModel::FormatRole).toInt());
        const QString source = index.data(TranslationTableModel::SourceTextRole).toString();
        QWidget *editor = nullptr;
        if (format == Core::TextFormat::Html) {
            auto *rich = new QTextEdit(parent);
            rich->setAcceptRichText(false); // pasted HTML would bypass the sanitizer
            rich->setTabChangesFocus(true);
            editor = rich;
        } else if (index.data(TranslationTableModel::MultiLineRole).toBool()) {
            auto *plain = new QPlainTextEdit(parent);
            plain->setTabChangesFocus(true);
            plain->setPlaceholderText(source);
            editor = plain;
        } else {
            auto *line = new QLineEdit(parent);
            line->setPlaceholderText(source);
            line->setFrame(false);
            editor = line;
        }
        editor->setObjectName(u"translationCellEditor"_s);
        editor->setProperty(
            "capsuleLanguage",
            static_cast<const TranslationTableModel *>(
                qobject_cast<const QSortFilterProxyModel *>(index.model())->sourceModel())
                ->language());
        return editor;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QString text = index.data(Qt::EditRole).toString();
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            if (line->text() != text)
                line->setText(text);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
            if (plain->toPlainText() != text)
                plain->setPlainText(text);
        } else if (auto *rich = qobject_cast<QTextEdit *>(editor)) {
            if (RichTextHtml::toHtml(*rich->document()) != text) {
                RichTextHtml::setHtml(*rich->document(), text);
                rich->moveCursor(QTextCursor::End);
            }
        }
    }

    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            model->setData(index, line->text());
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
            model->setData(index, plain->toPlainText());
        else if (auto *rich = qobject_cast<QTextEdit *>(editor))
            model->setData(index, RichTextHtml::toHtml(*rich->document()));
    }

    void updateEditorGeometry(QWidget *editor,
                              const QStyleOptionViewItem &option,
                              const QModelIndex &) const override
    {
        QRect rect = option.rect;
        if (!qobject_cast<QLineEdit *>(editor))
            rect.setHeight(std::max(rect.height(), option.fontMetrics.lineSpacing() * 4 + 10));
        editor->setGeometry(rect);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() == TranslationTableModel::StateColumn)
            size.setWidth(size.width() + 24); // the pill's padding
        // Long texts wrap on at most four lines; the tooltip and the form show all of it.
        const int line = option.fontMetrics.lineSpacing();
        size.setHeight(std::clamp(size.height(), line + 8, 4 * line + 8));
        return size;
    }

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (index.column() != TranslationTableModel::StateColumn) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        // The state as the form's badge: a coloured pill.
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const auto state = static_cast<Core::TranslationState>(
            index.data(TranslationTableModel::StateRole).toInt());
        const int width = opt.fontMetrics.horizontalAdvance(text) + 16;
        const int height = opt.fontMetrics.height() + 2;
        const QRectF pill(opt.rect.left() + 4,
                          opt.rect.top() + (opt.rect.height() - height) / 2.0,
                          std::min(width, opt.rect.width() - 8),
                          height);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(TranslationOperations::stateColor(state));
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->restore();
    }

signals:
    void moveRequested(int delta, bool approve);

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        auto *editor = qobject_cast<QWidget *>(object);
        if (!editor || event->type() != QEvent::KeyPress)
            return QStyledItemDelegate::eventFilter(object, event);
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (enter && mods == Qt::ShiftModifier) {
            // A new line where the text may have several; nothing in a one-line text.
            if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
                plain->insertPlainText(u"\n"_s);
            else if (auto *rich = qobject_cast<QTextEdit *>(editor))
                rich->textCursor().insertBlock();
            return true;
        }
        if (auto *rich = qobject_cast<QTextEdit *>(editor); rich && mods == Qt::ControlModifier) {
            switch (key->key()) {
            case Qt::Key_B:
                rich->setFontWeight(rich->fontWeight() > QFont::Normal ? QFont::Normal
                                                                       : QFont::Bold);
                return true;
            case Qt::Key_I:
                rich->setFontItalic(!rich->fontItalic());
                return true;
            case Qt::Key_U:
                rich->setFontUnderline(!rich->fontUnderline());
                return true;
            default:
                break;
            }
        }
        int delta = 0;
        bool approve = false;
        if (enter && mods == Qt::NoModifier)
            delta = 1;
        else if (enter && mods == Qt::ControlModifier)
            delta = 1, approve = true;
        else if (key->key() == Qt::Key_Tab && mods == Qt::NoModifier)
            delta = 1;
        else if (key->key() == Qt::Key_Backtab)
            delta = -1;
        if (delta == 0)
            return QStyledItemDelegate::eventFilter(object, event);
        emit commitData(editor);
        emit closeEditor(editor, QAbstractItemDelegate::NoHint);
        emit moveRequested(delta, approve);
        return true;
    }
};

/** A table view that says whether a cell editor is open. */
class TranslationTableView final : public QTableView
{
public:
    using QTableView::QTableView;
    bool isEditing() const { return state() == QAbstractItemView::EditingState; }
};

} // namespace Internal

TranslationTableDock::TranslationTableDock(EditingLanguage *editing, QWidget *parent)
    : QDockWidget(tr("Translation Table"), parent)
    , m_editing(editing)
    , m_model(new TranslationTableModel(editing, this))
    , m_proxy(new Internal::TranslationFilter(this))
    , m_pages(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_stateFilter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_view(new Internal::TranslationTableView(this))
    , m_memoryTitle(new QLabel(this))
    , m_memory(new QTreeWidget(this))
{
    setObjectName(u"TranslationTableDock"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setDynamicSortFilter(false);

    m_emptyLabel->setObjectName(u"translationTableEmpty"_s);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setText(tr("Choose a target language in the toolbar's language selector "
                             "(or add one) to translate the course here."));
    m_pages->addWidget(m_emptyLabel);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_stateFilter->setObjectName(u"translationStateFilter"_s);
    m_stateFilter->addItem(tr("All texts"), int(StateFilter::All));
    m_stateFilter->addItem(tr("To do: untranslated or outdated"), int(StateFilter::NeedsWork));
    m_stateFilter->addItem(tr("Untranslated"), int(StateFilter::Untranslated));
    m_stateFilter->addItem(tr("Outdated"), int(StateFilter::Outdated));
    m_stateFilter->addItem(tr("Translated, not approved"), int(StateFilter::Translated));
    m_stateFilter->addItem(tr("Approved"), int(StateFilter::Approved));
    m_stateFilter->setToolTip(tr("Show the texts of one state"));
    m_stateFilter->setAccessibleName(tr("Show"));
    bar->addWidget(m_stateFilter);
    m_search->setObjectName(u"translationSearch"_s);
    m_search->setPlaceholderText(tr("Find in the texts…"));
    m_search->setClearButtonEnabled(true);
    m_search->setProperty("capsuleSpellCheck", false); // a search, not prose
    bar->addWidget(m_search, 1);
    m_summary->setObjectName(u"translationSummary"_s);
    bar->addWidget(m_summary);
    layout->addLayout(bar);

    m_view->setObjectName(u"translationTable"_s);
    m_view->setModel(m_proxy);
    auto *delegate = new Internal::TranslationDelegate(m_view);
    m_view->setItemDelegate(delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(TranslationTableModel::WhereColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(TranslationTableModel::SourceColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TranslationTableModel::TargetColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TranslationTableModel::StateColumn, QHeaderView::ResizeToContents);
    header->resizeSection(TranslationTableModel::WhereColumn, 240);
    m_view->installEventFilter(this);
    m_view->setAccessibleName(tr("Translation table"));

    auto *memoryPanel = new QWidget(this);
    auto *memoryLayout = new QVBoxLayout(memoryPanel);
    memoryLayout->setContentsMargins(0, 0, 0, 0);
    m_memoryTitle->setObjectName(u"translationMemoryTitle"_s);
    m_memoryTitle->setWordWrap(true);
    memoryLayout->addWidget(m_memoryTitle);
    m_memory->setObjectName(u"translationMemoryMatches"_s);
    m_memory->setRootIsDecorated(false);
    m_memory->setHeaderLabels({tr("Match"), tr("Source"), tr("Translation"), tr("From")});
    m_memory->setToolTip(tr("Double-click a match (or press Ctrl+1, 2, 3 in the table) to use it"));
    memoryLayout->addWidget(m_memory);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(memoryPanel);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    m_memory->setMinimumHeight(m_memory->fontMetrics().height() * 3);
    splitter->setSizes({400, 100});
    layout->addWidget(splitter, 1);
    m_pages->addWidget(page);
    setWidget(m_pages);

    connect(
        m_stateFilter, &QComboBox::currentIndexChanged, this, &TranslationTableDock::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &TranslationTableDock::applyFilters);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updatePage();
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateSummary();
        updateMemory();
    });
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &TranslationTableDock::currentRowChanged);
    connect(delegate,
            &Internal::TranslationDelegate::moveRequested,
            this,
            [this](int delta, bool approve) { move(delta, approve, true); });
    connect(
        m_view, &QWidget::customContextMenuRequested, this, &TranslationTableDock::showContextMenu);
    connect(m_memory, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        useMemoryMatch(m_memory->indexOfTopLevelItem(item));
    });
    updatePage();
    updateSummary();
    updateMemory();
}

void TranslationTableDock::setStateFilter(StateFilter filter)
{
    const int index = m_stateFilter->findData(int(filter));
    if (index >= 0)
        m_stateFilter->setCurrentIndex(index);
}

TranslationTableDock::StateFilter TranslationTableDock::stateFilter() const
{
    return StateFilter(m_stateFilter->currentData().toInt());
}

void TranslationTableDock::applyFilters()
{
    auto *filter = static_cast<Internal::TranslationFilter *>(m_proxy);
    const QString unit = m_view->currentIndex().data(TranslationTableModel::UnitIdRole).toString();
    filter->state = stateFilter();
    filter->search = m_search->text().trimmed();
    filter->invalidate();
    updateSummary();
    if (!unit.isEmpty()) {
        const int row = m_model->rowOf(unit);
        const QModelIndex index
            = m_proxy->mapFromSource(m_model->index(row, TranslationTableModel::TargetColumn));
        if (index.isValid()) {
            m_view->setCurrentIndex(index);
            return;
        }
    }
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, TranslationTableModel::TargetColumn));
}

void TranslationTableDock::updatePage()
{
    m_pages->setCurrentIndex(m_editing->isTarget() ? 1 : 0);
    if (m_editing->isTarget()) {
        //: Title of the translation table's dock: "Translation Table — English"
        setWindowTitle(tr("Translation Table — %1")
                           .arg(TranslationOperations::languageName(m_editing->language())));
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, TranslationTableModel::TargetColumn));
    } else {
        setWindowTitle(tr("Translation Table"));
    }
}

void TranslationTableDock::updateSummary()
{
    int done = 0;
    const int total = m_model->rowCount();
    for (int row = 0; row < total; ++row) {
        const auto state = static_cast<Core::TranslationState>(
            m_model->index(row, 0).data(TranslationTableModel::StateRole).toInt());
        if (state == Core::TranslationState::Translated
            || state == Core::TranslationState::Approved)
            ++done;
    }
    //: Translation table summary: "42 of 120 texts translated · 15 shown"
    m_summary->setText(
        tr("%1 of %2 texts translated · %3 shown").arg(done).arg(total).arg(m_proxy->rowCount()));
}

int TranslationTableDock::visibleRowCount() const
{
    return m_proxy->rowCount();
}

QString TranslationTableDock::visibleUnitId(int row) const
{
    return m_proxy->index(row, 0).data(TranslationTableModel::UnitIdRole).toString();
}

void TranslationTableDock::selectUnit(const QString &unitId)
{
    const int row = m_model->rowOf(unitId);
    if (row < 0)
        return;
    QModelIndex index
        = m_proxy->mapFromSource(m_model->index(row, TranslationTableModel::TargetColumn));
    if (!index.isValid()) {
        m_search->clear();
        setStateFilter(StateFilter::All);
        index = m_proxy->mapFromSource(m_model->index(row, TranslationTableModel::TargetColumn));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

int TranslationTableDock::currentSourceRow() const
{
    return m_proxy->mapToSource(m_view->currentIndex()).row();
}

void TranslationTableDock::currentRowChanged()
{
    updateMemory();
    const QString slide
        = m_view->currentIndex().data(TranslationTableModel::SlideIdRole).toString();
    if (!slide.isEmpty())
        emit slideRequested(Core::SlideId(slide));
}

void TranslationTableDock::move(int delta, bool approve, bool edit)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    if (approve)
        m_model->setApproved(currentSourceRow(), true);
    const int row = std::clamp(current.row() + delta, 0, std::max(0, m_proxy->rowCount() - 1));
    const QModelIndex next = m_proxy->index(row, TranslationTableModel::TargetColumn);
    m_view->setCurrentIndex(next);
    m_view->scrollTo(next);
    m_view->setFocus(Qt::OtherFocusReason);
    if (edit && row != current.row())
        m_view->edit(next);
}

bool TranslationTableDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress
        && !static_cast<Internal::TranslationTableView *>(m_view)->isEditing()) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (enter && mods == Qt::NoModifier) {
            // Enter on a row: translate it.
            const QModelIndex index
                = m_view->currentIndex().siblingAtColumn(TranslationTableModel::TargetColumn);
            m_view->setCurrentIndex(index);
            m_view->edit(index);
            return true;
        }
        if (enter && mods == Qt::ControlModifier) {
            move(1, true, false);
            return true;
        }
        if (key->key() == Qt::Key_Tab && mods == Qt::NoModifier) {
            move(1, false, false);
            return true;
        }
        if (key->key() == Qt::Key_Backtab) {
            move(-1, false, false);
            return true;
        }
        if (mods == Qt::ControlModifier && key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9) {
            useMemoryMatch(key->key() - Qt::Key_1);
            return true;
        }
        // Typing starts editing the translation, whichever cell of the row is current.
        if (!key->text().isEmpty() && key->text().front().isPrint()
            && !(mods & (Qt::ControlModifier | Qt::AltModifier)) && m_view->currentIndex().isValid()
            && m_view->currentIndex().column() != TranslationTableModel::TargetColumn)
            m_view->setCurrentIndex(
                m_view->currentIndex().siblingAtColumn(TranslationTableModel::TargetColumn));
    }
    return QDockWidget::eventFilter(watched, event);
}

void TranslationTableDock::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index.siblingAtColumn(TranslationTableModel::TargetColumn));
    const int row = currentSourceRow();
    const auto state
        = static_cast<Core::TranslationState>(index.data(TranslationTableModel::StateRole).toInt());
    QMenu menu(this);
    QAction *approve
        = menu.addAction(tr("&Approve"), this, [this, row] { m_model->setApproved(row, true); });
    approve->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    approve->setEnabled(state == Core::TranslationState::Translated
                        || state == Core::TranslationState::Outdated);
    menu.addAction(
            tr("&Withdraw Approval"), this, [this, row] { m_model->setApproved(row, false); })
        ->setEnabled(state == Core::TranslationState::Approved);
    menu.addSeparator();
    menu.addAction(
        tr("&Copy Source to Translation"), this, [this, row] { m_model->copySource(row); });
    menu.addAction(tr("C&lear Translation"),
                   this,
                   [this, index] {
                       m_proxy->setData(index.siblingAtColumn(TranslationTableModel::TargetColumn),
                                        QString());
                   })
        ->setEnabled(state != Core::TranslationState::Untranslated);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void TranslationTableDock::setMemoryLookup(MemoryLookup lookup)
{
    m_lookup = std::move(lookup);
    updateMemory();
}

void TranslationTableDock::updateMemory()
{
    m_memory->clear();
    m_matches.clear();
    if (!m_lookup) {
        m_memoryTitle->setText(tr("Translation memory: none is open."));
        m_memory->setEnabled(false);
        return;
    }
    m_memory->setEnabled(true);
    const Core::TextField *field = m_model->field(currentSourceRow());
    Core::Document *document = m_editing->document();
    if (!field || !document || !m_editing->isTarget()) {
        m_memoryTitle->setText(tr("Translation memory"));
        return;
    }
    m_matches
        = m_lookup(document->course().metadata().language, m_editing->language(), field->source);
    m_memoryTitle->setText(m_matches.empty()
                               ? tr("Translation memory: no match for this text.")
                               : tr("Translation memory: matches for this text (Ctrl+1, Ctrl+2… "
                                    "in the table uses one)."));
    for (size_t i = 0; i < m_matches.size(); ++i) {
        const MemoryMatch &match = m_matches[i];
        auto *item = new QTreeWidgetItem(m_memory);
        //: A translation memory match's score: "100 %", "82 %"
        item->setText(0, tr("%1 %").arg(match.score));
        item->setText(1, match.source);
        item->setText(2, match.target);
        item->setText(3, match.origin);
        item->setToolTip(2, match.target);
    }
}

void TranslationTableDock::useMemoryMatch(int index)
{
    if (index < 0 || index >= int(m_matches.size()))
        return;
    const QModelIndex current
        = m_view->currentIndex().siblingAtColumn(TranslationTableModel::TargetColumn);
    if (current.isValid())
        m_proxy->setData(current, m_matches[size_t(index)].target);
}

} // namespace App

#include "TranslationTableDock.moc"
