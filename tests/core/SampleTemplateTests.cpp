// SPDX-License-Identifier: MIT
// The built-in sample course (resources/templates/sample): it must load, show off every slide
// kind and question type, pass validation and survive a save/load round trip unchanged.
#include "TestSupport.h"
#include "core/CourseSerializer.h"
#include "core/Document.h"
#include "core/Validator.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;
using namespace Core;

namespace {

std::unique_ptr<Document> loadSample()
{
    auto loaded = Document::fromTemplate(u"sample"_s);
    INFO((loaded ? QString() : loaded.error().message).toStdString());
    REQUIRE(loaded.has_value());
    return std::move(loaded).value();
}

} // namespace

TEST_CASE("The sample template loads with its metadata and settings", "[core][sample]")
{
    const auto document = loadSample();
    const Course &course = document->course();

    CHECK(course.metadata().title == u"Écoute active en relation client"_s);
    CHECK(course.metadata().language == u"fr"_s);
    CHECK(course.metadata().author == u"Capsule — exemple"_s);
    CHECK(course.metadata().version == u"1.0"_s);
    CHECK(course.metadata().estimatedMinutes > 0);
    CHECK_FALSE(course.metadata().description.isEmpty());
    CHECK_FALSE(course.metadata().keywords.isEmpty());

    const CourseSettings &settings = course.settings();
    CHECK(settings.navigation == NavigationMode::Free);
    CHECK(settings.completion == CompletionRule::AllSlidesViewedAndQuizPassed);
    CHECK(settings.passingScorePercent == 70);
    CHECK(settings.maxAttempts == 3);
    CHECK(settings.scorm12Reporting == Scorm12Reporting::PassedFailed);
    CHECK(settings.theme.primary == QColor(0x1f, 0x4e, 0x79));
    CHECK(settings.theme.accent == QColor(0xe0, 0x7a, 0x1f));
    REQUIRE_FALSE(settings.theme.logo.isNull());
    REQUIRE(course.asset(settings.theme.logo) != nullptr);
    CHECK(course.asset(settings.theme.logo)->isImage());

    // A project made from the template gets a course id of its own.
    CHECK_FALSE(course.id().isNull());
    CHECK(course.id().toString() != u"exemple-ecoute-active"_s);
}

TEST_CASE("The sample template uses every slide kind and question type", "[core][sample]")
{
    const auto document = loadSample();
    const Course &course = document->course();

    CHECK(course.sections().size() >= 3);
    CHECK(course.slideCount() >= 8);

    std::set<SlideKind> kinds;
    std::set<QuestionType> types;
    for (const Slide *slide : course.allSlides()) {
        kinds.insert(slide->kind());
        if (const Question *question = slide->question()) {
            types.insert(question->type);
            INFO(slide->id.toString().toStdString());
            CHECK(question->hasCorrectAnswer());
            if (isGraded(question->type)) {
                CHECK(question->points > 0);
                CHECK_FALSE(question->correctFeedback.isEmpty());
                CHECK_FALSE(question->incorrectFeedback.isEmpty());
            }
        }
    }
    for (SlideKind kind : {SlideKind::Content,
                           SlideKind::Question,
                           SlideKind::Video,
                           SlideKind::Result,
                           SlideKind::Scenario}) {
        INFO(toString(kind).toStdString());
        CHECK(kinds.count(kind) == 1);
    }
    for (QuestionType type : allQuestionTypes()) {
        INFO(toString(type).toStdString());
        CHECK(types.count(type) == 1);
    }

    // The result slide closes the course.
    CHECK(course.allSlides().back()->kind() == SlideKind::Result);
}

TEST_CASE("The sample template has two images and a captioned video", "[core][sample]")
{
    const auto document = loadSample();
    const Course &course = document->course();

    std::set<AssetId> images;
    std::vector<const VideoBody *> videos;
    for (const Slide *slide : course.allSlides()) {
        if (const auto *content = std::get_if<ContentBody>(&slide->body)) {
            for (const ContentBlock &block : content->blocks) {
                if (block.type != ContentBlock::Type::Image)
                    continue;
                images.insert(block.image);
                REQUIRE(course.asset(block.image) != nullptr);
                CHECK(course.asset(block.image)->isImage());
                CHECK_FALSE(block.altText.isEmpty());
                CHECK_FALSE(block.caption.isEmpty());
            }
        } else if (const auto *video = std::get_if<VideoBody>(&slide->body)) {
            videos.push_back(video);
        }
    }
    CHECK(images.size() == 2);

    REQUIRE(videos.size() == 1);
    const VideoBody &video = *videos.front();
    REQUIRE(course.asset(video.video) != nullptr);
    CHECK(course.asset(video.video)->isVideo());
    CHECK(course.asset(video.video)->durationMs > 0);
    REQUIRE(course.asset(video.poster) != nullptr);
    CHECK(course.asset(video.poster)->isImage());
    CHECK(video.requiredWatchedPercent == 80);
    QStringList languages;
    for (const CaptionTrack &track : video.captions) {
        languages << track.language;
        REQUIRE(course.asset(track.vtt) != nullptr);
        CHECK(course.asset(track.vtt)->isCaptions());
        CHECK_FALSE(track.label.isEmpty());
    }
    CHECK(languages == QStringList{u"fr"_s, u"en"_s});

    // Every asset of the library is used, and is shipped under its content-addressed name.
    CHECK(course.usedAssets().size() == course.assets().size());
    for (const auto &[id, asset] : course.assets()) {
        INFO(asset.fileName.toStdString());
        QFile file(u":/templates/sample/"_s + asset.archiveName());
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.size() == asset.byteSize);
    }
}

TEST_CASE("The sample template passes validation without errors or warnings", "[core][sample]")
{
    const auto document = loadSample();
    const std::vector<Validator::Issue> issues = Validator::check(document->course());
    CHECK_FALSE(Validator::hasErrors(issues));
    // The sample is the example authors learn from: it should not even draw a warning.
    for (const Validator::Issue &issue : issues) {
        INFO((issue.code + u": "_s + issue.location + u": "_s + issue.message).toStdString());
        CHECK(issue.severity != Validator::Severity::Error);
        CHECK(issue.severity != Validator::Severity::Warning);
    }
}

TEST_CASE("The sample template survives a save and load round trip", "[core][sample]")
{
    const auto document = loadSample();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"sample.capsule"_s);

    const auto saved = document->save(path);
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.has_value());

    auto reloaded = Document::load(path);
    INFO((reloaded ? QString() : reloaded.error().message).toStdString());
    REQUIRE(reloaded.has_value());
    CHECK(reloaded.value()->course() == document->course());
}

TEST_CASE("The sample's course.xml is in the form the writer produces", "[core][sample]")
{
    // Hand edits must keep the file canonical, so that saving an unchanged copy of the
    // template gives the same course.xml (apart from the course id).
    QFile file(u":/templates/sample/course.xml"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    auto course = CourseSerializer::fromXml(xml, u"course.xml"_s);
    INFO((course ? QString() : course.error().message).toStdString());
    REQUIRE(course.has_value());

    const QList<QByteArray> expected = xml.split('\n');
    const QList<QByteArray> written = CourseSerializer::toXml(*course.value()).split('\n');
    for (qsizetype i = 0; i < std::min(expected.size(), written.size()); ++i) {
        INFO("line " << i + 1);
        REQUIRE(written.at(i) == expected.at(i));
    }
    CHECK(written.size() == expected.size());
}
