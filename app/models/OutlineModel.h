// SPDX-License-Identifier: MIT
#pragma once

#include "core/Course.h"
#include "core/Document.h"
#include "core/Translation.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

namespace App {

class CourseProblems;
class EditingLanguage;
class ThumbnailRenderer;

/**
 * The course outline as a tree: sections at the top level, their slides below. Observes a
 * Core::Document and maps its paired signals to row insertions, removals and moves. Renames
 * (setData) and drops never write: they build commands and push them on the document.
 *
 * Slide indexes carry their Section as internal pointer (sections are heap objects that keep
 * their address while in the course, and a removed section takes its slides' rows with it),
 * so slide indexes stay right when sections move. Does not own the document or the renderer.
 */
class OutlineModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        ItemTypeRole = Qt::UserRole + 1, ///< ItemType
        SlideIdRole,                     ///< QString, slides only
        SectionIdRole,                   ///< QString, the section (of the slide)
        SlideKindRole,                   ///< int(Core::SlideKind), slides only
        ThumbnailRole,                   ///< QImage, slides only; may be null while rendering
        SubtitleRole,                    ///< "Question · Single choice", "12 slides"
        ProblemRole,                     ///< int(Problem), slides only
        /// Core::TranslationProgress of a slide in the target language edited; none in the source
        TranslationProgressRole,
    };
    /** What the outline marks on a slide: its worst problem. */
    enum class Problem { None, Warning, Error };
    Q_ENUM(Problem)
    enum class ItemType { Section, Slide };
    Q_ENUM(ItemType)

    explicit OutlineModel(QObject *parent = nullptr);
    ~OutlineModel() override;

    /** Shows a document (null: nothing). The previous one must still be alive or be null. */
    void setDocument(Core::Document *document);
    Core::Document *document() const { return m_document; }
    /** Optional: gives slides a ThumbnailRole. */
    void setThumbnailRenderer(ThumbnailRenderer *renderer);
    /** Optional: gives slides a ProblemRole and their problems in the tooltip. */
    void setProblems(CourseProblems *problems);
    /** Optional: in a target language, slides get a TranslationProgressRole. */
    void setEditingLanguage(EditingLanguage *editing);

    /** The MIME type of dragged slides: their ids, one per line. */
    static QString slideListMimeType();

    bool isSection(const QModelIndex &index) const;
    bool isSlide(const QModelIndex &index) const;
    Core::SlideId slideId(const QModelIndex &index) const;
    /** The section of a section index, or of a slide index. */
    Core::SectionId sectionId(const QModelIndex &index) const;
    QModelIndex indexForSlide(const Core::SlideId &id) const;
    QModelIndex indexForSection(int section) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data,
                         Qt::DropAction action,
                         int row,
                         int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data,
                      Qt::DropAction action,
                      int row,
                      int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    /** The local media files of a drop from a file manager (none for a slide drag). */
    static QStringList droppedFiles(const QMimeData *data);

signals:
    /** Files dropped on a slide could not be imported; each message names its file. */
    void mediaImportFailed(const QStringList &messages);

private:
    void connectDocument();
    const Core::Course &course() const;
    int sectionRow(const Core::Section *section) const;
    const Core::Section *sectionOf(const QModelIndex &slideIndex) const;
    const Core::Slide *slideAt(const QModelIndex &index) const;
    void slideChanged(const Core::SlideId &id);
    void invalidateProgress();
    const Core::TranslationProgress *progressOf(const Core::SlideId &id) const;

    QPointer<Core::Document> m_document;
    QPointer<ThumbnailRenderer> m_renderer;
    QPointer<CourseProblems> m_problems;
    QPointer<EditingLanguage> m_editing;
    /** Per-slide translation progress, computed on demand, dropped on any change. */
    mutable QHash<QString, Core::TranslationProgress> m_progress;
    mutable bool m_progressValid = false;
};

} // namespace App

Q_DECLARE_METATYPE(Core::TranslationProgress)
