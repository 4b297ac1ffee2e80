// SPDX-License-Identifier: MIT
// Issue #13 in the editor: the language selector, the translation form that replaces the slide
// editor in a target language, the outline's progress, the translation table, and translations
// surviving save and reopen.
#include "WindowTestSupport.h"
#include "app/dialogs/TranslationMenu.h"
#include "app/docks/OutlineDock.h"
#include "app/editors/Editor.h"
#include "app/editors/SlideEditorHost.h"
#include "app/help/HelpWindow.h"
#include "app/models/MediaOperations.h"
#include "app/models/OutlineModel.h"
#include "app/translation/EditingLanguage.h"
#include "app/translation/LanguagePickerDialog.h"
#include "app/translation/LanguageSelector.h"
#include "app/translation/TranslationForm.h"
#include "app/translation/TranslationOperations.h"
#include "app/translation/TranslationTableDock.h"
#include "app/translation/TranslationTableModel.h"
#include "core/commands/SetSlideTitle.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using WindowTest::SampleWindow;

namespace {

const QString german = u"de"_s;

/** The user's data folder (translation memory, templates) in a temporary folder. */
struct TemporaryDataHome
{
    TemporaryDataHome()
        : previous(qgetenv("XDG_DATA_HOME"))
    {
        qputenv("XDG_DATA_HOME", dir.path().toUtf8());
    }
    ~TemporaryDataHome() { qputenv("XDG_DATA_HOME", previous); }
    QTemporaryDir dir;
    QByteArray previous;
};

/** The first slide of the course with a one-line plain text field (its title). */
const Core::Slide *firstContentSlide(const Core::Document &document)
{
    for (const Core::Slide *slide : document.course().allSlides()) {
        if (slide->kind() == Core::SlideKind::Content && !slide->title.isEmpty())
            return slide;
    }
    return nullptr;
}

const Core::Translation *
translationOf(const Core::Document &document, const QString &language, const QString &unitId)
{
    return App::TranslationOperations::translation(document.course(), language, unitId);
}

Core::TranslationState
stateOf(const Core::Document &document, const QString &language, const QString &unitId)
{
    for (const Core::TextField &field : Core::textFields(document.course())) {
        if (field.unitId == unitId)
            return Core::translationState(document.course(), language, field);
    }
    FAIL("no field " << unitId.toStdString());
    return Core::TranslationState::Untranslated;
}

QString slideTitleUnit(const Core::Slide &slide)
{
    return u"slide/"_s + slide.id.toString() + u"/title"_s;
}

} // namespace

