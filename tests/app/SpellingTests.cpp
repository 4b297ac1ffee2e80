// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "WindowTestSupport.h"
#include "app/MainWindow.h"
#include "app/PreferencesDialog.h"
#include "app/docks/OutlineDock.h"
#include "app/editors/RichTextEdit.h"
#include "app/spelling/LineEditSpellOverlay.h"
#include "app/spelling/SpellChecker.h"
#include "app/spelling/SpellHighlighter.h"
#include "app/spelling/SpellingAttachment.h"
#include "app/spelling/SpellingProperties.h"
#include "app/spelling/SpellingReport.h"
#include "app/spelling/SpellingReportDialog.h"
#include "app/spelling/SpellingService.h"
#include "app/spelling/WordTokenizer.h"
#include "core/Course.h"
#include "core/Document.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalBlocker>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

/** A service on the tests' own dictionaries (fr_FR and en_US, about 30 words each). */
struct SpellingFixture
{
    SpellingFixture()
        : service(
            App::SpellingService::Options{{testDataPath(u"spelling"_s)}, dir.filePath(u"words"_s)})
    {
        service.setDefaultLanguage(u"fr"_s);
    }
    QTemporaryDir dir;
    App::SpellingService service;
};

QStringList wordsOf(const QString &text)
{
    QStringList result;
    for (const App::WordTokenizer::Word &word : App::WordTokenizer::words(text))
        result.append(text.mid(word.start, word.length));
    return result;
}

/** The misspelled stretches the highlighter marked in a document: "word" strings. */
QStringList underlinedWords(const QTextDocument *document)
{
    QStringList result;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
        for (const QTextLayout::FormatRange &range : formats) {
            if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                result.append(block.text().mid(range.start, range.length));
        }
    }
    return result;
}

QStringList overlayWords(const QLineEdit &edit, const App::SpellingAttachment &attachment)
{
    QStringList result;
    for (const App::WordTokenizer::Word &word : attachment.overlay()->misspelled())
        result.append(edit.text().mid(word.start, word.length));
    return result;
}

QStringList actionNames(const QMenu &menu)
{
    QStringList names;
    const QList<QAction *> actions = menu.actions();
    for (QAction *action : actions)
        names.append(action->isSeparator() ? u"-"_s : action->objectName());
    return names;
}

QStringList suggestionTexts(const QMenu &menu)
{
    QStringList texts;
    const QList<QAction *> actions = menu.actions();
    for (QAction *action : actions) {
        if (action->objectName() == u"spellingSuggestion"_s)
            texts.append(action->text());
    }
    return texts;
}

QAction *menuAction(const QMenu &menu, const QString &name)
{
    const QList<QAction *> actions = menu.actions();
    for (QAction *action : actions) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

/** A point over a word of a line edit, where its overlay draws it. */
QPoint pointOverWord(const QLineEdit &edit, const App::SpellingAttachment &attachment, int start)
{
    const App::WordTokenizer::Word word = App::WordTokenizer::wordAt(edit.text(), start);
    const auto [from, to] = attachment.overlay()->wordSpan(word);
    return QPoint(int((from + to) / 2), edit.height() / 2);
}

/** A course in French with an English translation of one slide title. */
std::unique_ptr<Core::Course> makeSpellingCourse()
{
    auto course = std::make_unique<Core::Course>();
    course->metadata().title = u"Cours de formation"_s;
    course->metadata().language = u"fr"_s;
    auto section = std::make_unique<Core::Section>();
    section->id = Core::SectionId(u"sec"_s);
    section->title = u"Chapitre"_s;
    Core::Slide first = Core::Slide::create(Core::SlideKind::Content, u"Bonjour le mondde"_s);
    first.id = Core::SlideId(u"first"_s);
    Core::Slide second = Core::Slide::create(Core::SlideKind::Content, u"Une leçon pour l’élève"_s);
    second.id = Core::SlideId(u"second"_s);
    Core::Slide third = Core::Slide::create(Core::SlideKind::Content, u"Le titre est fauxx"_s);
    third.id = Core::SlideId(u"third"_s);
    section->slides.push_back(std::make_unique<Core::Slide>(first));
    section->slides.push_back(std::make_unique<Core::Slide>(second));
    section->slides.push_back(std::make_unique<Core::Slide>(third));
    course->sections().push_back(std::move(section));
    course->languages().targets = {u"en"_s, u"de"_s};
    course->languages().translations[u"en"_s][u"slide/second/title"_s]
        = Core::Translation{u"A lesson for the lerner"_s, {}, false};
    course->languages().translations[u"de"_s][u"slide/second/title"_s]
        = Core::Translation{u"Eine Lektion"_s, {}, false};
    return course;
}

} // namespace

