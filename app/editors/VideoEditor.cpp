// SPDX-License-Identifier: MIT
#include "VideoEditor.h"

#include "AssetComboBox.h"
#include "CaptionTracksEditor.h"
#include "FocusHelpers.h"
#include "IssueListWidget.h"
#include "ListTableEditor.h"
#include "SlideTitleEdit.h"
#include "VideoFrameView.h"
#include "app/Icons.h"
#include "core/Document.h"
#include "core/MediaImporter.h"
#include "core/ProjectFile.h"
#include "core/commands/AddAsset.h"
#include "core/commands/SetSlideBody.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QBuffer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace App {

namespace {

QString formatTime(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    if (seconds >= 3600)
        return u"%1:%2:%3"_s.arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QLabel *makeHelp(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

VideoEditor::VideoEditor(QWidget *parent)
    : Editor(parent)
    , m_title(new SlideTitleEdit(this))
    , m_video(new AssetComboBox(AssetComboBox::Filter::Videos, this))
    , m_frameView(new VideoFrameView(this))
    , m_playPause(new QToolButton(this))
    , m_position(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_playerMessage(new QLabel(this))
    , m_posterFromFrame(new QPushButton(tr("Use Current Frame as Poster"), this))
    , m_removePoster(new QPushButton(tr("Remove Poster"), this))
    , m_posterPreview(new QLabel(this))
    , m_requiredPercent(new QSpinBox(this))
    , m_requiredSlider(new QSlider(Qt::Horizontal, this))
    , m_captions(new CaptionTracksEditor(this))
    , m_issues(new IssueListWidget(this))
    , m_player(new QMediaPlayer(this))
{
    setObjectName(u"videoEditor"_s);
    m_player->setVideoSink(m_frameView->videoSink());
    // The ffmpeg backend crashes on a file with sound when there is no audio device.
    if (!QMediaDevices::audioOutputs().isEmpty())
        m_player->setAudioOutput(new QAudioOutput(m_player));

    // Video
    m_video->setObjectName(u"videoAssetCombo"_s);
    auto *importVideo = new QPushButton(tr("Import…"), this);
    importVideo->setObjectName(u"importVideoButton"_s);
    importVideo->setToolTip(tr("Add an MP4 or WebM video to the media library and use it here"));
    // A widget, not a layout, so that the form label's mnemonic has a buddy.
    auto *videoField = new QWidget(this);
    videoField->setFocusProxy(m_video);
    auto *videoRow = new QHBoxLayout(videoField);
    videoRow->setContentsMargins(0, 0, 0, 0);
    videoRow->addWidget(m_video, 1);
    videoRow->addWidget(importVideo);

    m_frameView->setPlaceholderText(tr("Choose a video to preview it here."));
    m_playPause->setObjectName(u"playPauseButton"_s);
    m_playPause->setIcon(Icons::icon(u"play"_s));
    m_playPause->setToolTip(tr("Play"));
    m_playPause->setAutoRaise(true);
    m_position->setObjectName(u"positionSlider"_s);
    m_position->setToolTip(tr("Position in the video"));
    m_time->setObjectName(u"timeLabel"_s);
    m_time->setMinimumWidth(QFontMetrics(m_time->font()).horizontalAdvance(u"00:00 / 00:00"_s) + 8);
    m_time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_playPause);
    controls->addWidget(m_position, 1);
    controls->addWidget(m_time);
    m_playerMessage->setObjectName(u"playerMessageLabel"_s);
    m_playerMessage->setWordWrap(true);
    m_playerMessage->setVisible(false);

    m_posterFromFrame->setObjectName(u"posterFromFrameButton"_s);
    m_posterFromFrame->setToolTip(tr("Shown before the video starts playing"));
    m_removePoster->setObjectName(u"removePosterButton"_s);
    m_posterPreview->setObjectName(u"posterPreview"_s);
    m_posterPreview->setMinimumHeight(54);
    auto *posterRow = new QHBoxLayout;
    posterRow->addWidget(m_posterPreview);
    posterRow->addWidget(m_posterFromFrame);
    posterRow->addWidget(m_removePoster);
    posterRow->addStretch();

    auto *videoGroup = new QGroupBox(tr("Video"), this);
    auto *videoForm = new QFormLayout(videoGroup);
    videoForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    videoForm->addRow(tr("&File:"), videoField);
    auto *playerBox = new QVBoxLayout;
    playerBox->setSpacing(4);
    playerBox->addWidget(m_frameView);
    playerBox->addLayout(controls);
    playerBox->addWidget(m_playerMessage);
    videoForm->addRow(QString(), playerBox);
    videoForm->addRow(tr("Poster:"), posterRow);

    // Completion
    m_requiredPercent->setObjectName(u"requiredPercentSpin"_s);
    m_requiredPercent->setRange(0, 100);
    m_requiredPercent->setSuffix(tr(" %"));
    m_requiredSlider->setObjectName(u"requiredPercentSlider"_s);
    m_requiredSlider->setRange(0, 100);
    m_requiredSlider->setPageStep(10);
    auto *requiredField = new QWidget(this);
    requiredField->setFocusProxy(m_requiredPercent);
    auto *requiredRow = new QHBoxLayout(requiredField);
    requiredRow->setContentsMargins(0, 0, 0, 0);
    requiredRow->addWidget(m_requiredSlider, 1);
    requiredRow->addWidget(m_requiredPercent);
    auto *completionGroup = new QGroupBox(tr("Completion"), this);
    auto *completionForm = new QFormLayout(completionGroup);
    completionForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    completionForm->addRow(tr("Learners must &watch:"), requiredField);
    completionForm->addRow(QString(),
                           makeHelp(tr("The share of the video to watch before the "
                                       "slide counts as seen; 0 % means opening the "
                                       "slide is enough."),
                                    completionGroup));

    // Captions
    auto *captionsGroup = new QGroupBox(tr("Captions"), this);
    auto *captionsLayout = new QVBoxLayout(captionsGroup);
    captionsLayout->addWidget(makeHelp(tr("One WebVTT file (.vtt) per language. The language is "
                                          "a code such as “fr” or “en-GB”; the label is what "
                                          "learners see in the captions menu."),
                                       captionsGroup));
    captionsLayout->addWidget(m_captions);

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 6, 0);
    pageLayout->setSpacing(12);
    auto *titleForm = new QFormLayout;
    titleForm->addRow(tr("&Title:"), m_title);
    pageLayout->addLayout(titleForm);
    pageLayout->addWidget(videoGroup);
    pageLayout->addWidget(completionGroup);
    pageLayout->addWidget(captionsGroup);
    pageLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_issues);

    // Player
    connect(m_playPause, &QToolButton::clicked, this, [this] {
        if (m_player->playbackState() == QMediaPlayer::PlayingState)
            m_player->pause();
        else
            m_player->play();
    });
    connect(m_player,
            &QMediaPlayer::playbackStateChanged,
            this,
            [this](QMediaPlayer::PlaybackState state) {
                const bool playing = state == QMediaPlayer::PlayingState;
                m_playPause->setIcon(Icons::icon(playing ? u"pause"_s : u"play"_s));
                m_playPause->setToolTip(playing ? tr("Pause") : tr("Play"));
            });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        m_position->setRange(0, int(qMin<qint64>(duration, INT_MAX)));
        updateTimeLabel();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        if (!m_position->isSliderDown()) {
            const QSignalBlocker blocker(m_position);
            m_position->setValue(int(position));
        }
        updateTimeLabel();
    });
    connect(m_position, &QSlider::valueChanged, this, [this](int value) {
        m_player->setPosition(value);
    });
    connect(m_player,
            &QMediaPlayer::errorOccurred,
            this,
            [this](QMediaPlayer::Error error, const QString &message) {
                if (error == QMediaPlayer::NoError)
                    return;
                m_playerMessage->setText(playbackErrorText(error));
                // The media framework's own words, in English, for a bug report.
                m_playerMessage->setToolTip(tr("Details: %1").arg(message));
                m_playerMessage->setVisible(true);
            });
    connect(m_player,
            &QMediaPlayer::mediaStatusChanged,
            this,
            [this](QMediaPlayer::MediaStatus status) {
                // Show the first frame without playing.
                if (status == QMediaPlayer::LoadedMedia && m_frameView->currentImage().isNull()) {
                    m_player->setPosition(0);
                    m_player->pause();
                }
            });
    connect(m_frameView, &VideoFrameView::frameShown, this, [this] {
        m_posterFromFrame->setEnabled(true);
    });

    // Edits
    connect(m_video, &AssetComboBox::assetChosen, this, [this](const Core::AssetId &id) {
        editBody([id](Core::VideoBody &b) { b.video = id; }, tr("Choose video"));
    });
    connect(importVideo, &QPushButton::clicked, this, &VideoEditor::chooseVideoFile);
    connect(m_posterFromFrame, &QPushButton::clicked, this, &VideoEditor::useCurrentFrameAsPoster);
    connect(m_removePoster, &QPushButton::clicked, this, [this] {
        editBody([](Core::VideoBody &b) { b.poster = {}; }, tr("Remove poster"));
    });
    connect(m_requiredPercent, &QSpinBox::valueChanged, this, [this](int value) {
        editBody([value](Core::VideoBody &b) { b.requiredWatchedPercent = value; },
                 tr("Change required viewing"),
                 u"requiredPercent"_s);
    });
    connect(m_requiredSlider, &QSlider::valueChanged, this, [this](int value) {
        editBody([value](Core::VideoBody &b) { b.requiredWatchedPercent = value; },
                 tr("Change required viewing"),
                 u"requiredPercent"_s);
    });
    connect(m_captions, &CaptionTracksEditor::addRequested, this, &VideoEditor::chooseCaptionFile);
    connect(m_captions,
            &CaptionTracksEditor::tracksEdited,
            this,
            [this](const std::vector<Core::CaptionTrack> &tracks,
                   const QString &text,
                   const QString &mergeKey) {
                editBody([&tracks](Core::VideoBody &b) { b.captions = tracks; }, text, mergeKey);
            });
    updateTimeLabel();
}

