// SPDX-License-Identifier: MIT
#include "HelpWindow.h"

#include "app/Icons.h"

#include <QBuffer>
#include <QDesktopServices>
#include <QFile>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace App {

namespace {

const auto guideRoot = u"qrc:/docs/"_s;

} // namespace

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_pages(new QListWidget)
    , m_browser(new QTextBrowser)
    , m_message(new QLabel)
{
    setObjectName(u"helpWindow"_s);
    setWindowTitle(tr("Capsule User Guide"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    resize(1100, 760);

    const QList<std::pair<QString, QString>> pages = {
        {u"editor.md"_s, tr("The editor")},
        {u"questions.md"_s, tr("Question banks, import and export")},
        {u"translation.md"_s, tr("Translating a course")},
        {u"preview.md"_s, tr("Preview and LMS simulator")},
        {u"export.md"_s, tr("Publishing")},
        {u"player.md"_s, tr("The learner player")},
        {u"file-format.md"_s, tr("The project file")},
    };
    m_pages->setObjectName(u"helpPages"_s);
    for (const auto &[file, title] : pages) {
        auto *item = new QListWidgetItem(title, m_pages);
        item->setData(Qt::UserRole, file);
    }
    m_pages->setMaximumWidth(260);
    connect(m_pages, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        showPage(item->data(Qt::UserRole).toString());
    });
    connect(m_pages, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        showPage(item->data(Qt::UserRole).toString());
    });

    m_browser->setObjectName(u"helpBrowser"_s);
    m_browser->setSearchPaths({u":/docs"_s});
    m_browser->setOpenLinks(false);
    m_browser->document()->setDocumentMargin(16);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &HelpWindow::followLink);
    m_browser->viewport()->installEventFilter(this);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        m_message->clear();
        syncPageList();
        fitImages();
    });

    auto *toolBar = new QToolBar;
    QAction *back = toolBar->addAction(
        Icons::icon(u"back"_s), tr("Back"), m_browser, &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    QAction *forward = toolBar->addAction(
        Icons::icon(u"forward"_s), tr("Forward"), m_browser, &QTextBrowser::forward);
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    toolBar->addAction(
        Icons::icon(u"help-guide"_s), tr("Contents"), this, [this] { showPage(homePage()); });
    m_message->setObjectName(u"helpMessage"_s);
    m_message->setWordWrap(true);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_pages);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    showPage(homePage());
}

QString HelpWindow::homePage()
{
    return u"editor.md"_s;
}

void HelpWindow::showPage(const QString &page)
{
    followLink(QUrl(guideRoot + page));
}

QUrl HelpWindow::currentPage() const
{
    return m_browser->source();
}

void HelpWindow::followLink(const QUrl &link)
{
    const QUrl url = m_browser->source().isEmpty() ? link : m_browser->source().resolved(link);
    if (url.scheme() == u"http" || url.scheme() == u"https" || url.scheme() == u"mailto") {
        QDesktopServices::openUrl(url);
        return;
    }
    if (url.scheme() == u"qrc" && QFile::exists(u":"_s + url.path())) {
        if (url.path() == m_browser->source().path() && url.hasFragment())
            m_browser->scrollToAnchor(url.fragment());
        else
            m_browser->setSource(url, QTextDocument::MarkdownResource);
        return;
    }
    m_message->setText(
        tr("“%1” is not part of the guide built into Capsule; it is in the project's source "
           "code.")
            .arg(link.toString()));
}

bool HelpWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        fitImages();
    return QWidget::eventFilter(watched, event);
}

void HelpWindow::fitImages()
{
    QTextDocument *document = m_browser->document();
    const int available = std::max(240, m_browser->viewport()->width() - 48);
    struct Image
    {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Image> images;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isImageFormat())
                images.append({fragment.position(),
                               fragment.length(),
                               fragment.charFormat().toImageFormat()});
        }
    }
    QTextCursor cursor(document);
    for (Image &image : images) {
        const QString name = image.format.name();
        if (!m_imageSizes.contains(name)) {
            const QVariant resource
                = m_browser->loadResource(QTextDocument::ImageResource, QUrl(name));
            QBuffer buffer;
            buffer.setData(resource.toByteArray());
            m_imageSizes.insert(name, QImageReader(&buffer).size());
        }
        const QSize natural = m_imageSizes.value(name);
        if (!natural.isValid() || natural.width() <= 0)
            continue;
        const int width = std::min(natural.width(), available);
        if (int(image.format.width()) == width)
            continue;
        image.format.setWidth(width);
        image.format.setHeight(qreal(natural.height()) * width / natural.width());
        cursor.setPosition(image.position);
        cursor.setPosition(image.position + image.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(image.format);
    }
}

void HelpWindow::syncPageList()
{
    const QString file = m_browser->source().path().section(u'/', -1);
    for (int row = 0; row < m_pages->count(); ++row) {
        if (m_pages->item(row)->data(Qt::UserRole).toString() == file) {
            const QSignalBlocker blocker(m_pages);
            m_pages->setCurrentRow(row);
        }
    }
}

} // namespace App
