// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "core/Document.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace App {

namespace {

QString kindLabel(Core::SlideKind kind)
{
    switch (kind) {
    case Core::SlideKind::Content:
        return MainWindow::tr("Content");
    case Core::SlideKind::Question:
        return MainWindow::tr("Question");
    case Core::SlideKind::Video:
        return MainWindow::tr("Video");
    case Core::SlideKind::Result:
        return MainWindow::tr("Result");
    }
    return {};
}

QString projectFilter()
{
    return MainWindow::tr("Capsule projects (*.capsule)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_outline(new QTreeWidget(this))
{
    m_outline->setColumnCount(2);
    m_outline->setHeaderLabels({tr("Slide"), tr("Kind")});
    m_outline->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_outline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setCentralWidget(m_outline);
    createActions();
    resize(1100, 720);
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = fileMenu->addAction(tr("&New"), this, [this] {
        newFromTemplate(u"blank"_s);
    });
    newAction->setShortcut(QKeySequence::New);
    fileMenu->addAction(tr("New from &Sample Course"), this, [this] {
        newFromTemplate(u"sample"_s);
    });
    fileMenu->addAction(tr("&Open…"), this, &MainWindow::open)->setShortcut(QKeySequence::Open);
    fileMenu->addAction(tr("&Save"), this, &MainWindow::save)->setShortcut(QKeySequence::Save);
    fileMenu->addAction(tr("Save &As…"), this, &MainWindow::saveAs)
        ->setShortcut(QKeySequence::SaveAs);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = editMenu->addAction(tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = editMenu->addAction(tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });
}

void MainWindow::setDocument(std::unique_ptr<Core::Document> document)
{
    m_document = std::move(document);
    Core::Document *doc = m_document.get();
    QUndoStack *stack = doc->undoStack();
    m_undoAction->setEnabled(stack->canUndo());
    m_redoAction->setEnabled(stack->canRedo());
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::refreshOutline);
    connect(doc, &Core::Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(doc, &Core::Document::filePathChanged, this, &MainWindow::updateTitle);
    refreshOutline();
    updateTitle();
}

bool MainWindow::openFile(const QString &filePath)
{
    auto document = Core::Document::load(filePath);
    if (!document) {
        QMessageBox::critical(this, tr("Cannot open project"), document.error().message);
        return false;
    }
    setDocument(std::move(document).value());
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(filePath).fileName()), 5000);
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
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), {}, projectFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (!m_document)
        return false;
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (auto saved = m_document->save(m_document->filePath()); !saved) {
        QMessageBox::critical(this, tr("Cannot save project"), saved.error().message);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(m_document->filePath()).fileName()),
                             5000);
    return true;
}

bool MainWindow::saveAs()
{
    if (!m_document)
        return false;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project"), {}, projectFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(u".capsule"_s, Qt::CaseInsensitive))
        path += u".capsule"_s;
    if (auto saved = m_document->save(path); !saved) {
        QMessageBox::critical(this, tr("Cannot save project"), saved.error().message);
        return false;
    }
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document || !m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(this,
                                             tr("Unsaved changes"),
                                             tr("The course has unsaved changes. Save them?"),
                                             QMessageBox::Save | QMessageBox::Discard
                                                 | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::refreshOutline()
{
    m_outline->clear();
    if (!m_document)
        return;
    for (const auto &section : m_document->course().sections()) {
        auto *sectionItem = new QTreeWidgetItem(m_outline, {section->title});
        QFont bold = sectionItem->font(0);
        bold.setBold(true);
        sectionItem->setFont(0, bold);
        for (const auto &slide : section->slides)
            new QTreeWidgetItem(sectionItem, {slide->title, kindLabel(slide->kind())});
    }
    m_outline->expandAll();
}

void MainWindow::updateTitle()
{
    QString name = tr("Untitled");
    if (m_document && !m_document->filePath().isEmpty())
        name = QFileInfo(m_document->filePath()).fileName();
    const QString title = m_document ? m_document->course().metadata().title : QString();
    setWindowTitle(tr("%1[*] — %2 — Capsule").arg(name, title));
    setWindowModified(m_document && m_document->isModified());
}

} // namespace App