VideoEditor::~VideoEditor()
{
    m_player->stop();
}

const Core::VideoBody *VideoEditor::body() const
{
    const Core::Slide *s = slide();
    return s ? std::get_if<Core::VideoBody>(&s->body) : nullptr;
}

void VideoEditor::editBody(const std::function<void(Core::VideoBody &)> &change,
                           const QString &text,
                           const QString &mergeKey)
{
    const Core::VideoBody *current = body();
    if (!current)
        return;
    Core::VideoBody next = *current;
    change(next);
    pushBody(std::move(next), text, mergeKey);
}

void VideoEditor::focusField(Core::Validator::Field field, int index)
{
    using Field = Core::Validator::Field;
    switch (field) {
    case Field::Video:
        FocusHelpers::focusAndReveal(m_video);
        return;
    case Field::Poster:
        FocusHelpers::focusAndReveal(m_posterFromFrame);
        return;
    case Field::RequiredPercent:
        FocusHelpers::focusAndReveal(m_requiredPercent);
        return;
    case Field::Captions:
        FocusHelpers::focusRow(m_captions->table()->table(), index);
        return;
    default:
        FocusHelpers::focusAndReveal(m_title);
        return;
    }
}

void VideoEditor::refresh()
{
    m_title->setDocument(document());
    m_title->setSlide(slideId());
    m_video->setDocument(document());
    const Core::VideoBody *b = body();
    setEnabled(b);
    m_issues->showIssuesOf(document() ? &document()->course() : nullptr, slideId());
    if (!b) {
        loadVideo({});
        return;
    }
    m_video->setCurrentAsset(b->video);
    loadVideo(b->video);
    updatePoster(b->poster);
    m_removePoster->setEnabled(!b->poster.isNull());
    if (m_requiredPercent->value() != b->requiredWatchedPercent) {
        const QSignalBlocker blocker(m_requiredPercent);
        m_requiredPercent->setValue(b->requiredWatchedPercent);
    }
    if (m_requiredSlider->value() != b->requiredWatchedPercent) {
        const QSignalBlocker blocker(m_requiredSlider);
        m_requiredSlider->setValue(b->requiredWatchedPercent);
    }

    m_captions->setDocument(document());
    m_captions->setTracks(b->captions);
}

