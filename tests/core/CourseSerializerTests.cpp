// SPDX-License-Identifier: MIT
// course.xml: lossless round trips of every field, stable output, and a precise error for each
// way a document can break the schema (docs/file-format.md).
#include "TestSupport.h"
#include "core/CourseSerializer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>

#include <clocale>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace Core;

namespace FormatTests {

MediaAsset memoryAsset(const QByteArray &bytes, const QString &fileName, const QString &mime)
{
    MediaAsset asset;
    asset.id = AssetId(
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    asset.fileName = fileName;
    asset.mimeType = mime;
    asset.byteSize = bytes.size();
    asset.source = AssetSource{AssetSource::Kind::Memory, {}, {}, bytes};
    return asset;
}

QByteArray pseudoRandomBytes(int size, quint32 seed)
{
    QByteArray data(size, '\0');
    for (int i = 0; i < size; ++i) {
        seed = seed * 1664525u + 1013904223u;
        data[i] = char(seed >> 24);
    }
    return data;
}

/**
 * A course that sets every field of the model to a non-default value somewhere: every slide
 * kind, question type and block type, captions, a theme logo, awkward text and numbers.
 * Assets carry in-memory bytes. Shared with ProjectFileTests.cpp.
 */
std::unique_ptr<Course> makeFullCourse()
{
    auto course = std::make_unique<Course>();
    course->setId(CourseId(u"course-ü-1"_s));

    const MediaAsset logo = memoryAsset(
        "\x89PNG\r\n\x1a\n" + pseudoRandomBytes(3000, 1), u"logo.png"_s, u"image/png"_s);
    MediaAsset photo = memoryAsset(
        "\xff\xd8\xff" + pseudoRandomBytes(5000, 2), u"photo été.jpg"_s, u"image/jpeg"_s);
    photo.imageSize = QSize(640, 480);
    MediaAsset video = memoryAsset(pseudoRandomBytes(20000, 3), u"demo.mp4"_s, u"video/mp4"_s);
    video.imageSize = QSize(1280, 720);
    video.durationMs = 42042;
    const MediaAsset captionsFr = memoryAsset(
        "WEBVTT\n\n00:00.000 --> 00:01.000\nBonjour\n", u"demo.fr.vtt"_s, u"text/vtt"_s);
    const MediaAsset captionsEn = memoryAsset(
        "WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n", u"demo.en.vtt"_s, u"text/vtt"_s);
    MediaAsset unused = memoryAsset(
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", u"unused.svg"_s, u"image/svg+xml"_s);
    unused.imageSize = QSize(0, 0);
    for (const MediaAsset &asset : {logo, photo, video, captionsFr, captionsEn, unused})
        course->assets().emplace(asset.id, asset);

    CourseMetadata &m = course->metadata();
    m.title = u"Sécurité & <sûreté> \"au\" 'bureau'"_s;
    m.description = u"  Deux lignes\nd'explication\r\net une tabulation\t.  "_s;
    m.language = u"fr-CA"_s;
    m.author = u"Équipe 🚒"_s;
    m.version = u"2.1-beta"_s;
    m.keywords = {u"sécurité"_s, QString(), u"a, b"_s, u" "_s};
    m.estimatedMinutes = 95;

    CourseSettings &s = course->settings();
    s.navigation = NavigationMode::Linear;
    s.completion = CompletionRule::AllSlidesViewedAndQuizPassed;
    s.passingScorePercent = 0;
    s.maxAttempts = 3;
    s.scorm12Reporting = Scorm12Reporting::CompletedIncomplete;
    s.lmsJudgesByScore = true;
    s.theme.primary = QColor(0x12, 0xab, 0xef);
    s.theme.accent = QColor(0, 0, 0);
    s.theme.fontFamily = u"\"Fira Sans\", sans-serif"_s;
    s.theme.logo = logo.id;
    s.theme.builtinId.clear(); // custom, and every other theme field off its default
    s.theme.background = QColor(0xfa, 0xf0, 0xe0);
    s.theme.surface = QColor(0xff, 0xfe, 0xfd);
    s.theme.text = QColor(0x20, 0x10, 0x00);
    s.theme.headingFont = ThemeFont::Serif;
    s.theme.bodyFont = ThemeFont::Mono;
    s.theme.cornerRadius = 0;
    s.theme.density = ThemeDensity::Spacious;
    s.theme.header = ThemeHeader::Centered;
    s.theme.page = ThemePage::FullBleed;
    s.theme.coverPage = true;
    s.theme.coverImage = photo.id;
    s.theme.sectionPages = true;

    auto intro = std::make_unique<Section>();
    intro->id = SectionId(u"section-intro"_s);
    intro->title = u"Introduction"_s;

    Slide content;
    content.id = SlideId(u"slide-content"_s);
    content.title = u"Bienvenue"_s;
    ContentBody body;
    ContentBlock heading;
    heading.type = ContentBlock::Type::Heading;
    heading.text = u"Pourquoi ?"_s;
    heading.headingLevel = 3;
    heading.image = photo.id; // inapplicable fields are kept
    heading.caption = u"left over"_s;
    ContentBlock text;
    text.type = ContentBlock::Type::RichText;
    text.text = u"<p>Un <b>incendie</b> &amp; ses <i>fumées</i></p>\n<ul><li>un</li></ul>"_s;
    text.headingLevel = 4;
    ContentBlock image;
    image.type = ContentBlock::Type::Image;
    image.image = photo.id;
    image.altText = u"Plan d'évacuation"_s;
    image.caption = u"Repérez les sorties."_s;
    image.calloutStyle = CalloutStyle::Tip;
    ContentBlock callout;
    callout.type = ContentBlock::Type::Callout;
    callout.text = u"<p>N'utilisez jamais l'ascenseur.</p>"_s;
    callout.calloutStyle = CalloutStyle::Warning;
    ContentBlock emptyText; // all defaults
    body.blocks = {heading, text, image, callout, emptyText};
    content.body = body;
    intro->slides.push_back(std::make_unique<Slide>(content));

    Slide videoSlide;
    videoSlide.id = SlideId(u"slide-video"_s);
    videoSlide.title = u"Démonstration"_s;
    VideoBody videoBody;
    videoBody.video = video.id;
    videoBody.poster = photo.id;
    videoBody.requiredWatchedPercent = 100;
    videoBody.captions = {CaptionTrack{captionsFr.id, u"fr"_s, u"Français"_s},
                          CaptionTrack{captionsEn.id, u"en"_s, QString()}};
    videoSlide.body = videoBody;
    intro->slides.push_back(std::make_unique<Slide>(videoSlide));

    Slide emptyVideo;
    emptyVideo.id = SlideId(u"slide-empty-video"_s);
    emptyVideo.body = VideoBody{};
    intro->slides.push_back(std::make_unique<Slide>(emptyVideo));

    Slide emptyContent;
    emptyContent.id = SlideId(u"slide-empty-content"_s);
    emptyContent.body = ContentBody{};
    intro->slides.push_back(std::make_unique<Slide>(emptyContent));
    course->sections().push_back(std::move(intro));

    auto quiz = std::make_unique<Section>();
    quiz->id = SectionId(u"section-quiz"_s);
    const double numbers[] = {0.1,
                              1.0 / 3.0,
                              -3.25,
                              1e21,
                              1e-7,
                              123456789.123456789,
                              std::numeric_limits<double>::max(),
                              std::numeric_limits<double>::denorm_min(),
                              0.0,
                              2.5};
    int n = 0;
    for (const QuestionType type : allQuestionTypes()) {
        Question q;
        q.type = type;
        q.prompt = u"<p>Question « %1 » ?</p>"_s.arg(toString(type));
        q.points = numbers[n % 10];
        q.shuffle = n % 2 == 0;
        q.correctFeedback = u"<p>Bravo</p>"_s;
        q.incorrectFeedback = u"Non & non"_s;
        q.choices = {Choice{u"c1"_s, u"<b>Un</b>"_s, true, u"Oui"_s, 100},
                     Choice{u"c2"_s, u"Deux"_s, false, QString(), -33.333333333333336},
                     Choice{u"c3"_s, QString(), true, u"fb"_s}};
        q.partialCredit = n % 2 == 1;
        q.trueFalseAnswer = n % 3 != 0;
        q.clozeText = u"En cas d'alarme, rejoignez le [[1]] de [[2]]."_s;
        q.blanks = {Blank{u"b1"_s, u"lieu"_s, {u"point"_s, u"Lieu"_s, QString()}, true},
                    Blank{u"b2"_s, QString(), {}, false}};
        q.pairs = {MatchPair{u"p1"_s, u"Électrique"_s, u"CO₂"_s}, MatchPair{u"p2"_s, {}, {}}};
        q.items = {SequenceItem{u"s1"_s, u"Alerter"_s},
                   SequenceItem{u"s2"_s, QString()},
                   SequenceItem{u"s3"_s, u"  Se rassembler  "_s}};
        q.numeric.isRange = n % 2 == 1;
        q.numeric.value = numbers[(n + 1) % 10];
        q.numeric.tolerance = numbers[(n + 2) % 10];
        q.numeric.minimum = -numbers[(n + 3) % 10];
        q.numeric.maximum = numbers[(n + 4) % 10];
        q.likertScale = {u"Pas du tout"_s, QString(), u"Tout à fait"_s};
        q.maxLength = n * 100;
        q.image = photo.id;
        q.imageAlt = u"Un « poste » & son écran"_s;
        ImageRegion rect;
        rect.id = u"z1"_s;
        rect.label = u"Écran <principal>"_s;
        rect.rect = QRectF(0, 12.5, 33.333333333333336, 87.5);
        ImageRegion polygon;
        polygon.id = u"z2"_s;
        polygon.shape = RegionShape::Polygon;
        polygon.polygon = {QPointF(100, 0), QPointF(50, 0.25), QPointF(75, 100)};
        polygon.correct = n % 2 == 0;
        q.regions = {rect, polygon};
        q.dragItems = {DragItem{u"i1"_s, u"Casque"_s, u"z2"_s}, DragItem{u"i2"_s, {}, {}}};
        Slide slide;
        slide.id = SlideId(u"slide-q-"_s + toString(type));
        slide.title = u"Q "_s + toString(type);
        slide.body = QuestionBody{q,
                                  n % 3 == 0 ? QStringList{u"feu"_s, u"évacuation"_s, QString()}
                                             : QStringList{},
                                  Difficulty(n % 4)};
        quiz->slides.push_back(std::make_unique<Slide>(slide));
        // Banks hold question slides like the sections do.
        auto &banks = course->banks();
        if (banks.empty()) {
            for (const QString &name : {u"Incendie « A »"_s, QString()}) {
                auto bank = std::make_unique<QuestionBank>();
                bank->id = BankId(u"bank-"_s + QString::number(banks.size() + 1));
                bank->name = name;
                banks.push_back(std::move(bank));
            }
        }
        slide.id = SlideId(u"bank-q-"_s + toString(type));
        banks.front()->questions.push_back(std::make_unique<Slide>(slide));
        ++n;
    }
    Slide defaultQuestion;
    defaultQuestion.id = SlideId(u"slide-q-default"_s);
    defaultQuestion.body = QuestionBody{};
    quiz->slides.push_back(std::make_unique<Slide>(defaultQuestion));

    Slide draw;
    draw.id = SlideId(u"slide-draw"_s);
    draw.title = u"Tirage"_s;
    draw.body = DrawBody{{BankId(u"bank-1"_s), BankId(u"bank-2"_s)}, 3, u"feu"_s, true, 1, 0, 2};
    quiz->slides.push_back(std::make_unique<Slide>(draw));
    Slide defaultDraw;
    defaultDraw.id = SlideId(u"slide-draw-default"_s);
    defaultDraw.body = DrawBody{};
    quiz->slides.push_back(std::make_unique<Slide>(defaultDraw));

    Slide result;
    result.id = SlideId(u"slide-result"_s);
    result.title = u"Résultat"_s;
    result.body = ResultBody{u"<p>Bravo !</p>"_s, u"<p>Réessayez.</p>"_s};
    quiz->slides.push_back(std::make_unique<Slide>(result));
    course->sections().push_back(std::move(quiz));

    auto empty = std::make_unique<Section>();
    empty->id = SectionId(u"section-empty"_s);
    course->sections().push_back(std::move(empty));

    // Branching: a choice, both outcomes, both results and a branch-only section.
    {
        auto &single
            = std::get<QuestionBody>(course->slide(SlideId(u"slide-q-single-choice"_s))->body);
        single.question.choices[1].leadsTo = BranchTarget::toSection(SectionId(u"section-empty"_s));
        single.question.onIncorrect = BranchTarget::toSlide(SlideId(u"slide-video"_s));
        single.question.onCorrect = BranchTarget::toSlide(SlideId(u"slide-result"_s));
        auto &resultBody = std::get<ResultBody>(course->slide(SlideId(u"slide-result"_s))->body);
        resultBody.onFail = BranchTarget::toSection(SectionId(u"section-empty"_s));
        resultBody.onPass = BranchTarget::toSlide(SlideId(u"slide-content"_s));
        course->sections().back()->branchOnly = true;
    }
    return course;
}

} // namespace FormatTests

namespace {

std::unique_ptr<Course> parse(const QByteArray &xml)
{
    auto parsed = CourseSerializer::fromXml(xml, u"test.capsule"_s);
    INFO((parsed ? QString() : parsed.error().message).toStdString());
    REQUIRE(parsed.has_value());
    return std::move(parsed).value();
}

/** A small valid document; the malformed cases below each break one thing in it. */
const char minimalXml[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<capsule xmlns="https://capsule.example/ns/course/1" formatVersion="1" id="c1">
  <metadata>
    <title>T</title>
  </metadata>
  <settings passingScore="80">
    <theme primary="#1f4e79" logo="2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae" />
  </settings>
  <section id="s1">
    <slide id="a" kind="content">
      <block type="image" image="2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae" level="2">
        <text>x</text>
      </block>
    </slide>
    <slide id="q" kind="question">
      <question type="single-choice" points="1">
        <choice id="c1" correct="true"><text>Yes</text></choice>
        <choice id="c2"><text>No</text></choice>
      </question>
    </slide>
    <slide id="v" kind="video">
      <video asset="2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae" requiredWatchedPercent="50">
        <track asset="2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae" language="fr">Français</track>
      </video>
    </slide>
  </section>
  <media>
    <asset id="2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae" fileName="a.png" mimeType="image/png" byteSize="3" width="1" height="1" />
  </media>
</capsule>
)";

QString docsFile()
{
    return QStringLiteral(CAPSULE_SOURCE_DIR "/docs/file-format.md");
}

/** The ```xml blocks of docs/file-format.md, in order. */
QList<QByteArray> xmlExamplesFromDocs()
{
    QFile file(docsFile());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QList<QByteArray> blocks;
    static const QRegularExpression block(u"```xml\\n(.*?)```"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    for (auto it = block.globalMatch(text); it.hasNext();)
        blocks.append(it.next().captured(1).toUtf8());
    return blocks;
}

} // namespace

TEST_CASE("course.xml round-trips every field of the model", "[core][file]")
{
    const auto course = FormatTests::makeFullCourse();
    const QByteArray xml = CourseSerializer::toXml(*course);
    const auto parsed = parse(xml);
    CHECK(*parsed == *course);
    // Parsed assets have no bytes yet: ProjectFile attaches them.
    for (const auto &[id, asset] : parsed->assets())
        CHECK(asset.source.kind == AssetSource::Kind::None);

    SECTION("writing again gives the same bytes")
    {
        CHECK(CourseSerializer::toXml(*parsed) == xml);
        CHECK(CourseSerializer::toXml(*course) == xml);
    }
    SECTION("default values survive too")
    {
        Course defaults;
        defaults.setId(CourseId(u"x"_s));
        const auto back = parse(CourseSerializer::toXml(defaults));
        CHECK(*back == defaults);
    }
    SECTION("empty metadata fields stay empty")
    {
        course->metadata().language.clear();
        course->metadata().version.clear();
        const auto back = parse(CourseSerializer::toXml(*course));
        CHECK(back->metadata().language.isEmpty());
        CHECK(back->metadata().version.isEmpty());
    }
}

TEST_CASE("course.xml has a stable, documented layout", "[core][file]")
{
    const auto course = FormatTests::makeFullCourse();
    const QByteArray xml = CourseSerializer::toXml(*course);

    CHECK(CourseSerializer::xmlNamespace() == u"https://capsule.example/ns/course/1"_s);
    CHECK(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<capsule "
                         "xmlns=\"https://capsule.example/ns/course/1\" formatVersion=\"5\" "
                         "id=\"course-ü-1\">\n  <metadata "));
    CHECK(xml.endsWith("</capsule>\n"));
    CHECK_FALSE(xml.contains('\t' + QByteArray("<")));
    CHECK(xml.contains("\n    <title>Sécurité &amp; &lt;sûreté&gt; \"au\" 'bureau'</title>\n"));
    // Rich text is escaped text, not markup.
    CHECK(xml.contains("<text>&lt;p&gt;N'utilisez jamais l'ascenseur.&lt;/p&gt;</text>"));
    CHECK(xml.contains("<theme primary=\"#12abef\" accent=\"#000000\""));
    CHECK(xml.contains(" scorm12Reporting=\"completed-incomplete\" lmsJudgesByScore=\"true\">"));

    // Assets sorted by id.
    QList<QByteArray> ids;
    static const QRegularExpression assetId(u"<asset id=\"([0-9a-f]{64})\""_s);
    for (auto it = assetId.globalMatch(QString::fromUtf8(xml)); it.hasNext();)
        ids.append(it.next().captured(1).toLatin1());
    REQUIRE(ids.size() == 6);
    CHECK(std::is_sorted(ids.begin(), ids.end()));
}

TEST_CASE("course.xml numbers are exact and locale-independent", "[core][file]")
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    std::setlocale(LC_ALL, "de_DE.UTF-8"); // may not exist; QLocale covers Qt's side

    Course course;
    course.setId(CourseId(u"numbers"_s));
    auto section = std::make_unique<Section>();
    section->id = SectionId(u"s"_s);
    const double values[] = {0.1,
                             0.2 + 0.1,
                             1.0 / 3.0,
                             -2.5e-300,
                             6.02214076e23,
                             1e16,
                             1234.5,
                             -0.0,
                             9007199254740993.0,
                             std::nextafter(1.0, 2.0)};
    for (int i = 0; i < 10; ++i) {
        Question q;
        q.type = QuestionType::Numeric;
        q.points = values[i];
        q.numeric.value = values[(i + 3) % 10];
        q.numeric.tolerance = values[(i + 7) % 10];
        Slide slide;
        slide.id = SlideId(u"q"_s + QString::number(i));
        slide.body = QuestionBody{q};
        section->slides.push_back(std::make_unique<Slide>(slide));
    }
    course.sections().push_back(std::move(section));

    const QByteArray xml = CourseSerializer::toXml(course);
    std::setlocale(LC_ALL, "C");
    QLocale::setDefault(previous);

    CHECK(xml.contains("points=\"0.1\""));
    CHECK(xml.contains("points=\"1234.5\""));
    CHECK(xml.contains("points=\"0.30000000000000004\""));
    CHECK_FALSE(xml.contains("0,1"));
    const auto back = parse(xml);
    CHECK(*back == course);
}

TEST_CASE("The examples in docs/file-format.md are valid", "[core][file]")
{
    const QList<QByteArray> examples = xmlExamplesFromDocs();
    REQUIRE(examples.size() == 2);

    const auto course = parse(examples[0]);
    // The example is exactly what Capsule writes.
    CHECK(CourseSerializer::toXml(*course) == examples[0]);
    CHECK(course->metadata().title == u"Sécurité au bureau"_s);
    CHECK(course->settings().completion == CompletionRule::AllSlidesViewedAndQuizPassed);
    REQUIRE(course->sections().size() == 2);
    CHECK(course->slideCount() == 8);
    REQUIRE(course->banks().size() == 1);
    CHECK(course->banks()[0]->questions.size() == 2);
    const Slide *fillIn = course->slide(SlideId(u"0c1d2e3f-4a5b-4c6d-8e7f-8a9b0c1d2e3f"_s));
    REQUIRE(fillIn);
    REQUIRE(fillIn->question());
    CHECK(fillIn->question()->blanks.at(0).acceptedAnswers == QStringList{u"point"_s, u"lieu"_s});
    CHECK(fillIn->question()->points == 2);

    // The question snippets, each wrapped into a slide of a minimal document.
    QByteArray wrapped
        = R"(<capsule xmlns="https://capsule.example/ns/course/1" formatVersion="1" id="c">
<metadata/><settings/><section id="s">)";
    int i = 0;
    static const QRegularExpression question(u"<question .*?</question>"_s,
                                             QRegularExpression::DotMatchesEverythingOption);
    for (auto it = question.globalMatch(QString::fromUtf8(examples[1])); it.hasNext(); ++i) {
        wrapped += "<slide id=\"q" + QByteArray::number(i) + "\" kind=\"question\">"
                   + it.next().captured(0).toUtf8() + "</slide>";
    }
    wrapped += "</section><media/></capsule>";
    const auto snippets = parse(wrapped);
    REQUIRE(snippets->slideCount() == 8);
    const auto slides = snippets->allSlides();
    CHECK(slides[1]->question()->trueFalseAnswer == false);
    CHECK(slides[3]->question()->numeric.isRange);
    CHECK(slides[3]->question()->numeric.maximum == 22.5);
    CHECK(slides[6]->question()->regions.at(1).polygon.size() == 5);
    CHECK(slides[6]->question()->dragItems.at(1).zone == u"z2"_s);
    CHECK(slides[7]->question()->regions.at(1).correct);
    CHECK(slides[4]->question()->likertScale.size() == 3);
    CHECK(slides[5]->question()->maxLength == 500);
}

