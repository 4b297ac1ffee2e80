// SPDX-License-Identifier: MIT
#include "PreviewController.h"

#include "core/Document.h"
#include "preview/PreviewServer.h"

#include <QDesktopServices>
#include <QLocale>
#include <QWidget>

#if CAPSULE_HAS_WEBENGINE
#include "PreviewWindow.h"
#endif

using namespace Qt::StringLiterals;

namespace App {

PreviewController::PreviewController(QWidget *mainWindow)
    : QObject(mainWindow)
    , m_mainWindow(mainWindow)
    , m_site(new Preview::PreviewSite(this))
{
    // Long enough to batch a burst of keystrokes, short enough to feel live.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(150);
    connect(&m_refreshTimer, &QTimer::timeout, this, &PreviewController::refresh);
}

PreviewController::~PreviewController()
{
#if CAPSULE_HAS_WEBENGINE
    delete m_window; // a top-level window: not a child of the main window
#endif
}

void PreviewController::registerUrlScheme()
{
#if CAPSULE_HAS_WEBENGINE
    PreviewWindow::registerUrlScheme();
#endif
}

bool PreviewController::hasPreviewWindow()
{
    return CAPSULE_HAS_WEBENGINE;
}

void PreviewController::setDocument(Core::Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_stale = true;
    if (!document)
        return;
    const auto changed = [this] { scheduleRefresh(); };
    connect(document, &Core::Document::metadataChanged, this, changed);
    connect(document, &Core::Document::settingsChanged, this, changed);
    connect(document, &Core::Document::sectionInserted, this, changed);
    connect(document, &Core::Document::sectionRemoved, this, changed);
    connect(document, &Core::Document::sectionMoved, this, changed);
    connect(document, &Core::Document::sectionChanged, this, changed);
    connect(document, &Core::Document::slideInserted, this, changed);
    connect(document, &Core::Document::slideRemoved, this, changed);
    connect(document, &Core::Document::slideMoved, this, changed);
    connect(document, &Core::Document::slideChanged, this, changed);
    connect(document, &Core::Document::assetAdded, this, changed);
    connect(document, &Core::Document::assetRemoved, this, changed);
    scheduleRefresh();
}

PreviewWindow *PreviewController::window() const
{
#if CAPSULE_HAS_WEBENGINE
    return m_window.data();
#else
    return nullptr;
#endif
}

Preview::PreviewOptions PreviewController::options(const Core::SlideId &from) const
{
    Preview::PreviewOptions options;
    options.startSlide = from;
    options.interfaceLanguage = QLocale().language() == QLocale::French ? u"fr"_s : u"en"_s;
    return options;
}

bool PreviewController::isShowing() const
{
#if CAPSULE_HAS_WEBENGINE
    if (m_window && m_window->isVisible())
        return true;
#endif
    return m_server != nullptr;
}

void PreviewController::scheduleRefresh()
{
    m_stale = true;
    if (isShowing())
        m_refreshTimer.start();
}

void PreviewController::refresh()
{
    m_refreshTimer.stop();
    if (!m_document || !m_stale)
        return;
    m_site->setCourse(m_document->course());
    m_stale = false;
#if CAPSULE_HAS_WEBENGINE
    if (m_window)
        m_window->notifyContentChanged();
#endif
}

void PreviewController::preview(const Core::SlideId &from)
{
    if (!m_document)
        return;
#if CAPSULE_HAS_WEBENGINE
    refresh();
    if (!m_window)
        m_window = new PreviewWindow(m_site);
    m_window->open(options(from));
#else
    previewInBrowser(from);
#endif
}

void PreviewController::warmUp()
{
#if CAPSULE_HAS_WEBENGINE
    if (m_window)
        return;
    m_window = new PreviewWindow(m_site);
    m_window->warmUp();
#endif
}

void PreviewController::previewInBrowser(const Core::SlideId &from)
{
    const QUrl url = serve(from);
    if (url.isEmpty())
        return;
    if (!QDesktopServices::openUrl(url)) {
        emit statusMessageRequested(
            tr("Cannot open a web browser. Open %1 to see the preview.").arg(url.toString()));
        return;
    }
    emit statusMessageRequested(tr("Preview opened in the browser at %1").arg(url.toString()));
}

QUrl PreviewController::serve(const Core::SlideId &from)
{
    if (!m_document)
        return {};
    refresh();
    if (!m_server) {
        auto *server = new Preview::PreviewServer(m_site, this);
        if (auto listening = server->listen(); !listening) {
            delete server;
            emit statusMessageRequested(listening.error().message);
            return {};
        }
        m_server = server;
    }
    return Preview::PreviewSite::shellUrl(m_server->rootUrl(), options(from));
}

} // namespace App