void VideoEditor::assetsChanged()
{
    // An undo may bring back a file that was missing; cue counts are by content, so they stay.
    m_posterPreview->clear();
    if (m_videoMissing)
        m_loadedVideo = {};
    m_captions->assetsChanged();
}

void VideoEditor::hideEvent(QHideEvent *event)
{
    m_player->pause();
    Editor::hideEvent(event);
}

void VideoEditor::loadVideo(const Core::AssetId &id)
{
    if (id == m_loadedVideo)
        return;
    m_loadedVideo = id;
    m_player->stop();
    m_frameView->clear();
    m_playerMessage->setVisible(false);
    m_posterFromFrame->setEnabled(false);
    const Core::MediaAsset *asset
        = document() && !id.isNull() ? document()->course().asset(id) : nullptr;
    m_videoMissing = !asset;
    if (!asset) {
        m_player->setSource(QUrl());
        m_frameView->setPlaceholderText(id.isNull() ? tr("Choose a video to preview it here.")
                                                    : tr("This video is missing from the media "
                                                         "library."));
        m_playPause->setEnabled(false);
        m_position->setRange(0, 0);
        updateTimeLabel();
        return;
    }
    QString path;
    if (asset->source.kind == Core::AssetSource::Kind::File) {
        path = asset->source.path;
    } else {
        // Inside a .capsule or in memory: play a temporary copy.
        if (!m_tempDir)
            m_tempDir = std::make_unique<QTemporaryDir>();
        path = m_tempDir->filePath(asset->archiveName().section(u'/', -1));
        if (!QFileInfo::exists(path)) {
            Core::Result<QByteArray> bytes = Core::ProjectFile::readAssetBytes(asset->source);
            QFile file(path);
            if (!bytes || !file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size()) {
                m_playerMessage->setText(
                    bytes ? tr("The video cannot be played here: %1").arg(file.errorString())
                          : bytes.error().message);
                m_playerMessage->setVisible(true);
                return;
            }
        }
    }
    m_frameView->setPlaceholderText(tr("Loading…"));
    m_playPause->setEnabled(true);
    m_player->setSource(QUrl::fromLocalFile(path));
    m_position->setRange(0, int(asset->durationMs));
    updateTimeLabel();
}

