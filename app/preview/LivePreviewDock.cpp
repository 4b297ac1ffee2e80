// SPDX-License-Identifier: MIT
#include "LivePreviewDock.h"

#include "PreviewController.h"
#include "app/Icons.h"
#include "core/Course.h"

#include <QAction>
#include <QActionGroup>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#if CAPSULE_HAS_WEBENGINE
#include "PreviewWebPage.h"
#include "PreviewWindow.h"

#include <QWebEngineSettings>
#include <QWebEngineView>
#endif

using namespace Qt::StringLiterals;

namespace App {

namespace {

/** A JavaScript string literal for text. */
QString jsString(const QString &text)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

template <typename List> int indexOfId(const List &list, const QString &id)
{
    for (size_t i = 0; i < list.size(); ++i) {
        if (list[i].id == id)
            return int(i);
    }
    return -1;
}

} // namespace

LivePreviewDock::LivePreviewDock(PreviewController *controller, QWidget *parent)
    : QDockWidget(tr("Live Preview"), parent)
    , m_controller(controller)
    , m_toolBar(new QToolBar)
    , m_deviceGroup(new QActionGroup(this))
    , m_editModeAction(new QAction(Icons::icon(u"click-to-edit"_s), tr("Click to Edit"), this))
{
    setObjectName(u"LivePreviewDock"_s);
    QSettings settings;
    m_device = settings.value(u"livePreview/device"_s, u"phone"_s).toString();
    if (!devices().contains(m_device))
        m_device = u"phone"_s;
    m_editMode = settings.value(u"livePreview/editMode"_s, true).toBool();

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_toolBar->setAccessibleName(tr("Live preview tools"));
    const QList<QPair<QString, QString>> names{{u"phone"_s, tr("Phone Width")},
                                               {u"tablet"_s, tr("Tablet Width")},
                                               {u"desktop"_s, tr("Desktop Width")}};
    const QStringList tips{tr("Show the slide as on a phone (360 px wide)"),
                           tr("Show the slide as on a tablet (768 px wide)"),
                           tr("Show the slide as on a computer: the whole dock")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        QAction *action = m_toolBar->addAction(Icons::icon(u"device-"_s + names.at(i).first),
                                               names.at(i).second);
        action->setObjectName(u"actionLivePreview_"_s + names.at(i).first);
        action->setData(names.at(i).first);
        action->setCheckable(true);
        action->setChecked(names.at(i).first == m_device);
        action->setToolTip(tips.at(i));
        m_deviceGroup->addAction(action);
    }
    connect(m_deviceGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        setDevice(action->data().toString());
    });
    m_toolBar->addSeparator();
    m_editModeAction->setObjectName(u"actionLivePreviewClickToEdit"_s);
    m_editModeAction->setCheckable(true);
    m_editModeAction->setChecked(m_editMode);
    m_editModeAction->setToolTip(
        tr("Click on the slide to edit what you clicked; off, the slide works as for a learner "
           "(Alt+click still edits)"));
    connect(m_editModeAction, &QAction::toggled, this, &LivePreviewDock::setEditMode);
    m_toolBar->addAction(m_editModeAction);
    layout->addWidget(m_toolBar);

#if CAPSULE_HAS_WEBENGINE
    // The web engine starts when the dock has been on screen for a moment, not with the window:
    // a dock hidden behind a tab, or a window open for a second, costs nothing.
    m_layout = layout;
    m_loadTimer.setSingleShot(true);
    m_loadTimer.setInterval(400);
    connect(&m_loadTimer, &QTimer::timeout, this, [this] {
        if (isVisible() && !visibleRegion().isEmpty() && !m_loaded && !m_loading)
            load();
    });
    m_placeholder = new QLabel(tr("Starting the preview…"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);
    layout->addWidget(m_placeholder, 1);
    connect(controller,
            &PreviewController::slidesUpdated,
            this,
            [this](const QByteArray &slides, int revision) {
                if (!m_loaded)
                    return;
                m_page->applySlides(slides, revision, [self = QPointer(this)](double ms) {
                    if (!self)
                        return;
                    self->m_lastApplyMs = ms;
                    emit self->slidesApplied(ms);
                });
            });
    connect(controller, &PreviewController::contentReplaced, this, [this] {
        if (m_loaded)
            m_page->notifyContentChanged();
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (m_controller)
            m_controller->setLiveViewShown(visible && m_loaded);
        if (visible && !m_loaded && !m_loading)
            m_loadTimer.start();
    });
#else
    m_toolBar->setEnabled(false);
    auto *message = new QLabel(
        tr("This build of Capsule shows the preview in your web browser: use Course › Preview "
           "in Browser."));
    message->setWordWrap(true);
    message->setAlignment(Qt::AlignCenter);
    message->setMargin(16);
    auto *open = new QPushButton(Icons::icon(u"preview-browser"_s), tr("Preview in Browser"));
    connect(open, &QPushButton::clicked, this, [this] {
        if (m_controller)
            m_controller->previewInBrowser(m_slide);
    });
    layout->addStretch();
    layout->addWidget(message);
    layout->addWidget(open, 0, Qt::AlignHCenter);
    layout->addStretch();
#endif
    setWidget(content);
}

LivePreviewDock::~LivePreviewDock()
{
#if CAPSULE_HAS_WEBENGINE
    // The page must go before the profile it was created with (a child of this dock).
    if (m_view)
        m_view->setPage(nullptr);
    delete m_page;
#endif
}

const QStringList &LivePreviewDock::devices()
{
    static const QStringList list{u"phone"_s, u"tablet"_s, u"desktop"_s};
    return list;
}

QAction *LivePreviewDock::deviceAction(const QString &device) const
{
    for (QAction *action : m_deviceGroup->actions()) {
        if (action->data().toString() == device)
            return action;
    }
    return nullptr;
}

void LivePreviewDock::createView()
{
#if CAPSULE_HAS_WEBENGINE
    if (m_view)
        return;
    m_view = new QWebEngineView;
    m_page = new PreviewWebPage(PreviewWebPage::createProfile(m_controller->site(), this), this);
    m_page->settings()->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setAccessibleName(tr("Live preview of the slide"));
    m_view->setMinimumSize(200, 240);
    m_layout->replaceWidget(m_placeholder, m_view);
    m_placeholder->hide();
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        m_loading = false;
        m_loaded = ok;
        if (m_controller)
            m_controller->setLiveViewShown(ok && isVisible());
        if (ok && !m_slide.isNull())
            setCurrentSlide(m_slide);
        emit pageLoaded(ok);
    });
