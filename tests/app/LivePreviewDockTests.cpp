// SPDX-License-Identifier: MIT
// The live preview dock: the preview's page beside the editor, following the selection and
// edits in place, at three widths, with click to edit.
#include "TestSupport.h"
#include "WindowTestSupport.h"
#include "app/MainWindow.h"
#include "app/docks/OutlineDock.h"
#include "app/editors/Editor.h"
#include "app/editors/SlideEditorHost.h"
#include "app/preview/LivePreviewDock.h"
#include "app/preview/PreviewController.h"
#include "app/translation/EditingLanguage.h"
#include "core/Course.h"
#include "core/Document.h"
#include "core/commands/RemoveLanguage.h"
#include "core/commands/RenameSection.h"
#include "core/commands/SetSlideTitle.h"
#include "preview/PreviewSite.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <memory>

#if CAPSULE_HAS_WEBENGINE
#include <QWebEnginePage>
#include <QWebEngineView>
#endif

using namespace Qt::StringLiterals;
using WindowTest::SampleWindow;

TEST_CASE("A click in the preview maps to the editor's field and row", "[app][livepreview]")
{
    auto document = Core::Document::fromTemplate(u"sample"_s);
    REQUIRE(document);
    const Core::Course &course = document.value()->course();
    using Field = Core::Validator::Field;
    const Core::Slide *question = nullptr;
    for (const Core::Slide *slide : course.allSlides()) {
        const auto *body = std::get_if<Core::QuestionBody>(&slide->body);
        if (body && body->question.choices.size() > 1)
            question = slide;
    }
    REQUIRE(question);
    const Core::Question &q = std::get<Core::QuestionBody>(question->body).question;
    const auto target = [&](const QString &field, const QString &key) {
        return App::LivePreviewDock::editTarget(course, question->id, field, key);
    };
    CHECK(target(u"answer"_s, q.choices.at(1).id).field == Field::Answers);
    CHECK(target(u"answer"_s, q.choices.at(1).id).index == 1);
    CHECK(target(u"prompt"_s, {}).field == Field::Prompt);
    CHECK(target(u"correct-feedback"_s, {}).field == Field::CorrectFeedback);
    CHECK(target(u"incorrect-feedback"_s, {}).field == Field::IncorrectFeedback);
    CHECK(target(u"title"_s, {}).field == Field::None);
    CHECK(target(u"block"_s, u"2"_s).field == Field::Block);
    CHECK(target(u"block"_s, u"2"_s).index == 2);
    CHECK(target(u"answer"_s, u"blank:1"_s).index == 1);
    CHECK(target(u"answer"_s, u"unknown"_s).index == -1);
    CHECK(target(u"nonsense"_s, u"x"_s).field == Field::None);
}

TEST_CASE("The live preview dock is in the View menu, beside the slide editor",
          "[app][livepreview]")
{
    SampleWindow sample;
    App::MainWindow &window = *sample.window;
    App::LivePreviewDock *dock = window.livePreviewDock();
    REQUIRE(dock);
    CHECK(window.dockWidgetArea(dock) == Qt::RightDockWidgetArea);
    CHECK(dock->toggleViewAction()->text() == u"Live Preview"_s);
    bool inMenu = false;
    for (QAction *action : window.findChildren<QAction *>())
        inMenu = inMenu || action == dock->toggleViewAction();
    CHECK(inMenu);
    // Its state is the window's: a hidden dock stays hidden in the next session.
    CHECK(window.saveState().size() > 0);
#if !CAPSULE_HAS_WEBENGINE
    CHECK(dock->view() == nullptr);
#endif
}

TEST_CASE("The preview controller sends an edited slide alone, structure changes in full",
          "[app][livepreview]")
{
    SampleWindow sample;
    App::MainWindow &window = *sample.window;
    Core::Document *doc = window.document();
    App::PreviewController *controller = window.preview();
    REQUIRE(!controller->serve().isEmpty()); // a view: the site follows every edit
    QSignalSpy slides(controller, &App::PreviewController::slidesUpdated);
    QSignalSpy replaced(controller, &App::PreviewController::contentReplaced);
    Preview::PreviewSite *site = controller->site();
    const int revision = site->revision();
    const Core::Slide *slide = doc->course().allSlides().at(2);

    doc->push(std::make_unique<Core::SetSlideTitle>(doc, slide->id, u"Un"_s));
    doc->push(std::make_unique<Core::SetSlideTitle>(doc, slide->id, u"Deux"_s));
    QTRY_COMPARE_WITH_TIMEOUT(slides.count(), 1, 2000);
    // The next turn of the event loop: both edits in one update, at once (no 150 ms pause).
    CHECK(site->revision() == revision + 1);
    const QJsonArray sent = QJsonDocument::fromJson(slides.at(0).at(0).toByteArray()).array();
    REQUIRE(sent.size() == 1);
    CHECK(sent.at(0).toObject().value(u"title"_s).toString() == u"Deux"_s);
    CHECK(slides.at(0).at(1).toInt() == site->revision());
    CHECK(replaced.isEmpty());

    // A pending slide edit is not lost when something asks for the site at once.
    doc->push(std::make_unique<Core::SetSlideTitle>(doc, slide->id, u"Trois"_s));
    controller->flush();
    CHECK(slides.count() == 2);

    doc->push(std::make_unique<Core::RenameSection>(
        doc, doc->course().sections().front()->id, u"Partie"_s));
    QTRY_COMPARE_WITH_TIMEOUT(replaced.count(), 1, 3000);
    CHECK(slides.count() == 2);
    CHECK(QJsonDocument::fromJson(site->get(u"/player/content/course.json"_s).body)
              .object()
              .value(u"sections"_s)
              .toArray()
              .at(0)
              .toObject()
              .value(u"title"_s)
              .toString()
          == u"Partie"_s);
}