TEST_CASE("course.xml accepts CDATA, any child order and keeps whitespace in text", "[core][file]")
{
    QByteArray xml = minimalXml;
    xml.replace("<text>x</text>", "<text><![CDATA[<p>a & b</p>]]></text>");
    xml.replace("<title>T</title>", "<title>  two\r\nlines  </title>");
    // settings before metadata
    const qsizetype settingsStart = xml.indexOf("  <settings");
    const qsizetype settingsEnd = xml.indexOf("</settings>\n") + 12;
    const QByteArray settings = xml.mid(settingsStart, settingsEnd - settingsStart);
    xml.remove(settingsStart, settingsEnd - settingsStart);
    xml.insert(xml.indexOf("  <metadata"), settings);

    const auto course = parse(xml);
    CHECK(course->metadata().title == u"  two\r\nlines  "_s);
    const auto &block = std::get<ContentBody>(course->allSlides()[0]->body).blocks.at(0);
    CHECK(block.text == u"<p>a & b</p>"_s);
}

TEST_CASE("course.xml errors name the file, the problem and the line", "[core][file]")
{
    struct Case
    {
        const char *what;
        const char *from;
        const char *to;
        ErrorCode code;
        const char *inMessage;
        const char *from2 = nullptr;
        const char *to2 = nullptr;
    };
    const Case cases[] = {
        {"not well-formed", "</section>", "</sectio>", ErrorCode::MalformedXml, "line 26"},
        {"not XML at all", "<?xml", "PK\x03\x04<?xml", ErrorCode::MalformedXml, "line 1"},
        {"wrong root",
         "<capsule ",
         "<course ",
         ErrorCode::InvalidContent,
         "<capsule>",
         "</capsule>",
         "</course>"},
        {"no namespace",
         " xmlns=\"https://capsule.example/ns/course/1\"",
         "",
         ErrorCode::InvalidContent,
         "xmlns"},
        {"wrong namespace", "ns/course/1\"", "ns/course/one\"", ErrorCode::InvalidContent, "xmlns"},
        {"newer format",
         "formatVersion=\"1\"",
         "formatVersion=\"6\"",
         ErrorCode::NewerFormat,
         "test.capsule was saved by a newer version of Capsule (format 6); this version reads "
         "format 5"},
        {"much newer format",
         "formatVersion=\"1\"",
         "formatVersion=\"99999999999999999999\"",
         ErrorCode::NewerFormat,
         "newer version"},
        {"no format", " formatVersion=\"1\"", "", ErrorCode::InvalidContent, "formatVersion"},
        {"bad format",
         "formatVersion=\"1\"",
         "formatVersion=\"1.0\"",
         ErrorCode::InvalidContent,
         "formatVersion"},
        {"zero format",
         "formatVersion=\"1\"",
         "formatVersion=\"0\"",
         ErrorCode::InvalidContent,
         "formatVersion"},
        {"no course id", " id=\"c1\">", ">", ErrorCode::InvalidContent, "\"id\""},
        {"id with a space", "id=\"c1\">", "id=\"c 1\">", ErrorCode::InvalidContent, "c 1"},
        {"no metadata",
         "<metadata>\n    <title>T</title>\n  </metadata>",
         "",
         ErrorCode::InvalidContent,
         "<metadata>"},
        {"no media",
         "</section>\n  <media>",
         "</section>\n  <!--<media>",
         ErrorCode::InvalidContent,
         "<media>",
         "</media>",
         "</media>-->"},
        {"unknown element",
         "<title>T</title>",
         "<title>T</title><subtitle/>",
         ErrorCode::InvalidContent,
         "<subtitle>"},
        {"unknown attribute",
         "<section id=\"s1\">",
         "<section id=\"s1\" hidden=\"true\">",
         ErrorCode::InvalidContent,
         "hidden"},
        {"duplicate element",
         "<title>T</title>",
         "<title>T</title><title>U</title>",
         ErrorCode::InvalidContent,
         "more than once"},
        {"text in a container",
         "<section id=\"s1\">",
         "<section id=\"s1\">oops",
         ErrorCode::InvalidContent,
         "text"},
        {"markup in text",
         "<text>x</text>",
         "<text><p>x</p></text>",
         ErrorCode::InvalidContent,
         "<p>"},
        {"unknown slide kind",
         "kind=\"content\"",
         "kind=\"quiz\"",
         ErrorCode::InvalidContent,
         "quiz"},
        {"no slide kind", " kind=\"content\"", "", ErrorCode::InvalidContent, "kind"},
        {"unknown question type", "single-choice", "essay", ErrorCode::InvalidContent, "essay"},
        {"unknown block type",
         "type=\"image\"",
         "type=\"carousel\"",
         ErrorCode::InvalidContent,
         "carousel"},
        {"unknown navigation",
         "<settings ",
         "<settings navigation=\"random\" ",
         ErrorCode::InvalidContent,
         "random"},
        {"unknown callout style",
         "level=\"2\"",
         "style=\"danger\"",
         ErrorCode::InvalidContent,
         "danger"},
        {"no block type", "type=\"image\" ", "", ErrorCode::InvalidContent, "type"},
        {"no question",
         "<slide id=\"q\" kind=\"question\">",
         "<slide id=\"q0\" kind=\"question\"/><slide id=\"q\" kind=\"question\">",
         ErrorCode::InvalidContent,
         "<question>"},
        {"block in a question slide",
         "<question type",
         "<block type=\"text\"/><question type",
         ErrorCode::InvalidContent,
         "<block>"},
        {"heading level too high",
         "level=\"2\"",
         "level=\"5\"",
         ErrorCode::InvalidContent,
         "level"},
        {"heading level too low", "level=\"2\"", "level=\"1\"", ErrorCode::InvalidContent, "level"},
        {"passing score too high",
         "passingScore=\"80\"",
         "passingScore=\"101\"",
         ErrorCode::InvalidContent,
         "passingScore"},
        {"passing score negative",
         "passingScore=\"80\"",
         "passingScore=\"-1\"",
         ErrorCode::InvalidContent,
         "passingScore"},
        {"passing score not an int",
         "passingScore=\"80\"",
         "passingScore=\"80.5\"",
         ErrorCode::InvalidContent,
         "80.5"},
        {"passing score with spaces",
         "passingScore=\"80\"",
         "passingScore=\" 80\"",
         ErrorCode::InvalidContent,
         "passingScore"},
        {"required watched too high",
         "requiredWatchedPercent=\"50\"",
         "requiredWatchedPercent=\"150\"",
         ErrorCode::InvalidContent,
         "requiredWatchedPercent"},
        {"points not a number", "points=\"1\"", "points=\"one\"", ErrorCode::InvalidContent, "one"},
        {"points not finite",
         "points=\"1\"",
         "points=\"nan\"",
         ErrorCode::InvalidContent,
         "points"},
        {"points infinite", "points=\"1\"", "points=\"inf\"", ErrorCode::InvalidContent, "points"},
        {"bad bool", "correct=\"true\"", "correct=\"yes\"", ErrorCode::InvalidContent, "yes"},
        {"bad colour", "#1f4e79", "#1f4e7", ErrorCode::InvalidContent, "#1f4e7"},
        {"named colour", "#1f4e79", "red", ErrorCode::InvalidContent, "red"},
        {"negative byte size",
         "byteSize=\"3\"",
         "byteSize=\"-3\"",
         ErrorCode::InvalidContent,
         "byteSize"},
        {"no byte size", " byteSize=\"3\"", "", ErrorCode::InvalidContent, "byteSize"},
        {"no mime type", " mimeType=\"image/png\"", "", ErrorCode::InvalidContent, "mimeType"},
        {"width without height", " height=\"1\"", "", ErrorCode::InvalidContent, "width"},
        {"asset id not a sha256",
         "<asset id=\"2c26",
         "<asset id=\"2C26",
         ErrorCode::InvalidContent,
         "SHA-256"},
        {"duplicate slide id",
         "<slide id=\"q\"",
         "<slide id=\"a\"",
         ErrorCode::InvalidContent,
         "\"a\""},
        {"duplicate choice id",
         "<choice id=\"c2\"",
         "<choice id=\"c1\"",
         ErrorCode::InvalidContent,
         "c1"},
        {"duplicate asset",
         "</media>",
         "<asset id=\"2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae\" "
         "fileName=\"b.png\" mimeType=\"image/png\" byteSize=\"3\"/></media>",
         ErrorCode::InvalidContent,
         "twice"},
        {"unclosed root", "</capsule>", "", ErrorCode::MalformedXml, "line"},
        {"missing image asset", "image=\"2c26", "image=\"ffff", ErrorCode::MissingAsset, "<block>"},
        {"missing logo asset", "logo=\"2c26", "logo=\"ffff", ErrorCode::MissingAsset, "<theme>"},
        {"missing video asset",
         "<video asset=\"2c26",
         "<video asset=\"ffff",
         ErrorCode::MissingAsset,
         "<video>"},
        {"missing caption asset",
         "<track asset=\"2c26",
         "<track asset=\"ffff",
         ErrorCode::MissingAsset,
         "<track>"},
        {"track without language", " language=\"fr\"", "", ErrorCode::InvalidContent, "language"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        QByteArray xml = minimalXml;
        REQUIRE(xml.contains(c.from));
        xml.replace(c.from, c.to);
        if (c.from2)
            xml.replace(c.from2, c.to2);
        const auto result = CourseSerializer::fromXml(xml, u"test.capsule"_s);
        REQUIRE_FALSE(result.has_value());
        INFO(result.error().message.toStdString());
        CHECK(result.error().code == c.code);
        CHECK(result.error().message.contains(u"test.capsule"_s));
        CHECK(result.error().message.contains(QString::fromUtf8(c.inMessage)));
    }
}

TEST_CASE("course.xml errors point at the offending line", "[core][file]")
{
    QByteArray xml = minimalXml;
    xml.replace("level=\"2\"", "level=\"9\"");
    const auto result = CourseSerializer::fromXml(xml, u"cours.capsule"_s);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message.startsWith(u"cours.capsule: course.xml, line 11: "_s));

    QByteArray dup = minimalXml;
    dup.replace("<section id=\"s1\">", "<section id=\"s0\"/>\n  <section id=\"s0\">");
    const auto duplicate = CourseSerializer::fromXml(dup, u"cours.capsule"_s);
    REQUIRE_FALSE(duplicate.has_value());
    CHECK(duplicate.error().code == ErrorCode::InvalidContent);
    CHECK(duplicate.error().message.contains(u"line 10"_s));
    CHECK(duplicate.error().message.contains(u"s0"_s));
}

