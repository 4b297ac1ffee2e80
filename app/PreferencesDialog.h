// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;

namespace App {

/**
 * Preferences: the interface language ("System default", English, Français), stored in
 * QSettings as "language" ("", "en" or "fr") and applied by main() at the next start.
 * settingsFile selects an INI file (tests); empty means the application's settings.
 */
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QString settingsFile = {}, QWidget *parent = nullptr);

    /** The stored language code: "" (system), "en" or "fr". */
    static QString language(const QString &settingsFile = {});

    void accept() override;

private:
    QString m_settingsFile;
    QComboBox *m_language;
};

} // namespace App
