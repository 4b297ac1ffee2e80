// SPDX-License-Identifier: MIT
#include "PreviewWebPage.h"

#include "PreviewWindow.h"
#include "preview/PreviewSite.h"

#include <QBuffer>
#include <QDesktopServices>
#include <QPointer>
#include <QWebEngineNewWindowRequest>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestInfo>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlSchemeHandler>

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
        if (!m_site) { // the editor is closing: a page may still poll
            job->fail(QWebEngineUrlRequestJob::RequestAborted);
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
    QPointer<Preview::PreviewSite> m_site; ///< owned by the PreviewController, which may go first
};

/**
 * Keeps course media from becoming documents of the preview's origin, where a scripted SVG
 * could reach the page and its LMS simulator. Over HTTP the server sends a sandboxing
 * Content-Security-Policy; Qt 6.4's scheme handler cannot send headers, so here media load as
 * images, audio, video, captions and XHR only: never as a page, frame, object, worker, script
 * or style sheet.
 */
class MediaRequestGuard final : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QUrl url = info.requestUrl();
        if (url.scheme() != QLatin1StringView(PreviewWindow::scheme)
            || !Preview::PreviewSite::isMediaPath(url.path(QUrl::FullyDecoded)))
            return;
        switch (info.resourceType()) {
        case QWebEngineUrlRequestInfo::ResourceTypeImage:
        case QWebEngineUrlRequestInfo::ResourceTypeMedia:
        case QWebEngineUrlRequestInfo::ResourceTypeXhr:
        case QWebEngineUrlRequestInfo::ResourceTypeSubResource:
        case QWebEngineUrlRequestInfo::ResourceTypePrefetch:
            return;
        default:
            info.block(true);
        }
    }
};

} // namespace

PreviewWebPage::PreviewWebPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    connect(
        this, &QWebEnginePage::newWindowRequested, this, [](QWebEngineNewWindowRequest &request) {
            const QUrl url = request.requestedUrl();
            if (url.scheme() == u"http" || url.scheme() == u"https" || url.scheme() == u"mailto")
                QDesktopServices::openUrl(url);
        });
}

QWebEngineProfile *PreviewWebPage::createProfile(Preview::PreviewSite *site, QObject *parent)
{
    auto *profile = new QWebEngineProfile(parent); // off the record: nothing written to disk
    profile->installUrlSchemeHandler(PreviewWindow::scheme.toByteArray(),
                                     new SchemeHandler(site, profile));
    profile->setUrlRequestInterceptor(new MediaRequestGuard(profile));
    return profile;
}

void PreviewWebPage::applySlides(const QByteArray &slides,
                                 int revision,
                                 const std::function<void(double)> &done)
{
    // The slides are JSON, a JavaScript expression as it stands.
    const QString script = u"(function () { var p = window.CapsulePreview;"
                           " var r = p && p.applySlides && p.applySlides(%1, %2);"
                           " if (!r && p) p.contentChanged(); return r ? r.ms : -1; })()"_s
                               .arg(QString::fromUtf8(slides))
                               .arg(revision);
    if (!done) {
        runJavaScript(script);
        return;
    }
    runJavaScript(script, [done](const QVariant &ms) { done(ms.toDouble()); });
}

void PreviewWebPage::notifyContentChanged()
{
    runJavaScript(u"window.CapsulePreview && window.CapsulePreview.contentChanged && "
                  "window.CapsulePreview.contentChanged();"_s);
}

bool PreviewWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (url.scheme() == QLatin1StringView(PreviewWindow::scheme) || url.scheme() == u"about")
        return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
    if (type == NavigationTypeLinkClicked)
        QDesktopServices::openUrl(url);
    return false; // the preview never navigates to the network
}

void PreviewWebPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                              const QString &message,
                                              int line,
                                              const QString &source)
{
    if (level == ErrorMessageLevel)
        errors.append(u"%1:%2: %3"_s.arg(source).arg(line).arg(message));
}

} // namespace App
