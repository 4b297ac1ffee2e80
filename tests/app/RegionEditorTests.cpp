// SPDX-License-Identifier: MIT
// The region editor of drag-and-drop and hotspot questions: drawing rectangles and polygons
// with the mouse, selecting, moving and deleting regions, the list beside the canvas, the items
// and their zones; every change one undoable step.
#include "TestSupport.h"
#include "app/editors/QuestionEditor.h"
#include "app/editors/RegionCanvas.h"
#include "app/editors/RegionEditor.h"
#include "editors/EditorTestSupport.h"

#include <QBuffer>
#include <QComboBox>
#include <QCryptographicHash>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace EditorTest;
using QT = Core::QuestionType;

namespace {

Core::MediaAsset screenImage()
{
    QImage image(400, 250, QImage::Format_RGB32);
    image.fill(QColor(0xee, 0xf2, 0xf6));
    QPainter(&image).fillRect(20, 20, 150, 100, Qt::white);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    Core::MediaAsset asset;
    asset.id = Core::AssetId(
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    asset.fileName = u"ecran.png"_s;
    asset.mimeType = u"image/png"_s;
    asset.byteSize = bytes.size();
    asset.imageSize = image.size();
    asset.source = Core::AssetSource{Core::AssetSource::Kind::Memory, {}, {}, bytes};
    return asset;
}

struct Fixture
{
    std::unique_ptr<Core::Document> doc;
    App::QuestionEditor editor;
    Core::MediaAsset image = screenImage();

    explicit Fixture(QT type)
    {
        auto course = std::make_unique<Core::Course>();
        course->metadata().title = u"Regions"_s;
        course->assets().emplace(image.id, image);
        auto section = std::make_unique<Core::Section>();
        section->id = Core::SectionId(u"s"_s);
        Core::Slide slide = Core::Slide::create(Core::SlideKind::Question, u"Q"_s);
        slide.id = slideId(0);
        Core::Question &q = std::get<Core::QuestionBody>(slide.body).question;
        q.type = type;
        q.prompt = u"<p>Où ?</p>"_s;
        q.image = image.id;
        q.imageAlt = u"Un écran"_s;
        Core::ImageRegion a, b;
        a.id = u"z1"_s;
        a.label = u"Fiche"_s;
        a.rect = QRectF(5, 8, 40, 40);
        b.id = u"z2"_s;
        b.label = u"Notes"_s;
        b.rect = QRectF(55, 8, 40, 40);
        b.correct = true;
        q.regions = {a, b};
        if (type == QT::DragDrop)
            q.dragItems = {{u"i1"_s, u"Adresse"_s, u"z1"_s}, {u"i2"_s, u"Résumé"_s, u"z2"_s}};
        section->slides.push_back(std::make_unique<Core::Slide>(slide));
        course->sections().push_back(std::move(section));
        doc = std::make_unique<Core::Document>(std::move(course));
        editor.setDocument(doc.get());
        editor.setSlide(slideId(0));
        editor.resize(1100, 900);
        editor.show();
        REQUIRE(QTest::qWaitForWindowExposed(&editor));
    }
    const Core::Question &q() const { return *doc->course().slide(slideId(0))->question(); }
    int steps() const { return doc->undoStack()->count(); }
    App::RegionEditor *regions() { return child<App::RegionEditor>(&editor, u"regionEditor"_s); }
    App::RegionCanvas *canvas() { return regions()->canvas(); }
    QPoint at(double x, double y) { return canvas()->toWidget(QPointF(x, y)).toPoint(); }
    void tool(const QString &name) { child<QToolButton>(&editor, name)->click(); }
};

} // namespace

TEST_CASE("Region editor: the canvas shows the image and the regions, listed beside it",
          "[app][regions]")
{
    Fixture f(QT::DragDrop);
    CHECK(f.regions()->isVisible());
    CHECK(f.canvas()->imageRect().width() > 200);
    // The image keeps its proportions (400 x 250).
    CHECK(f.canvas()->imageRect().width() / f.canvas()->imageRect().height()
          == Approx(1.6).epsilon(0.02));
    QListWidget *list = f.regions()->regionList();
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text() == u"Fiche"_s);
    CHECK(f.regions()->itemTable()->isVisible());
    CHECK(f.regions()->itemTable()->rowCount() == 2);
}

