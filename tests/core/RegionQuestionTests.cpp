// SPDX-License-Identifier: MIT
// Drag-and-drop and hotspot questions: the model, course.xml (round trip, strict reader with
// bounds) and the Validator's checks.
#include "TestSupport.h"
#include "core/Course.h"
#include "core/CourseSerializer.h"
#include "core/Validator.h"

#include <QCryptographicHash>

#include <catch2/catch.hpp>

using namespace Core;
using namespace Qt::StringLiterals;

namespace {

MediaAsset picture()
{
    MediaAsset asset;
    asset.id = AssetId(QString::fromLatin1(
        QCryptographicHash::hash("poste.png", QCryptographicHash::Sha256).toHex()));
    asset.fileName = u"poste.png"_s;
    asset.mimeType = u"image/png"_s;
    asset.byteSize = 100;
    asset.imageSize = QSize(800, 500);
    return asset;
}

ImageRegion rectRegion(const QString &id, const QString &label, QRectF rect, bool correct = false)
{
    ImageRegion r;
    r.id = id;
    r.label = label;
    r.rect = rect;
    r.correct = correct;
    return r;
}

ImageRegion polygonRegion(const QString &id, const QString &label, QList<QPointF> points)
{
    ImageRegion r;
    r.id = id;
    r.label = label;
    r.shape = RegionShape::Polygon;
    r.polygon = std::move(points);
    return r;
}

Question dragDrop(const AssetId &image)
{
    Question q;
    q.type = QuestionType::DragDrop;
    q.prompt = u"<p>Placez chaque élément sur le poste de travail.</p>"_s;
    q.image = image;
    q.imageAlt = u"Un poste de conseiller"_s;
    q.regions = {
        rectRegion(u"z1"_s, u"Écran"_s, QRectF(10, 5, 40, 35.5)),
        polygonRegion(u"z2"_s, u"Casque"_s, {QPointF(60, 10), QPointF(90, 12.25), QPointF(75, 40)}),
        rectRegion(u"z3"_s, u"Tiroir"_s, QRectF(0, 80, 100, 20))}; // a distractor
    q.dragItems = {{u"i1"_s, u"Fiche client"_s, u"z1"_s},
                   {u"i2"_s, u"Micro"_s, u"z2"_s},
                   {u"i3"_s, u"Historique"_s, u"z1"_s}};
    return q;
}

Question hotspot(const AssetId &image)
{
    Question q = dragDrop(image);
    q.type = QuestionType::Hotspot;
    q.dragItems.clear();
    q.regions[1].correct = true;
    return q;
}

std::unique_ptr<Course> courseWith(const Question &q)
{
    auto course = std::make_unique<Course>();
    course->setId(CourseId(u"c"_s));
    course->metadata().title = u"Accueil client"_s;
    const MediaAsset asset = picture();
    course->assets().emplace(asset.id, asset);
    auto section = std::make_unique<Section>();
    section->id = SectionId(u"s"_s);
    Slide slide = Slide::create(SlideKind::Question, u"Le poste"_s);
    slide.id = SlideId(u"q"_s);
    std::get<QuestionBody>(slide.body).question = q;
    section->slides.push_back(std::make_unique<Slide>(slide));
    Slide result = Slide::create(SlideKind::Result, u"Résultat"_s);
    result.id = SlideId(u"r"_s);
    section->slides.push_back(std::make_unique<Slide>(result));
    course->sections().push_back(std::move(section));
    return course;
}

QStringList issueCodes(const Course &course)
{
    QStringList codes;
    for (const Validator::Issue &issue : Validator::check(course))
        codes << issue.code;
    return codes;
}

Question &questionOf(Course &course)
{
    return std::get<QuestionBody>(course.sections()[0]->slides[0]->body).question;
}

} // namespace

TEST_CASE("Region question types have stable names, appended last", "[core][regions]")
{
    CHECK(toString(QuestionType::DragDrop) == u"drag-drop"_s);
    CHECK(toString(QuestionType::Hotspot) == u"hotspot"_s);
    const auto &all = allQuestionTypes();
    REQUIRE(all.size() == 11);
    CHECK(all[9] == QuestionType::DragDrop);
    CHECK(all[10] == QuestionType::Hotspot);
    CHECK(isGraded(QuestionType::DragDrop));
    CHECK(isGraded(QuestionType::Hotspot));
}