TEST_CASE("The language selector adds, edits, removes and changes languages, all undoable",
          "[app][translation]")
{
    TemporaryDataHome dataHome;
    SampleWindow fixture;
    App::MainWindow &window = *fixture.window;
    window.show();
    Core::Document &document = *window.document();
    App::LanguageSelector *selector = window.languageSelector();
    App::EditingLanguage *editing = window.editingLanguage();
    REQUIRE(selector);
    REQUIRE_FALSE(document.course().languages().targets.contains(german));
    CHECK(selector->text().endsWith(u"(source)"_s));
    CHECK(selector->text().startsWith(u"Français"_s));
    CHECK_FALSE(editing->isTarget());

    // Add Language… with the dialog: a search, a bad tag refused, then German.
    QString dialogMessage;
    bool okWhenInvalid = true;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<App::LanguagePickerDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        QTest::keyClicks(dialog->searchField(), u"deutsch"_s);
        REQUIRE(dialog->list()->currentItem());
        CHECK(dialog->code() == german);
        dialog->codeField()->setText(u"not a tag!"_s);
        okWhenInvalid
            = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
        dialogMessage = dialog->findChild<QLabel *>(u"languageMessage"_s)->text();
        dialog->codeField()->setText(u"DE"_s); // spelled as BCP 47 does: "de"
        CHECK(dialog->code() == german);
        dialog->accept();
    });
    const int before = document.undoStack()->count();
    selector->addLanguageAction()->trigger();
    CHECK_FALSE(okWhenInvalid);
    CHECK(dialogMessage.contains(u"BCP 47"_s));
    REQUIRE(document.course().languages().targets.contains(german));
    CHECK(document.undoStack()->count() == before + 1);
    CHECK(editing->language() == german);
    CHECK(selector->text() == u"Deutsch"_s);
    // The slide editor area shows the translation form.
    CHECK(window.editorHost()->currentEditor() == nullptr);
    CHECK(window.editorHost()->translationForm()->isVisible());

    // The menu lists the source and German; choosing the source edits it again.
    auto *sourceAction = selector->findChild<QAction *>(u"language:source"_s);
    REQUIRE(sourceAction);
    REQUIRE(selector->findChild<QAction *>(u"language:de"_s));
    sourceAction->trigger();
    CHECK_FALSE(editing->isTarget());
    CHECK(window.editorHost()->currentEditor() != nullptr);
    editing->setLanguage(german);

    SECTION("undo removes the language and goes back to the source")
    {
        document.undoStack()->undo();
        CHECK_FALSE(document.course().languages().targets.contains(german));
        CHECK_FALSE(editing->isTarget());
        CHECK(window.editorHost()->currentEditor() != nullptr);
        document.undoStack()->redo();
        CHECK(document.course().languages().targets.contains(german));
    }

    SECTION("remove takes its translations; undo brings them back")
    {
        const Core::Slide *slide = firstContentSlide(document);
        REQUIRE(slide);
        Core::TextField title;
        for (const Core::TextField &field : Core::textFields(document.course())) {
            if (field.unitId == slideTitleUnit(*slide))
                title = field;
        }
        App::TranslationOperations::setText(document, german, title, u"Willkommen"_s);
        REQUIRE(translationOf(document, german, title.unitId));
        CHECK(selector->removeLanguage(german, false));
        CHECK_FALSE(document.course().languages().targets.contains(german));
        CHECK_FALSE(editing->isTarget());
        document.undoStack()->undo();
        REQUIRE(document.course().languages().targets.contains(german));
        REQUIRE(translationOf(document, german, title.unitId));
        CHECK(translationOf(document, german, title.unitId)->text == u"Willkommen"_s);
    }

    SECTION("the source language changes, not to a target")
    {
        CHECK_FALSE(selector->changeSourceLanguage(german));
        CHECK(selector->changeSourceLanguage(u"fr-CA"_s));
        CHECK(document.course().metadata().language == u"fr-CA"_s);
        editing->setLanguage({});
        CHECK(selector->text()
              == App::TranslationOperations::languageName(u"fr-CA"_s) + u" (source)"_s);
        document.undoStack()->undo();
        CHECK(document.course().metadata().language == u"fr"_s);
    }
}

