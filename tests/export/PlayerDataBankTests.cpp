// SPDX-License-Identifier: MIT
// Question banks, draw slides and partial-credit weights in the player data (docs/export.md §3,
// §7), and SCORM packages of a course with a draw slide passing validate-package.
#include "ExportTestCourse.h"
#include "TestSupport.h"
#include "core/ZipReader.h"
#include "export/BuiltinExporters.h"
#include "export/ExporterRegistry.h"
#include "export/PlayerData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using Export::PlayerData;
using Export::PlayerRuntime;

namespace {

Core::Slide choiceQuestion(const QString &id, QStringList tags, Core::Difficulty difficulty)
{
    Core::Question q;
    q.type = Core::QuestionType::SingleChoice;
    q.prompt = u"<p>Question "_s + id + u"</p>"_s;
    q.correctFeedback = u"Oui."_s;
    q.incorrectFeedback = u"Non."_s;
    q.choices = {{u"a"_s, u"A"_s, true, {}}, {u"b"_s, u"B"_s, false, {}}};
    return ExportTest::makeSlide(id, u"Titre "_s + id, Core::QuestionBody{q, tags, difficulty});
}

std::unique_ptr<Core::QuestionBank> makeBank(const QString &id, const QString &name, int questions)
{
    auto bank = std::make_unique<Core::QuestionBank>();
    bank->id = Core::BankId(id);
    bank->name = name;
    const Core::Difficulty levels[]
        = {Core::Difficulty::Easy, Core::Difficulty::Medium, Core::Difficulty::Hard};
    for (int i = 0; i < questions; ++i) {
        bank->questions.push_back(std::make_unique<Core::Slide>(
            choiceQuestion(id + u"-q"_s + QString::number(i + 1),
                           i % 2 ? QStringList{u"impair"_s} : QStringList{u"pair"_s, u"tous"_s},
                           levels[i % 3])));
    }
    return bank;
}

/** The test course plus: two used banks, one unused, a draw slide, a partial-credit question. */
std::unique_ptr<Core::Course> makeBankCourse()
{
    auto course = ExportTest::makeTestCourse();
    course->banks().push_back(makeBank(u"bank-a"_s, u"Banque A"_s, 6));
    course->banks().push_back(makeBank(u"bank-unused"_s, u"Inutilisée"_s, 2));
    course->banks().push_back(makeBank(u"bank-b"_s, u"Banque B"_s, 6));

    Core::DrawBody draw;
    draw.banks = {Core::BankId(u"bank-b"_s), Core::BankId(u"bank-a"_s)};
    draw.count = 3;
    draw.tag = u"pair"_s;
    Core::DrawBody byLevel;
    byLevel.banks = {Core::BankId(u"bank-a"_s)};
    byLevel.byDifficulty = true;
    byLevel.easy = 1;
    byLevel.medium = 1;
    byLevel.hard = 0;
    auto &slides = course->sections().back()->slides;
    const auto at = slides.end() - 1; // before the result slide
    slides.insert(
        at,
        std::make_unique<Core::Slide>(ExportTest::makeSlide(u"slide-draw"_s, u"Tirage"_s, draw)));
    slides.insert(slides.end() - 1,
                  std::make_unique<Core::Slide>(
                      ExportTest::makeSlide(u"slide-draw-levels"_s, u"Par niveau"_s, byLevel)));

    // Partial credit on a bank question.
    auto &weighted = std::get<Core::QuestionBody>(course->banks().front()->questions.front()->body);
    weighted.question.type = Core::QuestionType::MultipleResponse;
    weighted.question.partialCredit = true;
    weighted.question.choices = {{u"a"_s, u"A"_s, true, {}, 50},
                                 {u"b"_s, u"B"_s, true, {}, 50},
                                 {u"c"_s, u"C"_s, false, {}, -33.5}};
    return course;
}

QJsonObject findSlide(const QJsonObject &data, const QString &id)
{
    for (const QJsonValue &section : data[u"sections"_s].toArray()) {
        for (const QJsonValue &slide : section[u"slides"_s].toArray()) {
            if (slide[u"id"_s].toString() == id)
                return slide.toObject();
        }
    }
    FAIL("no slide " << id.toStdString());
    return {};
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList list = object.keys();
    list.sort();
    return list;
}

} // namespace

