// SPDX-License-Identifier: MIT
// capsule-screenshots OUTPUT_DIR: the editor's documentation screenshots, taken from the real
// MainWindow and dialogs on the sample course (English, then the main view in French).
#include "app/MainWindow.h"
#include "app/dialogs/ColorButton.h"
#include "app/dialogs/CourseSettingsDialog.h"
#include "app/dialogs/ExportDialog.h"
#include "app/dialogs/ImportQuestionsDialog.h"
#include "app/dialogs/SectionPropertiesDialog.h"
#include "app/dialogs/TemplateGalleryDialog.h"
#include "app/docks/FlowDock.h"
#include "app/docks/OutlineDock.h"
#include "app/docks/ProblemsDock.h"
#include "app/docks/QuestionBankDock.h"
#include "app/editors/RegionEditor.h"
#include "app/editors/SlideTitleEdit.h"
#include "app/models/BankOperations.h"
#include "app/models/CourseProblems.h"
#include "app/models/SlideOperations.h"
#include "app/preview/LivePreviewDock.h"
#include "app/preview/PreviewController.h"
#include "app/preview/PreviewWindow.h"
#include "app/spelling/SpellingAttachment.h"
#include "app/spelling/SpellingService.h"
#include "app/spelling/WordTokenizer.h"
#include "app/translation/EditingLanguage.h"
#include "app/translation/LanguageSelector.h"
#include "app/translation/TranslationOperations.h"
#include "app/translation/TranslationTableDock.h"
#include "core/Course.h"
#include "core/Document.h"
#include "core/commands/SetSlideBody.h"
#include "core/commands/SetSlideTitle.h"
#include "export/BuiltinExporters.h"
#include "export/ExporterRegistry.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QHash>
#include <QLibraryInfo>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPalette>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <algorithm>
#include <functional>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

/** Lets layouts, thumbnails and queued work settle. */
void settle(int ms = 400)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget *widget, const QString &path)
{
    settle();
    const bool ok = widget->grab().save(path);
    err() << (ok ? "wrote " : "FAILED to write ") << path << Qt::endl;
    return ok;
}

/** The first slide matching a predicate, in reading order. */
const Core::Slide *findSlide(const Core::Document &document,
                             const std::function<bool(const Core::Slide &)> &predicate)
{
    for (const Core::Slide *slide : document.course().allSlides()) {
        if (predicate(*slide))
            return slide;
    }
    return nullptr;
}

const Core::Slide *contentSlideWithImage(const Core::Document &document)
{
    return findSlide(document, [](const Core::Slide &slide) {
        const auto *body = std::get_if<Core::ContentBody>(&slide.body);
        if (!body)
            return false;
        for (const Core::ContentBlock &block : body->blocks) {
            if (block.type == Core::ContentBlock::Type::Image)
                return true;
        }
        return false;
    });
}

struct Session
{
    QTemporaryDir dir;
    Export::ExporterRegistry registry;
    App::MainWindow::Options options;

    Session()
    {
        Export::registerBuiltinExporters(registry);
        options.settingsFile = dir.filePath(u"settings.ini"_s);
        options.recoveryDirectory = dir.filePath(u"recovery"_s);
    }

    /** A main window showing the sample course saved as ecoute-active.capsule. */
    std::unique_ptr<App::MainWindow> openSample()
    {
        auto window = std::make_unique<App::MainWindow>(registry, options);
        auto document = Core::Document::fromTemplate(u"sample"_s);
        if (!document) {
            err() << document.error().message << Qt::endl;
            return nullptr;
        }
        const QString project = dir.filePath(u"ecoute-active.capsule"_s);
        if (auto saved = (*document)->save(project); !saved) {
            err() << saved.error().message << Qt::endl;
            return nullptr;
        }
        window->setDocument(std::move(document).value());
        window->resize(1360, 860);
        window->show();
        settle(800);
        return window;
    }
};

/** Waits until script, run in the preview page, returns true (or times out). */
bool waitInView(QWebEngineView *view, const QString &script, int timeoutMs = 30000);

