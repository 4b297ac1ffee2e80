// SPDX-License-Identifier: MIT
#include "ExportTestCourse.h"

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace ExportTest {

namespace {

/** The bytes of a literal that may hold NULs or high bytes, without its terminator. */
template <size_t N> QByteArray literalBytes(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

} // namespace

Core::AssetId addMemoryAsset(Core::Course &course,
                             const QString &fileName,
                             const QString &mimeType,
                             const QByteArray &bytes,
                             QSize imageSize,
                             qint64 durationMs)
{
    Core::MediaAsset asset;
    asset.id = Core::AssetId(
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    asset.fileName = fileName;
    asset.mimeType = mimeType;
    asset.byteSize = bytes.size();
    asset.imageSize = imageSize;
    asset.durationMs = durationMs;
    asset.source.kind = Core::AssetSource::Kind::Memory;
    asset.source.data = bytes;
    const Core::AssetId id = asset.id;
    course.assets()[id] = asset;
    return id;
}

Core::Slide makeSlide(const QString &id, const QString &title, Core::SlideBody body)
{
    Core::Slide slide;
    slide.id = Core::SlideId(id);
    slide.title = title;
    slide.body = std::move(body);
    return slide;
}

Core::Slide questionSlide(const QString &id, Core::Question question)
{
    return makeSlide(id, u"Question "_s + id, Core::QuestionBody{std::move(question)});
}

std::vector<Core::Slide> questionSlides()
{
    using Core::Question;
    using Core::QuestionType;
    std::vector<Core::Slide> slides;

    Question single;
    single.type = QuestionType::SingleChoice;
    single.prompt = u"<p>Which <b>one</b>?</p>"_s;
    single.points = 2;
    single.shuffle = true;
    single.correctFeedback = u"<p>Yes</p>"_s;
    single.incorrectFeedback = u"<p>No</p>"_s;
    single.choices = {{u"c1"_s, u"Goggles"_s, true, u"Right"_s},
                      {u"c2"_s, u"Sandals"_s, false, u"<em>Wrong</em>"_s}};
    slides.push_back(questionSlide(u"q-single"_s, single));

    Question multiple;
    multiple.type = QuestionType::MultipleResponse;
    multiple.prompt = u"Pick all"_s;
    multiple.choices
        = {{u"c1"_s, u"A"_s, true, {}}, {u"c2"_s, u"B"_s, true, {}}, {u"c3"_s, u"C"_s, false, {}}};
    slides.push_back(questionSlide(u"q-multiple"_s, multiple));

    Question trueFalse;
    trueFalse.type = QuestionType::TrueFalse;
    trueFalse.prompt = u"Acids are safe"_s;
    trueFalse.trueFalseAnswer = false;
    slides.push_back(questionSlide(u"q-truefalse"_s, trueFalse));

    Question fillIn;
    fillIn.type = QuestionType::FillIn;
    fillIn.prompt = u"Complete"_s;
    fillIn.clozeText = u"Water boils at [[1]] degrees in [[2]]."_s;
    fillIn.blanks = {{u"b1"_s, u"Temperature"_s, {u"100"_s, u"hundred"_s}, false},
                     {u"b2"_s, u"Unit"_s, {u"Celsius"_s}, true}};
    slides.push_back(questionSlide(u"q-fillin"_s, fillIn));

    Question matching;
    matching.type = QuestionType::Matching;
    matching.prompt = u"Match"_s;
    matching.pairs = {{u"p1"_s, u"H2O"_s, u"Water"_s}, {u"p2"_s, u"NaCl"_s, u"Salt"_s}};
    slides.push_back(questionSlide(u"q-matching"_s, matching));

    Question sequencing;
    sequencing.type = QuestionType::Sequencing;
    sequencing.prompt = u"Order"_s;
    sequencing.items = {{u"s1"_s, u"Gloves"_s}, {u"s2"_s, u"Goggles"_s}, {u"s3"_s, u"Coat"_s}};
    slides.push_back(questionSlide(u"q-sequencing"_s, sequencing));

    Question exact;
    exact.type = QuestionType::Numeric;
    exact.prompt = u"pH of water?"_s;
    exact.numeric.value = 7;
    exact.numeric.tolerance = 0.5;
    slides.push_back(questionSlide(u"q-numeric"_s, exact));

    Question range;
    range.type = QuestionType::Numeric;
    range.prompt = u"A safe temperature"_s;
    range.numeric.isRange = true;
    range.numeric.minimum = 18;
    range.numeric.maximum = 24.5;
    slides.push_back(questionSlide(u"q-range"_s, range));

    Question likert;
    likert.type = QuestionType::Likert;
    likert.prompt = u"I feel safe"_s;
    likert.likertScale = {u"Disagree"_s, u"Neutral"_s, u"Agree"_s};
    slides.push_back(questionSlide(u"q-likert"_s, likert));

    Question open;
    open.type = QuestionType::OpenText;
    open.prompt = u"Comments"_s;
    open.maxLength = 500;
    slides.push_back(questionSlide(u"q-open"_s, open));
    return slides;
}

std::unique_ptr<Core::Course> makeTestCourse(TestMedia *mediaOut)
{
    auto course = std::make_unique<Core::Course>();
    course->setId(Core::CourseId(u"8d0c3f5e-5b7a-4c69-9d4e-2f1a0b9c7e11"_s));
    Core::CourseMetadata &meta = course->metadata();
    meta.title = u"Sécurité au laboratoire"_s;
    meta.description = u"Les règles de base & les bons réflexes."_s;
    meta.language = u"fr"_s;
    meta.author = u"Équipe HSE"_s;
    meta.version = u"2.1"_s;
    meta.keywords = {u"sécurité"_s, u"laboratoire"_s};

    Core::CourseSettings &settings = course->settings();
    settings.navigation = Core::NavigationMode::Linear;
    settings.completion = Core::CompletionRule::AllSlidesViewedAndQuizPassed;
    settings.passingScorePercent = 75;
    settings.maxAttempts = 3;
    settings.scorm12Reporting = Core::Scorm12Reporting::PassedFailed;
    settings.theme.fontFamily = u"Georgia, serif"_s;

    TestMedia media;
    media.image = addMemoryAsset(*course,
                                 u"schema.png"_s,
                                 u"image/png"_s,
                                 literalBytes("\x89PNG\r\n\x1a\n fake schema image"),
                                 QSize(640, 480));
    media.logo = addMemoryAsset(*course,
                                u"logo.png"_s,
                                u"image/png"_s,
                                literalBytes("\x89PNG\r\n\x1a\n fake logo"),
                                QSize(120, 40));
    media.video = addMemoryAsset(
        *course, u"explainer.mp4"_s, u"video/mp4"_s, QByteArray(4096, 'v'), {}, 12500);
    media.poster = addMemoryAsset(*course,
                                  u"poster.jpg"_s,
                                  u"image/jpeg"_s,
                                  literalBytes("\xff\xd8\xff fake jpeg poster"),
                                  QSize(1280, 720));
    media.captions = addMemoryAsset(*course,
                                    u"captions-fr.vtt"_s,
                                    u"text/vtt"_s,
                                    literalBytes("WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour\n"));
    media.unused = addMemoryAsset(*course,
                                  u"unused.png"_s,
                                  u"image/png"_s,
                                  literalBytes("\x89PNG\r\n\x1a\n never used"),
                                  QSize(10, 10));
    settings.theme.logo = media.logo;

    auto intro = std::make_unique<Core::Section>();
    intro->id = Core::SectionId(u"sec-intro"_s);
    intro->title = u"Introduction"_s;

    Core::ContentBody content;
    Core::ContentBlock heading;
    heading.type = Core::ContentBlock::Type::Heading;
    heading.headingLevel = 3;
    heading.text = u"Avant de commencer </script>"_s;
    Core::ContentBlock text;
    text.type = Core::ContentBlock::Type::RichText;
    text.text = u"<p>Portez <strong>toujours</strong> vos lunettes.</p>"_s;
    Core::ContentBlock image;
    image.type = Core::ContentBlock::Type::Image;
    image.image = media.image;
    image.altText = u"Schéma du laboratoire"_s;
    image.caption = u"Figure 1"_s;
    Core::ContentBlock callout;
    callout.type = Core::ContentBlock::Type::Callout;
    callout.calloutStyle = Core::CalloutStyle::Warning;
    callout.text = u"<p>Line\u2028separator</p>"_s;
    content.blocks = {heading, text, image, callout};
    intro->slides.push_back(
        std::make_unique<Core::Slide>(makeSlide(u"slide-welcome"_s, u"Bienvenue"_s, content)));

    Core::VideoBody video;
    video.video = media.video;
    video.poster = media.poster;
    video.captions = {{media.captions, u"fr"_s, u"Français"_s}};
    video.requiredWatchedPercent = 90;
    intro->slides.push_back(
        std::make_unique<Core::Slide>(makeSlide(u"slide-video"_s, u"La vidéo"_s, video)));
    course->sections().push_back(std::move(intro));

    auto quiz = std::make_unique<Core::Section>();
    quiz->id = Core::SectionId(u"sec-quiz"_s);
    quiz->title = u"Quiz"_s;
    for (Core::Slide &slide : questionSlides())
        quiz->slides.push_back(std::make_unique<Core::Slide>(std::move(slide)));
    quiz->slides.push_back(std::make_unique<Core::Slide>(
        makeSlide(u"slide-result"_s,
                  u"Résultat"_s,
                  Core::ResultBody{u"<p>Bravo</p>"_s, u"<p>Encore</p>"_s})));
    course->sections().push_back(std::move(quiz));

    if (mediaOut)
        *mediaOut = media;
    return course;
}

Core::Slide &slideById(Core::Course &course, const QString &id)
{
    Core::Slide *slide = course.slide(Core::SlideId(id));
    REQUIRE(slide);
    return *slide;
}

ValidationRun validatePackage(const QString &path, const QString &expect)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"bash"_s, {QStringLiteral(VALIDATE_PACKAGE_PATH), u"--expect"_s, expect, path});
    const bool finished = process.waitForFinished(120000);
    ValidationRun run;
    run.output = QString::fromUtf8(process.readAll());
    run.exitCode
        = finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace ExportTest
