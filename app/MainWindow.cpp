// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "Icons.h"
#include "PreferencesDialog.h"
#include "core/Course.h"
#include "core/Document.h"
#include "dialogs/CourseSettingsDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ImportQuestionsDialog.h"
#include "dialogs/TranslationMenu.h"
#include "docks/FlowDock.h"
#include "docks/MediaLibraryDock.h"
#include "docks/OutlineDock.h"
#include "docks/ProblemsDock.h"
#include "docks/QuestionBankDock.h"
#include "editors/Editor.h"
#include "editors/SlideEditorHost.h"
#include "editors/SlidePropertiesWidget.h"
#include "files/RecentFiles.h"
#include "help/HelpWindow.h"
#include "help/ShortcutsDialog.h"
#include "models/CourseProblems.h"
#include "models/MediaOperations.h"
#include "models/OutlineModel.h"
#include "models/ThumbnailRenderer.h"
#include "preview/LivePreviewDock.h"
#include "preview/PreviewController.h"
#include "spelling/SpellingReportDialog.h"
#include "spelling/SpellingService.h"
#include "translation/EditingLanguage.h"
#include "translation/LanguageSelector.h"
#include "translation/TranslationTableDock.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace App {

namespace {

QString projectFilter()
{
    return MainWindow::tr("Capsule projects (*.capsule)");
}

bool isProjectFile(const QString &path)
{
    return path.endsWith(u".capsule"_s, Qt::CaseInsensitive);
}

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    if (file.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

} // namespace

MainWindow::MainWindow(const Export::ExporterRegistry &exporters, QWidget *parent)
    : MainWindow(exporters, Options(), parent)
{}

MainWindow::MainWindow(const Export::ExporterRegistry &exporters, Options options, QWidget *parent)
    : QMainWindow(parent)
    , m_exporters(exporters)
    , m_options(std::move(options))
    , m_undoGroup(new QUndoGroup(this))
    , m_thumbnails(new ThumbnailRenderer(this))
    , m_autosave(new AutosaveManager(m_options.recoveryDirectory, this))
    , m_recentFiles(new RecentFiles(m_options.settingsFile, this))
    , m_preview(new PreviewController(this))
    , m_problems(new CourseProblems(this))
{
    setObjectName(u"MainWindow"_s);
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    m_autosave->setInterval(m_options.autosaveIntervalMs);
    m_thumbnails->setDevicePixelRatio(devicePixelRatioF());

    // Spell checking of every text field the editor shows, in its language (app/spelling).
    m_spelling = new SpellingService(
        {m_options.dictionaryDirectories, m_options.userDictionaryDirectory}, this);
    m_spelling->setEnabled(PreferencesDialog::spellCheckingEnabled(m_options.settingsFile));
    m_spelling->attachToApplication();

    m_editorHost = new SlideEditorHost;
    setCentralWidget(m_editorHost);
    createDocks();
    createActions();

    m_courseStatus = new QLabel;
    statusBar()->addPermanentWidget(m_courseStatus);
    connect(m_autosave, &AutosaveManager::autosaved, this, [this] {
        statusBar()->showMessage(
            tr("Autosaved at %1")
                .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
            4000);
    });
    connect(m_autosave, &AutosaveManager::autosaveFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(message), 10000);
    });

    resize(1280, 800);
    readSettings();
    updateTitle();
    statusBar()->showMessage(tr("Ready"), 3000);
}

MainWindow::~MainWindow()
{
    // Views first, then the document they observe. The live preview's page reads the preview
    // controller's site until it goes: before the controller (an earlier child).
    delete m_liveDock;
    m_liveDock = nullptr;
    m_outlineDock->setDocument(nullptr);
    m_bankDock->setDocument(nullptr);
    m_mediaDock->setDocument(nullptr);
    m_editorHost->setDocument(nullptr);
    m_properties->setDocument(nullptr);
    m_autosave->setDocument(nullptr);
    m_preview->setDocument(nullptr);
    m_problems->setDocument(nullptr);
    disconnect(m_editingLanguage, nullptr, this, nullptr); // the docks may be gone already
    m_editingLanguage->setDocument(nullptr);
    if (m_spellingReport)
        m_spellingReport->setDocument(nullptr);
    m_spelling->setDocument(nullptr);
}

