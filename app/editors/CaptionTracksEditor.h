// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "core/Slide.h"

#include <QHash>
#include <QWidget>

#include <vector>

namespace Core {
class Document;
struct MediaAsset;
} // namespace Core

namespace App {

class ListTableEditor;

/**
 * The caption tracks of a video (a video slide or a video block): one row per WebVTT file with
 * its language, label, file name and cue count (or the file's error). Like ListTableEditor it
 * never changes the tracks itself: each edit is reported as the whole new list, and the owner
 * pushes a command, then calls setTracks(). Adding a file is the owner's too (addRequested(),
 * then importTrack() and one undo macro with the new asset). The document must outlive it.
 */
class CaptionTracksEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit CaptionTracksEditor(QWidget *parent = nullptr);

    void setDocument(Core::Document *document);
    void setTracks(const std::vector<Core::CaptionTrack> &tracks);
    const std::vector<Core::CaptionTrack> &tracks() const { return m_tracks; }
    ListTableEditor *table() const { return m_table; }

    /** "12 cues", or the reason the track's file is not valid WebVTT; cached by content. */
    QString cueSummary(const Core::AssetId &vtt);
    bool hasCueError(const Core::AssetId &vtt);
    /** Forgets the summaries of files no longer in the course (after an undo, say). */
    void assetsChanged();

    /**
     * Reads a WebVTT file for a new track. An empty language is guessed from the file name
     * ("…-fr.vtt", "intro.fr.vtt"), else fallbackLanguage. Errors name the file.
     */
    static Core::Result<std::pair<Core::MediaAsset, Core::CaptionTrack>>
    importTrack(const QString &filePath,
                const QString &language,
                const QString &label,
                const QString &fallbackLanguage);
    /** Asks for a .vtt file; empty when cancelled. */
    static QString chooseFile(QWidget *parent);

signals:
    void tracksEdited(const std::vector<Core::CaptionTrack> &tracks,
                      const QString &undoText,
                      const QString &mergeKey);
    void addRequested();

private:
    void edit(std::vector<Core::CaptionTrack> tracks, const QString &text, const QString &key = {});

    Core::Document *m_document = nullptr;
    ListTableEditor *m_table;
    std::vector<Core::CaptionTrack> m_tracks;
    QHash<QString, QString> m_cueSummaries; ///< by asset id
    QHash<QString, bool> m_cueErrors;       ///< by asset id
};

} // namespace App
