// SPDX-License-Identifier: MIT
#include "SpellingReportDialog.h"

#include "SpellingService.h"
#include "app/dialogs/LanguageNames.h"
#include "core/Course.h"
#include "core/Document.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace App {

namespace {

enum Column { WordColumn, WhereColumn, TextColumn };
constexpr int entryRole = Qt::UserRole + 1; ///< index in m_result.entries; -1 for headings

} // namespace

SpellingReportDialog::SpellingReportDialog(SpellingService *spelling, QWidget *parent)
    : QDialog(parent)
    , m_spelling(spelling)
    , m_summary(new QLabel)
    , m_list(new QTreeWidget)
    , m_addButton(new QPushButton(tr("&Add to Dictionary")))
    , m_ignoreButton(new QPushButton(tr("&Ignore")))
{
    setObjectName(u"spellingReport"_s);
    setWindowTitle(tr("Spelling"));
    m_summary->setObjectName(u"spellingSummary"_s);
    m_summary->setWordWrap(true);
    m_list->setObjectName(u"spellingReportList"_s);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Word"), tr("Where"), tr("Text")});
    m_list->setRootIsDecorated(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(WordColumn, QHeaderView::Interactive);
    m_list->header()->setSectionResizeMode(WhereColumn, QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(WordColumn, 160);
    m_list->setColumnWidth(WhereColumn, 280);
    m_list->setAccessibleName(tr("Misspelled words"));
    // activated: double-click, or Enter (and a single click where the style says so).
    connect(m_list, &QTreeWidget::itemActivated, this, &SpellingReportDialog::activate);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SpellingReportDialog::updateButtons);

    m_addButton->setObjectName(u"spellingAddButton"_s);
    m_addButton->setToolTip(tr("Accept the selected word in its language, from now on"));
    m_ignoreButton->setObjectName(u"spellingIgnoreButton"_s);
    m_ignoreButton->setToolTip(tr("Accept the selected word until Capsule quits"));
    auto *recheckButton = new QPushButton(tr("Check A&gain"));
    recheckButton->setObjectName(u"spellingRecheckButton"_s);
    connect(
        m_addButton, &QPushButton::clicked, this, &SpellingReportDialog::addSelectedToDictionary);
    connect(m_ignoreButton, &QPushButton::clicked, this, &SpellingReportDialog::ignoreSelected);
    connect(recheckButton, &QPushButton::clicked, this, &SpellingReportDialog::recheck);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->addButton(m_addButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_ignoreButton, QDialogButtonBox::ActionRole);
    buttons->addButton(recheckButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(820, 480);

    // "Add to Dictionary" from a field's menu, or the preferences: the report follows.
    if (m_spelling) {
        connect(m_spelling, &SpellingService::changed, this, [this] {
            if (isVisible())
                recheck();
            else
                m_stale = true;
        });
    }
    updateButtons();
}

void SpellingReportDialog::setDocument(Core::Document *document)
{
    m_document = document;
    m_stale = true;
    if (isVisible())
        recheck();
}

void SpellingReportDialog::showEvent(QShowEvent *event)
{
    if (m_stale)
        recheck();
    QDialog::showEvent(event);
}

const SpellingReport::Entry *SpellingReportDialog::entry(const QTreeWidgetItem *item) const
{
    if (!item)
        return nullptr;
    const int index = item->data(WordColumn, entryRole).toInt();
    if (index < 0 || index >= int(m_result.entries.size()))
        return nullptr;
    return &m_result.entries[size_t(index)];
}

void SpellingReportDialog::recheck()
{
    const QString currentWord
        = entry(m_list->currentItem()) ? entry(m_list->currentItem())->word : QString();
    m_list->clear();
    m_result = {};
    m_stale = false;
    if (!m_document || !m_spelling) {
        m_summary->setText(tr("No course is open."));
        updateButtons();
        return;
    }
    m_result = SpellingReport::check(m_document->course(), *m_spelling);

    QTreeWidgetItem *heading = nullptr;
    QString headingLanguage;
    QTreeWidgetItem *current = nullptr;
    int count = 0;
    auto closeHeading = [&] {
        if (heading)
            //: A language in the spelling report and its number of misspelled words
            heading->setText(WordColumn,
                             tr("%1 (%n word(s))", nullptr, count)
                                 .arg(LanguageNames::displayName(headingLanguage)));
    };
    for (int i = 0; i < int(m_result.entries.size()); ++i) {
        const SpellingReport::Entry &e = m_result.entries[size_t(i)];
        if (!heading || e.language != headingLanguage) {
            closeHeading();
            heading = new QTreeWidgetItem(m_list);
            heading->setData(WordColumn, entryRole, -1);
            heading->setFirstColumnSpanned(true);
            QFont bold = heading->font(WordColumn);
            bold.setBold(true);
            heading->setFont(WordColumn, bold);
            heading->setExpanded(true);
            headingLanguage = e.language;
            count = 0;
        }
        auto *item = new QTreeWidgetItem(heading);
        item->setText(WordColumn, e.word);
        item->setText(WhereColumn, e.context);
        item->setText(TextColumn, e.excerpt);
        item->setToolTip(TextColumn, e.excerpt);
        item->setToolTip(WhereColumn, e.context);
        item->setData(WordColumn, entryRole, i);
        ++count;
        if (!current && e.word == currentWord)
            current = item;
    }
    closeHeading();
    m_list->expandAll();

    QStringList lines;
    if (m_result.entries.empty() && !m_result.checkedLanguages.isEmpty())
        lines.append(tr("No spelling mistakes found."));
    else if (!m_result.entries.empty())
        lines.append(tr("%n word(s) to check. Double-click one to show it in the editor.",
                        nullptr,
                        int(m_result.entries.size())));
    QStringList unchecked;
    for (const QString &language : std::as_const(m_result.uncheckedLanguages))
        unchecked.append(LanguageNames::displayName(language));
    if (!unchecked.isEmpty()) {
        lines.append(tr("Not checked, no dictionary installed: %1. On Debian or Ubuntu, install "
                        "the matching hunspell-* package.")
                         .arg(QLocale().createSeparatedList(unchecked)));
    }
    m_summary->setText(lines.join(u'\n'));
    if (current)
        m_list->setCurrentItem(current);
    updateButtons();
}

void SpellingReportDialog::activate(QTreeWidgetItem *item)
{
    const SpellingReport::Entry *e = entry(item);
    if (!e)
        return;
    Core::Validator::Issue issue;
    issue.slide = e->slide;
    issue.field = SpellingReport::fieldOf(e->role);
    issue.location = e->context;
    emit issueActivated(issue);
}

void SpellingReportDialog::addSelectedToDictionary()
{
    const SpellingReport::Entry *e = entry(m_list->currentItem());
    if (!e || !m_spelling)
        return;
    const QString language = e->language;
    const QString word = e->word;
    m_spelling->addToDictionary(language, word); // changed() checks again
}

void SpellingReportDialog::ignoreSelected()
{
    const SpellingReport::Entry *e = entry(m_list->currentItem());
    if (!e || !m_spelling)
        return;
    const QString word = e->word;
    m_spelling->ignore(word);
}

void SpellingReportDialog::updateButtons()
{
    const bool hasWord = entry(m_list->currentItem()) != nullptr;
    m_addButton->setEnabled(hasWord);
    m_ignoreButton->setEnabled(hasWord);
}

} // namespace App