void MainWindow::createDocks()
{
    m_outlineDock = new OutlineDock(this);
    m_outlineDock->setThumbnailRenderer(m_thumbnails);
    addDockWidget(Qt::LeftDockWidgetArea, m_outlineDock);

    // Question banks sit behind the outline: both choose what the slide editor shows.
    m_bankDock = new QuestionBankDock(this);
    m_bankDock->setProblems(m_problems);
    addDockWidget(Qt::LeftDockWidgetArea, m_bankDock);
    tabifyDockWidget(m_outlineDock, m_bankDock);
    m_outlineDock->raise();

    m_propertiesDock = new QDockWidget(tr("Properties"), this);
    m_propertiesDock->setObjectName(u"PropertiesDock"_s);
    m_properties = new SlidePropertiesWidget;
    m_propertiesDock->setWidget(m_properties);
    addDockWidget(Qt::RightDockWidgetArea, m_propertiesDock);

    m_mediaDock = new MediaLibraryDock(this);
    m_mediaDock->setThumbnailRenderer(m_thumbnails);
    addDockWidget(Qt::RightDockWidgetArea, m_mediaDock);

    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(u"HistoryDock"_s);
    auto *undoView = new QUndoView(m_undoGroup);
    undoView->setEmptyLabel(tr("<opened>"));
    undoView->setAccessibleName(tr("Undo history"));
    m_historyDock->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_mediaDock, m_historyDock);
    m_mediaDock->raise();

    // Every problem of the course, below the slide editor; entries lead to the field.
    m_problemsDock = new ProblemsDock(this);
    m_problemsDock->setProblems(m_problems);
    m_outlineDock->model()->setProblems(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    connect(m_problemsDock, &ProblemsDock::issueActivated, this, &MainWindow::goToIssue);

    // The flow: a map of slides and branches, tabbed with the problems (hidden until asked for).
    m_flowDock = new FlowDock(this);
    m_flowDock->setProblems(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_flowDock);
    tabifyDockWidget(m_problemsDock, m_flowDock);
    m_problemsDock->raise();
    m_flowDock->hide();
    connect(m_flowDock, &FlowDock::slideActivated, m_outlineDock, &OutlineDock::selectSlide);
    // One summary line while the course has no problem; the list gets its height back.
    connect(m_problemsDock, &ProblemsDock::listShownChanged, this, &MainWindow::fitProblemsDock);

    // The slide as the learner sees it, beside the editor; Properties is one tab away.
    m_liveDock = new LivePreviewDock(m_preview, this);
    addDockWidget(Qt::RightDockWidgetArea, m_liveDock);
    tabifyDockWidget(m_propertiesDock, m_liveDock);
    m_liveDock->raise();
    connect(m_preview->site(),
            &Preview::PreviewSite::editRequested,
            this,
            &MainWindow::editFromPreview);

    resizeDocks({m_outlineDock, m_propertiesDock}, {280, 360}, Qt::Horizontal);
    // The live preview (tabbed with Properties) gets most of the right column's height.
    resizeDocks({m_liveDock, m_mediaDock}, {620, 200}, Qt::Vertical);
    resizeDocks({m_problemsDock}, {150}, Qt::Vertical);

    connect(m_outlineDock,
            &OutlineDock::statusMessageRequested,
            this,
            [this](const QString &message) { statusBar()->showMessage(message, 4000); });
    connect(m_mediaDock,
            &MediaLibraryDock::statusMessageRequested,
            this,
            [this](const QString &message) { statusBar()->showMessage(message, 4000); });
    connect(
        m_mediaDock, &MediaLibraryDock::slideActivated, m_outlineDock, &OutlineDock::selectSlide);
    connect(m_outlineDock,
            &OutlineDock::currentSlideChanged,
            m_editorHost,
            &SlideEditorHost::setCurrentSlide);
    connect(m_outlineDock,
            &OutlineDock::currentSlideChanged,
            m_properties,
            &SlidePropertiesWidget::setCurrentSlide);
    connect(
        m_outlineDock, &OutlineDock::currentSlideChanged, m_flowDock, &FlowDock::setCurrentSlide);
    connect(m_outlineDock,
            &OutlineDock::currentSlideChanged,
            m_liveDock,
            &LivePreviewDock::setCurrentSlide);
    // One current item for the slide editor: a slide of the outline or a bank question.
    connect(
        m_outlineDock, &OutlineDock::currentSlideChanged, this, [this](const Core::SlideId &id) {
            if (!id.isNull())
                m_bankDock->clearQuestionSelection();
        });
    connect(m_bankDock,
            &QuestionBankDock::currentQuestionChanged,
            this,
            [this](const Core::SlideId &id) {
                if (id.isNull())
                    return;
                m_outlineDock->clearSelection();
                m_editorHost->setCurrentSlide(id);
                m_properties->setCurrentSlide(id);
                if (m_liveDock)
                    m_liveDock->setCurrentSlide(id); // shown if a draw slide drew it
            });
    connect(m_bankDock,
            &QuestionBankDock::statusMessageRequested,
            this,
            [this](const QString &message) { statusBar()->showMessage(message, 4000); });
    connect(m_editorHost,
            &SlideEditorHost::statusMessageRequested,
            this,
            [this](const QString &message) { statusBar()->showMessage(message, 4000); });
}