TEST_CASE("WordTokenizer keeps prose words and leaves out numbers, URLs and file names",
          "[app][spelling]")
{
    CHECK(wordsOf(u"Bonjour l’élève, peut-être : C'est 3D, mp3 et [[1]] !"_s)
          == QStringList{u"Bonjour"_s, u"l’élève"_s, u"peut-être"_s, u"C'est"_s, u"et"_s});
    CHECK(wordsOf(u"See https://example.com/page, mail me@example.com or notes.pdf now."_s)
          == QStringList{u"See"_s, u"mail"_s, u"or"_s, u"now"_s});
    CHECK(wordsOf(u"don't -- well-known 'quoted' a"_s)
          == QStringList{u"don't"_s, u"well-known"_s, u"quoted"_s});
    const QString text = u"un mot"_s;
    CHECK(App::WordTokenizer::wordAt(text, 4) == App::WordTokenizer::Word{3, 3});
    CHECK(App::WordTokenizer::wordAt(text, 6) == App::WordTokenizer::Word{3, 3});
    CHECK(App::WordTokenizer::wordAt(u"  "_s, 1).length == 0);
}

TEST_CASE("SpellingService finds dictionaries and matches languages to them", "[app][spelling]")
{
    SpellingFixture f;
    CHECK(f.service.dictionaries() == QStringList{u"en_US"_s, u"fr_FR"_s});
    CHECK(f.service.dictionaryFor(u"fr"_s) == u"fr_FR"_s);
    CHECK(f.service.dictionaryFor(u"fr-CA"_s) == u"fr_FR"_s);
    CHECK(f.service.dictionaryFor(u"en-GB"_s) == u"en_US"_s);
    CHECK(f.service.dictionaryFor(u"de"_s).isEmpty());
    CHECK(f.service.dictionaryFor(QString()).isEmpty());

    CHECK(f.service.isCorrect(u"fr"_s, u"bonjour"_s));
    CHECK(f.service.isCorrect(u"fr"_s, u"Bonjour"_s));
    CHECK(f.service.isCorrect(u"fr"_s, u"l’élève"_s)); // typographic apostrophe
    CHECK(f.service.isCorrect(u"fr"_s, u"peut-être"_s));
    CHECK_FALSE(f.service.isCorrect(u"fr"_s, u"bonjuor"_s));
    CHECK_FALSE(f.service.isCorrect(u"fr"_s, u"hello"_s));
    CHECK(f.service.isCorrect(u"en"_s, u"hello"_s));
    CHECK(f.service.isCorrect(u"en"_s, u"don't"_s));
    // No German dictionary: nothing is wrong in German.
    CHECK(f.service.isCorrect(u"de"_s, u"Lektionx"_s));
    CHECK(f.service.checker(u"de"_s) == nullptr);

    const QStringList suggestions = f.service.suggestions(u"fr"_s, u"bonjuor"_s);
    CHECK(suggestions.contains(u"bonjour"_s));
    CHECK(suggestions.size() <= 6);
    CHECK(f.service.suggestions(u"en"_s, u"lerner"_s).contains(u"learner"_s));
    // fr and fr-CA share one loaded dictionary.
    CHECK(f.service.checker(u"fr"_s) == f.service.checker(u"fr-CA"_s));
}