#if CAPSULE_HAS_WEBENGINE

namespace {

const Core::Slide *firstOfKind(const Core::Course &course, Core::SlideKind kind)
{
    for (const Core::Slide *slide : course.allSlides()) {
        if (slide->kind() == kind)
            return slide;
    }
    return nullptr;
}

QVariant evaluate(QWebEngineView *view, const QString &script)
{
    // Shared with the callback, which may come after a timeout (or never).
    struct Answer
    {
        QVariant value;
        bool done = false;
    };
    auto answer = std::make_shared<Answer>();
    view->page()->runJavaScript(script, [answer](const QVariant &value) {
        answer->value = value;
        answer->done = true;
    });
    QElapsedTimer clock;
    clock.start();
    while (!answer->done && clock.elapsed() < 5000)
        QTest::qWait(10);
    return answer->value;
}

QString waitFor(QWebEngineView *view, const QString &script, const QString &expected)
{
    QString value;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30000) {
        value = evaluate(view, script).toString();
        if (value == expected)
            break;
        QTest::qWait(50);
    }
    return value;
}

QString inPlayer(const QString &expression)
{
    return u"(() => { try { const f = document.getElementById('player'); "
           "const d = f && f.contentDocument; return String(%1); } "
           "catch (e) { return 'error: ' + e; } })()"_s.arg(expression);
}

const QString shownSlide
    = inPlayer(u"d.querySelector('article.slide') && "
               "d.querySelector('article.slide').getAttribute('data-slide-id')"_s);

/** The sample in a shown window with the dock's page loaded at slide. */
struct LiveWindow : SampleWindow
{
    /** sourceOnly: the sample without its English, whose slide edits are patched in place. */
    explicit LiveWindow(bool sourceOnly = false)
    {
        if (sourceOnly)
            window->document()->push(
                std::make_unique<Core::RemoveLanguage>(window->document(), u"en"_s));
        window->resize(1400, 900);
        // Selection works without the outline on screen; painting its thumbnails once crashed
        // in QPainter::drawImage under offscreen in these tests (see the branch's report).
        window->outlineDock()->hide();
        window->show();
        dock = window->livePreviewDock();
        dock->show();
        dock->raise();
        dock->load();
        view = dock->view();
        REQUIRE(view);
        REQUIRE(waitFor(view, inPlayer(u"d.body.getAttribute('data-ready')"_s), u"true"_s)
                == u"true"_s);
        // Set on the player's window: gone if the player reloads.
        evaluate(view, inPlayer(u"(f.contentWindow.__same = 'yes')"_s));
    }
    bool samePlayer() const
    {
        return evaluate(view, inPlayer(u"f.contentWindow.__same"_s)).toString() == u"yes"_s;
    }
    App::LivePreviewDock *dock = nullptr;
    QWebEngineView *view = nullptr;
};

} // namespace

TEST_CASE("The live preview follows the outline without reloading", "[app][livepreview]")
{
    LiveWindow live;
    App::MainWindow &window = *live.window;
    const std::vector<const Core::Slide *> slides = window.document()->course().allSlides();
    REQUIRE(slides.size() > 5);
    for (const Core::Slide *slide : {slides.at(4), slides.at(1), slides.back()}) {
        window.outlineDock()->selectSlide(slide->id);
        CHECK(waitFor(live.view, shownSlide, slide->id.toString()) == slide->id.toString());
    }
    CHECK(live.samePlayer());
    INFO(live.dock->scriptErrors().join(u"\n"_s).toStdString());
    CHECK(live.dock->scriptErrors().isEmpty());
}

