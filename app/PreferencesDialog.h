// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace App {

/**
 * Preferences: the interface language ("System default", English, Français), stored in
 * QSettings as "language" ("", "en" or "fr") and applied by main() at the next start; spell
 * checking while typing, stored as "spelling/enabled" (on by default) and applied at once by
 * the main window.
 * settingsFile selects an INI file (tests); empty means the application's settings.
 */
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QString settingsFile = {}, QWidget *parent = nullptr);

    /** The stored language code: "" (system), "en" or "fr". */
    static QString language(const QString &settingsFile = {});

    /** Whether to check spelling while typing (default: yes). */
    static bool spellCheckingEnabled(const QString &settingsFile = {});
    /** Lists the installed dictionaries under the spelling option (none: how to get some). */
    void setDictionaries(const QStringList &names);

    void accept() override;

private:
    QString m_settingsFile;
    QComboBox *m_language;
    QCheckBox *m_spelling;
    QLabel *m_dictionaries;
};

} // namespace App
