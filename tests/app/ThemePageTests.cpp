// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "app/dialogs/ColorButton.h"
#include "app/dialogs/CourseSettingsDialog.h"
#include "core/Course.h"
#include "core/Document.h"
#include "core/Theme.h"
#include "core/ThemeFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Core::Document> sampleDocument()
{
    auto document = Core::Document::fromTemplate(u"sample"_s);
    REQUIRE(document);
    return std::move(document).value();
}

template <typename T> T *child(const QWidget &parent, const QString &name)
{
    auto *widget = parent.findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(widget);
    return widget;
}

QListWidgetItem *galleryItem(QListWidget *gallery, const QString &builtinId)
{
    for (int row = 0; row < gallery->count(); ++row) {
        if (gallery->item(row)->data(Qt::UserRole).toString() == builtinId)
            return gallery->item(row);
    }
    FAIL("no gallery item " << builtinId.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("Theme gallery shows the six themes on the course and applies one as one undo step",
          "[app][dialogs][themes]")
{
    auto document = sampleDocument();
    const Core::Theme original = document->course().settings().theme;
    const int steps = document->undoStack()->count();

    App::CourseSettingsDialog dialog(document.get());
    auto *gallery = child<QListWidget>(dialog, u"themeGallery"_s);
    REQUIRE(gallery->count() == 6);
    // Each thumbnail is the course's first slide in that theme: six different pictures.
    std::vector<QImage> icons;
    for (int row = 0; row < gallery->count(); ++row) {
        const QImage icon = gallery->item(row)->icon().pixmap(gallery->iconSize()).toImage();
        REQUIRE_FALSE(icon.isNull());
        for (const QImage &other : icons)
            CHECK(icon != other);
        icons.push_back(icon);
    }
    CHECK(gallery->currentItem() == galleryItem(gallery, original.builtinId));

    QListWidgetItem *dark = galleryItem(gallery, u"dark"_s);
    gallery->setCurrentItem(dark);
    const Core::Theme expected = Core::withIdentity(Core::builtinTheme(u"dark"_s), original);
    CHECK(dialog.editedSettings().theme == expected);
    CHECK(child<App::ColorButton>(dialog, u"surfaceColor"_s)->color() == expected.surface);
    CHECK(child<QLabel>(dialog, u"themeName"_s)->text() == Core::themeDisplayName(u"dark"_s));
    CHECK(document->course().settings().theme == original); // not before OK

    dialog.accept();
    CHECK(document->course().settings().theme == expected);
    CHECK(document->undoStack()->count() == steps + 1);
    document->undoStack()->undo();
    CHECK(document->course().settings().theme == original);
    document->undoStack()->redo();
    CHECK(document->course().settings().theme == expected);
}

TEST_CASE("Customising a theme makes it custom and warns about weak contrast with the ratio",
          "[app][dialogs][themes]")
{
    auto document = sampleDocument();
    App::CourseSettingsDialog dialog(document.get());
    auto *warning = child<QLabel>(dialog, u"contrastWarning"_s);
    CHECK(warning->isHidden());

    child<QSpinBox>(dialog, u"cornerRadius"_s)->setValue(3);
    CHECK(dialog.editedSettings().theme.builtinId.isEmpty());
    CHECK(dialog.editedSettings().theme.cornerRadius == 3);
    CHECK(child<QListWidget>(dialog, u"themeGallery"_s)->selectedItems().isEmpty());
    CHECK(child<QLabel>(dialog, u"themeName"_s)->text() == Core::themeDisplayName({}));

    // Light grey text on white: about 1.5:1.
    auto *text = child<App::ColorButton>(dialog, u"textColor"_s);
    text->setColor(QColor(0xcc, 0xcc, 0xcc));
    emit text->colorChanged(text->color());
    const Core::Theme theme = dialog.editedSettings().theme;
    const QList<Core::ContrastProblem> problems = Core::contrastProblems(theme);
    REQUIRE_FALSE(problems.isEmpty());
    CHECK_FALSE(warning->isHidden());
    for (const Core::ContrastProblem &problem : problems)
        CHECK(warning->text().contains(problem.message()));
    CHECK(warning->text().contains(u"1.6:1"_s));

    // Back to a built-in theme: no warning.
    dialog.chooseBuiltinTheme(u"high-contrast"_s);
    CHECK(warning->isHidden());
    CHECK(dialog.editedSettings().theme.builtinId == u"high-contrast"_s);

    SECTION("every field reaches the theme")
    {
        child<QComboBox>(dialog, u"headingFont"_s)
            ->setCurrentIndex(
                child<QComboBox>(dialog, u"headingFont"_s)->findData(int(Core::ThemeFont::Serif)));
        child<QComboBox>(dialog, u"pageStyle"_s)
            ->setCurrentIndex(child<QComboBox>(dialog, u"pageStyle"_s)
                                  ->findData(int(Core::ThemePage::FullBleed)));
        child<QComboBox>(dialog, u"headerStyle"_s)
            ->setCurrentIndex(child<QComboBox>(dialog, u"headerStyle"_s)
                                  ->findData(int(Core::ThemeHeader::Centered)));
        child<QComboBox>(dialog, u"density"_s)
            ->setCurrentIndex(child<QComboBox>(dialog, u"density"_s)
                                  ->findData(int(Core::ThemeDensity::Spacious)));
        child<QCheckBox>(dialog, u"coverPage"_s)->setChecked(true);
        child<QCheckBox>(dialog, u"sectionPages"_s)->setChecked(true);
        const Core::Theme edited = dialog.editedSettings().theme;
        CHECK(edited.headingFont == Core::ThemeFont::Serif);
        CHECK(edited.page == Core::ThemePage::FullBleed);
        CHECK(edited.header == Core::ThemeHeader::Centered);
        CHECK(edited.density == Core::ThemeDensity::Spacious);
        CHECK(edited.coverPage);
        CHECK(edited.sectionPages);
        CHECK(edited.builtinId.isEmpty());
    }
}

TEST_CASE("A saved theme imported in another course gives the same theme, logo included",
          "[app][dialogs][themes]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString logoPath = dir.filePath(u"logo.png"_s);
    QImage logo(120, 40, QImage::Format_RGB32);
    logo.fill(QColor(0xc0, 0x30, 0x30));
    REQUIRE(logo.save(logoPath));
    const QString themePath = dir.filePath(u"identity"_s + Core::ThemeFile::suffix());

    auto first = sampleDocument();
    Core::Theme saved;
    {
        App::CourseSettingsDialog dialog(first.get());
        dialog.chooseBuiltinTheme(u"editorial"_s);
        child<QSpinBox>(dialog, u"cornerRadius"_s)->setValue(20);
        REQUIRE(dialog.importLogo(logoPath));
        saved = dialog.editedSettings().theme;
        REQUIRE(dialog.saveTheme(themePath));
        CHECK(child<QLabel>(dialog, u"themeMessage"_s)->text().contains(u"identity"_s));
    }

    auto second = Core::Document::fromTemplate(u"blank"_s);
    REQUIRE(second);
    Core::Document &other = *second.value();
    App::CourseSettingsDialog dialog(&other);
    REQUIRE(dialog.importTheme(themePath));
    CHECK(dialog.editedSettings().theme == saved);
    CHECK(other.course().asset(saved.logo) == nullptr); // joins the library on OK
    dialog.accept();
    CHECK(other.course().settings().theme == saved);
    REQUIRE(other.course().asset(saved.logo) != nullptr);
    CHECK(other.course().asset(saved.logo)->isImage());
    other.undoStack()->undo();
    CHECK(other.course().asset(saved.logo) == nullptr);

    SECTION("a broken file is refused with its name")
    {
        const QString broken = dir.filePath(u"broken"_s + Core::ThemeFile::suffix());
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a zip");
        file.close();
        App::CourseSettingsDialog again(&other);
        const Core::Theme before = again.editedSettings().theme;
        CHECK_FALSE(again.importTheme(broken));
        CHECK(child<QLabel>(again, u"themeMessage"_s)->text().contains(u"broken"_s));
        CHECK(again.editedSettings().theme == before);
    }
}