QString VideoEditor::playbackErrorText(QMediaPlayer::Error error)
{
    switch (error) {
    case QMediaPlayer::NoError:
        return {};
    case QMediaPlayer::FormatError:
    case QMediaPlayer::ResourceError:
        // GStreamer reports a missing demuxer or decoder as either.
        return tr("This video cannot be played in the editor: this computer lacks the codec "
                  "for its format. The published course is not affected (learners' browsers "
                  "play MP4 and WebM). To watch it here, install the GStreamer plug-ins — on "
                  "Debian or Ubuntu: gstreamer1.0-plugins-good, gstreamer1.0-plugins-bad and "
                  "gstreamer1.0-libav — then reopen the project.");
    case QMediaPlayer::AccessDeniedError:
        return tr("This video cannot be played in the editor: its file cannot be read "
                  "(permission denied).");
    case QMediaPlayer::NetworkError:
        return tr("This video cannot be played in the editor: its file could not be reached.");
    }
    return tr("This video cannot be played in the editor.");
}

void VideoEditor::updateTimeLabel()
{
    qint64 duration = m_player->duration();
    if (duration <= 0 && document() && !m_loadedVideo.isNull()) {
        if (const Core::MediaAsset *asset = document()->course().asset(m_loadedVideo))
            duration = asset->durationMs;
    }
    m_time->setText(tr("%1 / %2").arg(formatTime(m_player->position()), formatTime(duration)));
}

void VideoEditor::updatePoster(const Core::AssetId &poster)
{
    const bool shown = !m_posterPreview->text().isEmpty() || !m_posterPreview->pixmap().isNull();
    if (poster == m_shownPoster && shown)
        return;
    m_shownPoster = poster;
    const Core::MediaAsset *asset
        = document() && !poster.isNull() ? document()->course().asset(poster) : nullptr;
    const QImage image = asset ? AssetComboBox::thumbnail(*asset, QSize(96, 54)) : QImage();
    if (image.isNull()) {
        m_posterPreview->setPixmap(QPixmap());
        m_posterPreview->setText(poster.isNull() ? tr("No poster") : tr("Missing poster"));
        m_posterPreview->setForegroundRole(QPalette::PlaceholderText);
    } else {
        m_posterPreview->setText(QString());
        m_posterPreview->setPixmap(QPixmap::fromImage(image));
    }
}