TEST_CASE("Player data: draw slides and the banks they use", "[export][playerdata][banks]")
{
    const auto course = makeBankCourse();
    const QJsonObject data = PlayerData::toJson(*course, PlayerRuntime::Scorm12);

    const QJsonObject draw = findSlide(data, u"slide-draw"_s);
    CHECK(sortedKeys(draw) == QStringList{u"draw"_s, u"id"_s, u"kind"_s, u"title"_s});
    CHECK(draw[u"kind"_s].toString() == u"draw"_s);
    CHECK(draw[u"title"_s].toString() == u"Tirage"_s);
    const QJsonObject spec = draw[u"draw"_s].toObject();
    CHECK(sortedKeys(spec)
          == QStringList{u"banks"_s,
                         u"byDifficulty"_s,
                         u"count"_s,
                         u"easy"_s,
                         u"hard"_s,
                         u"medium"_s,
                         u"tag"_s});
    CHECK(spec[u"banks"_s].toArray() == QJsonArray{u"bank-b"_s, u"bank-a"_s});
    CHECK(spec[u"count"_s].toInt() == 3);
    CHECK(spec[u"tag"_s].toString() == u"pair"_s);
    CHECK_FALSE(spec[u"byDifficulty"_s].toBool());
    const QJsonObject levels = findSlide(data, u"slide-draw-levels"_s)[u"draw"_s].toObject();
    CHECK(levels[u"byDifficulty"_s].toBool());
    CHECK(levels[u"easy"_s].toInt() == 1);
    CHECK(levels[u"medium"_s].toInt() == 1);
    CHECK(levels[u"hard"_s].toInt() == 0);

    // Only the banks a draw slide references, in the project's bank order.
    const QJsonArray banks = data[u"banks"_s].toArray();
    REQUIRE(banks.size() == 2);
    CHECK(banks[0][u"id"_s].toString() == u"bank-a"_s);
    CHECK(banks[0][u"name"_s].toString() == u"Banque A"_s);
    CHECK(banks[1][u"id"_s].toString() == u"bank-b"_s);
    CHECK(sortedKeys(banks[0].toObject()) == QStringList{u"id"_s, u"name"_s, u"questions"_s});
    const QJsonArray questions = banks[1][u"questions"_s].toArray();
    REQUIRE(questions.size() == 6);
    const QJsonObject second = questions[1].toObject();
    CHECK(second[u"id"_s].toString() == u"bank-b-q2"_s);
    CHECK(second[u"kind"_s].toString() == u"question"_s);
    CHECK(second[u"title"_s].toString() == u"Titre bank-b-q2"_s);
    CHECK(second[u"tags"_s].toArray() == QJsonArray{u"impair"_s});
    CHECK(second[u"difficulty"_s].toString() == u"medium"_s);
    CHECK(questions[0][u"tags"_s].toArray() == QJsonArray{u"pair"_s, u"tous"_s});
    CHECK(questions[2][u"difficulty"_s].toString() == u"hard"_s);
    CHECK(second[u"question"_s][u"prompt"_s].toString() == u"<p>Question bank-b-q2</p>"_s);
}

TEST_CASE("Player data: no banks without a draw slide; tags and difficulty only when set",
          "[export][playerdata][banks]")
{
    auto course = ExportTest::makeTestCourse();
    course->banks().push_back(makeBank(u"bank-a"_s, u"Banque A"_s, 2));
    const QJsonObject data = PlayerData::toJson(*course, PlayerRuntime::Web);
    CHECK_FALSE(data.contains(u"banks"_s));
    for (const QJsonValue &section : data[u"sections"_s].toArray()) {
        for (const QJsonValue &slide : section[u"slides"_s].toArray()) {
            INFO(slide[u"id"_s].toString().toStdString());
            CHECK_FALSE(slide.toObject().contains(u"tags"_s));
            CHECK_FALSE(slide.toObject().contains(u"difficulty"_s));
            for (const QJsonValue &choice : slide[u"question"_s][u"choices"_s].toArray())
                CHECK_FALSE(choice.toObject().contains(u"weight"_s));
            CHECK_FALSE(slide[u"question"_s].toObject().contains(u"partialCredit"_s));
        }
    }
}

TEST_CASE("Player data: partial-credit weights", "[export][playerdata][banks]")
{
    const auto course = makeBankCourse();
    const QJsonObject data = PlayerData::toJson(*course, PlayerRuntime::Scorm2004);
    const QJsonObject question = data[u"banks"_s][0][u"questions"_s][0][u"question"_s].toObject();
    CHECK(question[u"partialCredit"_s].toBool());
    const QJsonArray choices = question[u"choices"_s].toArray();
    REQUIRE(choices.size() == 3);
    CHECK(choices[0][u"weight"_s].toDouble() == 50);
    CHECK(choices[2][u"weight"_s].toDouble() == -33.5);
    CHECK(choices[2][u"correct"_s].toBool() == false);
}

TEST_CASE("SCORM packages of a course with a draw slide pass validate-package",
          "[export][scorm][validator][banks]")
{
    const auto course = makeBankCourse();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Export::ExporterRegistry registry;
    Export::registerBuiltinExporters(registry);
    for (const auto &[format, expect] :
         {std::pair{u"scorm12"_s, u"1.2"_s}, std::pair{u"scorm2004"_s, u"2004-4th"_s}}) {
        INFO(format.toStdString());
        const QString target = dir.filePath(format + u".zip"_s);
        Export::ExportOptions options;
        options.targetPath = target;
        Export::ExportContext context;
        const auto result = registry.byId(format)->exportCourse(*course, options, context);
        INFO((result ? std::string() : result.error().message.toStdString()));
        REQUIRE(result.has_value());
        const auto run = ExportTest::validatePackage(target, expect);
        INFO(run.output.toStdString());
        CHECK(run.exitCode == 0);

        auto reader = Core::ZipReader::open(target);
        REQUIRE(reader);
        const QByteArray script = reader->readAll(u"content/course.js"_s).value();
        CHECK(script.contains(R"("kind":"draw")"));
        CHECK(script.contains(R"("banks":[{)"));
        // The draw code ships inside the one joined player script.
        CHECK(reader->readAll(u"player.js"_s).value().contains("CapsuleDraw"));
    }
}
