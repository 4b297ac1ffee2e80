// SPDX-License-Identifier: MIT
#pragma once

#include "preview/PreviewSite.h"

#include <QStringList>
#include <QUrl>
#include <QWidget>

class QProgressBar;
class QWebEngineProfile;
class QWebEngineView;

namespace App {

class PreviewWebPage;

/**
 * The in-editor preview: a top-level window with a Qt WebEngine view of the preview page
 * (learner player beside the LMS simulator and inspector, see resources/preview/), served
 * from memory by a PreviewSite through the "capsule-preview:" URL scheme — never over a
 * network, not even the loopback one. Built only with Qt WebEngine (CAPSULE_WITH_WEBENGINE).
 *
 * Its own window, not a dock: a QWebEngineView must not share a window with a native video
 * widget on Qt 6.4 (see ../shared/TOOLCHAIN.md), and authors want the preview beside the editor.
 */
class PreviewWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewWindow(Preview::PreviewSite *site, QWidget *parent = nullptr);
    ~PreviewWindow() override;

    static constexpr QByteArrayView scheme{"capsule-preview"};
    /** Registers the scheme; before the QApplication exists (a Qt WebEngine rule). */
    static void registerUrlScheme();
    /** "capsule-preview://course" */
    static QUrl rootUrl();

    /** Shows the window and (re)starts the preview with options: a new attempt. */
    void open(const Preview::PreviewOptions &options);
    /** Starts the web engine while hidden, so that the first preview opens quickly. */
    void warmUp();
    /** True from open() until the page has loaded: the loading indicator is shown. */
    bool isLoading() const;
    /** Tells the page that the site has a new revision, so it refreshes at once. */
    void notifyContentChanged();
    /** Gives the page edited slides of the site's revision (PreviewWebPage::applySlides). */
    void applySlides(const QByteArray &slides, int revision);

    QWebEngineView *view() const { return m_view; }
    /** JavaScript errors reported by the page since it was opened (for tests and logs). */
    QStringList scriptErrors() const;

signals:
    void pageLoaded(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWebEngineProfile *m_profile;
    PreviewWebPage *m_page;
    QWebEngineView *m_view;
    QWidget *m_loading;
    QProgressBar *m_progress;
};

} // namespace App
