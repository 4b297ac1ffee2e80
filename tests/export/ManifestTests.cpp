// SPDX-License-Identifier: MIT
#include "ExportTestCourse.h"
#include "TestSupport.h"
#include "export/scorm/Manifest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <pugixml.hpp>

using namespace Qt::StringLiterals;
using Export::ScormVersion;

namespace {

/** A fixed file list, so the golden manifests do not change with the player's files. */
QStringList goldenFiles(const Core::Course &course)
{
    QStringList files{u"index.html"_s, u"player.css"_s, u"player.js"_s, u"content/course.js"_s};
    for (const Core::AssetId &id : course.usedAssets())
        files.append(course.asset(id)->archiveName());
    return files;
}

QByteArray manifestFor(const Core::Course &course, ScormVersion version)
{
    return Export::manifestBytes(Export::buildManifest(course, version, goldenFiles(course)));
}

pugi::xml_document parse(const QByteArray &bytes)
{
    pugi::xml_document doc;
    REQUIRE(doc.load_buffer(bytes.constData(), size_t(bytes.size())));
    return doc;
}

QString text(const pugi::xml_document &doc, const char *xpath)
{
    return QString::fromUtf8(doc.select_node(xpath).node().text().get());
}

QString attribute(const pugi::xml_document &doc, const char *xpath)
{
    return QString::fromUtf8(doc.select_node(xpath).attribute().value());
}

void compareWithGolden(const QByteArray &actual, const QString &name)
{
    const QString path = testDataPath(u"expected/"_s + name);
    if (qEnvironmentVariableIsSet("CAPSULE_UPDATE_GOLDEN")) {
        ExportTest::writeFile(path, actual);
        WARN("golden file rewritten: " << path.toStdString());
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray expected = file.readAll();
    CHECK(actual == expected);
}

/** A package folder holding the manifest and an empty file for each listed href. */
ExportTest::ValidationRun validateManifestFolder(const Core::Course &course, ScormVersion version)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const QString &file : goldenFiles(course))
        ExportTest::writeFile(dir.filePath(file), "x");
    ExportTest::writeFile(dir.filePath(u"imsmanifest.xml"_s), manifestFor(course, version));
    return ExportTest::validatePackage(dir.path(),
                                       version == ScormVersion::Scorm12 ? u"1.2"_s : u"2004-4th"_s);
}

} // namespace

TEST_CASE("SCORM 1.2 manifest matches the golden file", "[export][manifest]")
{
    const auto course = ExportTest::makeTestCourse();
    compareWithGolden(manifestFor(*course, ScormVersion::Scorm12), u"imsmanifest_scorm12.xml"_s);
}

TEST_CASE("SCORM 2004 manifest matches the golden file", "[export][manifest]")
{
    const auto course = ExportTest::makeTestCourse();
    compareWithGolden(manifestFor(*course, ScormVersion::Scorm2004),
                      u"imsmanifest_scorm2004.xml"_s);
}

TEST_CASE("Manifests pass validate-package", "[export][manifest][validator]")
{
    auto course = ExportTest::makeTestCourse();
    for (const auto version : {ScormVersion::Scorm12, ScormVersion::Scorm2004}) {
        const auto run = validateManifestFolder(*course, version);
        INFO(run.output.toStdString());
        CHECK(run.exitCode == 0);
    }

    SECTION("without mastery, description, keywords or a valid language")
    {
        course->settings().completion = Core::CompletionRule::AllSlidesViewed;
        course->metadata().description.clear();
        course->metadata().keywords.clear();
        course->metadata().language = u"fr_FR x"_s;
        course->metadata().title = QString(300, u'é') + u"\u0001<&>"_s;
        for (const auto version : {ScormVersion::Scorm12, ScormVersion::Scorm2004}) {
            const auto run = validateManifestFolder(*course, version);
            INFO(run.output.toStdString());
            CHECK(run.exitCode == 0);
        }
    }
}

