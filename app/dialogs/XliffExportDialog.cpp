// SPDX-License-Identifier: MIT
#include "XliffExportDialog.h"

#include "LanguageNames.h"
#include "core/Course.h"
#include "core/Document.h"
#include "translation/TranslationMemory.h"
#include "translation/XliffExport.h"
#include "translation/xliff/XliffWriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace App {

XliffExportDialog::XliffExportDialog(const Core::Document &document,
                                     const QString &currentLanguage,
                                     QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Export XLIFF"));
    setObjectName(u"xliffExportDialog"_s);
    auto *form = new QFormLayout(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"language"_s);
    for (const QString &code : document.course().languages().targets)
        m_language->addItem(u"%1 (%2)"_s.arg(LanguageNames::displayName(code), code), code);
    const int current = m_language->findData(currentLanguage);
    if (current >= 0)
        m_language->setCurrentIndex(current);
    form->addRow(tr("&Target language:"), m_language);
    m_version = new QComboBox(this);
    m_version->setObjectName(u"version"_s);
    m_version->addItem(tr("XLIFF 1.2 (most translation tools)"),
                       int(Translation::XliffVersion::V1_2));
    m_version->addItem(tr("XLIFF 2.0"), int(Translation::XliffVersion::V2_0));
    form->addRow(tr("&Format:"), m_version);
    m_prefill = new QCheckBox(
        tr("&Pre-fill untranslated texts with exact translation memory matches, to review"), this);
    m_prefill->setObjectName(u"prefill"_s);
    m_prefill->setChecked(true);
    form->addRow(m_prefill);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_language->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString XliffExportDialog::language() const
{
    return m_language->currentData().toString();
}

Translation::XliffVersion XliffExportDialog::version() const
{
    return Translation::XliffVersion(m_version->currentData().toInt());
}

bool XliffExportDialog::prefillFromMemory() const
{
    return m_prefill->isChecked();
}

bool XliffExportDialog::writeTo(const QString &path, const Translation::TranslationMemory *memory)
{
    const auto built = Translation::XliffExport::build(
        m_document.course(), language(), version(), prefillFromMemory() ? memory : nullptr);
    if (!built) {
        QMessageBox::warning(this, tr("Export XLIFF"), built.error().message);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(Translation::XliffWriter::write(built->document)) < 0 || !file.commit()) {
        QMessageBox::warning(
            this,
            tr("Export XLIFF"),
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

bool XliffExportDialog::run(QWidget *parent,
                            const Core::Document &document,
                            const QString &currentLanguage,
                            const Translation::TranslationMemory *memory)
{
    if (document.course().languages().targets.isEmpty()) {
        QMessageBox::information(parent,
                                 tr("Export XLIFF"),
                                 tr("The course has no target language yet: add one with the "
                                    "language selector first."));
        return false;
    }
    XliffExportDialog dialog(document, currentLanguage, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString base = QFileInfo(document.filePath()).completeBaseName();
    const QString suggested
        = (base.isEmpty() ? u"course"_s : base) + u'-' + dialog.language() + u".xlf"_s;
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Export XLIFF"), suggested, tr("XLIFF files (*.xlf *.xliff)"));
    if (path.isEmpty())
        return false;
    return dialog.writeTo(path, memory);
}

} // namespace App