void MainWindow::createActions()
{
    // File
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = fileMenu->addAction(
        Icons::icon(u"new"_s), tr("&New"), this, [this] { newFromTemplate(u"blank"_s); });
    newAction->setObjectName(u"actionNew"_s);
    newAction->setShortcut(QKeySequence::New);
    newAction->setToolTip(tr("Start a new, empty course"));
    QAction *sampleAction = fileMenu->addAction(
        tr("New from &Sample Course"), this, [this] { newFromTemplate(u"sample"_s); });
    sampleAction->setObjectName(u"actionNewFromSample"_s);
    QAction *openAction
        = fileMenu->addAction(Icons::icon(u"open"_s), tr("&Open…"), this, &MainWindow::open);
    openAction->setObjectName(u"actionOpen"_s);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    connect(m_recentFiles, &RecentFiles::changed, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    fileMenu->addSeparator();
    QAction *saveAction
        = fileMenu->addAction(Icons::icon(u"save"_s), tr("&Save"), this, &MainWindow::save);
    saveAction->setObjectName(u"actionSave"_s);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = fileMenu->addAction(
        Icons::icon(u"save-as"_s), tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setObjectName(u"actionSaveAs"_s);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    fileMenu->addSeparator();
    QAction *exportAction = fileMenu->addAction(
        Icons::icon(u"publish"_s), tr("&Export…"), this, &MainWindow::showExport);
    exportAction->setObjectName(u"actionExport"_s);
    exportAction->setShortcut(tr("Ctrl+E"));
    exportAction->setToolTip(tr("Publish the course as a SCORM or web package"));
    // Question files (import/): GIFT, Aiken, CSV in; the current section's questions out.
    QAction *importQuestionsAction = fileMenu->addAction(tr("Import &Questions…"), this, [this] {
        if (m_document)
            ImportQuestionsDialog(*m_document, this).exec();
    });
    importQuestionsAction->setObjectName(u"actionImportQuestions"_s);
    QAction *exportGiftAction = fileMenu->addAction(tr("Export Questions to &GIFT…"), this, [this] {
        if (m_document)
            ImportQuestionsDialog::exportSectionAsGift(
                this, *m_document, m_outlineDock->currentSlideId());
    });
    exportGiftAction->setObjectName(u"actionExportQuestionsGift"_s);
    fileMenu->addAction(m_bankDock->exportBankAction());
    // XLIFF in and out, the translation memory (translation/, app/dialogs/TranslationMenu).
    m_translationMenu = new TranslationMenu(this);
    fileMenu->addMenu(m_translationMenu);
    fileMenu->addSeparator();
    QAction *quitAction
        = fileMenu->addAction(Icons::icon(u"quit"_s), tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(u"actionQuit"_s);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    // Edit
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(u"actionUndo"_s);
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setIcon(Icons::icon(u"undo"_s));
    QAction *redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redoAction->setObjectName(u"actionRedo"_s);
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setIcon(Icons::icon(u"redo"_s));
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);
    editMenu->addSeparator();
    // The outline's clipboard actions: slides and sections (blocks have theirs on each card).
    editMenu->addAction(m_outlineDock->cutAction());
    editMenu->addAction(m_outlineDock->copyAction());
    editMenu->addAction(m_outlineDock->pasteAction());
    editMenu->addSeparator();
    QAction *findAction = editMenu->addAction(
        Icons::icon(u"find"_s), tr("&Find Slide…"), m_outlineDock, &OutlineDock::focusFilter);
    findAction->setObjectName(u"actionFind"_s);
    findAction->setShortcut(QKeySequence::Find);
    QAction *spellingAction
        = editMenu->addAction(tr("Check &Spelling…"), this, &MainWindow::showSpellingReport);
    spellingAction->setObjectName(u"actionCheckSpelling"_s);
    spellingAction->setShortcut(Qt::Key_F7);
    spellingAction->setToolTip(tr("List the misspelled words of the whole course, every language"));
    editMenu->addSeparator();
    QAction *preferencesAction = editMenu->addAction(
        Icons::icon(u"preferences"_s), tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferencesAction->setObjectName(u"actionPreferences"_s);
    preferencesAction->setShortcut(QKeySequence::Preferences);
    preferencesAction->setMenuRole(QAction::PreferencesRole);

    // Slide
    OutlineDock *outline = m_outlineDock;
    QMenu *slideMenu = menuBar()->addMenu(tr("&Slide"));
    slideMenu->addAction(outline->addSlideAction());
    slideMenu->addMenu(outline->addSlideMenu());
    slideMenu->addAction(outline->newFromTemplateAction());
    slideMenu->addAction(outline->saveAsTemplateAction());
    slideMenu->addAction(outline->duplicateAction());
    slideMenu->addAction(outline->deleteAction());
    slideMenu->addAction(outline->renameAction());
    slideMenu->addSeparator();
    slideMenu->addAction(outline->moveUpAction());
    slideMenu->addAction(outline->moveDownAction());
    slideMenu->addMenu(outline->moveToSectionMenu());
    slideMenu->addSeparator();
    slideMenu->addAction(outline->addSectionAction());
    slideMenu->addAction(outline->moveSectionUpAction());
    slideMenu->addAction(outline->moveSectionDownAction());
    slideMenu->addAction(outline->sectionPropertiesAction());
    slideMenu->addAction(outline->branchOnlyAction());

    // Course
    QMenu *courseMenu = menuBar()->addMenu(tr("&Course"));
    QAction *settingsAction = courseMenu->addAction(
        Icons::icon(u"settings"_s), tr("Course &Settings…"), this, &MainWindow::showCourseSettings);
    settingsAction->setObjectName(u"actionCourseSettings"_s);
    settingsAction->setShortcut(tr("Ctrl+Shift+P"));
    settingsAction->setToolTip(tr("Title, navigation, completion, scoring and theme"));
    courseMenu->addSeparator();
    QAction *previewAction = courseMenu->addAction(
        Icons::icon(u"preview"_s), tr("&Preview Course"), this, [this] { m_preview->preview(); });
    previewAction->setObjectName(u"actionPreview"_s);
    previewAction->setShortcut(Qt::Key_F5);
    previewAction->setToolTip(
        tr("See the course as a learner will, beside a simulated LMS that shows what it receives"));
    QAction *previewFromSlideAction = courseMenu->addAction(
        Icons::icon(u"preview-slide"_s), tr("Preview from &This Slide"), this, [this] {
            m_preview->preview(m_outlineDock->currentSlideId());
        });
    previewFromSlideAction->setObjectName(u"actionPreviewFromSlide"_s);
    previewFromSlideAction->setShortcut(Qt::SHIFT | Qt::Key_F5);
    QAction *previewInBrowserAction = courseMenu->addAction(
        Icons::icon(u"preview-browser"_s), tr("Preview in &Browser"), this, [this] {
            m_preview->previewInBrowser(m_outlineDock->currentSlideId());
        });
    previewInBrowserAction->setObjectName(u"actionPreviewInBrowser"_s);
    previewInBrowserAction->setToolTip(
        tr("Open the preview in your web browser, served from this computer only"));
    connect(m_preview,
            &PreviewController::statusMessageRequested,
            this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    courseMenu->addSeparator();
    courseMenu->addAction(m_mediaDock->importAction());
    courseMenu->addAction(m_mediaDock->removeUnusedAction());

    // View
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : {static_cast<QDockWidget *>(m_outlineDock),
                              static_cast<QDockWidget *>(m_bankDock),
                              m_propertiesDock,
                              static_cast<QDockWidget *>(m_mediaDock),
                              m_historyDock,
                              static_cast<QDockWidget *>(m_problemsDock),
                              static_cast<QDockWidget *>(m_flowDock),
                              static_cast<QDockWidget *>(m_liveDock)})
        viewMenu->addAction(dock->toggleViewAction());
    m_flowDock->toggleViewAction()->setObjectName(u"actionShowFlow"_s);
    m_flowDock->toggleViewAction()->setShortcut(tr("Ctrl+Shift+F"));

    // Help
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *guideAction = helpMenu->addAction(
        Icons::icon(u"help-guide"_s), tr("Capsule &User Guide"), this, &MainWindow::showGuide);
    guideAction->setObjectName(u"actionUserGuide"_s);
    guideAction->setShortcut(QKeySequence::HelpContents);
    QAction *shortcutsAction = helpMenu->addAction(
        Icons::icon(u"shortcuts"_s), tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcutsAction->setObjectName(u"actionKeyboardShortcuts"_s);
    shortcutsAction->setShortcut(tr("Ctrl+F1"));
    helpMenu->addSeparator();
    QAction *aboutAction = helpMenu->addAction(
        Icons::icon(u"about"_s), tr("&About Capsule"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(u"actionAbout"_s);
    aboutAction->setMenuRole(QAction::AboutRole);

    // Toolbar
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(u"MainToolBar"_s);
    toolBar->setMovable(false);
    // Icons alone say little to a new author: the main actions also show their name.
    toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    toolBar->addAction(newAction);
    toolBar->addAction(openAction);
    toolBar->addAction(saveAction);
    toolBar->addSeparator();
    toolBar->addAction(undoAction);
    toolBar->addAction(redoAction);
    toolBar->addSeparator();
    toolBar->addAction(outline->addSlideAction());
    if (auto *button
        = qobject_cast<QToolButton *>(toolBar->widgetForAction(outline->addSlideAction())))
        button->setPopupMode(QToolButton::MenuButtonPopup);
    toolBar->addAction(outline->duplicateAction());
    toolBar->addAction(outline->deleteAction());
    toolBar->addAction(outline->moveUpAction());
    toolBar->addAction(outline->moveDownAction());
    toolBar->addSeparator();
    toolBar->addAction(m_mediaDock->importAction());
    toolBar->addAction(settingsAction);
    toolBar->addAction(previewAction);
    toolBar->addAction(exportAction);
    //: Short toolbar label of Course Settings
    settingsAction->setIconText(tr("Settings"));
    //: Short toolbar label of Preview Course
    previewAction->setIconText(tr("Preview"));
    //: Short toolbar label of Export (publishing a package), the same verb as the menu's
    exportAction->setIconText(tr("Export"));
    for (QAction *action :
         {outline->addSlideAction(), settingsAction, previewAction, exportAction}) {
        if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    viewMenu->addSeparator();
    viewMenu->addAction(toolBar->toggleViewAction());
    createLanguageTools(toolBar, courseMenu, viewMenu);

    m_documentActions = {importQuestionsAction,
                         exportGiftAction,
                         saveAction,
                         saveAsAction,
                         exportAction,
                         settingsAction,
                         findAction,
                         spellingAction,
                         previewAction,
                         previewFromSlideAction,
                         previewInBrowserAction};
    // Window-wide shortcuts must work wherever the focus is, menus open or not.
    addActions({newAction,
                openAction,
                saveAction,
                saveAsAction,
                exportAction,
                quitAction,
                findAction,
                spellingAction,
                preferencesAction,
                settingsAction,
                previewAction,
                previewFromSlideAction,
                outline->addSlideAction(),
                outline->duplicateAction(),
                outline->addSectionAction(),
                guideAction,
                shortcutsAction});
}

void MainWindow::createLanguageTools(QToolBar *toolBar, QMenu *courseMenu, QMenu *viewMenu)
{
    // Issue #13: the language edited (source or a target), chosen in the toolbar; in a target
    // language the slide editor area shows the translation form and the outline the progress.
    m_editingLanguage = new EditingLanguage(this);
    m_editorHost->setEditingLanguage(m_editingLanguage);
    m_outlineDock->model()->setEditingLanguage(m_editingLanguage);
    m_languageSelector = new LanguageSelector(m_editingLanguage, this);
    m_languageSelector->setIcon(Icons::icon(u"language"_s));
    m_languageSelector->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addSeparator();
    QAction *selectorAction = toolBar->addWidget(m_languageSelector);
    selectorAction->setIcon(m_languageSelector->icon());
    selectorAction->setText(tr("Language"));
    courseMenu->addSeparator();
    courseMenu->addMenu(m_languageSelector->languagesMenu());
    connect(m_languageSelector,
            &LanguageSelector::statusMessageRequested,
            this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });

    m_translationDock = new TranslationTableDock(m_editingLanguage, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_translationDock);
    tabifyDockWidget(m_problemsDock, m_translationDock);
    m_translationDock->hide();
    QAction *tableAction = m_translationDock->toggleViewAction();
    tableAction->setObjectName(u"actionTranslationTable"_s);
    tableAction->setShortcut(tr("Ctrl+Shift+T"));
    tableAction->setToolTip(tr("Every text of the course beside its translation"));
    viewMenu->insertAction(viewMenu->actions().value(viewMenu->actions().size() - 2), tableAction);
    addAction(tableAction);
    connect(tableAction, &QAction::triggered, this, [this](bool shown) {
        if (shown) {
            m_translationDock->raise();
            m_translationDock->view()->setFocus(Qt::ShortcutFocusReason);
        }
    });
    // The table offers the matches of the user's translation memory (File › Translation).
    m_translationDock->setMemoryLookup(
        [this](const QString &from, const QString &to, const QString &text) {
            std::vector<TranslationTableDock::MemoryMatch> matches;
            for (const Translation::MemoryMatch &match :
                 m_translationMenu->memory().lookup(from, to, text))
                matches.push_back({match.source, match.target, match.score, match.origin});
            return matches;
        });
    connect(m_editingLanguage,
            &EditingLanguage::languageChanged,
            m_translationMenu,
            &TranslationMenu::setCurrentLanguage);
    // Previews show the language edited; the live view reloads in it.
    connect(
        m_editingLanguage, &EditingLanguage::languageChanged, this, [this](const QString &code) {
            m_preview->setCourseLanguage(code);
            if (m_liveDock->isVisible())
                m_liveDock->load();
        });
    // The table's current row shows its slide (or bank question) in the outline and the form.
    connect(m_translationDock,
            &TranslationTableDock::slideRequested,
            this,
            [this](const Core::SlideId &id) {
                if (!m_document)
                    return;
                if (m_document->course().slidePosition(id).isValid())
                    m_outlineDock->selectSlide(id);
                else if (m_document->course().bankQuestionPosition(id).isValid())
                    m_bankDock->selectQuestion(id);
            });
}

void MainWindow::setDocument(std::unique_ptr<Core::Document> document)
{
    std::unique_ptr<Core::Document> previous = std::move(m_document);
    m_document = std::move(document);
    Core::Document *doc = m_document.get();

    if (previous)
        m_undoGroup->removeStack(previous->undoStack());
    m_thumbnails->clear();
    m_editingLanguage->setDocument(doc); // back to the source language, before the views
    // Problems and editors first: the outline then makes its first slide current.
    m_problems->setDocument(doc);
    m_spelling->setDocument(doc);
    if (m_spellingReport)
        m_spellingReport->setDocument(doc);
    m_editorHost->setDocument(doc);
    m_properties->setDocument(doc);
    m_outlineDock->setDocument(doc);
    m_bankDock->setDocument(doc);
    m_translationMenu->setDocument(doc);
    m_mediaDock->setDocument(doc);
    m_autosave->setDocument(doc);
    m_preview->setDocument(doc);
    if (doc) {
        m_undoGroup->addStack(doc->undoStack());
        m_undoGroup->setActiveStack(doc->undoStack());
        connect(doc, &Core::Document::modifiedChanged, this, &MainWindow::updateTitle);
        connect(doc, &Core::Document::filePathChanged, this, &MainWindow::updateTitle);
        connect(doc, &Core::Document::metadataChanged, this, &MainWindow::updateTitle);
        for (auto signal : {&Core::Document::slideInserted, &Core::Document::slideRemoved})
            connect(doc, signal, this, &MainWindow::updateCourseStatus);
        for (auto signal : {&Core::Document::sectionInserted, &Core::Document::sectionRemoved})
            connect(doc, signal, this, &MainWindow::updateCourseStatus);
        for (auto signal : {&Core::Document::bankInserted, &Core::Document::bankRemoved})
            connect(doc, signal, this, &MainWindow::updateCourseStatus);
        for (auto signal :
             {&Core::Document::bankQuestionInserted, &Core::Document::bankQuestionRemoved})
            connect(doc, signal, this, &MainWindow::updateCourseStatus);
    }
    for (QAction *action : std::as_const(m_documentActions))
        action->setEnabled(doc);
    updateTitle();
    updateCourseStatus();
    // `previous` dies here, after every view has let go of it.
}

bool MainWindow::openFile(const QString &filePath)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto document = Core::Document::load(filePath);
    QApplication::restoreOverrideCursor();
    if (!document) {
        QMessageBox::critical(this, tr("Cannot open project"), document.error().message);
        if (!QFileInfo::exists(filePath))
            m_recentFiles->remove(filePath);
        return false;
    }
    setDocument(std::move(document).value());
    m_recentFiles->add(filePath);
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(filePath).fileName()), 5000);
    return true;
}

bool MainWindow::offerRecovery()
{
    for (const AutosaveManager::Recovery &recovery : m_autosave->staleRecoveries()) {
        const QString name = recovery.originalPath.isEmpty()
                                 ? tr("an untitled course")
                                 //: A file name quoted in a message
                                 : tr("“%1”").arg(QFileInfo(recovery.originalPath).fileName());
        QMessageBox box(
            QMessageBox::Question,
            tr("Recover unsaved work?"),
            tr("Capsule did not close properly. Changes to %1 were autosaved on %2.")
                .arg(name,
                     QLocale().toString(recovery.savedAt.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::NoButton,
            this);
        box.setInformativeText(tr("Recover them, or discard them for good?"));
        QPushButton *recoverButton = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
        box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.setDefaultButton(recoverButton);
        box.exec();
        if (box.clickedButton() == recoverButton)
            return recover(recovery);
        m_autosave->discard(recovery);
    }
    return false;
}

bool MainWindow::recover(const AutosaveManager::Recovery &recovery)
{
    auto document = m_autosave->recover(recovery);
    if (!document) {
        QMessageBox::critical(this, tr("Cannot recover"), document.error().message);
        return false;
    }
    setDocument(std::move(document).value());
    statusBar()->showMessage(tr("Recovered unsaved work — save it to keep it"), 10000);
    return true;
}

void MainWindow::newFromTemplate(const QString &templateId)
{
    if (!maybeSave())
        return;
    auto document = Core::Document::fromTemplate(templateId);
    if (!document) {
        QMessageBox::critical(this, tr("Cannot create project"), document.error().message);
        return;
    }
    setDocument(std::move(document).value());
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open Project"), {}, projectFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (!m_document)
        return false;
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    if (!m_document)
        return false;
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty())
        suggestion = m_autosave->recoveredOriginalPath();
    QString path
        = QFileDialog::getSaveFileName(this, tr("Save Project"), suggestion, projectFilter());
    if (path.isEmpty())
        return false;
    if (!isProjectFile(path))
        path += u".capsule"_s;
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto saved = m_document->save(path);
    QApplication::restoreOverrideCursor();
    if (!saved) {
        QMessageBox::critical(this, tr("Cannot save project"), saved.error().message);
        return false;
    }
    m_recentFiles->add(path);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document || !m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning,
                    tr("Unsaved changes"),
                    tr("The course has unsaved changes. Save them?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                    this);
    box.setObjectName(u"unsavedChangesBox"_s);
    // Our own texts: Qt's French catalogue says "Ne pas tenir compte" for Discard.
    box.button(QMessageBox::Save)->setText(tr("&Save"));
    box.button(QMessageBox::Discard)->setText(tr("Do&n't Save"));
    box.button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box.setDefaultButton(QMessageBox::Save);
    const auto answer = QMessageBox::StandardButton(box.exec());
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!mime->hasUrls())
        return;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        const QString path = url.toLocalFile();
        if (url.isLocalFile()
            && (isProjectFile(path)
                || (m_document && MediaOperations::isMediaFileName(QFileInfo(path).fileName())))) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QString project;
    QStringList media;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (isProjectFile(path) && project.isEmpty())
            project = path;
        else if (MediaOperations::isMediaFileName(QFileInfo(path).fileName()))
            media.append(path);
    }
    if (project.isEmpty() && media.isEmpty())
        return;
    event->acceptProposedAction();
    if (!project.isEmpty()) {
        if (maybeSave())
            openFile(project);
        return;
    }
    m_mediaDock->importFiles(media);
}

void MainWindow::updateTitle()
{
    QString name = tr("Untitled");
    if (m_document && !m_document->filePath().isEmpty())
        name = QFileInfo(m_document->filePath()).fileName();
    const QString title = m_document ? m_document->course().metadata().title : QString();
    setWindowTitle(title.isEmpty() ? tr("%1[*] — Capsule").arg(name)
                                   : tr("%1[*] — %2 — Capsule").arg(name, title));
    setWindowModified(m_document && m_document->isModified());
}

void MainWindow::updateCourseStatus()
{
    if (!m_document) {
        m_courseStatus->clear();
        return;
    }
    const Core::Course &course = m_document->course();
    QString status
        = tr("Slides: %1 · Sections: %2").arg(course.slideCount()).arg(course.sections().size());
    if (!course.banks().empty()) {
        int questions = 0;
        for (const auto &bank : course.banks())
            questions += int(bank->questions.size());
        //: Status bar, after the slide and section counts
        status += tr(" · Banks: %1 · Bank questions: %2").arg(course.banks().size()).arg(questions);
    }
    m_courseStatus->setText(status);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recentFiles->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName().replace(u'&', u"&&"_s)));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), m_recentFiles, &RecentFiles::clear);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_options.settingsFile, this);
    dialog.setDictionaries(m_spelling->dictionaries());
    if (dialog.exec() == QDialog::Accepted)
        m_spelling->setEnabled(PreferencesDialog::spellCheckingEnabled(m_options.settingsFile));
}

