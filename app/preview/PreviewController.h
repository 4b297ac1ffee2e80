// SPDX-License-Identifier: MIT
#pragma once

#include "core/Ids.h"
#include "preview/PreviewSite.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace Core {
class Document;
}

namespace Preview {
class PreviewServer;
}

namespace App {

class PreviewWindow;

/**
 * The editor's preview: keeps a Preview::PreviewSite in step with the document (an edit
 * refreshes the open preview after a short pause, without touching media) and shows it in
 * the preview window (Qt WebEngine) or, without WebEngine or on request, in the system
 * browser through a loopback Preview::PreviewServer.
 */
class PreviewController : public QObject
{
    Q_OBJECT

public:
    explicit PreviewController(QWidget *mainWindow);
    ~PreviewController() override;

    /** Registers the preview's URL scheme; call before the QApplication is created. */
    static void registerUrlScheme();
    /** True when the editor was built with Qt WebEngine (the in-editor preview window). */
    static bool hasPreviewWindow();

    void setDocument(Core::Document *document);

    /** Opens the preview (or restarts it) at slide from; a null id starts at the beginning. */
    void preview(const Core::SlideId &from = {});
    /** Opens the preview in the system browser, served from 127.0.0.1. */
    void previewInBrowser(const Core::SlideId &from = {});
    /**
     * Creates the preview window hidden and starts its web engine, so that the first F5 does
     * not wait for Chromium to start. main() calls it shortly after the editor shows.
     */
    void warmUp();
    /**
     * Serves the preview on 127.0.0.1 (from now until the editor closes) and returns the
     * page's address for slide from; empty, after a status message, when it cannot.
     */
    QUrl serve(const Core::SlideId &from = {});

    /**
     * Whether a live view (the live preview dock) shows the site: while one does, the site
     * follows every edit even when the preview window is closed.
     */
    void setLiveViewShown(bool shown);

    Preview::PreviewSite *site() const { return m_site; }
    /** The preview window once opened; null without Qt WebEngine. */
    PreviewWindow *window() const;
    Preview::PreviewServer *server() const { return m_server; }
    /** Preview options as the editor sets them (interface language, SCORM version). */
    Preview::PreviewOptions options(const Core::SlideId &from) const;

    /**
     * The course language the previews start in (a course with target languages): the one being
     * edited; empty for the source language.
     */
    void setCourseLanguage(const QString &language) { m_courseLanguage = language; }

    /** Brings the site up to date now (the pending edits), as the timers would shortly. */
    void flush();

signals:
    void statusMessageRequested(const QString &message);
    /**
     * The site's revision changed by slides alone: slides is a JSON array of their player data.
     * A page at the previous revision applies them in place (CapsulePreview.applySlides).
     */
    void slidesUpdated(const QByteArray &slides, int revision);
    /** The site's revision changed in a way only a reload of the course data shows. */
    void contentReplaced();

private:
    bool isShowing() const;
    void scheduleRefresh();
    void scheduleSlideUpdate(const Core::SlideId &id);
    void refresh();
    void updateSlides();

    QWidget *m_mainWindow;
    QPointer<Core::Document> m_document;
    Preview::PreviewSite *m_site;
    Preview::PreviewServer *m_server = nullptr;
    QPointer<PreviewWindow> m_window;
    QTimer m_refreshTimer;
    QTimer m_slideTimer;                 ///< next turn of the event loop: one update per command
    QList<Core::SlideId> m_editedSlides; ///< edited since the last update, for m_slideTimer
    bool m_stale = true;                 ///< the site lags behind the document's structure
    bool m_liveViewShown = false;
    QString m_courseLanguage;
};

} // namespace App
