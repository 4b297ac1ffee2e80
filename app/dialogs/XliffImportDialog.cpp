// SPDX-License-Identifier: MIT
#include "XliffImportDialog.h"

#include "core/Document.h"
#include "translation/TranslationMemory.h"
#include "translation/xliff/XliffReader.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoCommand>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace App {

XliffImportDialog::XliffImportDialog(Core::Document &document,
                                     Translation::XliffImportReport report,
                                     QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_report(std::move(report))
{
    setWindowTitle(tr("Import XLIFF"));
    setObjectName(u"xliffImportDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(summaryText(), this);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(u"summary"_s);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(int(m_report.refused.size()), 3, this);
    m_table->setObjectName(u"refusedTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Place"), tr("Text"), tr("Why it was refused")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < int(m_report.refused.size()); ++row) {
        const Translation::ImportProblem &problem = m_report.refused[size_t(row)];
        auto *place = new QTableWidgetItem(
            u"%1:%2"_s.arg(QFileInfo(m_report.fileName).fileName()).arg(problem.line));
        place->setToolTip(m_report.describe(problem));
        m_table->setItem(row, 0, place);
        m_table->setItem(row, 1, new QTableWidgetItem(problem.unitId));
        auto *message = new QTableWidgetItem(problem.message);
        message->setToolTip(problem.message);
        m_table->setItem(row, 2, message);
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(!m_report.refused.empty());
    layout->addWidget(m_table, 1);

    m_strict = new QCheckBox(tr("Import nothing if a unit is refused"), this);
    m_strict->setObjectName(u"strict"_s);
    m_strict->setVisible(!m_report.refused.empty());
    layout->addWidget(m_strict);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton
        = buttons->addButton(tr("&Import %n Translation(s)", nullptr, int(m_report.changes.size())),
                             QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, [this] { importTranslations(); });
    connect(m_strict, &QCheckBox::toggled, this, &XliffImportDialog::updateButton);
    layout->addWidget(buttons);
    updateButton();
    resize(760, m_report.refused.empty() ? 160 : 420);
}

QString XliffImportDialog::summaryText() const
{
    QString text = tr("%1 (%2): %n unit(s).", nullptr, m_report.units)
                       .arg(QDir::toNativeSeparators(m_report.fileName), m_report.language);
    text += u' ' + tr("%n translation(s) to apply", nullptr, int(m_report.changes.size()));
    text += u", "_s + tr("%n refused", nullptr, int(m_report.refused.size()));
    text += u", "_s + tr("%n not translated yet", nullptr, m_report.untranslated);
    text += u", "_s + tr("%n unchanged", nullptr, m_report.unchanged) + u'.';
    if (!m_report.refused.empty())
        text += u' '
                + tr("Refused units stay as they are in the project; fix them in the XLIFF file "
                     "and import it again.");
    return text;
}

void XliffImportDialog::updateButton()
{
    const bool blocked = m_strict->isChecked() && !m_report.refused.empty();
    m_importButton->setEnabled(!m_report.changes.empty() && !blocked);
}

bool XliffImportDialog::importTranslations()
{
    if (!m_importButton->isEnabled())
        return false;
    auto command = Translation::XliffImport::makeCommand(m_document, m_report);
    if (!command)
        return false;
    m_document.push(std::move(command));
    accept();
    return true;
}

bool XliffImportDialog::run(QWidget *parent,
                            Core::Document &document,
                            Translation::TranslationMemory *memory,
                            const QString &path)
{
    QString file = path;
    if (file.isEmpty())
        file = QFileDialog::getOpenFileName(parent,
                                            tr("Import XLIFF"),
                                            QString(),
                                            tr("XLIFF files (*.xlf *.xliff);;All files (*)"));
    if (file.isEmpty())
        return false;
    const QString name = QDir::toNativeSeparators(file);
    const auto read = Translation::XliffReader::readFile(file);
    const auto checked
        = read ? Translation::XliffImport::check(document.course(), read.value(), name)
               : Core::Result<Translation::XliffImportReport>(read.error());
    if (!checked) {
        QMessageBox::warning(parent, tr("Import XLIFF"), checked.error().message);
        return false;
    }
    XliffImportDialog dialog(document, checked.value(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (memory && !dialog.report().approved.empty()) {
        int added = 0;
        for (const Translation::MemoryEntry &entry : dialog.report().approved)
            added += memory->add(entry) ? 1 : 0;
        if (added > 0) {
            if (auto saved = memory->saveTmx(Translation::TranslationMemory::userMemoryPath());
                !saved)
                QMessageBox::warning(parent, tr("Translation Memory"), saved.error().message);
        }
    }
    return true;
}

} // namespace App