void MainWindow::showSpellingReport()
{
    if (!m_document)
        return;
    if (!m_spellingReport) {
        m_spellingReport = new SpellingReportDialog(m_spelling, this);
        connect(
            m_spellingReport, &SpellingReportDialog::issueActivated, this, &MainWindow::goToIssue);
    }
    m_spellingReport->setDocument(m_document.get());
    m_spellingReport->show();
    m_spellingReport->raise();
    m_spellingReport->activateWindow();
}

SpellingReportDialog *MainWindow::spellingReport() const
{
    return m_spellingReport;
}

void MainWindow::showCourseSettings()
{
    if (!m_document)
        return;
    CourseSettingsDialog dialog(m_document.get(), this);
    dialog.exec();
}

void MainWindow::showCourseSettingsFor(Core::Validator::Field field)
{
    if (!m_document)
        return;
    using Field = Core::Validator::Field;
    CourseSettingsDialog dialog(m_document.get(), this);
    if (auto *tabs = dialog.findChild<QTabWidget *>()) {
        // The tabs: details, learning path, appearance, LMS reporting.
        const int tab = field == Field::PassingScore || field == Field::CompletionRule ? 1
                        : field == Field::Logo || field == Field::Theme                ? 2
                                                                                       : 0;
        tabs->setCurrentIndex(tab);
    }
    dialog.exec();
}

