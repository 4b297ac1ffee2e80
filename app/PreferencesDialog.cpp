// SPDX-License-Identifier: MIT
#include "PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
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

    auto *form = new QFormLayout;
    form->addRow(tr("Interface &language:"), m_language);
    form->addRow(QString(), note);

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

void PreferencesDialog::accept()
{
    openSettings(m_settingsFile)->setValue(u"language"_s, m_language->currentData().toString());
    QDialog::accept();
}

} // namespace App
