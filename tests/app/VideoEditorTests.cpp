// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "app/editors/ListTableEditor.h"
#include "app/editors/VideoEditor.h"
#include "app/editors/VideoFrameView.h"
#include "core/MediaImporter.h"
#include "editors/EditorTestSupport.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace EditorTest;

namespace {

const Core::VideoBody &videoOf(const Core::Document &doc)
{
    return std::get<Core::VideoBody>(doc.course().slide(slideId(0))->body);
}

} // namespace

TEST_CASE("VideoEditor loads a video, sets the required share and adds caption tracks",
          "[app][editors]")
{
    auto doc = makeDocument({Core::SlideKind::Video});
    App::VideoEditor editor;
    editor.setDocument(doc.get());
    editor.setSlide(slideId(0));
    editor.resize(1100, 750);
    editor.show();
    QSignalSpy status(&editor, &App::VideoEditor::statusMessageRequested);

    REQUIRE(editor.importVideo(testDataPath(u"media/clip.mp4"_s)));
    const Core::AssetId video = videoOf(*doc).video;
    REQUIRE_FALSE(video.isNull());
    REQUIRE(doc->course().asset(video));
    CHECK(doc->undoStack()->count() == 1); // import + choose in one step
    CHECK(child<QComboBox>(&editor, u"videoAssetCombo"_s)->currentData().toString()
          == video.toString());

    // The player opens it and reports its duration (2 s) in the time label.
    QMediaPlayer *player = editor.player();
    REQUIRE(QTest::qWaitFor([&] { return player->duration() > 0; }, 10000));
    CHECK(std::abs(player->duration() - doc->course().asset(video)->durationMs) < 100);
    const qint64 seconds = player->duration() / 1000;
    CHECK(child<QLabel>(&editor, u"timeLabel"_s)->text()
          == u"0:00 / 0:%1"_s.arg(seconds, 2, 10, QLatin1Char('0')));
    auto *frames = child<App::VideoFrameView>(&editor, u"videoFrameView"_s);
    REQUIRE(QTest::qWaitFor([&] { return !frames->currentImage().isNull(); }, 10000));

    SECTION("poster from the current frame, in one undo step")
    {
        const int steps = doc->undoStack()->count();
        auto *button = child<QPushButton>(&editor, u"posterFromFrameButton"_s);
        REQUIRE(button->isEnabled());
        button->click();
        const Core::AssetId poster = videoOf(*doc).poster;
        REQUIRE_FALSE(poster.isNull());
        const Core::MediaAsset *asset = doc->course().asset(poster);
        REQUIRE(asset);
        CHECK(asset->mimeType == u"image/png"_s);
        CHECK(asset->imageSize == frames->currentImage().size());
        CHECK(doc->undoStack()->count() == steps + 1);
        CHECK_FALSE(child<QLabel>(&editor, u"posterPreview"_s)->pixmap().isNull());
        doc->undoStack()->undo();
        CHECK(videoOf(*doc).poster.isNull());
        CHECK_FALSE(doc->course().asset(poster));
    }

    SECTION("required watched percentage")
    {
        auto *spin = child<QSpinBox>(&editor, u"requiredPercentSpin"_s);
        auto *slider = child<QSlider>(&editor, u"requiredPercentSlider"_s);
        spin->setValue(80);
        CHECK(videoOf(*doc).requiredWatchedPercent == 80);
        CHECK(slider->value() == 80);
        slider->setValue(90);
        CHECK(videoOf(*doc).requiredWatchedPercent == 90);
        CHECK(spin->value() == 90);
        CHECK(doc->undoStack()->count() == 2); // one merged step
        doc->undoStack()->undo();
        CHECK(spin->value() == 0);
    }

    SECTION("caption tracks show their cue count or the file's error")
    {
        auto *captions = child<App::ListTableEditor>(&editor, u"captionsTable"_s);
        REQUIRE(
            editor.addCaptionTrack(testDataPath(u"media/captions.vtt"_s), u"fr"_s, u"Français"_s));
        REQUIRE(videoOf(*doc).captions.size() == 1);
        CHECK(videoOf(*doc).captions[0].language == u"fr"_s);
        CHECK(videoOf(*doc).captions[0].label == u"Français"_s);
        QTableWidget *table = captions->table();
        REQUIRE(table->rowCount() == 1);
        QFile vtt(testDataPath(u"media/captions.vtt"_s));
        REQUIRE(vtt.open(QIODevice::ReadOnly));
        const int cues = Core::MediaImporter::countVttCues(vtt.readAll()).value();
        // "%n cue(s)": the plural comes from the catalogue, as elsewhere in the app.
        CHECK(table->item(0, 3)->text() == App::VideoEditor::tr("%n cue(s)", nullptr, cues));
        CHECK(table->item(0, 3)->text().startsWith(QString::number(cues) + u" cue"_s));
        CHECK(table->item(0, 2)->text() == u"captions.vtt"_s);

        QTemporaryDir dir;
        const QString bad = dir.filePath(u"broken-en.vtt"_s);
        QFile badFile(bad);
        REQUIRE(badFile.open(QIODevice::WriteOnly));
        badFile.write("WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n\nnot a timing line\nBroken\n");
        badFile.close();
        REQUIRE(editor.addCaptionTrack(bad));
        REQUIRE(videoOf(*doc).captions.size() == 2);
        CHECK(videoOf(*doc).captions[1].language == u"en"_s); // from the file name
        const QString error = table->item(1, 3)->text();
        CHECK(error.startsWith(u"Line "_s));
        CHECK(status.last().at(0).toString().contains(error));

        table->item(1, 1)->setText(u"English"_s);
        CHECK(videoOf(*doc).captions[1].label == u"English"_s);
        table->setCurrentCell(1, 0);
        child<QPushButton>(captions, u"removeRowButton"_s)->click();
        CHECK(videoOf(*doc).captions.size() == 1);
        CHECK(table->rowCount() == 1);

        CHECK_FALSE(editor.addCaptionTrack(testDataPath(u"media/image.png"_s)));
    }
    screenshot(editor, u"video"_s);
}

TEST_CASE("VideoEditor plays the sample course's video from the template", "[app][editors]")
{
    auto doc = Core::Document::fromTemplate(u"sample"_s);
    REQUIRE(doc);
    const Core::Slide *videoSlide = nullptr;
    for (const Core::Slide *slide : (*doc)->course().allSlides()) {
        if (slide->kind() == Core::SlideKind::Video)
            videoSlide = slide;
    }
    REQUIRE(videoSlide);
    App::VideoEditor editor;
    editor.setDocument(doc->get());
    editor.setSlide(videoSlide->id);
    auto *frames = child<App::VideoFrameView>(&editor, u"videoFrameView"_s);
    CHECK(QTest::qWaitFor([&] { return !frames->currentImage().isNull(); }, 10000));
    CHECK(child<QSpinBox>(&editor, u"requiredPercentSpin"_s)->value() == 80);
    const QTableWidget *captions
        = child<App::ListTableEditor>(&editor, u"captionsTable"_s)->table();
    REQUIRE(captions->rowCount() >= 1);
    CHECK(captions->item(0, 3)->text().contains(u" cue"_s));
    screenshot(editor, u"video-sample"_s);
    editor.setSlide({});
    CHECK(editor.player()->source().isEmpty());
}