TEST_CASE("Add to Dictionary persists per language; Ignore lasts for the session",
          "[app][spelling]")
{
    QTemporaryDir dir;
    const App::SpellingService::Options options{{testDataPath(u"spelling"_s)},
                                                dir.filePath(u"words"_s)};
    {
        App::SpellingService service(options);
        QSignalSpy changed(&service, &App::SpellingService::changed);
        CHECK_FALSE(service.isCorrect(u"fr"_s, u"Capsule"_s));
        service.addToDictionary(u"fr-FR"_s, u"Capsule"_s);
        CHECK(service.isCorrect(u"fr"_s, u"Capsule"_s));
        CHECK(changed.count() == 1);
        CHECK_FALSE(service.isCorrect(u"en"_s, u"Capsule"_s)); // only French learned it
        CHECK(service.userWords(u"fr"_s) == QStringList{u"Capsule"_s});

        service.ignore(u"Zorglub"_s);
        CHECK(service.isCorrect(u"en"_s, u"Zorglub"_s));
        CHECK(service.isCorrect(u"fr"_s, u"Zorglub"_s));
    }
    QFile file(dir.filePath(u"words/fr.txt"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()) == u"Capsule\n"_s);

    App::SpellingService later(options); // the next session
    CHECK(later.isCorrect(u"fr"_s, u"Capsule"_s));
    CHECK(later.isCorrect(u"fr-CA"_s, u"Capsule"_s));
    CHECK_FALSE(later.isCorrect(u"fr"_s, u"Zorglub"_s));
}

TEST_CASE("A text edit underlines its misspelled words in its language", "[app][spelling]")
{
    SpellingFixture f;
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *text = new QTextEdit;
    auto *plain = new QPlainTextEdit;
    layout->addWidget(text);
    layout->addWidget(plain);
    f.service.attachToApplication();
    window.show();
    QCoreApplication::processEvents();
    App::SpellingAttachment *attachment = f.service.attachment(text);
    REQUIRE(attachment);
    REQUIRE(f.service.attachment(plain));
    CHECK(attachment->language() == u"fr"_s);

    text->setPlainText(u"Bonjour le mondde.\nUne lecon pour l’élève."_s);
    plain->setPlainText(u"Le module est un modul."_s);
    QCoreApplication::processEvents();
    CHECK(underlinedWords(text->document()) == QStringList{u"mondde"_s, u"lecon"_s});
    CHECK(underlinedWords(plain->document()) == QStringList{u"modul"_s});
    // Re-checks are no edits: the fields do not signal textChanged for them.
    QSignalSpy textChanged(text, &QTextEdit::textChanged);
    QSignalSpy plainChanged(plain, &QPlainTextEdit::textChanged);

    SECTION("the underline is a red wave")
    {
        const QTextCharFormat format = App::SpellHighlighter::misspelledFormat();
        CHECK(format.underlineStyle() == QTextCharFormat::SpellCheckUnderline);
        CHECK(format.underlineColor().red() > 200);
        CHECK(format.underlineColor().green() < 60);
    }
    SECTION("typing re-checks the changed text")
    {
        QTextCursor cursor(text->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(u" Encore uen faute"_s);
        CHECK(underlinedWords(text->document())
              == QStringList{u"mondde"_s, u"lecon"_s, u"Encore"_s, u"uen"_s, u"faute"_s});
    }
    SECTION("a field in another language is checked in that language")
    {
        App::Spelling::setFieldLanguage(text, u"en"_s);
        text->setPlainText(u"Hello world, bonjour"_s);
        QCoreApplication::processEvents();
        CHECK(attachment->language() == u"en"_s);
        CHECK(underlinedWords(text->document()) == QStringList{u"bonjour"_s});
    }
    SECTION("a language set on a container applies to its fields")
    {
        App::Spelling::setFieldLanguage(&window, u"en-GB"_s);
        window.hide();
        window.show(); // the fields re-read their language when they show
        QCoreApplication::processEvents();
        CHECK(f.service.attachment(plain)->language() == u"en-GB"_s);
        CHECK(underlinedWords(plain->document())
              == QStringList{u"Le"_s, u"est"_s, u"un"_s, u"modul"_s});
    }
    SECTION("the word being typed is marked once the cursor leaves it")
    {
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        text->setFocus();
        REQUIRE(text->hasFocus());
        text->clear();
        QTest::keyClicks(text, u"Le mondde"_s);
        CHECK(underlinedWords(text->document()).isEmpty());
        QTest::keyClick(text, Qt::Key_Space);
        CHECK(underlinedWords(text->document()) == QStringList{u"mondde"_s});
        QTest::keyClicks(text, u"et uen"_s);
        CHECK(underlinedWords(text->document()) == QStringList{u"mondde"_s});
        plain->setFocus(); // leaving the field finishes the word
        QCoreApplication::processEvents();
        CHECK(underlinedWords(text->document()) == QStringList{u"mondde"_s, u"uen"_s});
    }
    SECTION("a language without dictionary is not checked")
    {
        App::Spelling::setFieldLanguage(text, u"de"_s);
        QCoreApplication::processEvents();
        CHECK(underlinedWords(text->document()).isEmpty());
    }
    SECTION("turning spelling off removes every underline")
    {
        f.service.setEnabled(false);
        CHECK(underlinedWords(text->document()).isEmpty());
        CHECK(underlinedWords(plain->document()).isEmpty());
        f.service.setEnabled(true);
        CHECK(underlinedWords(plain->document()) == QStringList{u"modul"_s});
        QTextCursor cursor(plain->document());
        cursor.setPosition(3);
        plain->setTextCursor(cursor);
        QCoreApplication::processEvents();
        CHECK(textChanged.isEmpty());
        CHECK(plainChanged.isEmpty());
    }
    SECTION("the course's source language changes every field without its own")
    {
        f.service.setDefaultLanguage(u"en"_s);
        CHECK(underlinedWords(plain->document())
              == QStringList{u"Le"_s, u"est"_s, u"un"_s, u"modul"_s});
    }
    SECTION("Add to Dictionary from another field un-underlines the word everywhere")
    {
        f.service.addToDictionary(u"fr"_s, u"modul"_s);
        CHECK(underlinedWords(plain->document()).isEmpty());
    }
}

TEST_CASE("Rich text keeps its HTML and history while underlined", "[app][spelling]")
{
    SpellingFixture f;
    f.service.attachToApplication();
    App::RichTextEdit edit;
    QSignalSpy edited(&edit, &App::RichTextEdit::htmlEdited);
    edit.setHtml(u"<p>Bonjour le <b>mondde</b></p>"_s);
    const QString html = edit.html();
    edit.show();
    QCoreApplication::processEvents();
    REQUIRE(f.service.attachment(edit.textEdit()));
    CHECK(underlinedWords(edit.textEdit()->document()) == QStringList{u"mondde"_s});
    CHECK(edit.html() == html);
    CHECK(edited.isEmpty());
    CHECK_FALSE(edit.textEdit()->document()->isUndoAvailable());

    // The suggestion replaces the word, keeping its bold, as one edit of the user's.
    const QTextBlock block = edit.textEdit()->document()->begin();
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + 14);
    const QPoint point = edit.textEdit()->cursorRect(cursor).center();
    std::unique_ptr<QMenu> menu = f.service.attachment(edit.textEdit())->createContextMenu(point);
    REQUIRE(menuAction(*menu, u"spellingSuggestion"_s));
    CHECK(suggestionTexts(*menu).contains(u"monde"_s));
    for (QAction *action : menu->actions()) {
        if (action->text() == u"monde"_s)
            action->trigger();
    }
    CHECK(edit.html() == QString(html).replace(u"mondde"_s, u"monde"_s));
    CHECK(edit.html().contains(u">monde</"_s)); // still bold
    CHECK(edited.count() == 1);
    CHECK(underlinedWords(edit.textEdit()->document()).isEmpty());
}