TEST_CASE("Region editor: drawing a rectangle with the mouse adds a zone, undoably",
          "[app][regions]")
{
    Fixture f(QT::DragDrop);
    f.tool(u"regionRectangleTool"_s);
    const int before = f.steps();
    QTest::mousePress(f.canvas(), Qt::LeftButton, {}, f.at(10, 60));
    QTest::mouseMove(f.canvas(), f.at(25, 75));
    QTest::mouseRelease(f.canvas(), Qt::LeftButton, {}, f.at(40, 90));
    REQUIRE(f.q().regions.size() == 3);
    const Core::ImageRegion &r = f.q().regions[2];
    CHECK(r.id == u"z3"_s);
    CHECK(r.label == u"Zone 3"_s);
    CHECK(r.shape == Core::RegionShape::Rect);
    CHECK(r.rect.x() == Approx(10).margin(0.6));
    CHECK(r.rect.y() == Approx(60).margin(0.6));
    CHECK(r.rect.width() == Approx(30).margin(0.6));
    CHECK(r.rect.height() == Approx(30).margin(0.6));
    CHECK(f.steps() == before + 1);
    // Synced: the new zone is selected in the list and offered to the items.
    CHECK(f.regions()->regionList()->currentRow() == 2);
    auto *zone = qobject_cast<QComboBox *>(f.regions()->itemTable()->cellWidget(0, 1));
    REQUIRE(zone);
    CHECK(zone->count() == 4); // (none) + 3 zones

    SECTION("a click is not a rectangle")
    {
        QTest::mouseClick(f.canvas(), Qt::LeftButton, {}, f.at(70, 70));
        CHECK(f.q().regions.size() == 3);
    }
    SECTION("undo removes it")
    {
        f.doc->undoStack()->undo();
        CHECK(f.q().regions.size() == 2);
        CHECK(f.regions()->regionList()->count() == 2);
    }
}

TEST_CASE("Region editor: a polygon is drawn corner by corner, closed by double-click or Enter",
          "[app][regions]")
{
    Fixture f(QT::Hotspot);
    f.tool(u"regionPolygonTool"_s);
    SECTION("double-click")
    {
        QTest::mouseClick(f.canvas(), Qt::LeftButton, {}, f.at(10, 60));
        QTest::mouseClick(f.canvas(), Qt::LeftButton, {}, f.at(30, 60));
        QTest::mouseClick(f.canvas(), Qt::LeftButton, {}, f.at(20, 90));
        QTest::mouseDClick(f.canvas(), Qt::LeftButton, {}, f.at(20, 90));
        REQUIRE(f.q().regions.size() == 3);
        const Core::ImageRegion &r = f.q().regions[2];
        CHECK(r.shape == Core::RegionShape::Polygon);
        REQUIRE(r.polygon.size() == 3);
        CHECK(r.polygon[1].x() == Approx(30).margin(0.6));
        CHECK(r.polygon[2].y() == Approx(90).margin(0.6));
        CHECK_FALSE(r.isDegenerate());
    }
    SECTION("Enter, after Backspace removed a misplaced corner")
    {
        for (auto [x, y] : {std::pair{50.0, 60.0}, {90.0, 60.0}, {99.0, 99.0}, {90.0, 95.0}})
            QTest::mouseClick(f.canvas(), Qt::LeftButton, {}, f.at(x, y));
        QTest::keyClick(f.canvas(), Qt::Key_Backspace);
        QTest::mouseClick(f.canvas(), Qt::LeftButton, {}, f.at(70, 95));
        QTest::keyClick(f.canvas(), Qt::Key_Return);
        REQUIRE(f.q().regions.size() == 3);
        CHECK(f.q().regions[2].polygon.size() == 4);
        CHECK(f.q().regions[2].polygon[3].x() == Approx(70).margin(0.6));
    }
    SECTION("Escape cancels, two corners make no region")
    {
        QTest::mouseClick(f.canvas(), Qt::LeftButton, {}, f.at(50, 60));
        QTest::mouseClick(f.canvas(), Qt::LeftButton, {}, f.at(90, 60));
        QTest::keyClick(f.canvas(), Qt::Key_Escape);
        QTest::keyClick(f.canvas(), Qt::Key_Return);
        CHECK(f.q().regions.size() == 2);
    }
}