TEST_CASE("Manifest identifiers derive from the course id", "[export][manifest]")
{
    auto course = ExportTest::makeTestCourse();
    const QString id = course->id().toString();
    for (const auto version : {ScormVersion::Scorm12, ScormVersion::Scorm2004}) {
        const QByteArray first = manifestFor(*course, version);
        CHECK(first == manifestFor(*course, version));
        const auto doc = parse(first);
        CHECK(attribute(doc, "/manifest/@identifier") == u"MANIFEST-"_s + id);
        CHECK(attribute(doc, "/manifest/organizations/@default") == u"ORG-"_s + id);
        CHECK(attribute(doc, "//organization/@identifier") == u"ORG-"_s + id);
        CHECK(attribute(doc, "//item/@identifier") == u"ITEM-"_s + id);
        CHECK(attribute(doc, "//item/@identifierref") == u"RES-"_s + id);
        CHECK(attribute(doc, "//resource/@identifier") == u"RES-"_s + id);
        CHECK(attribute(doc, "//resource/@href") == u"index.html"_s);
        CHECK(doc.select_nodes("//organization/item").size() == 1);
        CHECK(doc.select_nodes("//resources/resource").size() == 1);
        CHECK(first.indexOf("schemaLocation") < 0);
    }

    SECTION("characters that are not NCName characters are replaced")
    {
        CHECK(Export::manifestIdentifierPart(u"a b:c/d-é.1_2"_s) == u"a_b_c_d-_.1_2"_s);
        course->setId(Core::CourseId(u"x:y z"_s));
        const auto doc = parse(manifestFor(*course, ScormVersion::Scorm2004));
        CHECK(attribute(doc, "//item/@identifier") == u"ITEM-x_y_z"_s);
    }
}

TEST_CASE("Manifests list every package file in order", "[export][manifest]")
{
    const auto course = ExportTest::makeTestCourse();
    for (const auto version : {ScormVersion::Scorm12, ScormVersion::Scorm2004}) {
        const auto doc = parse(manifestFor(*course, version));
        QStringList hrefs;
        for (const auto &node : doc.select_nodes("//resource/file/@href"))
            hrefs.append(QString::fromUtf8(node.attribute().value()));
        CHECK(hrefs == goldenFiles(*course));
    }
}

TEST_CASE("SCORM 1.2 mastery score only when the author lets the LMS judge a quiz-passed course",
          "[export][manifest]")
{
    auto course = ExportTest::makeTestCourse();
    auto &settings = course->settings();
    settings.passingScorePercent = 75;
    const auto mastery = [&] {
        return text(parse(manifestFor(*course, ScormVersion::Scorm12)),
                    "//item/adlcp:masteryscore");
    };
    const auto hasMastery = [&] {
        return bool(
            parse(manifestFor(*course, ScormVersion::Scorm12)).select_node("//adlcp:masteryscore"));
    };

    settings.scorm12Reporting = Core::Scorm12Reporting::PassedFailed;
    // By default the course's own decision is authoritative: no mastery score at all.
    for (const auto rule : {Core::CompletionRule::QuizPassed,
                            Core::CompletionRule::AllSlidesViewedAndQuizPassed,
                            Core::CompletionRule::AllSlidesViewed}) {
        settings.completion = rule;
        CHECK_FALSE(hasMastery());
    }

    settings.lmsJudgesByScore = true;
    settings.completion = Core::CompletionRule::QuizPassed;
    CHECK(mastery() == u"75"_s);
    // Never with "both": the LMS would show Passed to a learner who skipped slides.
    settings.completion = Core::CompletionRule::AllSlidesViewedAndQuizPassed;
    CHECK_FALSE(hasMastery());
    settings.completion = Core::CompletionRule::AllSlidesViewed;
    CHECK_FALSE(hasMastery());
    settings.completion = Core::CompletionRule::VideoWatched;
    CHECK_FALSE(hasMastery());

    settings.scorm12Reporting = Core::Scorm12Reporting::CompletedIncomplete;
    settings.completion = Core::CompletionRule::QuizPassed;
    CHECK_FALSE(hasMastery());
    settings.completion = Core::CompletionRule::AllSlidesViewedAndQuizPassed;
    CHECK_FALSE(hasMastery());
}

