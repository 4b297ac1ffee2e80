// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace App {

/**
 * Picks a language: a searchable list of the languages QLocale knows (native name, name in
 * English, code) and a field for any BCP 47 tag, checked with Core::isValidLanguageTag. Used by
 * "Add Language…" and "Change Source Language…". Languages in excluded are listed as already in
 * the course and cannot be chosen.
 */
class LanguagePickerDialog final : public QDialog
{
    Q_OBJECT
public:
    LanguagePickerDialog(const QString &title,
                         const QString &prompt,
                         const QStringList &excluded,
                         QWidget *parent = nullptr);

    /** The chosen tag ("en-GB"); valid once the dialog is accepted. */
    QString code() const;
    void setCode(const QString &code);

    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }
    QLineEdit *codeField() const { return m_code; }

    /** Every language of the list as (code, shown name), sorted by name. */
    static QList<std::pair<QString, QString>> knownLanguages();

private:
    void filter(const QString &text);
    void validate();

    QStringList m_excluded;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLineEdit *m_code;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace App
