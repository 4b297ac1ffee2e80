// SPDX-License-Identifier: MIT
#pragma once

#include "core/Validator.h"
#include "files/AutosaveManager.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QMenu;
class QToolBar;
class QUndoGroup;

namespace Core {
class Document;
}
namespace Export {
class ExporterRegistry;
}

namespace App {

class CourseProblems;
class MediaLibraryDock;
class OutlineDock;
class PreviewController;
class TranslationMenu;
class FlowDock;
class ProblemsDock;
class LivePreviewDock;
class QuestionBankDock;
class RecentFiles;
class SlideEditorHost;
class SpellingReportDialog;
class SpellingService;
class SlidePropertiesWidget;
class HelpWindow;
class ThumbnailRenderer;
class EditingLanguage;
class LanguageSelector;
class TranslationTableDock;

/**
 * The editor's main window. Wiring only: it owns the open Document and connects the docks
 * (outline, question banks, properties, media, history, problems), the central slide editor, menus,
 * toolbar, status bar, recent files and autosave; behaviour lives in those parts and in commands.
 * The exporter registry belongs to main() and must outlive the window.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /** Injectable for tests: where settings and recovery files go, the autosave interval. */
    struct Options
    {
        QString settingsFile;      ///< INI file; empty: the application's QSettings
        QString recoveryDirectory; ///< empty: <AppDataLocation>/recovery
        int autosaveIntervalMs = AutosaveManager::defaultIntervalMs;
        QStringList dictionaryDirectories; ///< spelling; empty: the system's Hunspell folders
        QString userDictionaryDirectory;   ///< spelling; empty: <AppDataLocation>/spelling
    };

    explicit MainWindow(const Export::ExporterRegistry &exporters, QWidget *parent = nullptr);
    MainWindow(const Export::ExporterRegistry &exporters,
               Options options,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Shows a document, replacing the current one (whose changes the caller has handled). */
    void setDocument(std::unique_ptr<Core::Document> document);
    Core::Document *document() const { return m_document.get(); }

    /** Opens a file; on failure shows a dialog naming the file and the problem. */
    bool openFile(const QString &filePath);
    /** Start-up: offers to recover the work of a session that crashed. True if recovered. */
    bool offerRecovery();
    /** Opens a recovery file as the current (modified, untitled) document. */
    bool recover(const AutosaveManager::Recovery &recovery);

    OutlineDock *outlineDock() const { return m_outlineDock; }
    SlideEditorHost *editorHost() const { return m_editorHost; }
    MediaLibraryDock *mediaDock() const { return m_mediaDock; }
    QuestionBankDock *bankDock() const { return m_bankDock; }
    ProblemsDock *problemsDock() const { return m_problemsDock; }
    FlowDock *flowDock() const { return m_flowDock; }
    LivePreviewDock *livePreviewDock() const { return m_liveDock; }
    CourseProblems *problems() const { return m_problems; }
    AutosaveManager *autosave() const { return m_autosave; }
    PreviewController *preview() const { return m_preview; }
    RecentFiles *recentFiles() const { return m_recentFiles; }
    QMenu *recentFilesMenu() const { return m_recentMenu; }
    /** Languages (issue #13): the language edited, the toolbar's selector, the table. */
    EditingLanguage *editingLanguage() const { return m_editingLanguage; }
    LanguageSelector *languageSelector() const { return m_languageSelector; }
    TranslationTableDock *translationDock() const { return m_translationDock; }
    SpellingService *spelling() const { return m_spelling; }

    /** Edit › Check Spelling (F7): the course-wide spelling report, every language. */
    void showSpellingReport();
    SpellingReportDialog *spellingReport() const;

    /** Help › User Guide (F1): the bundled guide, offline. */
    void showGuide();
    /** Help › Keyboard Shortcuts: generated from the menus' actions. */
    void showShortcuts();
    HelpWindow *helpWindow() const { return m_helpWindow; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createActions();
    void createLanguageTools(QToolBar *toolBar, QMenu *courseMenu, QMenu *viewMenu);
    void newFromTemplate(const QString &templateId);
    void open();
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    bool maybeSave();
    void updateTitle();
    void updateCourseStatus();
    void updateRecentMenu();
    void showPreferences();
    void showCourseSettings();
    /** Opens the course settings at the tab of a course-wide problem's field. */
    void showCourseSettingsFor(Core::Validator::Field field);
    /** Shows the slide and field a problem concerns. */
    void goToIssue(const Core::Validator::Issue &issue);
    /** A click in a preview (PreviewSite::editRequested): shows the slide and that field. */
    void editFromPreview(const Core::SlideId &slide, const QString &field, const QString &key);
    void showExport();
    void showAbout();
    void readSettings();
    void fitProblemsDock();
    void writeSettings() const;

    const Export::ExporterRegistry &m_exporters;
    Options m_options;
    std::unique_ptr<Core::Document> m_document;
    QUndoGroup *m_undoGroup;
    ThumbnailRenderer *m_thumbnails;
    AutosaveManager *m_autosave;
    RecentFiles *m_recentFiles;
    PreviewController *m_preview;
    HelpWindow *m_helpWindow = nullptr;
    OutlineDock *m_outlineDock = nullptr;
    TranslationMenu *m_translationMenu = nullptr;
    MediaLibraryDock *m_mediaDock = nullptr;
    QuestionBankDock *m_bankDock = nullptr;
    QDockWidget *m_propertiesDock = nullptr;
    SlideEditorHost *m_editorHost = nullptr;
    SlidePropertiesWidget *m_properties = nullptr;
    QDockWidget *m_historyDock = nullptr;
    CourseProblems *m_problems = nullptr;
    ProblemsDock *m_problemsDock = nullptr;
    FlowDock *m_flowDock = nullptr;
    int m_problemsListHeight = 150; ///< the Problems dock's height when it last showed its list
    LivePreviewDock *m_liveDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_courseStatus = nullptr;
    QList<QAction *> m_documentActions; ///< enabled only with a document
    EditingLanguage *m_editingLanguage = nullptr;
    LanguageSelector *m_languageSelector = nullptr;
    TranslationTableDock *m_translationDock = nullptr;
    SpellingService *m_spelling = nullptr;
    QPointer<SpellingReportDialog> m_spellingReport;
};

} // namespace App
