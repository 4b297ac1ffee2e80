// SPDX-License-Identifier: MIT
// What a French author noticed building a course from scratch (issue 9, item 5): labels,
// survey questions, the problems list and outline marks, history texts, the toolbar.
#include "TestSupport.h"
#include "WindowTestSupport.h"
#include "app/MainWindow.h"
#include "app/dialogs/CourseSettingsDialog.h"
#include "app/dialogs/ExportDialog.h"
#include "app/dialogs/LanguageNames.h"
#include "app/docks/OutlineDock.h"
#include "app/docks/ProblemsDock.h"
#include "app/editors/ContentEditor.h"
#include "app/editors/IssueListWidget.h"
#include "app/editors/QuestionEditor.h"
#include "app/editors/ResultEditor.h"
#include "app/editors/RichTextEdit.h"
#include "app/editors/SlideEditorHost.h"
#include "app/models/CourseProblems.h"
#include "app/models/DeferredIssues.h"
#include "app/models/OutlineModel.h"
#include "core/commands/RemoveSlide.h"
#include "core/commands/SetSlideBody.h"
#include "core/commands/SetSlideTitle.h"
#include "editors/EditorTestSupport.h"
#include "export/BuiltinExporters.h"
#include "export/ExporterRegistry.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace EditorTest;
using Field = Core::Validator::Field;

namespace {

using WindowTest::WindowFixture;

/** A single-choice question with two choices, the second correct (no problem). */
Core::QuestionBody goodQuestion()
{
    Core::QuestionBody body;
    body.question.type = Core::QuestionType::SingleChoice;
    body.question.prompt = u"<p>Which?</p>"_s;
    body.question.points = 1;
    body.question.choices = {{u"a"_s, u"A"_s, false, {}}, {u"b"_s, u"B"_s, true, {}}};
    return body;
}

} // namespace

TEST_CASE("Likert and open-text editors hide points and right/wrong feedback", "[app][polish]")
{
    auto doc = makeDocument({Core::SlideKind::Question});
    App::QuestionEditor editor;
    editor.setDocument(doc.get());
    editor.setSlide(slideId(0));
    editor.resize(1000, 700);
    editor.show();
    auto *points = child<QWidget>(&editor, u"pointsSpin"_s);
    auto *correct = child<QWidget>(&editor, u"correctFeedbackEdit"_s);
    auto *incorrect = child<QWidget>(&editor, u"incorrectFeedbackEdit"_s);
    auto *combo = child<QComboBox>(&editor, u"questionTypeCombo"_s);
    auto setType = [&](Core::QuestionType type) {
        const int index = combo->findData(int(type));
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
        emit combo->activated(index);
        QApplication::processEvents();
    };

    CHECK(points->isVisible());
    CHECK(correct->isVisible());
    for (const auto type : {Core::QuestionType::Likert, Core::QuestionType::OpenText}) {
        setType(type);
        CHECK_FALSE(points->isVisible());
        CHECK_FALSE(correct->isVisible());
        CHECK_FALSE(incorrect->isVisible());
    }
    setType(Core::QuestionType::TrueFalse);
    CHECK(points->isVisible());
    CHECK(correct->isVisible());
    CHECK(incorrect->isVisible());
}

TEST_CASE("Course settings labels never show a literal mnemonic '&'", "[app][polish]")
{
    auto doc = makeDocument({Core::SlideKind::Content});
    App::CourseSettingsDialog dialog(doc.get());
    dialog.show();
    int checked = 0;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        const QString text = QString(label->text()).remove(u"&&"_s);
        if (label->textFormat() == Qt::RichText || !text.contains(u'&'))
            continue;
        // A QLabel draws its '&' as a mnemonic only when it has a buddy.
        INFO(label->text().toStdString());
        CHECK(label->buddy() != nullptr);
        ++checked;
    }
    CHECK(checked >= 10); // every form label of the four tabs
    const auto labels = dialog.findChildren<QLabel *>();
    const auto font = std::find_if(labels.begin(), labels.end(), [](const QLabel *label) {
        return label->text() == u"Installed &font:"_s;
    });
    REQUIRE(font != labels.end());
    CHECK((*font)->buddy() == dialog.findChild<QWidget *>(u"defaultFont"_s));
}