bool waitInPreview(App::PreviewWindow *preview, const QString &script, int timeoutMs = 30000)
{
    return waitInView(preview->view(), script, timeoutMs);
}

bool waitInView(QWebEngineView *view, const QString &script, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        bool done = false;
        bool result = false;
        view->page()->runJavaScript(script, [&](const QVariant &value) {
            result = value.toBool();
            done = true;
        });
        while (!done && timer.elapsed() < timeoutMs)
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        if (result)
            return true;
        settle(100);
    }
    err() << "preview: timed out waiting for " << script << Qt::endl;
    return false;
}

bool select(App::MainWindow &window, const Core::Slide *slide)
{
    if (!slide)
        return false;
    window.outlineDock()->selectSlide(slide->id);
    settle(600);
    return true;
}

/**
 * docs/translation.md: the sample course in English (its own translation if it has one, else
 * a few texts translated here), with every state shown: the language menu, the translation
 * form of a content slide, and the translation table under the outline's progress marks.
 */
bool translationShots(Session &session, const QDir &out)
{
    bool ok = true;
    // Approved translations go into the user's translation memory: a temporary one here.
    QTemporaryDir dataHome;
    const QByteArray previousDataHome = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", dataHome.path().toUtf8());
    const auto restoreDataHome
        = qScopeGuard([&previousDataHome] { qputenv("XDG_DATA_HOME", previousDataHome); });
    auto window = session.openSample();
    if (!window)
        return false;
    Core::Document &document = *window->document();
    const QString english = u"en"_s;
    if (!document.course().languages().targets.contains(english))
        window->languageSelector()->addLanguage(english);
    window->editingLanguage()->setLanguage(english);
    const Core::Slide *slide = contentSlideWithImage(document);
    if (!slide)
        return false;
    // Every state on the slide: its title outdated (edited after its translation), the heading
    // and the alternative text approved, the rest translated but the last text, left to do.
    // The sample's own English when it has some, else these (the sample's first content slide
    // with an image).
    const QHash<QString, QString> inEnglish = {
        {u"Une définition simple"_s, u"A simple definition"_s},
        {u"Qu’est-ce que l’écoute active\u202F?"_s, u"What is active listening?"_s},
        {u"Les quatre étapes de l’écoute active\u00A0: écouter, reformuler, questionner, valider."_s,
         u"The four steps of active listening: listen, rephrase, ask, confirm."_s},
    };
    const std::vector<Core::TextField> fields
        = App::TranslationOperations::fieldsOf(document.course(), slide->id);
    for (size_t i = 0; i < fields.size(); ++i) {
        const Core::TextField &field = fields[i];
        if (i == fields.size() - 1 && fields.size() > 2) {
            App::TranslationOperations::setText(document, english, field, QString());
            continue;
        }
        if (!App::TranslationOperations::translation(document.course(), english, field.unitId)) {
            QString text = inEnglish.value(field.source);
            if (text.isEmpty() && field.role == Core::TextRole::SlideTitle)
                text = u"What is active listening?"_s;
            if (text.isEmpty() && field.role == Core::TextRole::Heading)
                text = u"A simple definition"_s;
            if (text.isEmpty() && field.role == Core::TextRole::Caption)
                text = u"The four steps of active listening: listen, rephrase, ask, confirm."_s;
            if (text.isEmpty() && field.role == Core::TextRole::AltText)
                text = u"Diagram of the four steps of active listening, linked by arrows: listen, "
                       "rephrase, ask, confirm."_s;
            if (text.isEmpty() && field.format == Core::TextFormat::Html)
                text = u"<p>Described in 1957 by the psychologists <strong>Carl Rogers</strong> "
                       "and <strong>Richard Farson</strong>, active listening means focusing "
                       "entirely on the other person to understand <em>what they say</em> and "
                       "<em>what they feel</em>, then showing them you have understood.</p>"_s;
            if (text.isEmpty())
                text = field.source;
            App::TranslationOperations::setText(document, english, field, text);
        }
        App::TranslationOperations::setApproved(document,
                                                english,
                                                field,
                                                field.role == Core::TextRole::Heading
                                                    || field.role == Core::TextRole::AltText);
    }
    document.push(std::make_unique<Core::SetSlideTitle>(
        &document, slide->id, u"L’écoute active, qu’est-ce que c’est\u202F?"_s));
    document.undoStack()->setClean();
    window->outlineDock()->selectSlide(slide->id);
    settle(3000); // the live preview draws the slide
    ok &= save(window.get(), out.filePath(u"translation-form.png"_s));

    // The language menu, painted over the window where it opens, cut to the toolbar's end.
    {
        App::LanguageSelector *selector = window->languageSelector();
        QMenu *menu = selector->languagesMenu();
        const QPoint below = selector->mapToGlobal(QPoint(0, selector->height()));
        menu->popup(below);
        settle(500);
        QImage image = window->grab().toImage();
        {
            QPainter painter(&image);
            painter.drawPixmap(window->mapFromGlobal(below), menu->grab());
        }
        menu->hide();
        const QPoint at = selector->mapTo(window.get(), QPoint(0, 0));
        const QRect crop
            = QRect(at.x() - 420, 0, 420 + std::max(selector->width(), menu->width()) + 40, 330)
                  .intersected(image.rect());
        const QString path = out.filePath(u"translation-selector.png"_s);
        const bool written = image.copy(crop).save(path);
        err() << (written ? "wrote " : "FAILED to write ") << path << Qt::endl;
        ok &= written;
    }

    // The table below, filtered to what is left to do, and the outline's marks.
    App::TranslationTableDock *table = window->translationDock();
    table->show();
    table->raise();
    window->resizeDocks({table}, {400}, Qt::Vertical);
    table->setStateFilter(App::TranslationTableDock::StateFilter::All);
    settle(300);
    if (auto *splitter = table->findChild<QSplitter *>())
        splitter->setSizes({1000, 1});
    if (!fields.empty())
        table->selectUnit(fields.back().unitId);
    if (!fields.empty())
        table->selectUnit(fields.front().unitId);
    settle(800);
    ok &= save(window.get(), out.filePath(u"translation-table.png"_s));
    document.undoStack()->setClean(); // no "save changes?" box on close
    table->hide(); // the window state is saved on close: the next shots start without the table
    window->close();
    return ok;
}