TEST_CASE("An edit reaches the live preview in place, without reloading", "[app][livepreview]")
{
    LiveWindow live(true);
    App::MainWindow &window = *live.window;
    Core::Document *doc = window.document();
    const Core::Slide *slide = firstOfKind(doc->course(), Core::SlideKind::Content);
    REQUIRE(slide);
    window.outlineDock()->selectSlide(slide->id);
    REQUIRE(waitFor(live.view, shownSlide, slide->id.toString()) == slide->id.toString());
    const int revision = window.preview()->site()->revision();

    QSignalSpy applied(live.dock, &App::LivePreviewDock::slidesApplied);
    const QString title = u"Titre tapé à l’instant"_s;
    doc->push(std::make_unique<Core::SetSlideTitle>(doc, slide->id, title));
    CHECK(waitFor(live.view, inPlayer(u"d.querySelector('.slide-title').textContent"_s), title)
          == title);
    // One slide went to the page (no new course.json), and the player patched it in place.
    CHECK(window.preview()->site()->revision() == revision + 1);
    REQUIRE((applied.count() > 0 || applied.wait(5000)));
    CHECK(applied.last().at(0).toDouble() >= 0);
    CHECK(live.samePlayer());
    CHECK(evaluate(live.view,
                   inPlayer(u"d.querySelector('.ol-item[data-slide-id=\"%1\"] "
                            ".ol-title').textContent"_s.arg(slide->id.toString())))
              .toString()
          == title);

    // A section's title is in the slide's eyebrow and the outline: the page reloads the course
    // data, in place (same player), after the refresh's short pause.
    const QString section = u"Partie renommée"_s;
    doc->push(
        std::make_unique<Core::RenameSection>(doc, doc->course().sections().front()->id, section));
    CHECK(waitFor(live.view,
                  inPlayer(u"d.querySelector('.outline-section-title').textContent"_s),
                  section)
          == section);
    CHECK(window.preview()->site()->revision() == revision + 2);
    CHECK(live.samePlayer());
    INFO(live.dock->scriptErrors().join(u"\n"_s).toStdString());
    CHECK(live.dock->scriptErrors().isEmpty());
}

TEST_CASE("A course in several languages shows an edit in the language edited",
          "[app][livepreview][languages]")
{
    // The sample is in French and English: the preview starts in the language edited, not the
    // browser's, and an edit comes as the whole course data (every language's), same player.
    LiveWindow live;
    App::MainWindow &window = *live.window;
    Core::Document *doc = window.document();
    REQUIRE(doc->course().languages().targets == QStringList{u"en"_s});
    CHECK(evaluate(live.view, inPlayer(u"d.documentElement.lang"_s)).toString() == u"fr"_s);
    const Core::Slide *slide = firstOfKind(doc->course(), Core::SlideKind::Content);
    REQUIRE(slide);
    window.outlineDock()->selectSlide(slide->id);
    REQUIRE(waitFor(live.view, shownSlide, slide->id.toString()) == slide->id.toString());
    const QString title = u"Titre tapé dans un cours bilingue"_s;
    doc->push(std::make_unique<Core::SetSlideTitle>(doc, slide->id, title));
    CHECK(waitFor(live.view, inPlayer(u"d.querySelector('.slide-title').textContent"_s), title)
          == title);
    CHECK(live.samePlayer());
    INFO(live.dock->scriptErrors().join(u"\n"_s).toStdString());
    CHECK(live.dock->scriptErrors().isEmpty());

    // Editing the English: the live view shows the course in English.
    window.editingLanguage()->setLanguage(u"en"_s);
    CHECK(waitFor(live.view, inPlayer(u"d.documentElement.lang"_s), u"en"_s) == u"en"_s);
    window.editingLanguage()->setLanguage(QString());
    CHECK(waitFor(live.view, inPlayer(u"d.documentElement.lang"_s), u"fr"_s) == u"fr"_s);
}

TEST_CASE("A drawn bank question edited in its bank updates in the live preview in place",
          "[app][livepreview]")
{
    LiveWindow live(true);
    App::MainWindow &window = *live.window;
    Core::Document *doc = window.document();
    const Core::Slide *draw = firstOfKind(doc->course(), Core::SlideKind::Draw);
    REQUIRE(draw);
    window.outlineDock()->selectSlide(draw->id);
    // A draw slide shows its first drawn question, which is a bank question.
    QString shown;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20000) {
        shown = evaluate(live.view, shownSlide).toString();
        if (doc->course().bankQuestionPosition(Core::SlideId(shown)).isValid())
            break;
        QTest::qWait(50);
    }
    const Core::SlideId question(shown);
    REQUIRE(doc->course().bankQuestionPosition(question).isValid());
    const int revision = window.preview()->site()->revision();
    const QString title = u"Question de banque retouchée"_s;
    doc->push(std::make_unique<Core::SetSlideTitle>(doc, question, title));
    CHECK(waitFor(live.view, inPlayer(u"d.querySelector('.slide-title').textContent"_s), title)
          == title);
    CHECK(window.preview()->site()->revision() == revision + 1);
    CHECK(live.samePlayer());
    CHECK(evaluate(live.view, shownSlide).toString() == question.toString());
}

