// SPDX-License-Identifier: MIT
#pragma once

#include "translation/XliffImport.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Core {
class Document;
}

namespace Translation {
class TranslationMemory;
}

namespace App {

/**
 * File ▸ Translation ▸ Import XLIFF: the report of a checked XLIFF file — what it will change,
 * and every refused unit with its file:line and reason (source changed since the export,
 * unknown id, empty target, broken inline codes, another language) — and an Import button that
 * pushes the one SetTranslations command; "Import nothing if a unit is refused" is --strict.
 * The document must outlive the dialog, which writes to it only through the undo stack.
 */
class XliffImportDialog final : public QDialog
{
    Q_OBJECT
public:
    XliffImportDialog(Core::Document &document,
                      Translation::XliffImportReport report,
                      QWidget *parent = nullptr);

    const Translation::XliffImportReport &report() const { return m_report; }
    QTableWidget *refusedTable() const { return m_table; }
    QString summaryText() const;
    QPushButton *importButton() const { return m_importButton; }
    QCheckBox *strictBox() const { return m_strict; }
    /** Pushes the import command and accepts; false when there is nothing to apply. */
    bool importTranslations();

    /**
     * The whole menu action: asks for the file when path is empty, reads and checks it (a file
     * that cannot be read gives a message box), shows the report; on Import, applies it and adds
     * its approved translations to memory (if given). Returns true if something was imported.
     */
    static bool run(QWidget *parent,
                    Core::Document &document,
                    Translation::TranslationMemory *memory,
                    const QString &path = {});

private:
    void updateButton();

    Core::Document &m_document;
    Translation::XliffImportReport m_report;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QCheckBox *m_strict = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace App
