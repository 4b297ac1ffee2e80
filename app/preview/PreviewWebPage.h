// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QWebEnginePage>

#include <functional>

class QWebEngineProfile;

namespace Preview {
class PreviewSite;
}

namespace App {

/**
 * A page of the preview site in Qt WebEngine (the preview window and the live preview dock):
 * opens links that leave the preview in the system browser, never navigates to the network,
 * and collects the page's script errors.
 */
class PreviewWebPage final : public QWebEnginePage
{
public:
    explicit PreviewWebPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    /**
     * An off-the-record profile (nothing written to disk) that serves site through the
     * "capsule-preview:" scheme, course media guarded (see PreviewWebPage.cpp). Owned by parent;
     * its pages must be deleted before it.
     */
    static QWebEngineProfile *createProfile(Preview::PreviewSite *site, QObject *parent);

    /**
     * Gives the page slides (a JSON array of player slide data) of the site's revision: the
     * player re-renders them in place (CapsulePreview.applySlides), or the page reloads the
     * course data when it cannot. done, if set, gets the page's time to apply them in ms (-1:
     * it reloaded the course data instead).
     */
    void applySlides(const QByteArray &slides,
                     int revision,
                     const std::function<void(double)> &done = {});
    /** Tells the page that the site has a new revision, so it reloads the course data at once. */
    void notifyContentChanged();

    QStringList errors; ///< JavaScript errors since the last clear, "source:line: message"

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                  const QString &message,
                                  int line,
                                  const QString &source) override;
};

} // namespace App