TEST_CASE("The translation form has a row per text of the slide; edits are undoable",
          "[app][translation]")
{
    TemporaryDataHome dataHome;
    SampleWindow fixture;
    App::MainWindow &window = *fixture.window;
    window.resize(1300, 900);
    window.show();
    Core::Document &document = *window.document();
    REQUIRE(window.languageSelector()->addLanguage(german));
    const Core::Slide *slide = firstContentSlide(document);
    REQUIRE(slide);
    window.outlineDock()->selectSlide(slide->id);
    App::TranslationForm *form = window.editorHost()->translationForm();
    REQUIRE(form->slideId() == slide->id);

    QStringList expected;
    for (const Core::TextField &field :
         App::TranslationOperations::fieldsOf(document.course(), slide->id))
        expected.append(field.unitId);
    REQUIRE_FALSE(expected.isEmpty());
    CHECK(form->unitIds() == expected);

    // Rich text sources are rendered, plain ones shown as they are.
    for (const Core::TextField &field :
         App::TranslationOperations::fieldsOf(document.course(), slide->id)) {
        const QLabel *source = form->sourceLabel(field.unitId);
        REQUIRE(source);
        CHECK(source->textFormat()
              == (field.format == Core::TextFormat::Html ? Qt::RichText : Qt::PlainText));
        if (field.format == Core::TextFormat::Html)
            CHECK(qobject_cast<QWidget *>(form->targetEditor(field.unitId))
                      ->inherits("App::RichTextEdit"));
    }

    const QString unit = slideTitleUnit(*slide);
    auto *edit = qobject_cast<QLineEdit *>(form->targetEditor(unit));
    REQUIRE(edit);
    CHECK(edit->placeholderText() == slide->title);
    CHECK(form->stateBadge(unit)->text() == u"Untranslated"_s);
    CHECK_FALSE(form->approveButton(unit)->isEnabled());

    const int before = document.undoStack()->count();
    edit->setFocus();
    QTest::keyClicks(edit, u"Willkommen"_s);
    REQUIRE(translationOf(document, german, unit));
    CHECK(translationOf(document, german, unit)->text == u"Willkommen"_s);
    CHECK(stateOf(document, german, unit) == Core::TranslationState::Translated);
    CHECK(form->stateBadge(unit)->text() == u"Translated"_s);
    // Typing in one field is one undo step.
    CHECK(document.undoStack()->count() == before + 1);
    CHECK(document.course().slide(slide->id)->title != u"Willkommen"_s); // the source stays

    QTest::mouseClick(form->approveButton(unit), Qt::LeftButton);
    CHECK(stateOf(document, german, unit) == Core::TranslationState::Approved);
    CHECK(form->stateBadge(unit)->text() == u"Approved"_s);
    CHECK(form->approveButton(unit)->isChecked());

    SECTION("editing the source makes the translation outdated")
    {
        document.push(
            std::make_unique<Core::SetSlideTitle>(&document, slide->id, slide->title + u" !"_s));
        QTest::qWait(10); // the form refreshes once the change is in
        CHECK(stateOf(document, german, unit) == Core::TranslationState::Outdated);
        CHECK(form->stateBadge(unit)->text() == u"Outdated"_s);
        CHECK(form->approveButton(unit)->isEnabled());
        CHECK_FALSE(form->approveButton(unit)->isChecked());
        // Approving confirms it for the new source.
        QTest::mouseClick(form->approveButton(unit), Qt::LeftButton);
        CHECK(stateOf(document, german, unit) == Core::TranslationState::Approved);
    }

    SECTION("undo goes back step by step, and the form follows")
    {
        document.undoStack()->undo(); // the approval
        CHECK(form->stateBadge(unit)->text() == u"Translated"_s);
        document.undoStack()->undo(); // the typing
        CHECK_FALSE(translationOf(document, german, unit));
        CHECK(edit->text().isEmpty());
        CHECK(form->stateBadge(unit)->text() == u"Untranslated"_s);
    }

    SECTION("clearing the text removes the translation")
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        CHECK_FALSE(translationOf(document, german, unit));
    }

    SECTION("a section selected in the outline: the course's and the sections' own texts")
    {
        QTreeView *tree = window.outlineDock()->view();
        tree->setCurrentIndex(tree->model()->index(0, 0));
        CHECK(form->slideId().isNull());
        REQUIRE_FALSE(form->unitIds().isEmpty());
        CHECK(form->unitIds().contains(u"course/title"_s));
        for (const QString &id : form->unitIds())
            CHECK_FALSE(id.startsWith(u"slide/"_s));
    }

    SECTION("the outline shows the slide's progress in the target language only")
    {
        const QModelIndex index = window.outlineDock()->model()->indexForSlide(slide->id);
        const QVariant progress = index.data(App::OutlineModel::TranslationProgressRole);
        REQUIRE(progress.isValid());
        const auto value = progress.value<Core::TranslationProgress>();
        CHECK(value.total() == expected.size());
        CHECK(value.approved == 1);
        CHECK(value.untranslated == expected.size() - 1);
        CHECK(index.data(Qt::ToolTipRole)
                  .toString()
                  .contains(u"Deutsch: 1 of %1 texts translated"_s.arg(expected.size())));
        window.editingLanguage()->setLanguage({});
        CHECK_FALSE(index.data(App::OutlineModel::TranslationProgressRole).isValid());
    }
}

