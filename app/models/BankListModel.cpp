// SPDX-License-Identifier: MIT
#include "BankListModel.h"

#include "BankOperations.h"
#include "BankQuestionModel.h"
#include "app/Icons.h"
#include "core/Course.h"
#include "core/Document.h"

#include <QMimeData>

using namespace Qt::StringLiterals;

namespace App {

BankListModel::BankListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void BankListModel::setDocument(Core::Document *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (Core::Document *doc = m_document) {
        connect(doc, &Core::Document::bankAboutToBeInserted, this, [this](int index) {
            beginInsertRows({}, index, index);
        });
        connect(doc, &Core::Document::bankInserted, this, [this] { endInsertRows(); });
        connect(doc, &Core::Document::bankAboutToBeRemoved, this, [this](int index) {
            beginRemoveRows({}, index, index);
        });
        connect(doc, &Core::Document::bankRemoved, this, [this] { endRemoveRows(); });
        connect(doc, &Core::Document::bankChanged, this, &BankListModel::bankRowChanged);
        connect(doc, &Core::Document::bankQuestionInserted, this, [this](Core::BankPosition pos) {
            bankRowChanged(pos.bank);
        });
        connect(doc, &Core::Document::bankQuestionRemoved, this, [this](Core::BankPosition pos) {
            bankRowChanged(pos.bank);
        });
        connect(doc,
                &Core::Document::bankQuestionMoved,
                this,
                [this](Core::BankPosition from, Core::BankPosition to) {
                    bankRowChanged(from.bank);
                    if (to.bank != from.bank)
                        bankRowChanged(to.bank);
                });
    }
    endResetModel();
}

void BankListModel::bankRowChanged(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    emit dataChanged(index(row), index(row));
}

Core::BankId BankListModel::bankId(const QModelIndex &index) const
{
    if (!m_document || !index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    return m_document->course().banks()[size_t(index.row())]->id;
}

QModelIndex BankListModel::indexForBank(const Core::BankId &id) const
{
    if (!m_document || id.isNull())
        return {};
    const int row = m_document->course().bankIndex(id);
    return row < 0 ? QModelIndex() : index(row);
}

int BankListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_document)
        return 0;
    return int(m_document->course().banks().size());
}

QVariant BankListModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !index.isValid() || index.row() >= rowCount())
        return {};
    const Core::QuestionBank &bank = *m_document->course().banks()[size_t(index.row())];
    const int count = int(bank.questions.size());
    switch (role) {
    case Qt::DisplayRole:
        return bank.name.isEmpty() ? tr("(unnamed bank)") : bank.name;
    case Qt::EditRole:
        return bank.name;
    case Qt::DecorationRole:
        return Icons::icon(u"question-bank"_s);
    case Qt::ToolTipRole:
        return tr("%1 — %n question(s)", nullptr, count).arg(bank.name);
    case BankIdRole:
        return bank.id.toString();
    case CountRole:
        return count;
    default:
        return {};
    }
}

bool BankListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_document)
        return false;
    const Core::BankId id = bankId(index);
    return !id.isNull() && BankOperations::renameBank(*m_document, id, value.toString());
}

Qt::ItemFlags BankListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDropEnabled
           | Qt::ItemNeverHasChildren;
}

QStringList BankListModel::mimeTypes() const
{
    return {BankQuestionModel::mimeType()};
}

bool BankListModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    return m_document && data && data->hasFormat(BankQuestionModel::mimeType())
           && (action == Qt::MoveAction || action == Qt::CopyAction) && parent.isValid();
}

bool BankListModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const auto ids = BankQuestionModel::idsFromMimeData(data);
    const Core::BankId bank = bankId(parent);
    // A move even for a copy drag: the question list never removes rows itself.
    if (!BankOperations::moveQuestions(*m_document, ids, bank))
        return false;
    emit questionsMoved(bank, ids);
    return true;
}

Qt::DropActions BankListModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

} // namespace App
