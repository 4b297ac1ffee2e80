// SPDX-License-Identifier: MIT
#pragma once

#include "core/Translation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

class QTimer;

namespace Core {
class Document;
}

namespace App {

class EditingLanguage;

/**
 * Every text of the course (Core::textFields(), in reading order) with its translation into
 * the target language edited: Where | Source | Translation | State. The translation column is
 * editable: setData() pushes a Core::SetTranslations, so every edit is one undo step. Follows the
 * document (translation edits update their rows; any other change rebuilds the list) and the
 * EditingLanguage (no rows in the source language). Does not own the document.
 */
class TranslationTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhereColumn, SourceColumn, TargetColumn, StateColumn, ColumnCount };
    enum Role {
        UnitIdRole = Qt::UserRole + 1, ///< QString
        SlideIdRole,                   ///< QString, empty for course and section texts
        StateRole,                     ///< int(Core::TranslationState)
        FormatRole,                    ///< int(Core::TextFormat)
        MultiLineRole,                 ///< bool: the translation may hold several lines
        MaxLengthRole,                 ///< int, 0 without a limit
        SourceTextRole,                ///< QString: the source as stored (HTML for rich text)
    };

    explicit TranslationTableModel(EditingLanguage *editing, QObject *parent = nullptr);

    const QString &language() const;
    const Core::TextField *field(int row) const;
    int rowOf(const QString &unitId) const;
    /** Approves (or not) a row's translation: one undo step. */
    void setApproved(int row, bool approved);
    /** Makes the source text the row's translation (names, brands): one undo step. */
    void copySource(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void setDocument(Core::Document *document);
    void scheduleReset();
    void reset();
    void translationsChanged(const QString &language, const QStringList &unitIds);

    QPointer<EditingLanguage> m_editing;
    QPointer<Core::Document> m_document;
    std::vector<Core::TextField> m_fields;
    QHash<QString, int> m_rows; ///< unitId → row
    QTimer *m_resetTimer;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace App