#endif
}

void LivePreviewDock::load()
{
#if CAPSULE_HAS_WEBENGINE
    if (!m_controller)
        return;
    m_loadTimer.stop();
    createView();
    m_controller->flush();
    Preview::PreviewOptions options = m_controller->options(m_slide);
    options.embedded = true;
    options.dock = true;
    options.editMode = m_editMode;
    options.device = m_device;
    m_loading = true;
    m_page->errors.clear();
    m_view->load(Preview::PreviewSite::shellUrl(PreviewWindow::rootUrl(), options));
#endif
}

void LivePreviewDock::runScript(const QString &script)
{
#if CAPSULE_HAS_WEBENGINE
    if (m_loaded)
        m_page->runJavaScript(u"window.CapsulePreview && window.CapsulePreview."_s + script);
#else
    Q_UNUSED(script)
#endif
}

void LivePreviewDock::setCurrentSlide(const Core::SlideId &id)
{
    m_slide = id;
    if (!id.isNull())
        runScript(u"showSlide(%1);"_s.arg(jsString(id.toString())));
}

void LivePreviewDock::setDevice(const QString &device)
{
    if (!devices().contains(device))
        return;
    m_device = device;
    QSettings().setValue(u"livePreview/device"_s, device);
    if (QAction *action = deviceAction(device))
        action->setChecked(true);
    runScript(u"setDevice(%1);"_s.arg(jsString(device)));
}

void LivePreviewDock::setEditMode(bool on)
{
    m_editMode = on;
    QSettings().setValue(u"livePreview/editMode"_s, on);
    m_editModeAction->setChecked(on);
    runScript(u"setEditMode(%1);"_s.arg(on ? u"true"_s : u"false"_s));
}

QStringList LivePreviewDock::scriptErrors() const
{
#if CAPSULE_HAS_WEBENGINE
    return m_page->errors;
#else
    return {};
#endif
}

LivePreviewDock::EditTarget LivePreviewDock::editTarget(const Core::Course &course,
                                                        const Core::SlideId &slide,
                                                        const QString &field,
                                                        const QString &key)
{
    using Field = Core::Validator::Field;
    static const QHash<QString, Field> fields{{u"title"_s, Field::None},
                                              {u"block"_s, Field::Block},
                                              {u"prompt"_s, Field::Prompt},
                                              {u"answer"_s, Field::Answers},
                                              {u"correct-feedback"_s, Field::CorrectFeedback},
                                              {u"incorrect-feedback"_s, Field::IncorrectFeedback},
                                              {u"video"_s, Field::Video},
                                              {u"pass"_s, Field::PassMessage},
                                              {u"fail"_s, Field::FailMessage},
                                              {u"draw"_s, Field::Draw}};
    EditTarget target;
    target.field = fields.value(field, Field::None);
    bool number = false;
    const int n = key.startsWith(u"blank:") ? key.mid(6).toInt(&number) : key.toInt(&number);
    if (target.field == Field::Block && number)
        target.index = n;
    if (target.field != Field::Answers || key.isEmpty())
        return target;
    const Core::Slide *s = course.slide(slide);
    const auto *body = s ? std::get_if<Core::QuestionBody>(&s->body) : nullptr;
    if (!body)
        return target;
    const Core::Question &q = body->question;
    for (int found :
         {indexOfId(q.choices, key), indexOfId(q.pairs, key), indexOfId(q.items, key)}) {
        if (found >= 0) {
            target.index = found;
            return target;
        }
    }
    if (number)
        target.index = n; // a blank, a scale point
    return target;
}

} // namespace App