TEST_CASE("A line edit draws wavy lines under its misspelled words", "[app][spelling]")
{
    SpellingFixture f;
    f.service.attachToApplication();
    QLineEdit edit;
    edit.resize(400, edit.sizeHint().height());
    edit.setText(u"Bonjour le mondde"_s);
    edit.show();
    QCoreApplication::processEvents();
    edit.clearFocus(); // else its last word counts as being typed
    QCoreApplication::processEvents();
    App::SpellingAttachment *attachment = f.service.attachment(&edit);
    REQUIRE(attachment);
    CHECK(overlayWords(edit, *attachment) == QStringList{u"mondde"_s});

    // Red pixels under "mondde", none under "Bonjour".
    const QImage image = edit.grab().toImage();
    auto redColumns = [&](int word) {
        const auto [from, to]
            = attachment->overlay()->wordSpan(App::WordTokenizer::wordAt(edit.text(), word));
        int columns = 0;
        for (int x = int(from) + 1; x < int(to) - 1; ++x) {
            for (int y = 0; y < image.height(); ++y) {
                const QColor c = image.pixelColor(x, y);
                if (c.red() > 150 && c.green() < 120 && c.blue() < 120) {
                    ++columns;
                    break;
                }
            }
        }
        return columns;
    };
    CHECK(redColumns(0) == 0);
    CHECK(redColumns(12) > 10);

    SECTION("typing re-checks")
    {
        edit.setText(u"Bonjour le monde"_s);
        CHECK(overlayWords(edit, *attachment).isEmpty());
        edit.setText(u"Bonjuor"_s);
        CHECK(overlayWords(edit, *attachment) == QStringList{u"Bonjuor"_s});
        {
            const QSignalBlocker quiet(&edit); // as editors refresh a field from the document
            edit.setText(u"Le mondde"_s);
        }
        CHECK(overlayWords(edit, *attachment) == QStringList{u"mondde"_s});
    }
    SECTION("the context menu offers suggestions, Add to Dictionary and Ignore")
    {
        std::unique_ptr<QMenu> menu
            = attachment->createContextMenu(pointOverWord(edit, *attachment, 12));
        const QStringList names = actionNames(*menu);
        REQUIRE(names.size() > 4);
        CHECK(names.front() == u"spellingSuggestion"_s);
        const int add = int(names.indexOf(u"spellingAddToDictionary"_s));
        REQUIRE(add > 0);
        CHECK(names[add - 1] == u"-"_s);
        CHECK(names[add + 1] == u"spellingIgnore"_s);
        CHECK(names[add + 2] == u"-"_s);
        // Then the standard menu (Undo, Cut, Copy, Paste...).
        CHECK(menu->actions().size() > add + 5);
        const QStringList suggestions = suggestionTexts(*menu);
        CHECK(suggestions.contains(u"monde"_s));
        CHECK(suggestions.size() <= 6);

        QSignalSpy edited(&edit, &QLineEdit::textEdited);
        for (QAction *action : menu->actions()) {
            if (action->text() == u"monde"_s)
                action->trigger();
        }
        CHECK(edit.text() == u"Bonjour le monde"_s);
        CHECK(edited.count() == 1); // an edit of the user's: the field pushes its command
        CHECK(overlayWords(edit, *attachment).isEmpty());
    }
    SECTION("Add to Dictionary accepts the word at once and in later sessions")
    {
        std::unique_ptr<QMenu> menu
            = attachment->createContextMenu(pointOverWord(edit, *attachment, 12));
        menuAction(*menu, u"spellingAddToDictionary"_s)->trigger();
        CHECK(overlayWords(edit, *attachment).isEmpty());
        CHECK(f.service.userWords(u"fr"_s) == QStringList{u"mondde"_s});
    }
    SECTION("Ignore accepts the word until the application quits")
    {
        std::unique_ptr<QMenu> menu
            = attachment->createContextMenu(pointOverWord(edit, *attachment, 12));
        menuAction(*menu, u"spellingIgnore"_s)->trigger();
        CHECK(overlayWords(edit, *attachment).isEmpty());
        CHECK(f.service.userWords(u"fr"_s).isEmpty());
    }
    SECTION("the word being typed is marked once the cursor leaves it")
    {
        edit.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&edit));
        edit.setFocus();
        REQUIRE(edit.hasFocus());
        edit.clear();
        QTest::keyClicks(&edit, u"Le mondde"_s);
        CHECK(overlayWords(edit, *attachment).isEmpty());
        QTest::keyClick(&edit, Qt::Key_Home);
        CHECK(overlayWords(edit, *attachment) == QStringList{u"mondde"_s});
    }
    SECTION("a correct word gets the standard menu only")
    {
        std::unique_ptr<QMenu> menu
            = attachment->createContextMenu(pointOverWord(edit, *attachment, 2));
        CHECK_FALSE(menuAction(*menu, u"spellingAddToDictionary"_s));
        CHECK_FALSE(menuAction(*menu, u"spellingSuggestion"_s));
    }
}