TEST_CASE("The course language list shows language names, keeps codes", "[app][polish]")
{
    CHECK(App::LanguageNames::displayName(u"fr"_s) == u"Français"_s);
    CHECK(App::LanguageNames::displayName(u"fr-FR"_s) == u"Français (France)"_s);
    CHECK(App::LanguageNames::displayName(u"en"_s) == u"English"_s);
    CHECK(App::LanguageNames::displayName(u"de"_s) == u"Deutsch"_s);
    CHECK(App::LanguageNames::displayName(u"en-GB"_s) == u"British English"_s);
    CHECK(App::LanguageNames::displayName(u"zz-not"_s) == u"zz-not"_s);

    auto doc = makeDocument({Core::SlideKind::Content});
    App::CourseSettingsDialog dialog(doc.get());
    auto *language = child<QComboBox>(&dialog, u"language"_s);
    for (int i = 0; i < language->count(); ++i) {
        INFO(language->itemText(i).toStdString());
        CHECK(language->itemText(i) != language->itemData(i).toString()); // a name, not a code
    }
    const int canadian = language->findData(u"fr-CA"_s);
    REQUIRE(canadian >= 0);
    language->setCurrentIndex(canadian);
    CHECK(dialog.editedMetadata().language == u"fr-CA"_s);
    language->setEditText(u"es-MX"_s); // any other code can still be typed
    CHECK(dialog.editedMetadata().language == u"es-MX"_s);
}

TEST_CASE("The quit prompt says Save, Don't Save, Cancel (in French too)", "[app][polish]")
{
    WindowFixture fixture;
    QTranslator translator;
    REQUIRE(translator.load(u":/i18n/capsule_fr.qm"_s));
    QCoreApplication::installTranslator(&translator);
    QStringList texts;
    {
        App::MainWindow window(fixture.registry, fixture.options);
        window.setDocument(makeDocument({Core::SlideKind::Content}));
        window.document()->push(
            std::make_unique<Core::SetSlideTitle>(window.document(), slideId(0), u"Changed"_s));
        window.show();
        QTimer::singleShot(0, &window, [&] {
            auto *box = window.findChild<QMessageBox *>(u"unsavedChangesBox"_s);
            REQUIRE(box);
            for (auto button : {QMessageBox::Save, QMessageBox::Discard, QMessageBox::Cancel})
                texts << box->button(button)->text();
            box->button(QMessageBox::Cancel)->click();
        });
        CHECK_FALSE(window.close()); // cancelled: the window stays
        window.document()->undoStack()->setClean();
    }
    QCoreApplication::removeTranslator(&translator);
    CHECK(texts == QStringList{u"&Enregistrer"_s, u"Ne &pas enregistrer"_s, u"Annuler"_s});
}

TEST_CASE("History entries name the slide they changed", "[app][polish]")
{
    auto doc = makeDocument({Core::SlideKind::Question, Core::SlideKind::Content});
    doc->push(std::make_unique<Core::SetSlideBody>(
        doc.get(), slideId(0), Core::SlideBody(goodQuestion()), u"Edit pair"_s));
    CHECK(doc->undoStack()->text(0) == u"Edit pair — slide “Slide 0”"_s);
    doc->push(std::make_unique<Core::SetSlideTitle>(doc.get(), slideId(1), u"Intro"_s));
    CHECK(doc->undoStack()->text(1) == u"Rename slide “Slide 1”"_s);
    doc->push(std::make_unique<Core::RemoveSlide>(doc.get(), slideId(1)));
    CHECK(doc->undoStack()->text(2) == u"Delete slide “Intro”"_s);
}

