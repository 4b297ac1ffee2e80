// SPDX-License-Identifier: MIT
#pragma once

#include "translation/TranslationMemory.h"

#include <QMenu>
#include <QPointer>

class QTimer;

namespace Core {
class Document;
}

namespace App {

/**
 * File ▸ Translation: Export XLIFF…, Import XLIFF… (XliffExportDialog, XliffImportDialog) and
 * Import / Export Translation Memory (TMX)…. Owns the user's translation memory for the editor
 * (loaded from TranslationMemory::userMemoryPath() on first use) and feeds it: every translation
 * that becomes approved in the open document goes in, saved shortly after. The document is not
 * owned; setDocument(nullptr) before it dies.
 */
class TranslationMenu final : public QMenu
{
    Q_OBJECT
public:
    explicit TranslationMenu(QWidget *parent = nullptr);

    void setDocument(Core::Document *document);
    /** The editor's per-user memory (for the translation table's matches too). */
    Translation::TranslationMemory &memory();
    /** The language an export proposes first (the target being edited, if any). */
    void setCurrentLanguage(const QString &language) { m_currentLanguage = language; }

    QAction *exportXliffAction() const { return m_exportXliff; }
    QAction *importXliffAction() const { return m_importXliff; }
    QAction *importTmxAction() const { return m_importTmx; }
    QAction *exportTmxAction() const { return m_exportTmx; }

    /** Writes the memory now (also done by a timer after changes); false with a message box. */
    bool saveMemory();

private:
    void exportXliff();
    void importXliff();
    void importTmx();
    void exportTmx();
    void rememberApproved(const QString &language, const QStringList &unitIds);

    QPointer<Core::Document> m_document;
    Translation::TranslationMemory m_memory;
    bool m_memoryLoaded = false;
    QString m_currentLanguage;
    QTimer *m_saveTimer = nullptr;
    QAction *m_exportXliff = nullptr;
    QAction *m_importXliff = nullptr;
    QAction *m_importTmx = nullptr;
    QAction *m_exportTmx = nullptr;
};

} // namespace App