TEST_CASE("Fields that hold no prose are not checked", "[app][spelling]")
{
    SpellingFixture f;
    f.service.attachToApplication();
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *password = new QLineEdit;
    password->setEchoMode(QLineEdit::Password);
    auto *url = new QLineEdit;
    App::Spelling::setSpellCheckable(url, false);
    auto *readOnly = new QTextEdit;
    readOnly->setReadOnly(true);
    auto *prose = new QLineEdit;
    for (QWidget *w : {static_cast<QWidget *>(password),
                       static_cast<QWidget *>(url),
                       static_cast<QWidget *>(readOnly),
                       static_cast<QWidget *>(prose)})
        layout->addWidget(w);
    window.show();
    QCoreApplication::processEvents();
    CHECK_FALSE(f.service.attachment(password));
    CHECK_FALSE(f.service.attachment(url));
    CHECK_FALSE(f.service.attachment(readOnly));
    REQUIRE(f.service.attachment(prose));

    // Opting out later stops the checking of an attached field.
    prose->setText(u"mondde"_s);
    CHECK(overlayWords(*prose, *f.service.attachment(prose)) == QStringList{u"mondde"_s});
    App::Spelling::setSpellCheckable(prose, false);
    CHECK(overlayWords(*prose, *f.service.attachment(prose)).isEmpty());
}

