// SPDX-License-Identifier: MIT
#pragma once

#include "translation/xliff/XliffDocument.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace Core {
class Document;
}

namespace Translation {
class TranslationMemory;
}

namespace App {

/**
 * File ▸ Translation ▸ Export XLIFF: choose the target language, XLIFF 1.2 or 2.0 and whether
 * exact translation-memory matches pre-fill untranslated texts (for review), then the file.
 * Writes through Translation::XliffExport and XliffWriter; never changes the document.
 */
class XliffExportDialog final : public QDialog
{
    Q_OBJECT
public:
    XliffExportDialog(const Core::Document &document,
                      const QString &currentLanguage,
                      QWidget *parent = nullptr);

    QString language() const;
    Translation::XliffVersion version() const;
    bool prefillFromMemory() const;

    /** Writes the XLIFF file of the chosen options to path; shows errors; true on success. */
    bool writeTo(const QString &path, const Translation::TranslationMemory *memory);

    /** The whole menu action: the dialog, then the file dialog, then the file. */
    static bool run(QWidget *parent,
                    const Core::Document &document,
                    const QString &currentLanguage,
                    const Translation::TranslationMemory *memory);

private:
    const Core::Document &m_document;
    QComboBox *m_language = nullptr;
    QComboBox *m_version = nullptr;
    QCheckBox *m_prefill = nullptr;
};

} // namespace App
