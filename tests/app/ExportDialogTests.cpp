// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "app/dialogs/ExportDialog.h"
#include "core/Document.h"
#include "core/MediaImporter.h"
#include "core/commands/AddAsset.h"
#include "core/commands/AddLanguage.h"
#include "core/commands/RemoveLanguage.h"
#include "core/commands/SetSlideBody.h"
#include "export/BuiltinExporters.h"
#include "export/ExporterRegistry.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Fixture
{
    Fixture()
    {
        Export::registerBuiltinExporters(registry);
        auto loaded = Core::Document::fromTemplate(u"sample"_s);
        REQUIRE(loaded);
        document = std::move(loaded).value();
        REQUIRE(dir.isValid());
    }

    /** Changes the first image block of the course, e.g. to remove its alt text. */
    void editFirstImage(const std::function<void(Core::ContentBlock &)> &edit)
    {
        for (const Core::Slide *slide : document->course().allSlides()) {
            const auto *content = std::get_if<Core::ContentBody>(&slide->body);
            if (!content)
                continue;
            Core::ContentBody body = *content;
            for (Core::ContentBlock &block : body.blocks) {
                if (block.type == Core::ContentBlock::Type::Image) {
                    edit(block);
                    document->push(std::make_unique<Core::SetSlideBody>(
                        document.get(), slide->id, Core::SlideBody(body), u"Edit image"_s));
                    return;
                }
            }
        }
        FAIL("the sample course has no image block");
    }

    Export::ExporterRegistry registry;
    std::unique_ptr<Core::Document> document;
    QTemporaryDir dir;
};

template <typename T> T *child(const QWidget &parent, const QString &name)
{
    auto *widget = parent.findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(widget);
    return widget;
}

void chooseFormat(App::ExportDialog &dialog, const QString &id)
{
    auto *format = child<QComboBox>(dialog, u"format"_s);
    const int index = format->findData(id);
    REQUIRE(index >= 0);
    format->setCurrentIndex(index);
    REQUIRE(dialog.currentExporter());
    CHECK(dialog.currentExporter()->id() == id);
}

/** Clicks Export and waits for the end of the export; returns its success. */
bool exportAndWait(App::ExportDialog &dialog)
{
    QSignalSpy finished(&dialog, &App::ExportDialog::exportFinished);
    auto *exportButton = child<QPushButton>(dialog, u"export"_s);
    REQUIRE(exportButton->isEnabled());
    QTest::mouseClick(exportButton, Qt::LeftButton);
    CHECK(dialog.isExporting());
    CHECK_FALSE(exportButton->isEnabled());
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(dialog.isExporting());
    return finished.first().first().toBool();
}

} // namespace

TEST_CASE("Export dialog lists the registered formats", "[app][dialogs]")
{
    Fixture f;
    App::ExportDialog dialog(*f.document, f.registry);
    auto *format = child<QComboBox>(dialog, u"format"_s);
    REQUIRE(format->count() == int(f.registry.all().size()));
    for (int i = 0; i < format->count(); ++i) {
        const Export::Exporter *exporter = f.registry.all()[size_t(i)];
        CHECK(format->itemText(i) == exporter->displayName());
        CHECK(format->itemData(i).toString() == exporter->id());
    }
    chooseFormat(dialog, u"web"_s);
    CHECK(child<QLabel>(dialog, u"formatDescription"_s)->text()
          == f.registry.byId(u"web"_s)->description());
}

TEST_CASE("Export dialog proposes <project>-<format>.zip beside the project", "[app][dialogs]")
{
    Fixture f;
    const QString project = f.dir.filePath(u"ecoute.capsule"_s);
    REQUIRE(f.document->save(project));
    App::ExportDialog dialog(*f.document, f.registry);
    chooseFormat(dialog, u"scorm12"_s);
    CHECK(QDir::fromNativeSeparators(dialog.targetPath())
          == f.dir.filePath(u"ecoute-scorm12.zip"_s));
    chooseFormat(dialog, u"web"_s);
    CHECK(QDir::fromNativeSeparators(dialog.targetPath()) == f.dir.filePath(u"ecoute-web.zip"_s));

    // A name the user typed is kept when the format changes.
    dialog.setTargetPath(f.dir.filePath(u"mon-paquet.zip"_s));
    chooseFormat(dialog, u"scorm2004"_s);
    CHECK(QDir::fromNativeSeparators(dialog.targetPath()) == f.dir.filePath(u"mon-paquet.zip"_s));
}

