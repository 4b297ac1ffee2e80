// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

#include <memory>

class QTreeWidget;

namespace Core {
class Document;
}

namespace App {

/**
 * The editor's main window: menus, the open document and its outline. It only wires
 * actions to the document; editing widgets arrive with the per-kind editors.
 * Owns the open Document.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Shows a document, replacing the current one (whose changes the caller has handled). */
    void setDocument(std::unique_ptr<Core::Document> document);
    Core::Document *document() const { return m_document.get(); }

    /** Opens a file; on failure shows a dialog naming the file and the problem. */
    bool openFile(const QString &filePath);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void newFromTemplate(const QString &templateId);
    void open();
    bool save();
    bool saveAs();
    bool maybeSave();
    void refreshOutline();
    void updateTitle();

    std::unique_ptr<Core::Document> m_document;
    QTreeWidget *m_outline = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

} // namespace App