void MainWindow::goToIssue(const Core::Validator::Issue &issue)
{
    if (!m_document)
        return;
    const Core::Course &course = m_document->course();
    if (issue.slide.isNull() && course.bank(issue.bank)) {
        // A bank's own problem (empty, no name, a name used twice): show the bank.
        m_bankDock->show();
        m_bankDock->raise();
        m_bankDock->selectBank(issue.bank);
        if (issue.field == Core::Validator::Field::BankName)
            m_bankDock->renameBankAction()->trigger();
        return;
    }
    if (issue.slide.isNull() || !course.slide(issue.slide)) {
        if (issue.field != Core::Validator::Field::None)
            showCourseSettingsFor(issue.field);
        return;
    }
    if (course.bankQuestionPosition(issue.slide).isValid()) {
        m_bankDock->show();
        m_bankDock->raise();
        m_bankDock->selectQuestion(issue.slide);
    } else {
        m_outlineDock->show();
        m_outlineDock->raise();
        m_outlineDock->selectSlide(issue.slide);
    }
    if (Editor *editor = m_editorHost->currentEditor(); editor && editor->slideId() == issue.slide)
        editor->focusField(issue.field, issue.index);
}

void MainWindow::editFromPreview(const Core::SlideId &slide,
                                 const QString &field,
                                 const QString &key)
{
    if (!m_document || !m_document->course().slide(slide))
        return;
    const LivePreviewDock::EditTarget target
        = LivePreviewDock::editTarget(m_document->course(), slide, field, key);
    Core::Validator::Issue issue;
    issue.slide = slide;
    issue.field = target.field;
    issue.index = target.index;
    activateWindow(); // the click may come from the preview window
    goToIssue(issue);
}