TEST_CASE("The live preview switches between phone, tablet and desktop widths",
          "[app][livepreview]")
{
    LiveWindow live;
    const auto shownDevice = [&] {
        return evaluate(live.view, u"document.body.getAttribute('data-device')"_s).toString();
    };
    CHECK(shownDevice() == live.dock->device());
    for (const QString &device : {u"tablet"_s, u"desktop"_s, u"phone"_s}) {
        live.dock->deviceAction(device)->trigger();
        CHECK(live.dock->device() == device);
        CHECK(waitFor(live.view, u"document.body.getAttribute('data-device')"_s, device) == device);
        const int frameWidth
            = evaluate(live.view, u"document.getElementById('player').clientWidth"_s).toInt();
        if (device == u"phone")
            CHECK(frameWidth == 360);
        else if (device == u"tablet")
            CHECK(frameWidth == 768);
    }
    CHECK(live.samePlayer());
}

TEST_CASE("Clicking a question's field in the live preview focuses it in the editor",
          "[app][livepreview]")
{
    LiveWindow live;
    App::MainWindow &window = *live.window;
    Core::Document *doc = window.document();
    const Core::Slide *question = nullptr;
    for (const Core::Slide *slide : doc->course().allSlides()) {
        const auto *body = std::get_if<Core::QuestionBody>(&slide->body);
        if (body && body->question.type == Core::QuestionType::SingleChoice)
            question = slide;
    }
    REQUIRE(question);
    const Core::Question &q = std::get<Core::QuestionBody>(question->body).question;
    REQUIRE(q.choices.size() > 1);
    window.outlineDock()->selectSlide(doc->course().allSlides().front()->id);
    live.dock->setCurrentSlide(question->id); // shown, though the outline is elsewhere
    REQUIRE(waitFor(live.view, shownSlide, question->id.toString()) == question->id.toString());
    REQUIRE(live.dock->isEditMode());

    QSignalSpy edits(window.preview()->site(), &Preview::PreviewSite::editRequested);
    // A click on the second choice: the outline selects the slide, the choices table has the
    // focus on that row, and the choice is not chosen as a learner's click would.
    const QString choice = q.choices.at(1).id;
    evaluate(live.view,
             inPlayer(u"d.querySelector('[data-choice-id=\"%1\"]').click()"_s.arg(choice)));
    REQUIRE((edits.count() > 0 || edits.wait(5000)));
    QApplication::processEvents();
    CHECK(window.outlineDock()->currentSlideId() == question->id);
    App::Editor *editor = window.editorHost()->currentEditor();
    REQUIRE(editor);
    CHECK(editor->slideId() == question->id);
    auto *choicesEditor = editor->findChild<QWidget *>(u"choicesTable"_s);
    REQUIRE(choicesEditor);
    auto *choices = qobject_cast<QTableWidget *>(choicesEditor);
    if (!choices)
        choices = choicesEditor->findChild<QTableWidget *>();
    REQUIRE(choices);
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    CHECK((focus == choices || choices->isAncestorOf(focus)));
    CHECK(choices->currentRow() == 1);
    CHECK(evaluate(live.view, inPlayer(u"d.querySelectorAll('input:checked').length"_s)).toString()
          == u"0"_s);

    // The prompt.
    evaluate(live.view, inPlayer(u"d.querySelector('.prompt').click()"_s));
    QTRY_COMPARE_WITH_TIMEOUT(edits.count(), 2, 5000);
    QApplication::processEvents();
    focus = QApplication::focusWidget();
    REQUIRE(focus);
    QWidget *prompt = window.editorHost()->currentEditor()->findChild<QWidget *>(u"promptEdit"_s);
    REQUIRE(prompt);
    CHECK((focus == prompt || prompt->isAncestorOf(focus)));

    // Edit mode off: the click is the learner's again.
    live.dock->editModeAction()->trigger();
    CHECK(!live.dock->isEditMode());
    evaluate(live.view,
             inPlayer(u"d.querySelector('[data-choice-id=\"%1\"] input').click()"_s.arg(choice)));
    CHECK(waitFor(live.view, inPlayer(u"d.querySelectorAll('input:checked').length"_s), u"1"_s)
          == u"1"_s);
    QTest::qWait(200);
    CHECK(edits.count() == 2);
    live.dock->editModeAction()->trigger();
    CHECK(live.samePlayer());
}

#endif
