// SPDX-License-Identifier: MIT
// File ▸ Translation: the XLIFF import report dialog and the menu's place in the main window.
#include "TestSupport.h"
#include "WindowTestSupport.h"
#include "app/dialogs/TranslationMenu.h"
#include "app/dialogs/XliffExportDialog.h"
#include "app/dialogs/XliffImportDialog.h"
#include "core/Course.h"
#include "core/Document.h"
#include "translation/XliffCourseFixture.h"
#include "translation/xliff/XliffReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

Translation::XliffImportReport reportOf(const Core::Document &document, const QString &file)
{
    const auto read = Translation::XliffReader::readFile(testDataPath(file));
    REQUIRE(read);
    auto report = Translation::XliffImport::check(
        document.course(), read.value(), u"broken-units-1.2.xlf"_s);
    REQUIRE(report);
    return std::move(report).value();
}

} // namespace

TEST_CASE("The XLIFF import dialog lists refused units with file:line and imports the rest",
          "[app][translation]")
{
    auto document = XliffFixture::makeDocument();
    App::XliffImportDialog dialog(*document,
                                  reportOf(*document, u"translation/broken-units-1.2.xlf"_s));
    QTableWidget *table = dialog.refusedTable();
    REQUIRE(table->rowCount() == 8);
    CHECK(table->item(0, 0)->text() == u"broken-units-1.2.xlf:5");
    CHECK(table->item(0, 1)->text() == u"slide/A/title");
    CHECK(table->item(0, 2)->text().startsWith(u"the source text changed since the export"));
    CHECK(table->item(3, 2)->text() == u"inline code 2 (<strong>) of the source is missing");
    CHECK(table->item(7, 0)->toolTip().startsWith(u"broken-units-1.2.xlf:34: course/title: "));
    // (No English plural forms are loaded in app_tests: "translation(s)".)
    CHECK(dialog.summaryText().contains(
        QRegularExpression(u"1 translation\\S* to apply, 8 refused"_s)));
    CHECK(dialog.findChild<QLabel *>(u"summary"_s)->text() == dialog.summaryText());

    SECTION("strict: nothing can be imported")
    {
        dialog.strictBox()->setChecked(true);
        CHECK_FALSE(dialog.importButton()->isEnabled());
        CHECK_FALSE(dialog.importTranslations());
        CHECK(document->undoStack()->index() == 1);
    }
    SECTION("import: one undoable step")
    {
        REQUIRE(dialog.importButton()->isEnabled());
        CHECK(dialog.importButton()->text() == u"&Import 1 Translation(s)");
        dialog.importButton()->click();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(document->undoStack()->index() == 2);
        CHECK(Core::translatedCourse(document->course(), u"en"_s)->metadata().title
              == u"Customer care");
        document->undoStack()->undo();
        CHECK(Core::translatedCourse(document->course(), u"en"_s)->metadata().title
              == u"Accueil client");
    }
}

TEST_CASE("The XLIFF import dialog of a clean file has no refused list", "[app][translation]")
{
    auto document = XliffFixture::makeDocument();
    App::XliffImportDialog dialog(*document,
                                  reportOf(*document, u"translation/hand-translated-1.2.xlf"_s));
    CHECK(dialog.refusedTable()->isHidden());
    CHECK(dialog.strictBox()->isHidden());
    CHECK(dialog.importButton()->isEnabled());
    CHECK(dialog.importTranslations());
    CHECK(Core::translatedCourse(document->course(), u"en"_s)->sections()[0]->title
          == u"On the phone");
}

TEST_CASE("The XLIFF export dialog writes the chosen language and version", "[app][translation]")
{
    auto document = XliffFixture::makeDocument();
    App::XliffExportDialog dialog(*document, u"en"_s);
    auto *language = dialog.findChild<QComboBox *>(u"language"_s);
    REQUIRE(language->count() == 1);
    CHECK(dialog.language() == u"en");
    dialog.findChild<QComboBox *>(u"version"_s)->setCurrentIndex(1);
    CHECK(dialog.version() == Translation::XliffVersion::V2_0);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"en.xlf"_s);
    REQUIRE(dialog.writeTo(path, nullptr));
    const auto read = Translation::XliffReader::readFile(path);
    REQUIRE(read);
    CHECK(read->version == Translation::XliffVersion::V2_0);
    CHECK(read->targetLanguage == u"en");
}

TEST_CASE("File ▸ Translation holds the XLIFF and TMX actions", "[app][translation]")
{
    WindowTest::WindowFixture fixture;
    App::MainWindow window(fixture.registry, fixture.options);
    auto *menu = window.findChild<App::TranslationMenu *>(u"translationMenu"_s);
    REQUIRE(menu);
    for (const QString &name : {u"actionExportXliff"_s,
                                u"actionImportXliff"_s,
                                u"actionImportTmx"_s,
                                u"actionExportTmx"_s})
        CHECK(window.findChild<QAction *>(name));
    CHECK(menu->importTmxAction()->isEnabled());
}
