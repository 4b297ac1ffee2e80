// SPDX-License-Identifier: MIT
#include "PreviewController.h"

#include "core/Course.h"
#include "core/Document.h"
#include "preview/PreviewServer.h"

#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QWidget>

#include <algorithm>
#include <utility>

#if CAPSULE_HAS_WEBENGINE
#include "PreviewWindow.h"
#endif

using namespace Qt::StringLiterals;

namespace App {

namespace {

/** Whether id is a question of a bank that a draw slide draws from. */
bool usedByDraw(const Core::Course &course, const Core::SlideId &id)
{
    const Core::BankPosition at = course.bankQuestionPosition(id);
    if (!at.isValid())
        return false;
    const Core::BankId bank = course.banks().at(at.bank)->id;
    for (const Core::Slide *slide : course.allSlides()) {
        if (const auto *draw = std::get_if<Core::DrawBody>(&slide->body);
            draw && std::find(draw->banks.begin(), draw->banks.end(), bank) != draw->banks.end())
            return true;
    }
    return false;
}

} // namespace

PreviewController::PreviewController(QWidget *mainWindow)
    : QObject(mainWindow)
    , m_mainWindow(mainWindow)
    , m_site(new Preview::PreviewSite(this))
{
    // Long enough to batch a burst of keystrokes, short enough to feel live.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(150);
    connect(&m_refreshTimer, &QTimer::timeout, this, &PreviewController::refresh);
    // A slide edit reaches the page at once: it costs one slide's conversion (PreviewSite::
    // updateSlide), however large the course. The timer only merges the signals of one command.
    m_slideTimer.setSingleShot(true);
    m_slideTimer.setInterval(0);
    connect(&m_slideTimer, &QTimer::timeout, this, &PreviewController::updateSlides);
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
    // A slide's or bank question's content: that slide only. Everything else changes the
    // course's structure, settings, theme or media, which the page reloads as a whole.
    connect(document, &Core::Document::slideChanged, this, [this](const Core::SlideId &id) {
        scheduleSlideUpdate(id);
    });
    connect(document, &Core::Document::assetAdded, this, changed);
    connect(document, &Core::Document::assetRemoved, this, changed);
    connect(document, &Core::Document::bankInserted, this, changed);
    connect(document, &Core::Document::bankRemoved, this, changed);
    connect(document, &Core::Document::bankChanged, this, changed);
    connect(document, &Core::Document::bankQuestionInserted, this, changed);
    connect(document, &Core::Document::bankQuestionRemoved, this, changed);
    connect(document, &Core::Document::bankQuestionMoved, this, changed);
    // Languages and translations: every language's data is in the page (its language menu).
    connect(document, &Core::Document::languagesChanged, this, changed);
    connect(document, &Core::Document::translationsChanged, this, changed);
    scheduleRefresh();
}

void PreviewController::setLiveViewShown(bool shown)
{
    m_liveViewShown = shown;
    if (shown && m_document)
        flush();
}

void PreviewController::flush()
{
    refresh();
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
    // A course in several languages starts in the one being edited, not the browser's.
    if (m_document && !m_document->course().languages().targets.isEmpty()) {
        options.playerLanguage = m_courseLanguage.isEmpty()
                                     ? m_document->course().metadata().language
                                     : m_courseLanguage;
    }
    return options;
}

bool PreviewController::isShowing() const
{
#if CAPSULE_HAS_WEBENGINE
    if (m_window && m_window->isVisible())
        return true;
#endif
    return m_server != nullptr || m_liveViewShown;
}

void PreviewController::scheduleRefresh()
{
    m_stale = true;
    m_editedSlides.clear(); // the full refresh takes them
    if (isShowing())
        m_refreshTimer.start();
}

void PreviewController::scheduleSlideUpdate(const Core::SlideId &id)
{
    if (m_stale)
        return; // a full refresh is due and takes this edit too
    if (!m_site->updatesSlides()) {
        // A course in several languages: the whole data, after the typing pause.
        scheduleRefresh();
        return;
    }
    if (!m_editedSlides.contains(id))
        m_editedSlides.append(id);
    if (isShowing()) {
        m_slideTimer.start();
    } else {
        m_stale = true; // nobody looks: the next view starts with a full refresh
        m_editedSlides.clear();
    }
}

void PreviewController::refresh()
{
    m_refreshTimer.stop();
    if (!m_stale) {
        updateSlides(); // the slide edits still on their way, if any
        return;
    }
    m_slideTimer.stop();
    m_editedSlides.clear();
    if (!m_document)
        return;
    m_site->setCourse(m_document->course());
    m_stale = false;
#if CAPSULE_HAS_WEBENGINE
    if (m_window)
        m_window->notifyContentChanged();
#endif
    emit contentReplaced();
}

void PreviewController::updateSlides()
{
    m_slideTimer.stop();
    const QList<Core::SlideId> edited = std::exchange(m_editedSlides, {});
    if (!m_document || m_stale || edited.isEmpty())
        return;
    QJsonArray slides;
    for (const Core::SlideId &id : edited) {
        QJsonObject data = m_site->updateSlide(m_document->course(), id);
        if (data.isEmpty() && !usedByDraw(m_document->course(), id))
            continue; // a question of a bank no draw slide uses: not in the player data
        if (data.isEmpty()) {
            // Not in the player data (a question of a bank no draw slide uses, or a slide the
            // site does not know): the whole data again, which is right whatever it was.
            m_stale = true;
            refresh();
            return;
        }
        slides.append(data);
    }
    if (slides.isEmpty())
        return;
    const QByteArray json = QJsonDocument(slides).toJson(QJsonDocument::Compact);
#if CAPSULE_HAS_WEBENGINE
    if (m_window)
        m_window->applySlides(json, m_site->revision());
#endif
    emit slidesUpdated(json, m_site->revision());
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