TEST_CASE("The translation form offers per-language media, falling back to the source's",
          "[app][translation]")
{
    TemporaryDataHome dataHome;
    SampleWindow fixture;
    App::MainWindow &window = *fixture.window;
    window.show();
    Core::Document &document = *window.document();
    REQUIRE(window.languageSelector()->addLanguage(german));
    const std::vector<Core::MediaField> media = Core::mediaFields(document.course());
    auto image = std::find_if(media.begin(), media.end(), [&](const Core::MediaField &field) {
        const Core::MediaAsset *asset = document.course().asset(field.source);
        return !field.slide.isNull() && asset && asset->isImage()
               && document.course().slidePosition(field.slide).isValid();
    });
    REQUIRE(image != media.end());
    window.outlineDock()->selectSlide(image->slide);
    App::TranslationForm *form = window.editorHost()->translationForm();
    REQUIRE(form->mediaUnitIds().contains(image->unitId));
    const QString sourceName = document.course().asset(image->source)->fileName;
    CHECK(form->mediaLabel(image->unitId)->text().contains(sourceName));
    CHECK_FALSE(form->useSourceMediaButton(image->unitId)->isEnabled());

    // Another image of the library for German.
    Core::AssetId other;
    for (const auto &[id, asset] : document.course().assets()) {
        if (asset.isImage() && id != image->source)
            other = id;
    }
    REQUIRE_FALSE(other.isNull());
    App::TranslationOperations::setMedia(document, german, *image, other);
    CHECK(App::TranslationOperations::mediaIn(document.course(), german, *image) == other);
    CHECK(
        form->mediaLabel(image->unitId)->text().contains(document.course().asset(other)->fileName));
    CHECK(form->useSourceMediaButton(image->unitId)->isEnabled());

    QTest::mouseClick(form->useSourceMediaButton(image->unitId), Qt::LeftButton);
    CHECK(App::TranslationOperations::mediaIn(document.course(), german, *image) == image->source);
    CHECK_FALSE(translationOf(document, german, image->unitId));
    document.undoStack()->undo();
    CHECK(App::TranslationOperations::mediaIn(document.course(), german, *image) == other);
}