TEST_CASE("Export dialog exports the sample course off the UI thread", "[app][dialogs]")
{
    Fixture f;
    App::ExportDialog dialog(*f.document, f.registry);
    dialog.show();
    chooseFormat(dialog, u"scorm12"_s);
    const QString target = f.dir.filePath(u"sample-scorm12.zip"_s);
    dialog.setTargetPath(target);

    auto *progress = child<QProgressBar>(dialog, u"progress"_s);
    int highest = 0;
    int updates = 0;
    QObject::connect(progress, &QProgressBar::valueChanged, [&](int value) {
        highest = std::max(highest, value);
        ++updates;
    });

    REQUIRE(exportAndWait(dialog));
    CHECK(highest == 100);
    CHECK(updates >= 2);
    CHECK(QFileInfo::exists(target));
    CHECK(QFileInfo(target).size() > 0);
    const QString status = child<QLabel>(dialog, u"status"_s)->text();
    CHECK(status.contains(QDir::toNativeSeparators(target)));
    CHECK(child<QPushButton>(dialog, u"showInFolder"_s)->isVisible());
    CHECK_FALSE(child<QListWidget>(dialog, u"warnings"_s)->isVisible());
    CHECK(child<QPushButton>(dialog, u"export"_s)->isEnabled());
    CHECK_FALSE(f.document->isModified());
}

TEST_CASE("Export dialog lists the warnings with icons", "[app][dialogs]")
{
    Fixture f;
    f.editFirstImage([](Core::ContentBlock &block) { block.altText.clear(); });
    App::ExportDialog dialog(*f.document, f.registry);
    dialog.show();
    chooseFormat(dialog, u"web"_s);
    const QString target = f.dir.filePath(u"warned.zip"_s);
    dialog.setTargetPath(target);

    REQUIRE(exportAndWait(dialog));
    CHECK(QFileInfo::exists(target));
    auto *warnings = child<QListWidget>(dialog, u"warnings"_s);
    CHECK(warnings->isVisible());
    REQUIRE(warnings->count() >= 1);
    bool foundAltText = false;
    for (int i = 0; i < warnings->count(); ++i) {
        const QListWidgetItem *item = warnings->item(i);
        CHECK_FALSE(item->icon().isNull());
        CHECK_FALSE(item->text().isEmpty());
        foundAltText
            = foundAltText || item->data(Qt::UserRole).toString() == u"image.no-alt-text"_s;
    }
    CHECK(foundAltText);
    CHECK(child<QLabel>(dialog, u"warningsTitle"_s)->isVisible());
}

TEST_CASE("Cancelling an export leaves no file", "[app][dialogs]")
{
    Fixture f;
    // A big in-memory image (an uncompressed PNG of about 36 MB) keeps the writer busy.
    QImage noise(3000, 3000, QImage::Format_RGB32);
    noise.fill(QColor(0x20, 0x60, 0xa0));
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        writer.setCompression(0);
        REQUIRE(writer.write(noise));
    }
    auto asset = Core::MediaImporter::fromData(png, u"grande-image.png"_s);
    REQUIRE(asset);
    const Core::AssetId bigId = asset->id;
    f.document->push(std::make_unique<Core::AddAsset>(f.document.get(), *asset));
    f.editFirstImage([&](Core::ContentBlock &block) { block.image = bigId; });

    App::ExportDialog dialog(*f.document, f.registry);
    dialog.show();
    chooseFormat(dialog, u"scorm12"_s);
    const QString target = f.dir.filePath(u"cancelled.zip"_s);
    dialog.setTargetPath(target);

    QSignalSpy finished(&dialog, &App::ExportDialog::exportFinished);
    dialog.startExport();
    REQUIRE(dialog.isExporting());
    auto *cancel = child<QPushButton>(dialog, u"cancelExport"_s);
    REQUIRE(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(finished.first().first().toBool());
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK(QDir(f.dir.path()).entryList(QDir::Files).isEmpty()); // no temporary left either
    CHECK(child<QLabel>(dialog, u"status"_s)->text().contains(u"cancelled"_s));
    CHECK_FALSE(child<QPushButton>(dialog, u"showInFolder"_s)->isVisible());
    CHECK_FALSE(cancel->isEnabled());
}

