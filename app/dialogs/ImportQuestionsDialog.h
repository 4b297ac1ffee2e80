// SPDX-License-Identifier: MIT
#pragma once

#include "core/Ids.h"
#include "core/Result.h"
#include "import/ImportedItem.h"
#include "import/QuestionFormat.h"
#include "import/QuestionImport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Core {
class Document;
}

namespace App {

/**
 * File ▸ Import Questions: pick a GIFT, Aiken or CSV file (the format follows the extension),
 * see a preview of every question with its type, title, destination, warnings and errors (with
 * line:column), choose where they go — question banks, one per category (the default), an
 * existing bank, new sections per category or an existing section — and import the importable
 * ones in one undoable step (Import::QuestionImport::makeCommand). "Save CSV Template…" writes the
 * template users fill in. The document must outlive the dialog; the dialog never writes to it
 * except through the undo stack.
 */
class ImportQuestionsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportQuestionsDialog(Core::Document &document, QWidget *parent = nullptr);
    ~ImportQuestionsDialog() override;

    /** Reads path (detecting its format) and fills the preview. */
    void setFilePath(const QString &path);
    QString filePath() const;
    void setFormat(Import::QuestionFormat format);
    Import::QuestionFormat format() const;
    /** Empty: one new section per category; otherwise the title of the target section. */
    void setTargetSection(const QString &title);
    /** Picks a destination offered by the "Into" list (an unknown one picks the default). */
    void setDestination(Import::ImportDestination::Kind kind, const QString &name = {});
    /** The chosen destination, with the file's name for items without a category. */
    Import::ImportDestination destination() const;
    /** Items that will be imported: importable, and no description when going to banks. */
    int importCount() const;

    const Import::ImportResult &importResult() const { return m_result; }
    QTableWidget *previewTable() const { return m_preview; }
    QString statusText() const;
    /** Pushes the import command and accepts; false (dialog stays open) when nothing to do. */
    bool importQuestions();

    /** Writes the CSV template to path. */
    static Core::Result<void> saveCsvTemplate(const QString &path);
    /**
     * File ▸ Export Questions to GIFT: the question slides of the section holding slide (the
     * first section when slide is null) to a GIFT file; asks for the file when targetPath is
     * empty. Shows the warnings and the outcome; returns false on failure or cancel.
     */
    static bool exportSectionAsGift(QWidget *parent,
                                    const Core::Document &document,
                                    const Core::SlideId &slide,
                                    const QString &targetPath = {});
    /**
     * "Export Bank to GIFT…" (Question Banks panel): the bank's questions, with the bank's name
     * as category, to a GIFT file; asks for the file when targetPath is empty. As above.
     */
    static bool exportBankAsGift(QWidget *parent,
                                 const Core::Document &document,
                                 const Core::BankId &bank,
                                 const QString &targetPath = {});

private:
    void browse();
    void reload();
    void saveTemplate();
    void fillPreview();

    Core::Document &m_document;
    Import::ImportResult m_result;
    QString m_readError;

    QLineEdit *m_path = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_target = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace App