TEST_CASE("Region editor: select, move and delete regions; undo restores them", "[app][regions]")
{
    Fixture f(QT::DragDrop);
    f.tool(u"regionSelectTool"_s);
    QTest::mouseClick(f.canvas(), Qt::LeftButton, {}, f.at(20, 20));
    CHECK(f.canvas()->selected() == 0);
    CHECK(f.regions()->regionList()->currentRow() == 0);

    SECTION("drag moves the selected region")
    {
        QTest::mousePress(f.canvas(), Qt::LeftButton, {}, f.at(20, 20));
        QTest::mouseMove(f.canvas(), f.at(25, 30));
        QTest::mouseRelease(f.canvas(), Qt::LeftButton, {}, f.at(30, 40));
        CHECK(f.q().regions[0].rect.x() == Approx(15).margin(0.6));
        CHECK(f.q().regions[0].rect.y() == Approx(28).margin(0.6));
        CHECK(f.q().regions[0].rect.width() == Approx(40));
        f.doc->undoStack()->undo();
        CHECK(f.q().regions[0].rect == QRectF(5, 8, 40, 40));
    }
    SECTION("Delete removes it; its items lose their zone")
    {
        const int before = f.steps();
        f.canvas()->setFocus();
        QTest::keyClick(f.canvas(), Qt::Key_Delete);
        REQUIRE(f.q().regions.size() == 1);
        CHECK(f.q().regions[0].id == u"z2"_s);
        CHECK(f.q().dragItems[0].zone.isEmpty());
        CHECK(f.steps() == before + 1);
        CHECK(f.regions()->regionList()->count() == 1);
        f.doc->undoStack()->undo();
        CHECK(f.q().regions.size() == 2);
        CHECK(f.q().dragItems[0].zone == u"z1"_s);
    }
    SECTION("the list selects on the canvas, and renames")
    {
        f.regions()->regionList()->setCurrentRow(1);
        CHECK(f.canvas()->selected() == 1);
        auto *name = child<QLineEdit>(&f.editor, u"regionNameEdit"_s);
        CHECK(name->text() == u"Notes"_s);
        name->setFocus();
        name->selectAll();
        typeText(name, u"Notes d’appel"_s);
        QTest::keyClick(name, Qt::Key_Return);
        CHECK(f.q().regions[1].label == u"Notes d’appel"_s);
        CHECK(f.regions()->regionList()->item(1)->text() == u"Notes d’appel"_s);
    }
}

TEST_CASE("Region editor: items and their zones (drag-drop), correct regions (hotspot)",
          "[app][regions]")
{
    SECTION("drag-drop")
    {
        Fixture f(QT::DragDrop);
        QTableWidget *items = f.regions()->itemTable();
        auto *zone = qobject_cast<QComboBox *>(items->cellWidget(1, 1));
        REQUIRE(zone);
        zone->setCurrentIndex(1);
        emit zone->activated(1);
        CHECK(f.q().dragItems[1].zone == u"z1"_s);
        child<QPushButton>(&f.editor, u"addDragItemButton"_s)->click();
        REQUIRE(f.q().dragItems.size() == 3);
        CHECK(f.q().dragItems[2].id == u"i3"_s);
        CHECK(f.q().dragItems[2].zone == u"z1"_s);
        items->item(0, 0)->setText(u"Nouvelle adresse"_s);
        CHECK(f.q().dragItems[0].text == u"Nouvelle adresse"_s);
        items->setCurrentCell(0, 0);
        child<QPushButton>(&f.editor, u"removeDragItemButton"_s)->click();
        CHECK(f.q().dragItems.size() == 2);
        CHECK(f.q().dragItems[0].id == u"i2"_s);
    }
    SECTION("hotspot")
    {
        Fixture f(QT::Hotspot);
        CHECK_FALSE(f.regions()->itemTable()->isVisible());
        QListWidget *list = f.regions()->regionList();
        CHECK(list->item(1)->checkState() == Qt::Checked);
        list->item(0)->setCheckState(Qt::Checked);
        CHECK(f.q().regions[0].correct);
        f.doc->undoStack()->undo();
        CHECK_FALSE(f.q().regions[0].correct);
        CHECK(list->item(0)->checkState() == Qt::Unchecked);
    }
}
