// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Core {
class Document;
}
namespace Export {
class Exporter;
class ExporterRegistry;
} // namespace Export

namespace App {

class ExportJob;

/**
 * Publishes the course: pick a format, the language(s) when the course has translations, and a
 * target file, export on a worker thread (an
 * ExportJob on a clone of the course) with progress and Cancel, then see the warnings, the
 * error or the package's path and size with "Show in Folder". The document and the registry
 * must outlive the dialog; closing it during an export cancels the export.
 */
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const Core::Document &document,
                 const Export::ExporterRegistry &registry,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    /** The selected exporter (nullptr when the registry is empty). */
    const Export::Exporter *currentExporter() const;
    /** Export::ExportOptions::language: "" (the source language), a target code or "all". */
    QString currentLanguage() const;
    QString targetPath() const;
    void setTargetPath(const QString &path);
    bool isExporting() const;

    /** Starts exporting with the current choices; the Export button does the same. */
    void startExport();

    void reject() override;

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    /** Emitted when an export ends, whatever its outcome. */
    void exportFinished(bool success);

private:
    void onFormatChanged();
    void browse();
    void onProgress(int percent);
    void onJobFinished();
    void showInFolder();
    void setStatus(const QString &text, bool isError);
    /** Grows the dialog so that wrapped labels show in full. */
    void fitContent();
    void updateButtons();
    QString defaultTargetPath(const Export::Exporter &exporter) const;

    const Core::Document &m_document;
    const Export::ExporterRegistry &m_registry;
    ExportJob *m_job = nullptr;
    bool m_pathEdited = false;
    QString m_lastPackage;

    QComboBox *m_format = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_formatDescription = nullptr;
    QLineEdit *m_target = nullptr;
    QPushButton *m_browseButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_warningsTitle = nullptr;
    QListWidget *m_warnings = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_showFolderButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace App