void MainWindow::showExport()
{
    if (!m_document)
        return;
    ExportDialog dialog(*m_document, m_exporters, this);
    dialog.exec();
}

void MainWindow::showGuide()
{
    if (!m_helpWindow)
        m_helpWindow = new HelpWindow(this);
    m_helpWindow->show();
    m_helpWindow->raise();
    m_helpWindow->activateWindow();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this,
        tr("About Capsule"),
        tr("<h3>Capsule</h3><p>Short e-learning modules — slides, quizzes and videos — "
           "published as SCORM 1.2, SCORM 2004 or web packages.</p>"
           "<p>MIT licence.</p>"));
}

void MainWindow::readSettings()
{
    auto settings = openSettings(m_options.settingsFile);
    restoreGeometry(settings->value(u"mainWindow/geometry"_s).toByteArray());
    restoreState(settings->value(u"mainWindow/state"_s).toByteArray());
    fitProblemsDock();
}

void MainWindow::fitProblemsDock()
{
    if (m_problemsDock->isFloating() || m_problemsDock->isHidden())
        return;
    const int summaryOnly = m_problemsDock->minimumSizeHint().height();
    if (m_problemsDock->isListShown()) {
        resizeDocks({m_problemsDock}, {std::max(m_problemsListHeight, 150)}, Qt::Vertical);
        return;
    }
    if (m_problemsDock->height() > summaryOnly)
        m_problemsListHeight = m_problemsDock->height();
    resizeDocks({m_problemsDock}, {summaryOnly}, Qt::Vertical);
}

void MainWindow::writeSettings() const
{
    auto settings = openSettings(m_options.settingsFile);
    settings->setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings->setValue(u"mainWindow/state"_s, saveState());
}

} // namespace App