TEST_CASE("The translation table filters by state, goes row to row with the keyboard, undoes",
          "[app][translation]")
{
    TemporaryDataHome dataHome;
    SampleWindow fixture;
    App::MainWindow &window = *fixture.window;
    window.resize(1300, 900);
    window.show();
    Core::Document &document = *window.document();
    App::TranslationTableDock *dock = window.translationDock();
    REQUIRE(dock);
    QAction *toggle = window.findChild<QAction *>(u"actionTranslationTable"_s);
    REQUIRE(toggle);
    CHECK(toggle->shortcut() == QKeySequence(u"Ctrl+Shift+T"_s));
    toggle->trigger();
    CHECK(dock->isVisible());
    // In the source language the table asks for a target.
    CHECK(dock->findChild<QLabel *>(u"translationTableEmpty"_s)->isVisible());

    REQUIRE(window.languageSelector()->addLanguage(german));
    const std::vector<Core::TextField> fields = Core::textFields(document.course());
    REQUIRE(fields.size() > 3);
    CHECK(dock->model()->rowCount() == int(fields.size()));
    CHECK(dock->visibleRowCount() == int(fields.size()));
    CHECK(dock->visibleUnitId(0) == fields[0].unitId);

    QTableView *view = dock->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, App::TranslationTableModel::TargetColumn));

    // Enter opens the editor; typing and Enter save and move to the next row, editing it.
    const int before = document.undoStack()->count();
    QTest::keyClick(view, Qt::Key_Return);
    auto *editor = view->findChild<QWidget *>(u"translationCellEditor"_s);
    REQUIRE(editor);
    QWidget *input = editor;
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(u"Erste Übersetzung"_s);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        plain->setPlainText(u"Erste Übersetzung"_s);
    else if (auto *rich = qobject_cast<QTextEdit *>(editor))
        rich->setPlainText(u"Erste Übersetzung"_s);
    QTest::keyClick(input, Qt::Key_Return);
    REQUIRE(translationOf(document, german, fields[0].unitId));
    CHECK(translationOf(document, german, fields[0].unitId)->text.contains(u"Erste Übersetzung"_s));
    CHECK(document.undoStack()->count() == before + 1);
    CHECK(view->currentIndex().row() == 1);
    QTest::qWait(10);
    auto *next = view->findChild<QWidget *>(u"translationCellEditor"_s);
    REQUIRE(next);
    QTest::keyClick(next, Qt::Key_Escape);

    // Tab moves down without editing; Ctrl+Enter approves the row and moves down.
    view->setCurrentIndex(view->model()->index(0, App::TranslationTableModel::TargetColumn));
    QTest::keyClick(view, Qt::Key_Tab);
    CHECK(view->currentIndex().row() == 1);
    QTest::keyClick(view, Qt::Key_Backtab);
    CHECK(view->currentIndex().row() == 0);
    QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
    CHECK(stateOf(document, german, fields[0].unitId) == Core::TranslationState::Approved);
    CHECK(view->currentIndex().row() == 1);

    // Filters by state.
    dock->setStateFilter(App::TranslationTableDock::StateFilter::Approved);
    CHECK(dock->visibleRowCount() == 1);
    CHECK(dock->visibleUnitId(0) == fields[0].unitId);
    dock->setStateFilter(App::TranslationTableDock::StateFilter::Untranslated);
    CHECK(dock->visibleRowCount() == int(fields.size()) - 1);
    dock->setStateFilter(App::TranslationTableDock::StateFilter::NeedsWork);
    CHECK(dock->visibleRowCount() == int(fields.size()) - 1);
    dock->setStateFilter(App::TranslationTableDock::StateFilter::All);
    dock->searchField()->setText(u"Erste Übersetzung"_s);
    CHECK(dock->visibleRowCount() == 1);
    dock->searchField()->clear();

    // The current row shows its slide.
    const auto onSlide = std::find_if(fields.begin(), fields.end(), [&](const Core::TextField &f) {
        return !f.slide.isNull() && document.course().slidePosition(f.slide).isValid();
    });
    REQUIRE(onSlide != fields.end());
    dock->selectUnit(onSlide->unitId);
    CHECK(window.outlineDock()->currentSlideId() == onSlide->slide);
    CHECK(window.editorHost()->translationForm()->slideId() == onSlide->slide);

    // Matches from the translation memory for the current row; Ctrl+2 uses the second.
    auto *menu = window.findChild<App::TranslationMenu *>();
    REQUIRE(menu);
    menu->memory().add(u"fr"_s, german, fields[2].source, u"Genau"_s, u"Kurs A"_s);
    menu->memory().add(u"fr"_s, german, fields[2].source + u"."_s, u"Fast genau"_s, u"Kurs B"_s);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(2, App::TranslationTableModel::TargetColumn));
    REQUIRE(dock->memoryList()->topLevelItemCount() == 2);
    CHECK(dock->memoryList()->topLevelItem(0)->text(0) == u"100 %"_s);
    CHECK(dock->memoryList()->topLevelItem(0)->text(2) == u"Genau"_s);
    CHECK(dock->memoryList()->topLevelItem(1)->text(2) == u"Fast genau"_s);
    QTest::keyClick(view, Qt::Key_2, Qt::ControlModifier);
    REQUIRE(translationOf(document, german, fields[2].unitId));
    CHECK(translationOf(document, german, fields[2].unitId)->text == u"Fast genau"_s);
    document.undoStack()->undo();
    CHECK_FALSE(translationOf(document, german, fields[2].unitId));

    // Undo: the approval, then the translation.
    document.undoStack()->undo();
    CHECK(stateOf(document, german, fields[0].unitId) == Core::TranslationState::Translated);
    document.undoStack()->undo();
    CHECK(stateOf(document, german, fields[0].unitId) == Core::TranslationState::Untranslated);
    CHECK(dock->model()
              ->index(0, App::TranslationTableModel::TargetColumn)
              .data()
              .toString()
              .isEmpty());
}

