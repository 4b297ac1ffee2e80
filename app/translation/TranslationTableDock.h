// SPDX-License-Identifier: MIT
#pragma once

#include "core/Ids.h"

#include <QDockWidget>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTreeWidget;

namespace App {

class EditingLanguage;
class TranslationTableModel;

/**
 * View › Translation Table: every text of the course beside its translation into the target
 * language edited, to translate a whole course quickly. Filters by state and by text; the
 * keyboard goes from row to row: Enter or Tab saves and opens the next row, Shift+Tab the
 * previous one, Ctrl+Enter approves and moves on, Shift+Enter starts a new line in texts that
 * may have several. The row's slide becomes the current slide. Below, matches from the
 * translation memory (when one is set) for the current row. Edits are undoable commands.
 */
class TranslationTableDock final : public QDockWidget
{
    Q_OBJECT
public:
    enum class StateFilter { All, NeedsWork, Untranslated, Outdated, Translated, Approved };
    Q_ENUM(StateFilter)

    /** A translation-memory match offered for the current row. */
    struct MemoryMatch
    {
        QString source;
        QString target;
        int score = 0; ///< 100: exact
        QString origin;
    };
    /** Looks up a source text: (source language, target language, text) → best matches. */
    using MemoryLookup = std::function<std::vector<MemoryMatch>(
        const QString &, const QString &, const QString &)>;

    explicit TranslationTableDock(EditingLanguage *editing, QWidget *parent = nullptr);

    TranslationTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *stateFilterBox() const { return m_stateFilter; }
    QLineEdit *searchField() const { return m_search; }
    QTreeWidget *memoryList() const { return m_memory; }

    void setStateFilter(StateFilter filter);
    StateFilter stateFilter() const;
    /** Rows shown (after the filters) and the unit id of one of them. */
    int visibleRowCount() const;
    QString visibleUnitId(int row) const;
    /** Makes a unit's row current (the filters are cleared if they hide it). */
    void selectUnit(const QString &unitId);

    /** Sets the translation memory the table looks matches up in (none: the panel says so). */
    void setMemoryLookup(MemoryLookup lookup);
    /** Puts the memory's match at index into the current row (one undo step). */
    void useMemoryMatch(int index);

signals:
    /** The current row belongs to a slide (or a bank question): show it. */
    void slideRequested(const Core::SlideId &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilters();
    void updateSummary();
    void updatePage();
    void currentRowChanged();
    void updateMemory();
    /** Moves the current row by delta (approving the row left if asked), opening the next editor.
     */
    void move(int delta, bool approve, bool edit);
    void showContextMenu(const QPoint &position);
    int currentSourceRow() const;

    EditingLanguage *m_editing;
    TranslationTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_pages;
    QLabel *m_emptyLabel;
    QComboBox *m_stateFilter;
    QLineEdit *m_search;
    QLabel *m_summary;
    QTableView *m_view;
    QLabel *m_memoryTitle;
    QTreeWidget *m_memory;
    MemoryLookup m_lookup;
    std::vector<MemoryMatch> m_matches;
};

} // namespace App