bool VideoEditor::importVideo(const QString &filePath)
{
    if (!body())
        return false;
    Core::Result<Core::MediaAsset> imported = Core::MediaImporter::import(filePath);
    if (!imported) {
        emit statusMessageRequested(imported.error().message);
        return false;
    }
    if (!imported->isVideo()) {
        emit statusMessageRequested(tr("“%1” is not a video.").arg(imported->fileName));
        return false;
    }
    Core::VideoBody next = *body();
    next.video = imported->id;
    Core::Document *doc = document();
    doc->undoStack()->beginMacro(tr("Import video %1").arg(imported->fileName));
    doc->push(std::make_unique<Core::AddAsset>(doc, imported.value()));
    pushBody(std::move(next), tr("Choose video"));
    doc->undoStack()->endMacro();
    emit statusMessageRequested(tr("Imported %1.").arg(imported->fileName));
    return true;
}

bool VideoEditor::addCaptionTrack(const QString &filePath,
                                  const QString &language,
                                  const QString &label)
{
    if (!body())
        return false;
    auto imported = CaptionTracksEditor::importTrack(
        filePath, language, label, document()->course().metadata().language);
    if (!imported) {
        emit statusMessageRequested(imported.error().message);
        return false;
    }
    const auto &[asset, track] = imported.value();
    Core::VideoBody next = *body();
    next.captions.push_back(track);

    Core::Document *doc = document();
    doc->undoStack()->beginMacro(tr("Add captions %1").arg(asset.fileName));
    doc->push(std::make_unique<Core::AddAsset>(doc, asset));
    pushBody(std::move(next), tr("Add captions"));
    doc->undoStack()->endMacro();
    const QString summary = cueSummary(track.vtt);
    emit statusMessageRequested(
        m_captions->hasCueError(track.vtt)
            ? tr("Added %1, but it is not valid WebVTT: %2").arg(asset.fileName, summary)
            : tr("Added %1 (%2).").arg(asset.fileName, summary));
    return true;
}

QString VideoEditor::cueSummary(const Core::AssetId &vtt)
{
    return m_captions->cueSummary(vtt);
}

bool VideoEditor::useCurrentFrameAsPoster()
{
    const QImage image = m_frameView->currentImage();
    if (!body() || image.isNull()) {
        emit statusMessageRequested(tr("Play or move through the video to show a frame first."));
        return false;
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.convertToFormat(QImage::Format_RGB32).save(&buffer, "PNG"))
        return false;
    QString baseName = u"poster"_s;
    if (const Core::MediaAsset *video = document()->course().asset(body()->video))
        baseName = QFileInfo(video->fileName).completeBaseName() + u"-poster"_s;
    Core::Result<Core::MediaAsset> asset = Core::MediaImporter::fromData(png, baseName + u".png"_s);
    if (!asset) {
        emit statusMessageRequested(asset.error().message);
        return false;
    }
    Core::VideoBody next = *body();
    next.poster = asset->id;
    Core::Document *doc = document();
    doc->undoStack()->beginMacro(tr("Set poster from video frame"));
    doc->push(std::make_unique<Core::AddAsset>(doc, asset.value()));
    pushBody(std::move(next), tr("Set poster"));
    doc->undoStack()->endMacro();
    emit statusMessageRequested(
        tr("The frame at %1 is now the poster.").arg(formatTime(m_player->position())));
    return true;
}

void VideoEditor::chooseVideoFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Video"), QString(), tr("Videos (*.mp4 *.webm)"));
    if (!path.isEmpty())
        importVideo(path);
}

void VideoEditor::chooseCaptionFile()
{
    const QString path = CaptionTracksEditor::chooseFile(this);
    if (!path.isEmpty())
        addCaptionTrack(path);
}

} // namespace App