TEST_CASE("Export dialog shows an error in the dialog", "[app][dialogs]")
{
    Fixture f;
    App::ExportDialog dialog(*f.document, f.registry);
    dialog.show();
    chooseFormat(dialog, u"scorm2004"_s);
    dialog.setTargetPath(f.dir.filePath(u"no-such-folder/out.zip"_s));
    CHECK_FALSE(exportAndWait(dialog));
    const QString status = child<QLabel>(dialog, u"status"_s)->text();
    CHECK(status.startsWith(u"The export failed: "_s));
    CHECK(status.size() > QString(u"The export failed: "_s).size());
    CHECK(child<QLabel>(dialog, u"statusIcon"_s)->isVisible());
    CHECK_FALSE(child<QPushButton>(dialog, u"showInFolder"_s)->isVisible());
}

TEST_CASE("Closing the dialog during an export cancels it", "[app][dialogs]")
{
    Fixture f;
    const QString target = f.dir.filePath(u"closed.zip"_s);
    {
        App::ExportDialog dialog(*f.document, f.registry);
        dialog.setTargetPath(target);
        dialog.startExport();
        dialog.reject(); // asks the job to stop
        CHECK(dialog.result() != QDialog::Accepted);
    } // the destructor waits for the worker
    CHECK_FALSE(QFileInfo::exists(target));
}

TEST_CASE("Export dialog offers the course's languages and all of them in one package",
          "[app][dialogs][languages]")
{
    Fixture f;
    // The sample comes translated into English: start from its French alone.
    if (f.document->course().languages().targets.contains(u"en"_s))
        f.document->push(std::make_unique<Core::RemoveLanguage>(*f.document, u"en"_s));
    {
        App::ExportDialog dialog(*f.document, f.registry);
        dialog.show();
        // No target language: nothing to choose.
        CHECK_FALSE(child<QComboBox>(dialog, u"language"_s)->isVisible());
        CHECK(dialog.currentLanguage().isEmpty());
    }
    f.document->push(std::make_unique<Core::AddLanguage>(*f.document, u"en"_s));
    const QString project = f.dir.filePath(u"ecoute.capsule"_s);
    REQUIRE(f.document->save(project));
    App::ExportDialog dialog(*f.document, f.registry);
    dialog.show();
    auto *language = child<QComboBox>(dialog, u"language"_s);
    CHECK(language->isVisible());
    REQUIRE(language->count() == 3);
    CHECK(language->itemData(0).toString().isEmpty());
    CHECK(language->itemText(0).contains(u"(fr)"_s));
    CHECK(language->itemData(1).toString() == u"en"_s);
    CHECK(language->itemText(1) == u"English (en)"_s);
    CHECK(language->itemData(2).toString() == u"all"_s);
    chooseFormat(dialog, u"scorm2004"_s);
    language->setCurrentIndex(2);
    CHECK(dialog.currentLanguage() == u"all"_s);
    CHECK(QDir::fromNativeSeparators(dialog.targetPath())
          == f.dir.filePath(u"ecoute-all-scorm2004.zip"_s));
    REQUIRE(exportAndWait(dialog));
    CHECK(QFileInfo::exists(f.dir.filePath(u"ecoute-all-scorm2004.zip"_s)));
    // Nothing is translated yet: the warning says how many texts fall back to French.
    auto *warnings = child<QListWidget>(dialog, u"warnings"_s);
    bool untranslated = false;
    for (int i = 0; i < warnings->count(); ++i)
        untranslated = untranslated || warnings->item(i)->text().contains(u"Language en"_s)
                       || warnings->item(i)->text().contains(u"Langue en"_s);
    CHECK(untranslated);
}
