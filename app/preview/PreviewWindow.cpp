// SPDX-License-Identifier: MIT
#include "PreviewWindow.h"

#include "PreviewWebPage.h"

#include <QCloseEvent>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QStackedLayout>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlScheme>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace App {

PreviewWindow::PreviewWindow(Preview::PreviewSite *site, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_profile(PreviewWebPage::createProfile(site, this))
    , m_page(new PreviewWebPage(m_profile, this))
    , m_view(new QWebEngineView(this))
    , m_loading(new QWidget(this))
    , m_progress(new QProgressBar(m_loading))
{
    setObjectName(u"PreviewWindow"_s);
    setWindowTitle(tr("Preview"));
    m_page->settings()->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, false);
    m_page->settings()->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, true);
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setAccessibleName(tr("Course preview"));
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        m_loading->hide();
        emit pageLoaded(ok);
    });
    connect(m_view, &QWebEngineView::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_view, &QWebEngineView::titleChanged, this, [this](const QString &title) {
        setWindowTitle(title.isEmpty() ? tr("Preview") : tr("Preview — %1").arg(title));
    });

    // Shown over the view from the moment the window opens until the page has loaded: the
    // first start of the web engine takes seconds, and a blank window looks broken.
    m_loading->setObjectName(u"previewLoading"_s);
    m_loading->setAutoFillBackground(true);
    auto *message = new QLabel(tr("Starting the preview…"));
    message->setAlignment(Qt::AlignCenter);
    QFont font = message->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    message->setFont(font);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(320);
    auto *loadingLayout = new QVBoxLayout(m_loading);
    loadingLayout->addStretch();
    loadingLayout->addWidget(message);
    loadingLayout->addWidget(m_progress, 0, Qt::AlignHCenter);
    loadingLayout->addStretch();

    auto *layout = new QStackedLayout(this);
    layout->setStackingMode(QStackedLayout::StackAll);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_loading);
    layout->setCurrentWidget(m_loading);

    QSettings settings;
    if (!restoreGeometry(settings.value(u"preview/geometry"_s).toByteArray()))
        resize(1360, 860);
}

PreviewWindow::~PreviewWindow()
{
    // The page must go before the profile it was created with.
    m_view->setPage(nullptr);
    delete m_page;
}

void PreviewWindow::registerUrlScheme()
{
    QWebEngineUrlScheme previewScheme(scheme.toByteArray());
    previewScheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure and same-origin for all its pages, so that the player's frame finds the
    // simulator's API object on its parent; CorsEnabled lets the page request course.json.
    previewScheme.setFlags(QWebEngineUrlScheme::SecureScheme
                           | QWebEngineUrlScheme::LocalAccessAllowed
                           | QWebEngineUrlScheme::CorsEnabled);
    QWebEngineUrlScheme::registerScheme(previewScheme);
}

QUrl PreviewWindow::rootUrl()
{
    return QUrl(u"capsule-preview://course"_s);
}

void PreviewWindow::open(const Preview::PreviewOptions &options)
{
    Preview::PreviewOptions embedded = options;
    embedded.embedded = true;
    m_page->errors.clear();
    m_progress->setValue(0);
    m_loading->show();
    m_loading->raise();
    show();
    raise();
    activateWindow();
    m_view->load(Preview::PreviewSite::shellUrl(rootUrl(), embedded));
}

void PreviewWindow::warmUp()
{
    // A page in the off-the-record profile starts Chromium's processes; nothing is shown.
    m_view->setUrl(QUrl(u"about:blank"_s));
}

bool PreviewWindow::isLoading() const
{
    return m_loading->isVisible();
}

void PreviewWindow::notifyContentChanged()
{
    m_page->notifyContentChanged();
}

void PreviewWindow::applySlides(const QByteArray &slides, int revision)
{
    m_page->applySlides(slides, revision);
}

QStringList PreviewWindow::scriptErrors() const
{
    return m_page->errors;
}

void PreviewWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(u"preview/geometry"_s, saveGeometry());
    // Leave the page so the player commits and terminates, as it would in a real LMS.
    m_view->setUrl(QUrl(u"about:blank"_s));
    QWidget::closeEvent(event);
}

} // namespace App