/** Spell checking (issue #13): a slide title with a typo, underlined, and its context menu of
 *  suggestions, from the system's French dictionary (hunspell-fr). */
bool shootSpelling(Session &session, const QDir &out)
{
    auto window = session.openSample();
    if (!window)
        return false;
    Core::Document &document = *window->document();
    const Core::Slide *slide = contentSlideWithImage(document);
    if (!select(*window, slide))
        return false;
    App::SlideTitleEdit *title = nullptr; // the shown slide editor's (each editor has one)
    const QList<App::SlideTitleEdit *> titles = window->findChildren<App::SlideTitleEdit *>();
    for (App::SlideTitleEdit *candidate : titles) {
        if (candidate->isVisible())
            title = candidate;
    }
    App::SpellingAttachment *attachment = title ? window->spelling()->attachment(title) : nullptr;
    if (!slide || !attachment || window->spelling()->dictionaries().isEmpty()) {
        err() << "no spelling screenshot: no title field or no dictionary" << Qt::endl;
        return false;
    }
    // A typo in the title's first long plain word: one letter doubled.
    QString typo = slide->title;
    for (const App::WordTokenizer::Word &word : App::WordTokenizer::words(typo)) {
        const QStringView text = QStringView(typo).mid(word.start, word.length);
        if (word.length >= 6
            && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); })) {
            typo.insert(word.start + word.length - 2, typo.at(word.start + word.length - 2));
            break;
        }
    }
    document.push(std::make_unique<Core::SetSlideTitle>(&document, slide->id, typo));
    settle(300);
    title->clearFocus();
    settle(300);
    const std::vector<App::WordTokenizer::Word> &wrong = attachment->overlay()->misspelled();
    if (wrong.empty()) {
        err() << "no spelling screenshot: nothing underlined in " << typo << Qt::endl;
        return false;
    }
    const auto [from, to] = attachment->overlay()->wordSpan(wrong.front());
    const QPoint at(int((from + to) / 2), title->height() / 2);
    std::unique_ptr<QMenu> menu = attachment->createContextMenu(at);
    // Drawn into the window's image where a right-click on the word opens it (a menu is a
    // window of its own, which Xvfb without a window manager would place anywhere).
    menu->ensurePolished();
    menu->resize(menu->sizeHint());
    const QPoint menuAt = title->mapTo(window.get(), QPoint(int(from), title->height()));
    QImage shot = window->grab().toImage();
    {
        QPainter painter(&shot);
        painter.drawImage(menuAt, menu->grab().toImage());
    }
    QRect area = window->centralWidget()
                     ->geometry()
                     .united(QRect(menuAt, menu->size()))
                     .intersected(window->rect());
    area.setBottom(qMin(area.bottom(), menuAt.y() + menu->height() + 60));
    const QString path = out.filePath(u"editor-spelling.png"_s);
    const bool saved = shot.copy(area).save(path);
    err() << (saved ? "wrote " : "FAILED to write ") << path << Qt::endl;
    document.undoStack()->setClean(); // no "save changes?" box on close
    window->close();
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1"); // Chromium refuses root with its sandbox
    App::PreviewController::registerUrlScheme();
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Capsule"_s);
    QApplication::setOrganizationName(u"Capsule"_s);
    const QStringList args = QApplication::arguments();
    if (args.size() != 2 && !(args.size() == 3 && args.at(2) == u"--translation-only"_s)) {
        err() << "usage: capsule-screenshots OUTPUT_DIR [--translation-only]" << Qt::endl;
        return 2;
    }
    const QDir out(args.at(1));
    if (!QDir().mkpath(out.path()))
        return 1;
    bool ok = true;
    Session session;

    // The translator's guide (docs/translation.md); alone with --translation-only.
    ok &= translationShots(session, out);
    if (args.size() == 3)
        return ok ? 0 : 1;

    {
        auto window = session.openSample();
        if (!window)
            return 1;
        Core::Document &document = *window->document();

        ok &= select(*window, contentSlideWithImage(document));
        ok &= save(window.get(), out.filePath(u"editor-outline-content.png"_s));

        ok &= select(*window, findSlide(document, [](const Core::Slide &slide) {
            return slide.question() && slide.question()->type == Core::QuestionType::SingleChoice;
        }));
        ok &= save(window.get(), out.filePath(u"editor-question.png"_s));

        ok &= select(*window, findSlide(document, [](const Core::Slide &slide) {
            return slide.kind() == Core::SlideKind::Video;
        }));
        ok &= save(window.get(), out.filePath(u"editor-video.png"_s));

        {
            // The live preview dock beside the question editor, at phone width.
            const Core::Slide *question = findSlide(document, [](const Core::Slide &slide) {
                return slide.question()
                       && slide.question()->type == Core::QuestionType::SingleChoice;
            });
            App::LivePreviewDock *live = window->livePreviewDock();
            live->setDevice(u"phone"_s);
            live->show();
            live->raise();
            ok &= select(*window, question);
            live->load();
            ok &= waitInView(live->view(),
                             u"(() => { try { const d = document.getElementById('player')"
                             ".contentDocument; const a = d.querySelector('article.slide'); "
                             "return !!a && a.getAttribute('data-slide-id') === '%1'; } "
                             "catch (e) { return false; } })()"_s.arg(question->id.toString()));
            settle(1500);
            ok &= save(window.get(), out.filePath(u"editor-live-preview.png"_s));
        }

        {
            // Two problems: an image without alternative text (a warning) and a single-choice
            // question without its correct answer (an error), shown in the outline and listed
            // in the Problems panel.
            const Core::Slide *imageSlide = contentSlideWithImage(document);
            Core::ContentBody body = std::get<Core::ContentBody>(imageSlide->body);
            for (Core::ContentBlock &block : body.blocks) {
                if (block.type == Core::ContentBlock::Type::Image) {
                    block.altText.clear();
                    break;
                }
            }
            document.push(std::make_unique<Core::SetSlideBody>(
                &document, imageSlide->id, Core::SlideBody(body), u"Remove alt text"_s));
            const Core::Slide *quiz = findSlide(document, [](const Core::Slide &slide) {
                return slide.question()
                       && slide.question()->type == Core::QuestionType::SingleChoice;
            });
            Core::QuestionBody question{*quiz->question()};
            for (Core::Choice &choice : question.question.choices)
                choice.correct = false;
            document.push(std::make_unique<Core::SetSlideBody>(
                &document, quiz->id, Core::SlideBody(question), u"Clear answer"_s));
            ok &= select(*window, quiz);
            window->problems()->refreshNow();
            ok &= save(window.get(), out.filePath(u"editor-problems.png"_s));
            document.undoStack()->undo();
            document.undoStack()->undo();
            window->problems()->refreshNow();
        }

        {
            App::CourseSettingsDialog dialog(&document, window.get());
            if (auto *tabs = dialog.findChild<QTabWidget *>())
                tabs->setCurrentIndex(1); // Learning path: the explained tracking choices
            dialog.show();
            ok &= save(&dialog, out.filePath(u"editor-course-settings.png"_s));
        }

        {
            // The Theme tab: the gallery of built-in themes drawn on the sample's first slide,
            // then a customised theme whose text colour is too light (docs/editor.md, Themes).
            App::CourseSettingsDialog dialog(&document, window.get());
            auto *tabs = dialog.findChild<QTabWidget *>();
            if (tabs)
                tabs->setCurrentIndex(2);
            dialog.chooseBuiltinTheme(u"editorial"_s);
            dialog.resize(dialog.width(), 900);
            dialog.show();
            ok &= save(&dialog, out.filePath(u"editor-theme-gallery.png"_s));
            if (auto *text = dialog.findChild<App::ColorButton *>(u"textColor"_s)) {
                text->setColor(QColor(0x9a, 0xa4, 0xb2));
                emit text->colorChanged(text->color());
            }
            if (auto *scroll = dialog.findChild<QScrollArea *>())
                scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum() / 3);
            ok &= save(&dialog, out.filePath(u"editor-theme-customise.png"_s));
        }

        {
            // Slide > New Slide from Template (docs/editor.md), with one template of one's own
            // saved in a temporary data folder.
            QTemporaryDir dataHome;
            const QByteArray previous = qgetenv("XDG_DATA_HOME");
            qputenv("XDG_DATA_HOME", dataHome.path().toUtf8());
            if (const Core::Slide *slide = contentSlideWithImage(document)) {
                window->outlineDock()->selectSlide(slide->id);
                window->outlineDock()->saveSelectionAsTemplate(u"Welcome page with photo"_s);
            }
            App::TemplateGalleryDialog dialog(document.course(), window.get());
            dialog.resize(980, 720);
            dialog.show();
            if (QListWidget *list = dialog.builtInList())
                list->setCurrentRow(2);
            ok &= save(&dialog, out.filePath(u"editor-template-gallery.png"_s));
            qputenv("XDG_DATA_HOME", previous);
        }

        {
            // File > Import Questions on a GIFT file with warnings and one error
            // (docs/questions.md).
            QTemporaryDir giftDir;
            const QString gift = giftDir.filePath(u"customer-service.gift"_s);
            QFile file(gift);
            if (file.open(QIODevice::WriteOnly)) {
                file.write(
                    "$CATEGORY: $course$/top/Active listening\n\n"
                    "::Reformulation::What is the main goal of reformulating? {\n"
                    "  =Checking that you understood#Yes.\n  ~Shortening the call\n"
                    "  ~Correcting the customer\n####Reformulating shows you listened.}\n\n"
                    "::Listening signals::Which behaviours show that you listen? {\n"
                    "  ~%50%Saying \"I see\"\n  ~%50%A short silence\n  ~%-100%Typing loudly\n}\n\n"
                    "::Calm down::Saying \"calm down\" soothes an angry customer.{F}\n\n"
                    "::Steps::The four steps are listen, {=reformulate =rephrase}, ask, "
                    "confirm.\n\n"
                    "$CATEGORY: $course$/top/Phone skills\n\n"
                    "::Wait time::How many seconds before picking up? {#3:1}\n\n"
                    "::Broken::An answer set left open {=yes ~no\n\n"
                    "::Your call::Describe a difficult call you handled. {}\n");
                file.close();
            }
            App::ImportQuestionsDialog dialog(document, window.get());
            dialog.setFilePath(gift);
            dialog.show();
            ok &= save(&dialog, out.filePath(u"import-questions-dialog.png"_s));
        }

        {
            // An image without alternative text, so that the export reports a warning.
            const Core::Slide *slide = contentSlideWithImage(document);
            Core::ContentBody body = std::get<Core::ContentBody>(slide->body);
            for (Core::ContentBlock &block : body.blocks) {
                if (block.type == Core::ContentBlock::Type::Image) {
                    block.altText.clear();
                    break;
                }
            }
            document.push(std::make_unique<Core::SetSlideBody>(
                &document, slide->id, Core::SlideBody(body), u"Remove alt text"_s));
            App::ExportDialog dialog(document, session.registry, window.get());
            dialog.show();
            QEventLoop loop;
            QObject::connect(&dialog, &App::ExportDialog::exportFinished, &loop, &QEventLoop::quit);
            QTimer::singleShot(60000, &loop, &QEventLoop::quit);
            dialog.startExport();
            loop.exec();
            ok &= save(&dialog, out.filePath(u"editor-export.png"_s));
            document.undoStack()->undo();
        }

        {
            // The preview from a question slide, beside the LMS simulator.
            const Core::Slide *question = findSlide(document, [](const Core::Slide &slide) {
                return slide.question()
                       && slide.question()->type == Core::QuestionType::MultipleResponse;
            });
            ok &= select(*window, question);
            window->preview()->preview(question->id);
            App::PreviewWindow *preview = window->preview()->window();
            preview->resize(1360, 860);
            ok &= waitInPreview(
                preview,
                u"(() => { const f = Array.from(document.querySelectorAll('iframe'))"
                ".find(f => /\\/player\\//.test(f.src)); return !!(f && "
                "f.contentDocument && f.contentDocument.body.hasAttribute('data-ready')); })()"_s);
            settle(1500);
            ok &= save(preview, out.filePath(u"preview.png"_s));
            preview->close();
        }
        window->close();
    }

    // Question banks (docs/questions.md): two banks imported from a GIFT file, one question
    // per category tagged and rated, then a draw slide taking from both.
    {
        auto window = session.openSample();
        if (!window)
            return 1;
        Core::Document &document = *window->document();
        QTemporaryDir giftDir;
        const QString gift = giftDir.filePath(u"customer-service.gift"_s);
        QFile file(gift);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(
                "$CATEGORY: $course$/top/Active listening\n\n"
                "::Reformulation::What is the main goal of reformulating? {\n"
                "  =Checking that you understood ~Shortening the call ~Correcting the customer}\n\n"
                "::Listening signals::Which behaviours show that you listen? {\n"
                "  ~%50%Saying \"I see\" ~%50%A short silence ~%-100%Typing loudly}\n\n"
                "::Calm down::Saying \"calm down\" soothes an angry customer.{F}\n\n"
                "::Open questions::Which question is open? {=How did it happen? "
                "~Did it break? ~Is it on?}\n\n"
                "::Silence::A short silence after a complaint helps the customer go on.{T}\n\n"
                "::Empathy::Which sentence shows empathy? {=I understand how annoying this is "
                "~That is our policy ~You should have called earlier}\n\n"
                "$CATEGORY: $course$/top/Phone skills\n\n"
                "::Wait time::How many rings before picking up? {#3:1}\n\n"
                "::Greeting::Put the greeting in order: {=Company name -> first =Your name -> "
                "second =Offer help -> third}\n\n"
                "::Hold::Ask before putting a caller on hold.{T}\n\n"
                "::Transfer::When you transfer a call, you first {=explain =announce} why.\n");
            file.close();
        }
        {
            App::ImportQuestionsDialog dialog(document, window.get());
            dialog.setFilePath(gift);
            dialog.importQuestions();
        }
        const Core::Difficulty levels[]
            = {Core::Difficulty::Easy, Core::Difficulty::Medium, Core::Difficulty::Hard};
        int n = 0;
        for (const auto &bank : document.course().banks()) {
            for (const auto &question : bank->questions) {
                Core::QuestionBody body = std::get<Core::QuestionBody>(question->body);
                body.difficulty = levels[n % 3];
                body.tags
                    = n % 2 == 0 ? QStringList{u"core"_s} : QStringList{u"core"_s, u"phone"_s};
                if (n % 4 == 3)
                    body.tags = {u"advanced"_s};
                ++n;
                document.push(std::make_unique<Core::SetSlideBody>(
                    &document, question->id, Core::SlideBody(body), u"Tag"_s));
            }
        }
        App::QuestionBankDock *banks = window->bankDock();
        banks->show();
        banks->raise();
        if (!document.course().banks().empty()) {
            const auto &first = document.course().banks().front();
            banks->selectQuestion(
                first->questions[std::min<size_t>(1, first->questions.size() - 1)]->id);
        }
        settle(600);
        ok &= save(window.get(), out.filePath(u"editor-question-bank.png"_s));

        // A draw slide at the end of the quiz: 4 questions tagged "core", from both banks.
        const Core::Slide *lastQuestion = nullptr;
        for (const Core::Slide *slide : document.course().allSlides()) {
            if (slide->question())
                lastQuestion = slide;
        }
        window->outlineDock()->show();
        window->outlineDock()->raise();
        const Core::SlideId draw
            = App::SlideOperations::addSlide(document,
                                             {Core::SlideKind::Draw, {}},
                                             lastQuestion ? lastQuestion->id : Core::SlideId());
        Core::DrawBody body = std::get<Core::DrawBody>(document.course().slide(draw)->body);
        body.count = 4;
        body.tag = u"core"_s;
        document.push(std::make_unique<Core::SetSlideBody>(
            &document, draw, Core::SlideBody(body), u"Draw"_s));
        window->outlineDock()->selectSlide(draw);
        settle(800);
        ok &= save(window.get(), out.filePath(u"editor-draw.png"_s));
        document.undoStack()->setClean(); // no "save changes?" box on close
        window->close();
    }

    // A dark desktop palette: every colour of the editor comes from the palette.
    {
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x93));
        dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd8));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3c));
        dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
        dark.setColor(QPalette::Mid, QColor(0x45, 0x48, 0x4e));
        dark.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x73, 0x78));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x73, 0x78));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x73, 0x78));
        QApplication::setPalette(dark);
        auto window = session.openSample();
        if (!window)
            return 1;
        ok &= select(*window, findSlide(*window->document(), [](const Core::Slide &slide) {
            return slide.question() && slide.question()->type == Core::QuestionType::SingleChoice;
        }));
        ok &= save(window.get(), out.filePath(u"editor-dark.png"_s));
        window->close();
        QApplication::setPalette(light);
    }

    // The main view in French, as a French-speaking author sees it.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(QLocale::French),
                          u"qtbase"_s,
                          u"_"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (!translator.load(u":/i18n/capsule_fr.qm"_s)) {
        err() << "no embedded French translation" << Qt::endl;
        return 1;
    }
    QApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    {
        auto window = session.openSample();
        if (!window)
            return 1;
        ok &= select(*window, contentSlideWithImage(*window->document()));
        ok &= save(window.get(), out.filePath(u"editor-fr.png"_s));
        window->close();
    }

    // Game mode (issue #12), in French: a question of the sample's game section with its time
    // limit, and that section's properties ("Jouer en mode jeu").
    {
        auto window = session.openSample();
        if (!window)
            return 1;
        Core::Document &document = *window->document();
        const Core::SectionId defi(u"defi"_s);
        ok &= select(*window, findSlide(document, [&document](const Core::Slide &slide) {
            const Core::SlidePosition at = document.course().slidePosition(slide.id);
            return at.isValid() && document.course().sections()[size_t(at.section)]->game.enabled
                   && slide.question() && slide.question()->timeLimit > 0;
        }));
        ok &= save(window.get(), out.filePath(u"editor-game-question.png"_s));
        App::SectionPropertiesDialog dialog(document, defi, window.get());
        dialog.show();
        settle();
        ok &= save(&dialog, out.filePath(u"editor-game-section.png"_s));
        dialog.close();
        window->close();
    }

    // From here on in English, like the rest of docs/editor.md.
    QApplication::removeTranslator(&translator);
    QApplication::removeTranslator(&qtTranslator);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    // The scenario slide editor (issue #12).
    {
        auto window = session.openSample();
        if (!window)
            return 1;
        ok &= select(*window,
                     window->document()->course().slide(Core::SlideId(u"scenario-appel"_s)));
        ok &= save(window.get(), out.filePath(u"editor-scenario.png"_s));
        window->close();
    }

    // Branching: the flow view beside the question whose wrong answer leads to the remediation
    // section, and that question's target pickers.
    {
        auto window = session.openSample();
        if (!window)
            return 1;
        const Core::Slide *branching = findSlide(*window->document(), [](const Core::Slide &slide) {
            return slide.question() && !slide.question()->onIncorrect.isNext();
        });
        App::FlowDock *flow = window->flowDock();
        window->problemsDock()->hide();
        flow->show();
        flow->raise();
        settle(300);
        window->resizeDocks({flow}, {520}, Qt::Vertical);
        ok &= select(*window, branching);
        settle(800);
        // Readable rather than whole: the quiz and its remediation, around the branching question.
        flow->view()->resetTransform();
        flow->view()->zoomBy(0.7);
        for (QGraphicsItem *item : flow->scene()->items()) {
            if (branching && item->data(0).toString() == branching->id.toString())
                flow->view()->centerOn(item->sceneBoundingRect().center() + QPointF(150, 60));
        }
        ok &= save(window.get(), out.filePath(u"editor-flow.png"_s));
        // The pickers: the question editor scrolled to "Where learners go next".
        if (auto *group = window->findChild<QWidget *>(u"branchGroup"_s)) {
            flow->hide();
            settle(300);
            if (auto *scroll = window->findChild<QScrollArea *>(u"questionScrollArea"_s))
                scroll->verticalScrollBar()->setValue(group->mapTo(scroll->widget(), QPoint()).y()
                                                      - 340);
            ok &= save(window.get(), out.filePath(u"editor-branch-targets.png"_s));
        }
        window->document()->undoStack()->setClean();
        window->close();
    }

    {
        // The region editor of the sample's drag-and-drop question, the polygon zone selected so
        // that its corners show.
        auto window = session.openSample();
        if (!window)
            return 1;
        window->resize(1360, 940);
        ok &= select(*window, findSlide(*window->document(), [](const Core::Slide &slide) {
            return slide.question() && slide.question()->type == Core::QuestionType::DragDrop;
        }));
        auto *regions = window->findChild<App::RegionEditor *>(u"regionEditor"_s);
        auto *scroll = window->findChild<QScrollArea *>(u"questionScrollArea"_s);
        if (!regions || !scroll) {
            err() << "no region editor" << Qt::endl;
            return 1;
        }
        regions->setCurrentRegion(3);
        settle(300);
        scroll->verticalScrollBar()->setValue(regions->mapTo(scroll->widget(), QPoint()).y() - 90);
        settle(300);
        ok &= save(window.get(), out.filePath(u"editor-regions.png"_s));
        window->close();
    }
    ok &= shootSpelling(session, out);
    return ok ? 0 : 1;
}
