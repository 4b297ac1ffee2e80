// SPDX-License-Identifier: MIT
#include "LanguageSelector.h"

#include "EditingLanguage.h"
#include "LanguagePickerDialog.h"
#include "TranslationOperations.h"
#include "core/Document.h"
#include "core/commands/AddLanguage.h"
#include "core/commands/RemoveLanguage.h"
#include "core/commands/SetSourceLanguage.h"

#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace App {

LanguageSelector::LanguageSelector(EditingLanguage *editing, QWidget *parent)
    : QToolButton(parent)
    , m_editing(editing)
    , m_menu(new QMenu(tr("&Languages"), this))
    , m_group(new QActionGroup(this))
    , m_addAction(new QAction(tr("&Add Language…"), this))
    , m_removeMenu(new QMenu(tr("&Remove Language"), this))
    , m_changeSourceAction(new QAction(tr("Change &Source Language…"), this))
{
    setObjectName(u"languageSelector"_s);
    m_menu->setObjectName(u"languagesMenu"_s);
    m_addAction->setObjectName(u"actionAddLanguage"_s);
    m_addAction->setToolTip(tr("Translate the course into another language"));
    m_removeMenu->setObjectName(u"removeLanguageMenu"_s);
    m_changeSourceAction->setObjectName(u"actionChangeSourceLanguage"_s);
    m_changeSourceAction->setToolTip(
        tr("Say which language the course is written in (its texts do not change)"));
    setMenu(m_menu);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAccessibleName(tr("Language edited"));
    m_group->setExclusive(true);

    connect(m_addAction, &QAction::triggered, this, &LanguageSelector::promptAddLanguage);
    connect(m_changeSourceAction,
            &QAction::triggered,
            this,
            &LanguageSelector::promptChangeSourceLanguage);
    connect(m_menu, &QMenu::aboutToShow, this, &LanguageSelector::rebuildMenu);
    connect(m_editing, &EditingLanguage::documentChanged, this, &LanguageSelector::setDocument);
    connect(m_editing, &EditingLanguage::languageChanged, this, [this](const QString &language) {
        updateText();
        for (QAction *action : std::as_const(m_languageActions)) {
            if (action->isCheckable())
                action->setChecked(action->data().toString() == language);
        }
    });
    setDocument(m_editing->document());
}

void LanguageSelector::setDocument(Core::Document *document)
{
    for (auto &connection : m_connections)
        disconnect(connection);
    m_document = document;
    if (m_document) {
        auto update = [this] {
            updateText();
            rebuildMenu();
        };
        m_connections[0] = connect(m_document, &Core::Document::languagesChanged, this, update);
        m_connections[1] = connect(m_document, &Core::Document::metadataChanged, this, update);
        // The progress shown beside each target.
        m_connections[2] = connect(
            m_document, &Core::Document::translationsChanged, this, [this] { updateText(); });
    }
    setEnabled(m_document);
    updateText();
    rebuildMenu();
}

void LanguageSelector::updateText()
{
    if (!m_document) {
        setText(tr("Language"));
        return;
    }
    const Core::Course &course = m_document->course();
    const QString source = TranslationOperations::languageName(course.metadata().language);
    if (!m_editing->isTarget()) {
        //: The language selector in the source language: "Français (source)"
        setText(tr("%1 (source)").arg(source));
        setToolTip(tr("You edit the course in its source language, %1. Choose a target "
                      "language here to translate it.")
                       .arg(source));
        return;
    }
    const QString target = TranslationOperations::languageName(m_editing->language());
    const Core::TranslationProgress progress
        = Core::translationProgress(course, m_editing->language());
    const int done = progress.translated + progress.approved;
    setText(target);
    setToolTip(tr("You translate the course from %1 into %2: %3 of %4 texts done, %5 approved.")
                   .arg(source, target)
                   .arg(done)
                   .arg(progress.total())
                   .arg(progress.approved));
}