TEST_CASE("Without any dictionary the fields work unchecked", "[app][spelling]")
{
    QTemporaryDir dir;
    App::SpellingService service(
        App::SpellingService::Options{{dir.filePath(u"none"_s)}, dir.filePath(u"words"_s)});
    service.setDefaultLanguage(u"fr"_s);
    service.attachToApplication();
    CHECK(service.dictionaries().isEmpty());
    QLineEdit edit;
    edit.setText(u"Bonjour le mondde"_s);
    edit.show();
    QCoreApplication::processEvents();
    App::SpellingAttachment *attachment = service.attachment(&edit);
    REQUIRE(attachment);
    CHECK(overlayWords(edit, *attachment).isEmpty());
    std::unique_ptr<QMenu> menu = attachment->createContextMenu(QPoint(edit.width() - 20, 5));
    CHECK_FALSE(menuAction(*menu, u"spellingAddToDictionary"_s));
    CHECK_FALSE(menu->actions().isEmpty()); // the standard one
}

TEST_CASE("The service detaches from every field when it goes", "[app][spelling]")
{
    QTextEdit text;
    QLineEdit line;
    {
        SpellingFixture f;
        REQUIRE(f.service.attach(&text));
        REQUIRE(f.service.attach(&line));
        CHECK_FALSE(f.service.attach(&line)); // once
        text.setPlainText(u"mondde"_s);
        CHECK(underlinedWords(text.document()) == QStringList{u"mondde"_s});
    }
    CHECK_FALSE(text.findChild<App::SpellingAttachment *>());
    CHECK_FALSE(line.findChild<App::LineEditSpellOverlay *>());
    text.setPlainText(u"mondde encore"_s); // no highlighter left to call
    CHECK(underlinedWords(text.document()).isEmpty());
}

TEST_CASE("The editor's fields are checked in the course's language", "[app][spelling]")
{
    WindowTest::SampleWindow f;
    f.window->show();
    QCoreApplication::processEvents();
    App::SpellingService *spelling = f.window->spelling();
    REQUIRE(spelling);
    CHECK(spelling->defaultLanguage() == f.window->document()->course().metadata().language);
    // Every visible prose field of the slide editor is attached, the filter box is not.
    int attached = 0;
    const QList<QLineEdit *> lines = f.window->findChildren<QLineEdit *>();
    for (QLineEdit *line : lines) {
        if (line->isVisible() && App::SpellingService::isCheckable(line)) {
            CHECK(spelling->attachment(line));
            ++attached;
        }
    }
    CHECK(attached > 0);
    const auto *filter = f.window->outlineDock()->findChild<QLineEdit *>();
    REQUIRE(filter);
    CHECK_FALSE(spelling->attachment(filter));

    SECTION("Preferences turn spelling off and on")
    {
        App::PreferencesDialog dialog(f.options.settingsFile);
        dialog.setDictionaries(spelling->dictionaries());
        auto *check = dialog.findChild<QCheckBox *>(u"spellingCheck"_s);
        REQUIRE(check);
        CHECK(check->isChecked());
        CHECK(dialog.findChild<QLabel *>(u"spellingDictionaries"_s)->text().contains(u"fr_FR"_s));
        check->setChecked(false);
        dialog.accept();
        CHECK_FALSE(App::PreferencesDialog::spellCheckingEnabled(f.options.settingsFile));
        App::MainWindow second(f.registry, f.options);
        CHECK_FALSE(second.spelling()->isEnabled());
    }
}

