// SPDX-License-Identifier: MIT
#include "CaptionTracksEditor.h"

#include "ListTableEditor.h"
#include "core/Course.h"
#include "core/Document.h"
#include "core/MediaImporter.h"
#include "core/ProjectFile.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace App {

namespace {

/** "fr" for "captions-fr.vtt" or "intro.fr.vtt"; empty when the name says nothing. */
QString languageFromFileName(const QString &fileName)
{
    static const QRegularExpression pattern(u"[-_.]([a-z]{2,3}(?:-[A-Za-z]{2,4})?)$"_s);
    const QRegularExpressionMatch match = pattern.match(QFileInfo(fileName).completeBaseName());
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

CaptionTracksEditor::CaptionTracksEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new ListTableEditor({tr("Language"), tr("Label"), tr("File"), tr("Cues")}, this))
{
    m_table->setObjectName(u"captionsTable"_s);
    m_table->setColumnReadOnly(2);
    m_table->setColumnReadOnly(3);
    m_table->setAddButtonText(tr("Add Captions…"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);

    connect(m_table, &ListTableEditor::addRequested, this, &CaptionTracksEditor::addRequested);
    connect(m_table, &ListTableEditor::removeRequested, this, [this](int row) {
        if (row < 0 || row >= int(m_tracks.size()))
            return;
        std::vector<Core::CaptionTrack> tracks = m_tracks;
        tracks.erase(tracks.begin() + row);
        edit(std::move(tracks), tr("Remove captions"));
    });
    connect(m_table, &ListTableEditor::moveRequested, this, [this](int from, int to) {
        if (from < 0 || to < 0 || from >= int(m_tracks.size()) || to >= int(m_tracks.size()))
            return;
        std::vector<Core::CaptionTrack> tracks = m_tracks;
        std::swap(tracks[size_t(from)], tracks[size_t(to)]);
        edit(std::move(tracks), tr("Move captions"));
    });
    connect(m_table,
            &ListTableEditor::textEdited,
            this,
            [this](int row, int column, const QString &text) {
                if (row < 0 || row >= int(m_tracks.size()) || column > 1)
                    return;
                std::vector<Core::CaptionTrack> tracks = m_tracks;
                (column == 0 ? tracks[size_t(row)].language : tracks[size_t(row)].label) = text;
                edit(std::move(tracks),
                     column == 0 ? tr("Change captions language") : tr("Change captions label"),
                     u"captions:%1:%2"_s.arg(row).arg(column));
            });
}

void CaptionTracksEditor::setDocument(Core::Document *document)
{
    if (document == m_document)
        return;
    m_document = document;
    m_cueSummaries.clear();
    m_cueErrors.clear();
}

void CaptionTracksEditor::edit(std::vector<Core::CaptionTrack> tracks,
                               const QString &text,
                               const QString &key)
{
    emit tracksEdited(tracks, text, key);
}

void CaptionTracksEditor::setTracks(const std::vector<Core::CaptionTrack> &tracks)
{
    m_tracks = tracks;
    QList<QStringList> rows;
    for (const Core::CaptionTrack &track : tracks) {
        const Core::MediaAsset *asset
            = m_document ? m_document->course().asset(track.vtt) : nullptr;
        rows.append({track.language,
                     track.label,
                     asset ? asset->fileName : tr("Missing file"),
                     cueSummary(track.vtt)});
    }
    m_table->setRows(rows);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (int row = 0; row < int(tracks.size()); ++row) {
        QTableWidgetItem *item = m_table->table()->item(row, 3);
        if (!item)
            continue;
        item->setForeground(hasCueError(tracks[size_t(row)].vtt)
                                ? QBrush(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28))
                                : palette().brush(QPalette::Text));
        item->setToolTip(item->text());
    }
}

QString CaptionTracksEditor::cueSummary(const Core::AssetId &vtt)
{
    const QString key = vtt.toString();
    if (const auto it = m_cueSummaries.constFind(key); it != m_cueSummaries.constEnd())
        return *it;
    const Core::MediaAsset *asset = m_document ? m_document->course().asset(vtt) : nullptr;
    if (!asset)
        return tr("Missing file");
    Core::Result<QByteArray> bytes = Core::ProjectFile::readAssetBytes(asset->source);
    QString summary;
    bool error = true;
    if (!bytes) {
        summary = bytes.error().message;
    } else {
        const Core::Result<int> cues = Core::MediaImporter::countVttCues(*bytes);
        error = !cues;
        summary = cues ? tr("%n cue(s)", nullptr, *cues) : cues.error().message;
    }
    m_cueSummaries.insert(key, summary);
    m_cueErrors.insert(key, error);
    return summary;
}

bool CaptionTracksEditor::hasCueError(const Core::AssetId &vtt)
{
    cueSummary(vtt);
    return m_cueErrors.value(vtt.toString());
}

void CaptionTracksEditor::assetsChanged()
{
    // Cue counts are by content, so they stay while the file is in the course.
    for (auto it = m_cueSummaries.begin(); it != m_cueSummaries.end();) {
        if (m_document && !m_document->course().asset(Core::AssetId(it.key())))
            it = m_cueSummaries.erase(it);
        else
            ++it;
    }
}

Core::Result<std::pair<Core::MediaAsset, Core::CaptionTrack>>
CaptionTracksEditor::importTrack(const QString &filePath,
                                 const QString &language,
                                 const QString &label,
                                 const QString &fallbackLanguage)
{
    Core::Result<Core::MediaAsset> imported = Core::MediaImporter::import(filePath);
    if (!imported)
        return Core::Error{imported.error().code, imported.error().message};
    if (!imported->isCaptions())
        return Core::Error{
            Core::ErrorCode::InvalidContent,
            tr("“%1” is not a WebVTT captions file (.vtt).").arg(imported->fileName)};
    Core::CaptionTrack track;
    track.vtt = imported->id;
    track.language = language;
    if (track.language.isEmpty())
        track.language = languageFromFileName(imported->fileName);
    if (track.language.isEmpty())
        track.language = fallbackLanguage;
    track.label = label;
    return std::pair<Core::MediaAsset, Core::CaptionTrack>(std::move(imported).value(), track);
}

QString CaptionTracksEditor::chooseFile(QWidget *parent)
{
    return QFileDialog::getOpenFileName(
        parent, tr("Add Captions"), QString(), tr("WebVTT captions (*.vtt)"));
}

} // namespace App