TEST_CASE("Region outlines and degenerate shapes", "[core][regions]")
{
    const ImageRegion rect = rectRegion(u"z1"_s, u"A"_s, QRectF(10, 20, 30, 40));
    CHECK(rect.outline()
          == QList<QPointF>{QPointF(10, 20), QPointF(40, 20), QPointF(40, 60), QPointF(10, 60)});
    CHECK_FALSE(rect.isDegenerate());
    CHECK(rectRegion(u"z"_s, u"A"_s, QRectF(10, 20, 0, 40)).isDegenerate());
    CHECK(polygonRegion(u"z"_s, u"A"_s, {QPointF(0, 0), QPointF(10, 10)}).isDegenerate());
    CHECK(polygonRegion(u"z"_s, u"A"_s, {QPointF(0, 0), QPointF(10, 10), QPointF(20, 20)})
              .isDegenerate());
    CHECK_FALSE(polygonRegion(u"z"_s, u"A"_s, {QPointF(0, 0), QPointF(10, 0), QPointF(5, 8)})
                    .isDegenerate());
}

TEST_CASE("Region questions have a correct answer only when complete", "[core][regions]")
{
    const AssetId image = picture().id;
    Question dd = dragDrop(image);
    CHECK(dd.hasCorrectAnswer());
    dd.dragItems[0].zone = u"z9"_s;
    CHECK_FALSE(dd.hasCorrectAnswer());
    dd.dragItems.clear();
    CHECK_FALSE(dd.hasCorrectAnswer());

    Question hs = hotspot(image);
    CHECK(hs.hasCorrectAnswer());
    hs.regions[1].correct = false;
    CHECK_FALSE(hs.hasCorrectAnswer());
}

TEST_CASE("A region question's image is a referenced asset", "[core][regions]")
{
    const auto course = courseWith(dragDrop(picture().id));
    const auto used = course->usedAssets();
    REQUIRE(used.size() == 1);
    CHECK(used[0] == picture().id);
    CHECK(course->slidesUsingAsset(picture().id) == std::vector<SlideId>{SlideId(u"q"_s)});
}

TEST_CASE("course.xml round-trips drag-drop and hotspot questions", "[core][regions][file]")
{
    for (const Question &q : {dragDrop(picture().id), hotspot(picture().id)}) {
        const auto course = courseWith(q);
        const QByteArray xml = CourseSerializer::toXml(*course);
        INFO(xml.toStdString());
        const auto back = CourseSerializer::fromXml(xml, u"t.capsule"_s);
        REQUIRE(back.has_value());
        CHECK(*back.value() == *course);
        CHECK(CourseSerializer::toXml(*back.value()) == xml);
        CHECK(xml.contains("<region id=\"z1\" x=\"10\" y=\"5\" width=\"40\" height=\"35.5\">"
                           "Écran</region>"));
        CHECK(xml.contains("<region id=\"z2\" shape=\"polygon\" points=\"60,10 90,12.25 75,40\""));
        CHECK(xml.contains("<imageAlt>Un poste de conseiller</imageAlt>"));
        if (q.type == QuestionType::DragDrop)
            CHECK(xml.contains("<dragItem id=\"i1\" zone=\"z1\">Fiche client</dragItem>"));
        else
            CHECK(xml.contains("points=\"60,10 90,12.25 75,40\" correct=\"true\">Casque</region>"));
    }
    SECTION("other question types write nothing new")
    {
        Question q;
        q.choices = {{u"c1"_s, u"Oui"_s, true, {}}, {u"c2"_s, u"Non"_s, false, {}}};
        const QByteArray xml = CourseSerializer::toXml(*courseWith(q));
        CHECK_FALSE(xml.contains("region"));
        CHECK_FALSE(xml.contains("image=\""));
        CHECK_FALSE(xml.contains("imageAlt"));
    }
}

