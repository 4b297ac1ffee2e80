// SPDX-License-Identifier: MIT
#pragma once

#include "Editor.h"

#include <QHash>
#include <QMediaPlayer>
#include <QTemporaryDir>

#include <memory>

class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QToolButton;

namespace App {

class AssetComboBox;
class IssueListWidget;
class CaptionTracksEditor;
class SlideTitleEdit;
class VideoFrameView;

/**
 * Edits a video slide: the video (from the library or imported), played in place with Qt
 * Multimedia into a painted VideoFrameView; a poster taken from the current frame; the share
 * of the video learners must watch; and the caption tracks (WebVTT file, language, label, with
 * the cue count or the file's error). Audio output is only created when the machine has an
 * audio device (the ffmpeg backend crashes otherwise). The player and its temporary copies of
 * archived videos are owned by the editor.
 */
class VideoEditor final : public Editor
{
    Q_OBJECT
public:
    explicit VideoEditor(QWidget *parent = nullptr);
    ~VideoEditor() override;

    /** Imports a video file and uses it, as one undo step; false (and a message) on failure. */
    bool importVideo(const QString &filePath);
    /**
     * Imports a WebVTT file and adds it as a caption track, as one undo step. An empty language
     * is guessed from the file name ("…-fr.vtt") or taken from the course. A file that is not
     * valid WebVTT is added all the same and its row shows the error.
     */
    bool addCaptionTrack(const QString &filePath,
                         const QString &language = {},
                         const QString &label = {});
    /** Makes the frame shown the poster image, as one undo step. */
    bool useCurrentFrameAsPoster();

    QMediaPlayer *player() const { return m_player; }
    void focusField(Core::Validator::Field field, int index) override;
    /** "12 cues", or the reason the track's file is not valid WebVTT. */
    QString cueSummary(const Core::AssetId &vtt);
    /**
     * What a playback error means for the author and what to do, in the UI language (the
     * media framework's own message is English and technical, e.g. "Internal data stream
     * error" when GStreamer lacks a demuxer or decoder).
     */
    static QString playbackErrorText(QMediaPlayer::Error error);

protected:
    void refresh() override;
    void assetsChanged() override;
    void hideEvent(QHideEvent *event) override;

private:
    const Core::VideoBody *body() const;
    void editBody(const std::function<void(Core::VideoBody &)> &change,
                  const QString &text,
                  const QString &mergeKey = {});
    void loadVideo(const Core::AssetId &id);
    void updateTimeLabel();
    void updatePoster(const Core::AssetId &poster);
    void chooseVideoFile();
    void chooseCaptionFile();

    SlideTitleEdit *m_title;
    AssetComboBox *m_video;
    VideoFrameView *m_frameView;
    QToolButton *m_playPause;
    QSlider *m_position;
    QLabel *m_time;
    QLabel *m_playerMessage;
    QPushButton *m_posterFromFrame;
    QPushButton *m_removePoster;
    QLabel *m_posterPreview;
    QSpinBox *m_requiredPercent;
    QSlider *m_requiredSlider;
    CaptionTracksEditor *m_captions;
    IssueListWidget *m_issues;
    QMediaPlayer *m_player;

    Core::AssetId m_loadedVideo;
    bool m_videoMissing = false;
    Core::AssetId m_shownPoster;
    std::unique_ptr<QTemporaryDir> m_tempDir; ///< copies of videos that are not plain files
};

} // namespace App
