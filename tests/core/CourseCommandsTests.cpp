// SPDX-License-Identifier: MIT
#include "CourseFixtures.h"
#include "TestSupport.h"
#include "core/commands/AddAsset.h"
#include "core/commands/RemoveAsset.h"
#include "core/commands/SetCourseMetadata.h"
#include "core/commands/SetCourseSettings.h"
#include "core/commands/SetSlideBody.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Core;

TEST_CASE("SetCourseMetadata edits the course details", "[core][commands]")
{
    Document doc(makeCourse({u"A:a1"_s}));
    CourseMetadata meta = doc.course().metadata();
    meta.title = u"Écoute active"_s;
    meta.keywords = QStringList{u"écoute"_s, u"client"_s};
    meta.estimatedMinutes = 15;
    QSignalSpy changed(&doc, &Document::metadataChanged);
    checkRedoUndoRoundTrip(doc, std::make_unique<SetCourseMetadata>(&doc, meta));
    CHECK(doc.course().metadata().title == u"Écoute active"_s);
    CHECK(changed.count() == 3);
}

TEST_CASE("SetCourseSettings changes navigation, scoring and theme", "[core][commands]")
{
    Document doc(makeCourse({u"A:a1"_s}));
    CourseSettings settings = doc.course().settings();
    settings.navigation = NavigationMode::Linear;
    settings.completion = CompletionRule::QuizPassed;
    settings.passingScorePercent = 70;
    settings.maxAttempts = 3;
    settings.theme.primary = QColor(u"#003366"_s);
    settings.scorm12Reporting = Scorm12Reporting::CompletedIncomplete;
    checkRedoUndoRoundTrip(doc, std::make_unique<SetCourseSettings>(&doc, settings));
    CHECK(doc.course().settings() == settings);
}

TEST_CASE("AddAsset and RemoveAsset manage the media library", "[core][commands]")
{
    Document doc(makeCourse({u"A:a1"_s}));
    const MediaAsset asset = makeAsset("PNGDATA", u"a.png"_s, u"image/png"_s);
    checkRedoUndoRoundTrip(doc, std::make_unique<AddAsset>(&doc, asset));
    REQUIRE(doc.course().asset(asset.id));

    SECTION("the same bytes twice are one asset")
    {
        doc.push(std::make_unique<AddAsset>(&doc, asset));
        CHECK(doc.undoStack()->count() == 1);
    }
    SECTION("an unused asset can be removed")
    {
        checkRedoUndoRoundTrip(doc, std::make_unique<RemoveAsset>(&doc, asset.id));
        CHECK_FALSE(doc.course().asset(asset.id));
    }
    SECTION("an asset in use is kept")
    {
        ContentBody body;
        ContentBlock image;
        image.type = ContentBlock::Type::Image;
        image.image = asset.id;
        body.blocks.push_back(image);
        doc.push(std::make_unique<SetSlideBody>(&doc, SlideId(u"slide-a1"_s), body, u"x"_s));
        const int count = doc.undoStack()->count();
        doc.push(std::make_unique<RemoveAsset>(&doc, asset.id));
        CHECK(doc.undoStack()->count() == count);
        CHECK(doc.course().asset(asset.id));
    }
}