void LanguageSelector::rebuildMenu()
{
    m_menu->clear();
    m_removeMenu->clear();
    // Later: one of them may be the action being triggered.
    for (QAction *action : std::as_const(m_languageActions))
        action->deleteLater();
    m_languageActions.clear();
    if (!m_document) {
        m_menu->addAction(m_addAction);
        m_addAction->setEnabled(false);
        return;
    }
    const Core::Course &course = m_document->course();
    auto addLanguageAction = [this](const QString &text, const QString &code) {
        auto *action = new QAction(text, this);
        action->setCheckable(true);
        action->setChecked(m_editing->language() == code);
        action->setData(code);
        action->setObjectName(u"language:"_s + (code.isEmpty() ? u"source"_s : code));
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { m_editing->setLanguage(code); });
        m_languageActions.append(action);
        m_menu->addAction(action);
        return action;
    };
    addLanguageAction(
        tr("%1 (source)").arg(TranslationOperations::languageName(course.metadata().language)),
        QString());
    const QStringList targets = course.languages().targets;
    for (const QString &code : targets) {
        const Core::TranslationProgress progress = Core::translationProgress(course, code);
        const int done = progress.translated + progress.approved;
        const int percent = progress.total() > 0 ? done * 100 / progress.total() : 100;
        //: A target language in the languages menu with how much of the course is translated
        addLanguageAction(
            tr("%1 — %2 %").arg(TranslationOperations::languageName(code)).arg(percent), code);
        auto *remove = new QAction(tr("%1…").arg(TranslationOperations::languageName(code)), this);
        m_removeMenu->addAction(remove);
        remove->setObjectName(u"removeLanguage:"_s + code);
        connect(remove, &QAction::triggered, this, [this, code] { removeLanguage(code); });
        m_languageActions.append(remove);
    }
    m_menu->addSeparator();
    m_addAction->setEnabled(true);
    m_menu->addAction(m_addAction);
    m_removeMenu->setEnabled(!targets.isEmpty());
    m_menu->addMenu(m_removeMenu);
    m_menu->addAction(m_changeSourceAction);
}

bool LanguageSelector::addLanguage(const QString &code)
{
    if (!m_document || !Core::isValidLanguageTag(code))
        return false;
    const Core::Course &course = m_document->course();
    if (code == course.metadata().language || course.languages().targets.contains(code))
        return false;
    m_document->push(std::make_unique<Core::AddLanguage>(*m_document, code));
    if (!m_document->course().languages().targets.contains(code))
        return false;
    m_editing->setLanguage(code);
    emit statusMessageRequested(
        tr("%1 added: translate each slide here, or all texts in the translation table.")
            .arg(TranslationOperations::languageName(code)));
    return true;
}

bool LanguageSelector::removeLanguage(const QString &code, bool confirm)
{
    if (!m_document || !m_document->course().languages().targets.contains(code))
        return false;
    const QString name = TranslationOperations::languageName(code);
    if (confirm) {
        const Core::TranslationProgress progress
            = Core::translationProgress(m_document->course(), code);
        const int translated = progress.translated + progress.outdated + progress.approved;
        QMessageBox box(QMessageBox::Question,
                        tr("Remove Language"),
                        tr("Remove %1 from the course?").arg(name),
                        QMessageBox::NoButton,
                        window());
        box.setObjectName(u"removeLanguageBox"_s);
        box.setInformativeText((translated == 1
                                    ? tr("Its translated text goes with it.")
                                    : tr("Its %1 translated texts go with it.").arg(translated))
                               + u' ' + tr("Edit › Undo brings them back."));
        QPushButton *removeButton = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
        box.addButton(tr("Cancel"), QMessageBox::RejectRole);
        box.setDefaultButton(removeButton);
        box.exec();
        if (box.clickedButton() != removeButton)
            return false;
    }
    m_document->push(std::make_unique<Core::RemoveLanguage>(*m_document, code));
    emit statusMessageRequested(tr("%1 removed from the course.").arg(name));
    return true;
}

bool LanguageSelector::changeSourceLanguage(const QString &code)
{
    if (!m_document || !Core::isValidLanguageTag(code)
        || m_document->course().languages().targets.contains(code)
        || m_document->course().metadata().language == code)
        return false;
    m_document->push(std::make_unique<Core::SetSourceLanguage>(*m_document, code));
    return true;
}

void LanguageSelector::promptAddLanguage()
{
    if (!m_document)
        return;
    const Core::Course &course = m_document->course();
    QStringList taken = course.languages().targets;
    taken.prepend(course.metadata().language);
    LanguagePickerDialog dialog(tr("Add Language"),
                                tr("Which language do you want to translate the course into?"),
                                taken,
                                window());
    if (dialog.exec() == QDialog::Accepted)
        addLanguage(dialog.code());
}

void LanguageSelector::promptChangeSourceLanguage()
{
    if (!m_document)
        return;
    const Core::Course &course = m_document->course();
    QStringList taken = course.languages().targets;
    taken.prepend(course.metadata().language);
    LanguagePickerDialog dialog(
        tr("Change Source Language"),
        tr("Which language is the course written in? Its texts stay as they are; only the "
           "language they are declared in changes. Target languages cannot be chosen."),
        taken,
        window());
    dialog.setObjectName(u"sourceLanguageDialog"_s);
    if (dialog.exec() == QDialog::Accepted)
        changeSourceLanguage(dialog.code());
}

} // namespace App
