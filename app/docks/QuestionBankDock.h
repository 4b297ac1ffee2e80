// SPDX-License-Identifier: MIT
#pragma once

#include "core/Ids.h"
#include "core/Question.h"

#include <QDockWidget>
#include <QPointer>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QStackedWidget;

namespace Core {
class Document;
}

namespace App {

class BankListModel;
class BankQuestionFilterModel;
class BankQuestionModel;
class CourseProblems;

/**
 * The Question Banks dock: the course's banks (add, rename in place, delete, export to GIFT)
 * above the current bank's questions (add any type, duplicate, delete, move to another bank by
 * menu or by dropping them on a bank), with a filter by text, tag, difficulty and type. The
 * current question is announced (currentQuestionChanged) so that the main window edits it in
 * the slide editor, like a slide. Every edit goes through BankOperations or the models, i.e.
 * commands on the document. Does not own the document or the problems.
 */
class QuestionBankDock final : public QDockWidget
{
    Q_OBJECT
public:
    explicit QuestionBankDock(QWidget *parent = nullptr);
    ~QuestionBankDock() override;

    void setDocument(Core::Document *document);
    void setProblems(CourseProblems *problems);

    BankListModel *bankModel() const { return m_bankModel; }
    BankQuestionModel *questionModel() const { return m_questionModel; }
    BankQuestionFilterModel *filterModel() const { return m_filter; }
    QListView *bankView() const { return m_bankView; }
    QListView *questionView() const { return m_questionView; }
    QLineEdit *filterField() const { return m_filterText; }
    QComboBox *tagFilter() const { return m_tagFilter; }
    QComboBox *difficultyFilter() const { return m_difficultyFilter; }
    QComboBox *typeFilter() const { return m_typeFilter; }

    Core::BankId currentBankId() const;
    void selectBank(const Core::BankId &id);
    Core::SlideId currentQuestionId() const;
    /** The selected questions in bank order. */
    std::vector<Core::SlideId> selectedQuestionIds() const;
    /** Shows the question's bank, makes it current and the only selection (clears a filter
     * that hides it). */
    void selectQuestion(const Core::SlideId &id);
    void selectQuestions(const std::vector<Core::SlideId> &ids);
    /** Leaves no question current (the outline took over the slide editor). */
    void clearQuestionSelection();

    /** The edits behind the actions, public for tests and the main window. */
    Core::BankId addBank();
    Core::SlideId addQuestion(Core::QuestionType type);
    void moveSelectionToBank(const Core::BankId &bank);

    QAction *addBankAction() const { return m_addBankAction; }
    QAction *renameBankAction() const { return m_renameBankAction; }
    QAction *deleteBankAction() const { return m_deleteBankAction; }
    QAction *exportBankAction() const { return m_exportBankAction; }
    QAction *addQuestionAction() const { return m_addQuestionAction; }
    QAction *duplicateQuestionAction() const { return m_duplicateAction; }
    QAction *deleteQuestionAction() const { return m_deleteAction; }
    QMenu *addQuestionMenu() const { return m_addQuestionMenu; }
    QMenu *moveToBankMenu() const { return m_moveToBankMenu; }

signals:
    /** The current bank question (null when none): the slide editor shows it. */
    void currentQuestionChanged(const Core::SlideId &id);
    void statusMessageRequested(const QString &message);

private:
    void createActions();
    void createFilters();
    void bankChanged();
    void updateActions();
    void updateEmptyState();
    void refreshTagFilter();
    void fillMoveToBankMenu();
    void duplicateSelection();
    void deleteSelection();
    void deleteCurrentBank();
    void exportCurrentBank();
    void emitCurrentQuestion();
    void showBankContextMenu(const QPoint &position);
    void showQuestionContextMenu(const QPoint &position);

    QPointer<Core::Document> m_document;
    BankListModel *m_bankModel;
    BankQuestionModel *m_questionModel;
    BankQuestionFilterModel *m_filter;
    QListView *m_bankView;
    QListView *m_questionView;
    QLabel *m_questionsTitle;
    QStackedWidget *m_questionStack;
    QLabel *m_emptyState;
    QLineEdit *m_filterText;
    QComboBox *m_tagFilter;
    QComboBox *m_difficultyFilter;
    QComboBox *m_typeFilter;
    Core::SlideId m_lastCurrent;

    QAction *m_addBankAction = nullptr;
    QAction *m_renameBankAction = nullptr;
    QAction *m_deleteBankAction = nullptr;
    QAction *m_exportBankAction = nullptr;
    QAction *m_addQuestionAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_moveAction = nullptr;
    QMenu *m_addQuestionMenu = nullptr;
    QMenu *m_moveToBankMenu = nullptr;
};

} // namespace App