TEST_CASE("The minimal test document is itself valid", "[core][file]")
{
    const auto course = parse(minimalXml);
    CHECK(course->slideCount() == 3);
    CHECK(course->settings().theme.accent == QColor(0xe0, 0x7a, 0x1f)); // format default
    // Files written before lmsJudgesByScore existed: the course's own decision stays authoritative.
    CHECK_FALSE(course->settings().lmsJudgesByScore);
    const QByteArray saved = CourseSerializer::toXml(*course);
    CHECK_FALSE(saved.contains("lmsJudgesByScore"));
}

TEST_CASE("A large course.xml reads the same on two threads, errors in document order",
          "[core][file]")
{
    // Large enough (> 256 KB) for its sections to be read in parallel.
    auto course = std::make_unique<Course>();
    course->setId(CourseId(u"large"_s));
    course->metadata().title = u"Large"_s;
    for (int s = 0; s < 40; ++s) {
        auto section = std::make_unique<Section>();
        section->id = SectionId(u"section-%1"_s.arg(s));
        section->title = u"Section %1"_s.arg(s);
        for (int i = 0; i < 30; ++i) {
            Slide slide = Slide::create(SlideKind::Question, u"Slide %1.%2"_s.arg(s).arg(i));
            slide.id = SlideId(u"slide-%1-%2"_s.arg(s).arg(i));
            Question question;
            question.prompt = u"<p>Which answer is right for question %1?</p>"_s.arg(i);
            question.choices = {{u"c1"_s, u"First answer"_s, true, u"Yes"_s},
                                {u"c2"_s, u"Second answer"_s, false, u"No"_s}};
            slide.body = QuestionBody{question};
            section->slides.push_back(std::make_unique<Slide>(slide));
        }
        course->sections().push_back(std::move(section));
    }
    const QByteArray xml = CourseSerializer::toXml(*course);
    REQUIRE(xml.size() > 256 * 1024);

    SECTION("same model, same order")
    {
        auto read = CourseSerializer::fromXml(xml, u"large.capsule"_s);
        REQUIRE(read);
        CHECK(*read.value() == *course);
    }
    SECTION("an id used in both halves is reported at its second use")
    {
        QByteArray twice = xml;
        twice.replace("id=\"slide-39-29\"", "id=\"slide-0-0\"");
        auto read = CourseSerializer::fromXml(twice, u"large.capsule"_s);
        REQUIRE_FALSE(read);
        CHECK(read.error().code == ErrorCode::InvalidContent);
        CHECK(read.error().message.contains(u"slide-0-0"_s));
        CHECK(read.error().message.contains(u"large.capsule"_s));
    }
    SECTION("the first error in document order wins")
    {
        QByteArray broken = xml;
        broken.replace("id=\"slide-35-0\" kind=\"question\"", "id=\"slide-35-0\" kind=\"bogus\"");
        broken.replace("id=\"slide-2-0\" kind=\"question\"", "id=\"slide-2-0\" kind=\"wrong\"");
        auto read = CourseSerializer::fromXml(broken, u"large.capsule"_s);
        REQUIRE_FALSE(read);
        CHECK(read.error().message.contains(u"wrong"_s));
    }
}