TEST_CASE("The outline marks slides with problems, errors apart from warnings", "[app][polish]")
{
    auto doc = makeDocument(
        {Core::SlideKind::Question, Core::SlideKind::Question, Core::SlideKind::Content});
    // Slide 1: fine; slide 0: an empty question (errors); slide 2: an image without alt text.
    doc->push(std::make_unique<Core::SetSlideBody>(
        doc.get(), slideId(1), Core::SlideBody(goodQuestion()), u"Set"_s));
    Core::ContentBody content;
    Core::ContentBlock image;
    image.type = Core::ContentBlock::Type::Image;
    content.blocks.push_back(image);
    doc->push(std::make_unique<Core::SetSlideBody>(
        doc.get(), slideId(2), Core::SlideBody(content), u"Set"_s));

    App::CourseProblems problems;
    problems.setDocument(doc.get());
    App::OutlineModel model;
    model.setDocument(doc.get());
    model.setProblems(&problems);
    using Problem = App::OutlineModel::Problem;
    auto problemOf = [&](int n) {
        return Problem(
            model.indexForSlide(slideId(n)).data(App::OutlineModel::ProblemRole).toInt());
    };
    CHECK(problemOf(0) == Problem::Error);
    CHECK(problemOf(1) == Problem::None);
    CHECK(problemOf(2) == Problem::Error); // no image is an error, no alt text a warning
    const QString tip = model.indexForSlide(slideId(0)).data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(u"✖ Error: The question has no prompt."_s));

    // Edits are checked again a moment later (debounced).
    QSignalSpy changed(&problems, &App::CourseProblems::changed);
    doc->push(std::make_unique<Core::SetSlideBody>(
        doc.get(), slideId(2), Core::SlideBody(Core::ContentBody{}), u"Set"_s));
    CHECK(changed.isEmpty());
    REQUIRE(changed.wait(2000));
    CHECK(problemOf(2) == Problem::None);
}

TEST_CASE("The Problems dock lists the course's issues and leads to the field", "[app][polish]")
{
    WindowFixture fixture;
    App::MainWindow window(fixture.registry, fixture.options);
    window.setDocument(makeDocument(
        {Core::SlideKind::Content, Core::SlideKind::Question, Core::SlideKind::Result}));
    Core::Document *doc = window.document();
    Core::QuestionBody question = goodQuestion();
    question.question.choices[1].correct = false; // single choice without a correct answer
    doc->push(
        std::make_unique<Core::SetSlideBody>(doc, slideId(1), Core::SlideBody(question), u"Set"_s));
    window.resize(1300, 850);
    window.show();
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    window.problems()->refreshNow();

    App::ProblemsDock *dock = window.problemsDock();
    REQUIRE(dock);
    CHECK(dock->isVisible());
    QTreeWidget *list = dock->list();
    const auto issues = Core::Validator::check(doc->course());
    REQUIRE(list->topLevelItemCount() == int(issues.size()));
    QTreeWidgetItem *noCorrect = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(2).contains(u"exactly one correct answer"_s))
            noCorrect = list->topLevelItem(i);
    }
    REQUIRE(noCorrect);
    CHECK(noCorrect->text(0) == u"Error"_s);
    CHECK(noCorrect->text(1).contains(u"Slide 2"_s));
    CHECK(dock->summary()->text().contains(u"1 error"_s));

    // Enter on the entry: the slide is selected and the answers table has the focus.
    window.outlineDock()->selectSlide(slideId(0));
    list->setCurrentItem(noCorrect);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(window.outlineDock()->currentSlideId() == slideId(1));
    App::Editor *editor = window.editorHost()->currentEditor();
    REQUIRE(editor);
    CHECK(editor->slideId() == slideId(1));
    auto *choices = editor->findChild<QTableWidget *>();
    REQUIRE(choices);
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    CHECK((focus == choices || choices->isAncestorOf(focus)));

    // Fixing the problem empties the list after the debounce.
    question.question.choices[1].correct = true;
    doc->push(
        std::make_unique<Core::SetSlideBody>(doc, slideId(1), Core::SlideBody(question), u"Fix"_s));
    QTRY_COMPARE_WITH_TIMEOUT(
        list->topLevelItemCount(), int(Core::Validator::check(doc->course()).size()), 3000);
}

