// SPDX-License-Identifier: MIT
// What the player receives for drag-and-drop and hotspot questions: everything precomputed
// (SVG outlines in percent, the centre of each zone, a hotspot's regions as choices).
#include "TestSupport.h"
#include "core/Course.h"
#include "export/PlayerData.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

QJsonObject questionData(const Core::Question &q)
{
    Core::Course course;
    course.metadata().title = u"T"_s;
    Core::MediaAsset image;
    image.id = Core::AssetId(QString(64, u'a'));
    image.fileName = u"ecran.png"_s;
    image.mimeType = u"image/png"_s;
    image.byteSize = 10;
    image.imageSize = QSize(1280, 720);
    course.assets().emplace(image.id, image);
    Core::Question withImage = q;
    withImage.image = image.id;
    auto section = std::make_unique<Core::Section>();
    section->id = Core::SectionId(u"s"_s);
    Core::Slide slide = Core::Slide::create(Core::SlideKind::Question, u"Q"_s);
    std::get<Core::QuestionBody>(slide.body).question = withImage;
    section->slides.push_back(std::make_unique<Core::Slide>(slide));
    course.sections().push_back(std::move(section));
    const QJsonObject data = Export::PlayerData::toJson(course, Export::PlayerRuntime::Scorm12);
    return data[u"sections"_s][0][u"slides"_s][0][u"question"_s].toObject();
}

Core::Question regionQuestion(Core::QuestionType type)
{
    Core::Question q;
    q.type = type;
    q.shuffle = true; // ignored: the list follows the regions
    q.imageAlt = u"Un écran"_s;
    Core::ImageRegion rect;
    rect.id = u"z1"_s;
    rect.label = u"Fiche <client>"_s;
    rect.rect = QRectF(10, 20, 30.333, 40);
    Core::ImageRegion polygon;
    polygon.id = u"z2"_s;
    polygon.label = u"Notes"_s;
    polygon.shape = Core::RegionShape::Polygon;
    polygon.polygon = {QPointF(60, 10), QPointF(90, 10), QPointF(75, 40)};
    polygon.correct = true;
    q.regions = {rect, polygon};
    q.dragItems = {{u"i1"_s, u"Adresse"_s, u"z1"_s}};
    return q;
}

} // namespace

TEST_CASE("Player data of a drag-drop question: image, outlines in percent, items",
          "[export][regions]")
{
    const QJsonObject q = questionData(regionQuestion(Core::QuestionType::DragDrop));
    CHECK(q[u"type"_s].toString() == u"drag-drop"_s);
    CHECK(q[u"shuffle"_s].toBool() == false);
    const QJsonObject image = q[u"image"_s].toObject();
    CHECK(image[u"src"_s].toString() == u"media/"_s + QString(64, u'a') + u".png"_s);
    CHECK(image[u"alt"_s].toString() == u"Un écran"_s);
    CHECK(image[u"width"_s].toInt() == 1280);
    const QJsonArray regions = q[u"regions"_s].toArray();
    REQUIRE(regions.size() == 2);
    CHECK(regions[0][u"p"_s].toString() == u"10,20 40.33,20 40.33,60 10,60"_s);
    CHECK(regions[0][u"c"_s].toArray() == QJsonArray{25.17, 40});
    CHECK(regions[0][u"label"_s].toString() == u"Fiche <client>"_s);
    CHECK(regions[1][u"p"_s].toString() == u"60,10 90,10 75,40"_s);
    const QJsonArray items = q[u"items"_s].toArray();
    REQUIRE(items.size() == 1);
    CHECK(items[0][u"zone"_s].toString() == u"z1"_s);
    CHECK_FALSE(q.contains(u"choices"_s));
}

TEST_CASE("Player data of a hotspot question: the regions again as single-choice choices",
          "[export][regions]")
{
    const QJsonObject q = questionData(regionQuestion(Core::QuestionType::Hotspot));
    const QJsonArray choices = q[u"choices"_s].toArray();
    REQUIRE(choices.size() == 2);
    CHECK(choices[0][u"id"_s].toString() == u"z1"_s);
    CHECK(choices[0][u"text"_s].toString() == u"Fiche &lt;client&gt;"_s); // labels are text
    CHECK_FALSE(choices[0][u"correct"_s].toBool());
    CHECK(choices[1][u"correct"_s].toBool());
    CHECK_FALSE(q.contains(u"items"_s));
}
