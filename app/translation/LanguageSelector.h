// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QToolButton>

class QAction;
class QActionGroup;
class QMenu;

namespace Core {
class Document;
}

namespace App {

class EditingLanguage;

/**
 * The main toolbar's language selector: a button naming the language edited ("Français
 * (source)", "English") whose menu lists the source and every target language, then "Add
 * Language…", "Remove Language" and "Change Source Language…". Choosing a language sets the
 * EditingLanguage; the other entries push Core commands (AddLanguage, RemoveLanguage,
 * SetSourceLanguage), so each is one undo step. Owns its menu and actions; does not own the
 * document or the EditingLanguage.
 */
class LanguageSelector final : public QToolButton
{
    Q_OBJECT
public:
    explicit LanguageSelector(EditingLanguage *editing, QWidget *parent = nullptr);

    /** The languages menu (also shown as Course › Languages). */
    QMenu *languagesMenu() const { return m_menu; }
    QAction *addLanguageAction() const { return m_addAction; }
    QMenu *removeLanguageMenu() const { return m_removeMenu; }
    QAction *changeSourceAction() const { return m_changeSourceAction; }

    /** Adds a target language (one undo step) and edits it. False if it cannot be added. */
    bool addLanguage(const QString &code);
    /** Removes a target language and its translations (one undo step), after asking if confirm. */
    bool removeLanguage(const QString &code, bool confirm = true);
    /** Makes code the source language (one undo step). */
    bool changeSourceLanguage(const QString &code);

    /** Asks for a language and adds it. */
    void promptAddLanguage();
    void promptChangeSourceLanguage();

signals:
    void statusMessageRequested(const QString &message);

private:
    void setDocument(Core::Document *document);
    void updateText();
    void rebuildMenu();

    QPointer<EditingLanguage> m_editing;
    QPointer<Core::Document> m_document;
    QMenu *m_menu;
    QActionGroup *m_group;
    QAction *m_addAction;
    QMenu *m_removeMenu;
    QAction *m_changeSourceAction;
    QList<QAction *> m_languageActions;
    QMetaObject::Connection m_connections[3];
};

} // namespace App