TEST_CASE("A new image block says what to do before it reports a missing image", "[app][polish]")
{
    auto doc = makeDocument({Core::SlideKind::Content, Core::SlideKind::Content});
    App::ContentEditor editor;
    editor.setDocument(doc.get());
    editor.setSlide(slideId(0));
    editor.resize(1000, 700);
    editor.show();
    auto *issues = child<App::IssueListWidget>(&editor, u"issueList"_s);
    const QString missing = u"Block 1 is an image block without an image."_s;

    editor.addBlock(Core::ContentBlock::Type::Image);
    CHECK_FALSE(issues->messages().contains(missing));
    CHECK(child<QLabel>(&editor, u"imagePreview"_s)->text().contains(u"Choose an image"_s));
    // The export check is not fooled.
    const auto all = Core::Validator::check(doc->course());
    CHECK(std::any_of(all.begin(), all.end(), [](const auto &issue) {
        return issue.code == u"content.image-missing"_s;
    }));

    // Leaving the slide makes it a problem like any other.
    editor.setSlide(slideId(1));
    editor.setSlide(slideId(0));
    CHECK(issues->messages().contains(missing));
    CHECK(App::IssueListWidget::issuesOf(doc->course(), slideId(0)).size() >= 1);
}

TEST_CASE("Rich text fields hug their toolbar and text", "[app][polish]")
{
    auto doc = makeDocument({Core::SlideKind::Result});
    App::ResultEditor editor;
    editor.setDocument(doc.get());
    editor.setSlide(slideId(0));
    editor.resize(1000, 900);
    editor.show();
    QApplication::processEvents();
    auto *pass = child<App::RichTextEdit>(&editor, u"passMessageEdit"_s);
    CHECK(pass->sizePolicy().verticalPolicy() == QSizePolicy::Fixed);
    CHECK(pass->height() == pass->sizeHint().height());
    auto *toolBar = child<QToolBar>(pass, u"richTextToolBar"_s);
    CHECK(toolBar->geometry().top() <= 2); // not floating in the middle of an empty box
}

TEST_CASE("The export dialog grows so that nothing is clipped after an export", "[app][polish]")
{
    WindowFixture fixture;
    auto doc = makeDocument({Core::SlideKind::Question}); // errors: the export is refused
    App::ExportDialog dialog(*doc, fixture.registry);
    dialog.setTargetPath(fixture.dir.filePath(u"out.zip"_s));
    dialog.show();
    QSignalSpy finished(&dialog, &App::ExportDialog::exportFinished);
    dialog.startExport();
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(finished.first().first().toBool());
    QApplication::processEvents();
    for (const QString &name : {u"formatDescription"_s, u"status"_s}) {
        auto *label = child<QLabel>(&dialog, name);
        INFO(name.toStdString());
        CHECK(label->height() >= label->heightForWidth(label->width()));
    }
}

TEST_CASE("The main toolbar names its main actions", "[app][polish]")
{
    WindowFixture fixture;
    App::MainWindow window(fixture.registry, fixture.options);
    window.show();
    auto *toolBar = window.findChild<QToolBar *>(u"MainToolBar"_s);
    REQUIRE(toolBar);
    QStringList named;
    for (QAction *action : toolBar->actions()) {
        auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action));
        if (button && button->toolButtonStyle() == Qt::ToolButtonTextBesideIcon)
            named << action->iconText();
    }
    CHECK(named.contains(u"Export"_s));
    CHECK(named.contains(u"Preview"_s));
    CHECK(named.contains(u"Settings"_s));
    CHECK(named.size() == 4);
}
