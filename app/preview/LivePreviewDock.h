// SPDX-License-Identifier: MIT
#pragma once

#include "core/Ids.h"
#include "core/Validator.h"

#include <QDockWidget>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QAction;
class QLabel;
class QVBoxLayout;
class QActionGroup;
class QToolBar;
class QWebEngineView;

namespace Core {
class Course;
}

namespace App {

class PreviewController;
class PreviewWebPage;

/**
 * "Live Preview", beside the slide editor: the selected slide as the learner sees it. It is
 * the preview's own page and player (PreviewController's site, ?dock=1: the stage alone, no LMS
 * inspector), so there is no second renderer. It follows the selection without reloading
 * (CapsulePreview.showSlide) and every edit in place (PreviewController::slidesUpdated), at
 * phone, tablet or desktop width.
 *
 * Click to Edit (on by default, remembered): a click on the slide's title, a block or a
 * question's prompt, answer or feedback asks the editor to select that field (the site's
 * editRequested) instead of acting as the learner's click; off, the slide works as for a
 * learner, and Alt+click still edits.
 *
 * Without Qt WebEngine it only says that the preview opens in the browser. Owned by the main
 * window; the controller must outlive it.
 */
class LivePreviewDock final : public QDockWidget
{
    Q_OBJECT
public:
    explicit LivePreviewDock(PreviewController *controller, QWidget *parent = nullptr);
    ~LivePreviewDock() override;

    /** What the editor should focus for a click in the page on field/key of slide. */
    struct EditTarget
    {
        Core::Validator::Field field = Core::Validator::Field::None; ///< None: the title
        int index = -1; ///< block, answer row or blank; -1: none
    };
    /** Maps PreviewSite::editRequested's field and key to the editor's field and row. */
    static EditTarget editTarget(const Core::Course &course,
                                 const Core::SlideId &slide,
                                 const QString &field,
                                 const QString &key);

    /** The slide to show (the outline's or bank's current one); navigates without a reload. */
    void setCurrentSlide(const Core::SlideId &id);
    Core::SlideId currentSlide() const { return m_slide; }

    static const QStringList &devices(); ///< "phone", "tablet", "desktop"
    QString device() const { return m_device; }
    void setDevice(const QString &device);
    bool isEditMode() const { return m_editMode; }
    void setEditMode(bool on);

    QAction *deviceAction(const QString &device) const;
    QAction *editModeAction() const { return m_editModeAction; }

    /** Starts the page now rather than when the dock has been shown for a moment. */
    void load();
    /** The web view; null until the page first loads, and without Qt WebEngine. */
    QWebEngineView *view() const { return m_view; }
    /** True once the page has loaded (it loads when the dock is first shown). */
    bool isPageLoaded() const { return m_loaded; }
    /** The page's time to apply the last edit it was given, in ms (-1: it reloaded instead). */
    double lastApplyMs() const { return m_lastApplyMs; }
    /** JavaScript errors of the page since it loaded. */
    QStringList scriptErrors() const;

signals:
    /** The page applied the slides of an edit (after PreviewController::slidesUpdated). */
    void slidesApplied(double ms);
    void pageLoaded(bool ok);

private:
    void createView();
    void runScript(const QString &script);

    QPointer<PreviewController> m_controller; ///< may go first when the main window closes
    QToolBar *m_toolBar;
    QActionGroup *m_deviceGroup;
    QAction *m_editModeAction;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_placeholder = nullptr;
    QTimer m_loadTimer;
    QWebEngineView *m_view = nullptr;
    PreviewWebPage *m_page = nullptr;
    Core::SlideId m_slide;
    QString m_device;
    bool m_editMode = true;
    bool m_loaded = false;
    bool m_loading = false;
    double m_lastApplyMs = 0;
};

} // namespace App
