// SPDX-License-Identifier: MIT
#pragma once

#include "core/Ids.h"

#include <QAbstractListModel>
#include <QPointer>

namespace Core {
class Document;
}

namespace App {

/**
 * The course's question banks as a flat list: name (renamed in place through a command) and
 * question count. Observes a Core::Document and maps its bank signals to row changes. Takes
 * dropped bank questions (BankQuestionModel::mimeType()) on a bank row: they move to the end of
 * that bank, in one undo step. Does not own the document.
 */
class BankListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        BankIdRole = Qt::UserRole + 1, ///< QString
        CountRole,                     ///< int: questions in the bank
    };

    explicit BankListModel(QObject *parent = nullptr);

    void setDocument(Core::Document *document);
    Core::Document *document() const { return m_document; }

    Core::BankId bankId(const QModelIndex &index) const;
    QModelIndex indexForBank(const Core::BankId &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
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

signals:
    /** Questions were dropped on a bank and moved there (the view selects them again). */
    void questionsMoved(const Core::BankId &bank, const std::vector<Core::SlideId> &ids);

private:
    void bankRowChanged(int row);

    QPointer<Core::Document> m_document;
};

} // namespace App