TEST_CASE("SCORM 2004 objective by measure only when the author lets the LMS judge",
          "[export][manifest]")
{
    auto course = ExportTest::makeTestCourse();
    auto &settings = course->settings();
    const auto doc = [&] { return parse(manifestFor(*course, ScormVersion::Scorm2004)); };

    settings.passingScorePercent = 80;
    settings.completion = Core::CompletionRule::QuizPassed;
    // Default: the LMS would set success_status from the score, failed while retakes remain.
    CHECK_FALSE(doc().select_node("//imsss:objectives"));
    settings.lmsJudgesByScore = true;
    // The 1.2 reporting choice does not matter for 2004.
    settings.scorm12Reporting = Core::Scorm12Reporting::CompletedIncomplete;
    {
        const auto d = doc();
        CHECK(attribute(d,
                        "//item/imsss:sequencing/imsss:objectives/imsss:primaryObjective/"
                        "@satisfiedByMeasure")
              == u"true"_s);
        CHECK(text(d, "//imsss:primaryObjective/imsss:minNormalizedMeasure") == u"0.80"_s);
    }
    settings.passingScorePercent = 100;
    CHECK(text(doc(), "//imsss:primaryObjective/imsss:minNormalizedMeasure") == u"1.00"_s);

    for (const auto rule : {Core::CompletionRule::AllSlidesViewedAndQuizPassed,
                            Core::CompletionRule::AllSlidesViewed,
                            Core::CompletionRule::VideoWatched}) {
        settings.completion = rule;
        const auto d = doc();
        CHECK_FALSE(d.select_node("//imsss:objectives"));
        CHECK_FALSE(d.select_node("//imsss:minNormalizedMeasure"));
    }

    for (const auto rule :
         {Core::CompletionRule::AllSlidesViewed, Core::CompletionRule::QuizPassed}) {
        settings.completion = rule;
        const auto d = doc();
        CHECK(attribute(d, "//item/imsss:sequencing/imsss:deliveryControls/@completionSetByContent")
              == u"true"_s);
        CHECK(attribute(d, "//item/imsss:sequencing/imsss:deliveryControls/@objectiveSetByContent")
              == u"true"_s);
    }
}

TEST_CASE("Manifest metadata carries title, description, language and keywords",
          "[export][manifest]")
{
    auto course = ExportTest::makeTestCourse();
    {
        const auto d = parse(manifestFor(*course, ScormVersion::Scorm2004));
        CHECK(text(d, "/manifest/metadata/schema") == u"ADL SCORM"_s);
        CHECK(text(d, "/manifest/metadata/schemaversion") == u"2004 4th Edition"_s);
        CHECK(text(d, "//lom/general/title/string") == u"Sécurité au laboratoire"_s);
        CHECK(attribute(d, "//lom/general/title/string/@language") == u"fr"_s);
        CHECK(text(d, "//lom/general/language") == u"fr"_s);
        CHECK(text(d, "//lom/general/description/string")
              == u"Les règles de base & les bons réflexes."_s);
        CHECK(d.select_nodes("//lom/general/keyword/string").size() == 2);
        CHECK(text(d, "//organization/title") == u"Sécurité au laboratoire"_s);
    }
    {
        const auto d = parse(manifestFor(*course, ScormVersion::Scorm12));
        CHECK(text(d, "/manifest/metadata/schemaversion") == u"1.2"_s);
        CHECK(text(d, "//lom/general/title/langstring") == u"Sécurité au laboratoire"_s);
        CHECK(attribute(d, "//lom/general/title/langstring/@xml:lang") == u"fr"_s);
        CHECK(d.select_nodes("//lom/general/keyword/langstring").size() == 2);
    }

    SECTION("an invalid language tag is left out, '_' becomes '-'")
    {
        course->metadata().language = u"fr_CA"_s;
        CHECK(text(parse(manifestFor(*course, ScormVersion::Scorm2004)), "//lom/general/language")
              == u"fr-CA"_s);
        course->metadata().language = u"français"_s;
        const auto d = parse(manifestFor(*course, ScormVersion::Scorm2004));
        CHECK_FALSE(d.select_node("//lom/general/language"));
        CHECK_FALSE(d.select_node("//@language"));
    }

    SECTION("SCORM 1.2 titles are cut at 200 characters; an empty title falls back to the id")
    {
        course->metadata().title = QString(250, u'a');
        CHECK(
            text(parse(manifestFor(*course, ScormVersion::Scorm12)), "//organization/title").size()
            == 200);
        course->metadata().title = u"  "_s;
        CHECK(text(parse(manifestFor(*course, ScormVersion::Scorm12)), "//item/title")
              == course->id().toString());
    }
}
