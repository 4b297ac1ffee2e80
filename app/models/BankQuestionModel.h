// SPDX-License-Identifier: MIT
#pragma once

#include "core/Course.h"
#include "core/Ids.h"

#include <QAbstractListModel>
#include <QPointer>

#include <vector>

namespace Core {
class Document;
}

namespace App {

class CourseProblems;

/**
 * The questions of one question bank, in bank order: title, type, difficulty and tags. Follows
 * the bank by id (its index changes as other banks come and go) and maps the document's bank
 * question signals to row insertions, removals and moves; a question moved to or from another
 * bank appears or disappears here. Renames push commands. Questions drag as their ids
 * (mimeType()), to be dropped on another bank. Does not own the document.
 */
class BankQuestionModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SlideIdRole = Qt::UserRole + 1, ///< QString
        QuestionTypeRole,               ///< int(Core::QuestionType)
        DifficultyRole,                 ///< int(Core::Difficulty)
        TagsRole,                       ///< QStringList
        SubtitleRole,                   ///< "Single choice · Easy · tag, tag"
        SearchTextRole,                 ///< title and prompt as plain text, for the filter
        ProblemRole,                    ///< int: 0 none, 1 warning, 2 error
    };

    explicit BankQuestionModel(QObject *parent = nullptr);

    /** The MIME type of dragged bank questions: their ids, one per line. */
    static QString mimeType();
    static std::vector<Core::SlideId> idsFromMimeData(const QMimeData *data);

    void setDocument(Core::Document *document);
    /** Shows the questions of this bank (null: none). */
    void setBank(const Core::BankId &bank);
    const Core::BankId &bank() const { return m_bank; }
    /** Optional: gives rows a ProblemRole and their problems in the tooltip. */
    void setProblems(CourseProblems *problems);

    /** The translated name of a difficulty ("Easy"; "No difficulty" for None). */
    static QString difficultyName(Core::Difficulty difficulty);

    Core::SlideId slideId(const QModelIndex &index) const;
    QModelIndex indexForSlide(const Core::SlideId &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    enum class Pending { None, Insert, Remove, Move, Reset };

    int bankRow() const;
    const Core::QuestionBank *currentBank() const;
    const Core::Slide *slideAt(int row) const;

    QPointer<Core::Document> m_document;
    QPointer<CourseProblems> m_problems;
    Core::BankId m_bank;
    Pending m_pending = Pending::None;
};

} // namespace App
