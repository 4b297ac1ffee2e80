// SPDX-License-Identifier: MIT
#pragma once

#include "SpellingReport.h"
#include "core/Validator.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Core {
class Document;
}

namespace App {

class SpellingService;

/**
 * Edit › Check Spelling: the course's misspelled words, grouped by language (word, where,
 * the text around it). Double-click or Enter on a word shows its slide and field
 * (issueActivated, as the Problems list does); "Add to Dictionary" and "Ignore" accept the
 * selected word and check again. Modeless; it follows the document it is given (not owned)
 * and re-checks when it shows, when the word lists change and on "Check Again".
 */
class SpellingReportDialog final : public QDialog
{
    Q_OBJECT
public:
    SpellingReportDialog(SpellingService *spelling, QWidget *parent = nullptr);

    /** Follows a document; checks it now if the report shows, else when it shows. */
    void setDocument(Core::Document *document);
    /** Checks the whole course again. */
    void recheck();

    QTreeWidget *list() const { return m_list; }
    QLabel *summary() const { return m_summary; }
    const SpellingReport::Result &result() const { return m_result; }
    /** The entry an item shows, or null for a language's heading. */
    const SpellingReport::Entry *entry(const QTreeWidgetItem *item) const;

    void addSelectedToDictionary();
    void ignoreSelected();

signals:
    void issueActivated(const Core::Validator::Issue &issue);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void activate(QTreeWidgetItem *item);
    void updateButtons();

    QPointer<SpellingService> m_spelling;
    QPointer<Core::Document> m_document;
    SpellingReport::Result m_result;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_addButton;
    QPushButton *m_ignoreButton;
    bool m_stale = true; ///< the course or the word lists changed while the report was hidden
};

} // namespace App