TEST_CASE("Translations made in the editor survive save and reopen", "[app][translation]")
{
    TemporaryDataHome dataHome;
    SampleWindow fixture;
    App::MainWindow &window = *fixture.window;
    Core::Document &document = *window.document();
    REQUIRE(window.languageSelector()->addLanguage(german));
    const std::vector<Core::TextField> fields = Core::textFields(document.course());
    REQUIRE(fields.size() > 2);
    App::TranslationOperations::setText(document, german, fields[0], u"Kurs"_s);
    App::TranslationOperations::setText(document, german, fields[1], u"Beschreibung"_s);
    App::TranslationOperations::setApproved(document, german, fields[1], true);
    // A German image, used by no slide of the source.
    const auto imported = App::MediaOperations::importFiles({testDataPath(u"media/image.webp"_s)});
    REQUIRE(imported.size() == 1);
    REQUIRE(imported.front());
    const Core::AssetId germanImage = imported.front().value().id;
    REQUIRE(App::MediaOperations::addImported(document, imported).empty());
    const std::vector<Core::MediaField> media = Core::mediaFields(document.course());
    const auto image = std::find_if(media.begin(), media.end(), [&](const Core::MediaField &f) {
        const Core::MediaAsset *asset = document.course().asset(f.source);
        return asset && asset->isImage();
    });
    REQUIRE(image != media.end());
    App::TranslationOperations::setMedia(document, german, *image, germanImage);
    // Media > Remove Unused Media keeps it: a language uses it.
    const std::vector<Core::AssetId> unused = App::MediaOperations::unusedAssets(document);
    CHECK(std::find(unused.begin(), unused.end(), germanImage) == unused.end());
    const QString path = fixture.dir.filePath(u"translated.capsule"_s);
    REQUIRE(document.save(path));
    const Core::CourseLanguages saved = document.course().languages();

    REQUIRE(window.openFile(path));
    Core::Document &reopened = *window.document();
    CHECK(reopened.course().languages().targets == saved.targets);
    CHECK(reopened.course().languages().translations.at(german) == saved.translations.at(german));
    CHECK(stateOf(reopened, german, fields[1].unitId) == Core::TranslationState::Approved);
    // The German image is still in the project, and still German.
    CHECK(reopened.course().asset(germanImage));
    CHECK(App::TranslationOperations::mediaIn(reopened.course(), german, *image) == germanImage);
    // The reopened course starts in its source language; German is one click away.
    CHECK_FALSE(window.editingLanguage()->isTarget());
    window.editingLanguage()->setLanguage(german);
    CHECK(window.translationDock()
              ->model()
              ->index(0, App::TranslationTableModel::TargetColumn)
              .data()
              .toString()
          == u"Kurs"_s);
}

TEST_CASE("The translator's guide is in Help with its screenshots", "[app][translation][help]")
{
    TemporaryDataHome dataHome;
    SampleWindow fixture;
    App::MainWindow &window = *fixture.window;
    window.show();
    window.showGuide();
    App::HelpWindow *help = window.helpWindow();
    REQUIRE(help);
    Q_EMIT help->browser()->anchorClicked(QUrl(u"translation.md"_s));
    REQUIRE(help->currentPage() == QUrl(u"qrc:/docs/translation.md"_s));
    const QTextDocument *page = help->browser()->document();
    CHECK(page->toPlainText().contains(u"Translating in the editor"_s));
    int images = 0;
    for (QTextBlock block = page->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QString name = format.toImageFormat().name();
            INFO(name.toStdString());
            const QVariant resource
                = help->browser()->loadResource(QTextDocument::ImageResource, QUrl(name));
            const QImage image = resource.typeId() == QMetaType::QByteArray
                                     ? QImage::fromData(resource.toByteArray())
                                     : resource.value<QImage>();
            CHECK(image.width() > 200);
            ++images;
        }
    }
    CHECK(images >= 3);
    help->close();
}