TEST_CASE("course.xml region errors name the problem and the line", "[core][regions][file]")
{
    const QByteArray good = CourseSerializer::toXml(*courseWith(dragDrop(picture().id)));
    struct Case
    {
        const char *from;
        const char *to;
        const char *inMessage;
    };
    const Case cases[] = {
        {"x=\"10\" y=\"5\"", "x=\"-1\" y=\"5\"", "between 0 and 100"},
        {"x=\"10\" y=\"5\"", "x=\"ten\" y=\"5\"", "not a percentage"},
        {"x=\"10\" y=\"5\"", "x=\"70\" y=\"5\"", "goes past the edge"},
        {" width=\"40\"", "", "lacks the required attribute \"width\""},
        {"points=\"60,10 90,12.25 75,40\"", "points=\"60;10 90,12\"", "\"x,y\" pairs"},
        {"points=\"60,10 90,12.25 75,40\"", "points=\"60,10 90,120 75,40\"", "between 0 and 100"},
        {" shape=\"polygon\" points=\"60,10 90,12.25 75,40\"",
         " points=\"60,10 90,12.25 75,40\"",
         "is for polygons"},
        {"shape=\"polygon\"", "shape=\"circle\"", "unknown value \"circle\""},
        {"<region id=\"z2\"", "<region id=\"z1\"", "region id \"z1\" is used twice"},
        {"<dragItem id=\"i2\"", "<dragItem id=\"i1\"", "drag item id \"i1\" is used twice"},
        {"<dragItem id=\"i1\" zone=\"z1\">",
         "<dragItem id=\"i1\" zone=\"z1\" correct=\"true\">",
         "unknown attribute \"correct\""},
        {"<imageAlt>", "<imageAlt lang=\"fr\">", "unknown attribute \"lang\""},
        {"type=\"drag-drop\" image=\"", "type=\"drag-drop\" image=\"00", "SHA-256"},
    };
    for (const Case &c : cases) {
        QByteArray xml = good;
        INFO(c.from);
        REQUIRE(xml.contains(c.from));
        xml.replace(c.from, c.to);
        const auto result = CourseSerializer::fromXml(xml, u"t.capsule"_s);
        REQUIRE_FALSE(result.has_value());
        INFO(result.error().message.toStdString());
        CHECK(result.error().message.startsWith(u"t.capsule: course.xml, line "_s));
        CHECK(result.error().message.contains(QString::fromUtf8(c.inMessage)));
    }
    SECTION("bounded: regions, items and polygon points")
    {
        Question q = dragDrop(picture().id);
        q.regions.clear();
        for (int i = 0; i <= Question::maxRegions; ++i)
            q.regions.push_back(rectRegion(u"z%1"_s.arg(i), u"Z"_s, QRectF(1, 1, 2, 2)));
        auto result = CourseSerializer::fromXml(CourseSerializer::toXml(*courseWith(q)), u"t"_s);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().message.contains(u"more than 26 <region>"_s));

        q = dragDrop(picture().id);
        for (int i = 0; i < Question::maxDragItems; ++i)
            q.dragItems.push_back({u"x%1"_s.arg(i), u"X"_s, u"z1"_s});
        result = CourseSerializer::fromXml(CourseSerializer::toXml(*courseWith(q)), u"t"_s);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().message.contains(u"more than 26 <dragItem>"_s));

        q = dragDrop(picture().id);
        q.regions[1].polygon.clear();
        for (int i = 0; i <= ImageRegion::maxVertices; ++i)
            q.regions[1].polygon.append(QPointF(i, i % 2 ? 50 : 0));
        result = CourseSerializer::fromXml(CourseSerializer::toXml(*courseWith(q)), u"t"_s);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().message.contains(u"has 33 points; a region has at most 32"_s));
    }
}

TEST_CASE("Validator checks region questions", "[core][regions][validator]")
{
    for (const Question &q : {dragDrop(picture().id), hotspot(picture().id)}) {
        const auto course = courseWith(q);
        INFO(issueCodes(*course).join(u", "_s).toStdString());
        CHECK(issueCodes(*course).isEmpty());
    }

    auto course = courseWith(dragDrop(picture().id));
    Question &q = questionOf(*course);
    SECTION("no image")
    {
        q.image = AssetId();
        CHECK(issueCodes(*course) == QStringList{u"question.no-image"_s});
    }
    SECTION("an image missing from the library")
    {
        q.image = AssetId(QString(64, u'a'));
        CHECK(issueCodes(*course) == QStringList{u"asset.missing"_s});
    }
    SECTION("missing alternative text")
    {
        q.imageAlt = u"  "_s;
        CHECK(issueCodes(*course) == QStringList{u"image.no-alt-text"_s});
    }
    SECTION("no regions")
    {
        q.regions.clear();
        q.dragItems.clear();
        CHECK(issueCodes(*course)
              == QStringList({u"question.too-few-regions"_s, u"question.no-drag-items"_s}));
    }
    SECTION("an item without a zone, or with an unknown one")
    {
        q.dragItems[0].zone.clear();
        q.dragItems[1].zone = u"z9"_s;
        const auto issues = Validator::check(*course);
        REQUIRE(issues.size() == 2);
        CHECK(issues[0].code == u"question.item-without-zone"_s);
        CHECK(issues[0].index == 0);
        CHECK(issues[1].message.contains(u"z9"_s));
        CHECK(issues[1].index == 1);
    }
    SECTION("degenerate polygon and unnamed region")
    {
        q.regions[1].polygon = {QPointF(1, 1), QPointF(5, 5), QPointF(9, 9)};
        q.regions[2].label.clear();
        CHECK(
            issueCodes(*course)
            == QStringList({u"question.degenerate-region"_s, u"question.region-without-label"_s}));
    }
    SECTION("duplicate ids")
    {
        q.regions[1].id = u"z1"_s;
        CHECK(issueCodes(*course).contains(u"question.invalid-answer-id"_s));
    }
    SECTION("a hotspot needs two regions and a correct one")
    {
        q = hotspot(picture().id);
        q.regions[1].correct = false;
        CHECK(issueCodes(*course) == QStringList{u"question.no-correct-region"_s});
        q.regions.resize(1);
        q.regions[0].correct = true;
        CHECK(issueCodes(*course) == QStringList{u"question.too-few-regions"_s});
    }
}
