// SPDX-License-Identifier: MIT
#include "PreferencesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace App {

namespace {

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    if (file.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

} // namespace

PreferencesDialog::PreferencesDialog(QString settingsFile, QWidget *parent)
    : QDialog(parent)
    , m_settingsFile(std::move(settingsFile))
    , m_language(new QComboBox)
    , m_spelling(new QCheckBox(tr("Check &spelling while typing")))
    , m_dictionaries(new QLabel)
{
    setWindowTitle(tr("Preferences"));
    // Language names are shown in their own language, so anyone can find theirs.
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    const int current = m_language->findData(language(m_settingsFile));
    m_language->setCurrentIndex(current < 0 ? 0 : current);

    auto *note = new QLabel(tr("The new language applies the next time you start Capsule."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_spelling->setObjectName(u"spellingCheck"_s);
    m_spelling->setChecked(spellCheckingEnabled(m_settingsFile));
    m_dictionaries->setObjectName(u"spellingDictionaries"_s);
    m_dictionaries->setWordWrap(true);
    m_dictionaries->setForegroundRole(QPalette::PlaceholderText);
    m_dictionaries->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Interface &language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("Spelling:"), m_spelling);
    form->addRow(QString(), m_dictionaries);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString PreferencesDialog::language(const QString &settingsFile)
{
    return openSettings(settingsFile)->value(u"language"_s).toString();
}

bool PreferencesDialog::spellCheckingEnabled(const QString &settingsFile)
{
    return openSettings(settingsFile)->value(u"spelling/enabled"_s, true).toBool();
}

void PreferencesDialog::setDictionaries(const QStringList &names)
{
    QStringList shown;
    for (const QString &name : names)
        shown.append(QLocale(name).nativeLanguageName().isEmpty()
                         ? name
                         : tr("%1 (%2)").arg(QLocale(name).nativeLanguageName(), name));
    m_dictionaries->setText(
        names.isEmpty()
            ? tr("No dictionary is installed. On Debian or Ubuntu, install hunspell-fr, "
                 "hunspell-en-us or another hunspell-* package.")
            : tr("Dictionaries: %1").arg(QLocale().createSeparatedList(shown)));
    m_dictionaries->show();
}

void PreferencesDialog::accept()
{
    auto settings = openSettings(m_settingsFile);
    settings->setValue(u"language"_s, m_language->currentData().toString());
    settings->setValue(u"spelling/enabled"_s, m_spelling->isChecked());
    QDialog::accept();
}

} // namespace App
