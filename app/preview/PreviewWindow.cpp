// SPDX-License-Identifier: MIT
#include "PreviewWindow.h"

#include <QBuffer>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QStackedLayout>
#include <QVBoxLayout>
#include <QWebEngineNewWindowRequest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>
#include <QWebEngineUrlSchemeHandler>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace App {

namespace {

/** Answers capsule-preview: requests from the site, on the GUI thread. */
class SchemeHandler final : public QWebEngineUrlSchemeHandler
{
public:
    SchemeHandler(Preview::PreviewSite *site, QObject *parent)
        : QWebEngineUrlSchemeHandler(parent)
        , m_site(site)
    {}

    void requestStarted(QWebEngineUrlRequestJob *job) override
    {
        if (job->requestMethod() != "GET") {
            job->fail(QWebEngineUrlRequestJob::RequestDenied);
            return;
        }
        const QUrl url = job->requestUrl();
        if (url.host() != PreviewWindow::rootUrl().host()) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        Preview::PreviewSite::Reply reply = m_site->get(url.path(QUrl::FullyDecoded));
        if (reply.status == 302) {
            job->redirect(PreviewWindow::rootUrl().resolved(QUrl(QString::fromUtf8(reply.body))));
            return;
        }
        if (reply.status == 404) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        if (reply.status != 200) {
            job->fail(QWebEngineUrlRequestJob::RequestFailed);
            return;
        }
        auto *buffer = new QBuffer(job);
        buffer->setData(std::move(reply.body));
        job->reply(reply.contentType, buffer);
    }

private:
    Preview::PreviewSite *m_site;
};

} // namespace

/** Opens links that leave the preview in the system browser and collects script errors. */
class PreviewPage final : public QWebEnginePage
{
public:
    explicit PreviewPage(QWebEngineProfile *profile, QObject *parent)
        : QWebEnginePage(profile, parent)
    {
        connect(this,
                &QWebEnginePage::newWindowRequested,
                this,
                [](QWebEngineNewWindowRequest &request) {
                    const QUrl url = request.requestedUrl();
                    if (url.scheme() == u"http" || url.scheme() == u"https"
                        || url.scheme() == u"mailto")
                        QDesktopServices::openUrl(url);
                });
    }

    QStringList errors;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        if (url.scheme() == QLatin1StringView(PreviewWindow::scheme) || url.scheme() == u"about")
            return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
        if (type == NavigationTypeLinkClicked)
            QDesktopServices::openUrl(url);
        return false; // the preview never navigates to the network
    }

    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                  const QString &message,
                                  int line,
                                  const QString &source) override
    {
        if (level == ErrorMessageLevel)
            errors.append(u"%1:%2: %3"_s.arg(source).arg(line).arg(message));
    }
};

PreviewWindow::PreviewWindow(Preview::PreviewSite *site, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_profile(new QWebEngineProfile(this)) // off the record: nothing written to disk
    , m_page(new PreviewPage(m_profile, this))
    , m_view(new QWebEngineView(this))
    , m_loading(new QWidget(this))
    , m_progress(new QProgressBar(m_loading))
{
    setObjectName(u"PreviewWindow"_s);
    setWindowTitle(tr("Preview"));
    m_profile->installUrlSchemeHandler(scheme.toByteArray(), new SchemeHandler(site, m_profile));
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
    m_page->runJavaScript(u"window.CapsulePreview && window.CapsulePreview.contentChanged && "
                          "window.CapsulePreview.contentChanged();"_s);
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