TEST_CASE("The spelling report lists the misspelled words of every language", "[app][spelling]")
{
    SpellingFixture f;
    const std::unique_ptr<Core::Course> course = makeSpellingCourse();
    const App::SpellingReport::Result result = App::SpellingReport::check(*course, f.service);
    CHECK(result.checkedLanguages == QStringList{u"fr"_s, u"en"_s});
    CHECK(result.uncheckedLanguages == QStringList{u"de"_s});

    QStringList found;
    for (const App::SpellingReport::Entry &entry : result.entries)
        found.append(entry.language + u':' + entry.word + u'@' + entry.unitId);
    CHECK(found
          == QStringList{u"fr:mondde@slide/first/title"_s,
                         u"fr:fauxx@slide/third/title"_s,
                         u"en:lerner@slide/second/title"_s});
    const App::SpellingReport::Entry &first = result.entries.front();
    CHECK(first.slide == Core::SlideId(u"first"_s));
    CHECK(first.role == Core::TextRole::SlideTitle);
    CHECK(first.excerpt == u"Bonjour le mondde"_s);
    CHECK_FALSE(first.context.isEmpty());

    SECTION("HTML texts are checked as the learner reads them")
    {
        CHECK(App::SpellingReport::plainText(u"<p>Un <b>mot</b> &amp; un autre</p>"_s,
                                             Core::TextFormat::Html)
              == u"Un mot & un autre"_s);
    }
    SECTION("a word added to the dictionary leaves the report")
    {
        f.service.addToDictionary(u"fr"_s, u"mondde"_s);
        const auto again = App::SpellingReport::check(*course, f.service);
        REQUIRE(again.entries.size() == 2);
        CHECK(again.entries.front().word == u"fauxx"_s);
    }
}

TEST_CASE("Edit › Check Spelling lists the words and leads to their slide", "[app][spelling]")
{
    WindowTest::WindowFixture f;
    App::MainWindow window(f.registry, f.options);
    window.setDocument(std::make_unique<Core::Document>(makeSpellingCourse()));
    window.show();
    auto *action = window.findChild<QAction *>(u"actionCheckSpelling"_s);
    REQUIRE(action);
    CHECK(action->isEnabled());
    action->trigger();
    App::SpellingReportDialog *report = window.spellingReport();
    REQUIRE(report);
    CHECK(report->isVisible());
    QTreeWidget *list = report->list();
    REQUIRE(list->topLevelItemCount() == 2); // French, English
    CHECK(list->topLevelItem(0)->childCount() == 2);
    CHECK(list->topLevelItem(1)->childCount() == 1);
    CHECK(list->topLevelItem(0)->child(0)->text(0) == u"mondde"_s);
    CHECK(report->summary()->text().contains(u"Deutsch"_s)); // no German dictionary

    // Double-click (activate) the third slide's word: the editor shows that slide.
    QTreeWidgetItem *fauxx = list->topLevelItem(0)->child(1);
    REQUIRE(report->entry(fauxx));
    CHECK(report->entry(fauxx)->word == u"fauxx"_s);
    emit list->itemActivated(fauxx, 0);
    CHECK(window.outlineDock()->currentSlideId() == Core::SlideId(u"third"_s));

    // Add to Dictionary from the report: the word leaves it, and the fields accept it too.
    list->setCurrentItem(fauxx);
    report->addSelectedToDictionary();
    CHECK(list->topLevelItem(0)->childCount() == 1);
    CHECK(window.spelling()->userWords(u"fr"_s) == QStringList{u"fauxx"_s});
    CHECK(window.spelling()->isCorrect(u"fr"_s, u"fauxx"_s));

    SECTION("Ignore from the report")
    {
        list->setCurrentItem(list->topLevelItem(0)->child(0));
        report->ignoreSelected();
        REQUIRE(list->topLevelItemCount() == 1);
        CHECK(list->topLevelItem(0)->child(0)->text(0) == u"lerner"_s);
    }
    SECTION("the report follows the document the window shows")
    {
        Core::Document *doc = window.document();
        window.setDocument(std::make_unique<Core::Document>(makeSpellingCourse()));
        CHECK(doc != window.document());
        CHECK(report->result().entries.size() == 2); // follows the new document
    }
}
