// SPDX-License-Identifier: MIT
#include "BankQuestionModel.h"

#include "CourseProblems.h"
#include "SlideOperations.h"
#include "core/Document.h"
#include "core/HtmlSanitizer.h"
#include "core/commands/SetSlideTitle.h"

#include <QMimeData>

using namespace Qt::StringLiterals;

namespace App {

BankQuestionModel::BankQuestionModel(QObject *parent)
    : QAbstractListModel(parent)
{}

QString BankQuestionModel::mimeType()
{
    return u"application/x-capsule-bank-question-ids"_s;
}

std::vector<Core::SlideId> BankQuestionModel::idsFromMimeData(const QMimeData *data)
{
    std::vector<Core::SlideId> ids;
    if (!data)
        return ids;
    const QString text = QString::fromUtf8(data->data(mimeType()));
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
        ids.emplace_back(line.trimmed());
    return ids;
}

QString BankQuestionModel::difficultyName(Core::Difficulty difficulty)
{
    switch (difficulty) {
    case Core::Difficulty::None:
        return tr("No difficulty");
    case Core::Difficulty::Easy:
        return tr("Easy");
    case Core::Difficulty::Medium:
        return tr("Medium");
    case Core::Difficulty::Hard:
        return tr("Hard");
    }
    return {};
}

void BankQuestionModel::setDocument(Core::Document *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_bank = {};
    m_pending = Pending::None;
    if (Core::Document *doc = m_document) {
        connect(doc,
                &Core::Document::bankQuestionAboutToBeInserted,
                this,
                [this](Core::BankPosition pos) {
                    if (pos.bank != bankRow())
                        return;
                    m_pending = Pending::Insert;
                    beginInsertRows({}, pos.question, pos.question);
                });
        connect(doc,
                &Core::Document::bankQuestionAboutToBeRemoved,
                this,
                [this](Core::BankPosition pos) {
                    if (pos.bank != bankRow())
                        return;
                    m_pending = Pending::Remove;
                    beginRemoveRows({}, pos.question, pos.question);
                });
        connect(doc,
                &Core::Document::bankQuestionAboutToBeMoved,
                this,
                [this](Core::BankPosition from, Core::BankPosition to) {
                    const int mine = bankRow();
                    if (from.bank == mine && to.bank == mine) {
                        if (from.question == to.question)
                            return;
                        m_pending = Pending::Move;
                        beginMoveRows({},
                                      from.question,
                                      from.question,
                                      {},
                                      to.question > from.question ? to.question + 1 : to.question);
                    } else if (from.bank == mine) {
                        m_pending = Pending::Remove;
                        beginRemoveRows({}, from.question, from.question);
                    } else if (to.bank == mine) {
                        m_pending = Pending::Insert;
                        beginInsertRows({}, to.question, to.question);
                    }
                });
        auto finish = [this] {
            const Pending pending = std::exchange(m_pending, Pending::None);
            switch (pending) {
            case Pending::Insert:
                endInsertRows();
                break;
            case Pending::Remove:
                endRemoveRows();
                break;
            case Pending::Move:
                endMoveRows();
                break;
            case Pending::Reset:
                endResetModel();
                break;
            case Pending::None:
                break;
            }
        };
        connect(doc, &Core::Document::bankQuestionInserted, this, finish);
        connect(doc, &Core::Document::bankQuestionRemoved, this, finish);
        connect(doc, &Core::Document::bankQuestionMoved, this, finish);
        // The shown bank goes away (deleted, or its insertion undone): nothing to show.
        connect(doc, &Core::Document::bankAboutToBeRemoved, this, [this](int index) {
            if (index != bankRow())
                return;
            m_pending = Pending::Reset;
            beginResetModel();
        });
        connect(doc, &Core::Document::bankRemoved, this, [this, finish] {
            if (m_pending == Pending::Reset) {
                m_bank = {};
                finish();
            }
        });
        connect(doc, &Core::Document::slideChanged, this, [this](const Core::SlideId &id) {
            const QModelIndex index = indexForSlide(id);
            if (index.isValid())
                emit dataChanged(index, index);
        });
    }
    endResetModel();
}

void BankQuestionModel::setBank(const Core::BankId &bank)
{
    if (bank == m_bank)
        return;
    beginResetModel();
    m_bank = bank;
    endResetModel();
}

void BankQuestionModel::setProblems(CourseProblems *problems)
{
    if (m_problems)
        disconnect(m_problems, nullptr, this, nullptr);
    m_problems = problems;
    if (!m_problems)
        return;
    connect(m_problems, &CourseProblems::changed, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0), index(rowCount() - 1), {ProblemRole, Qt::ToolTipRole});
    });
}

int BankQuestionModel::bankRow() const
{
    return m_document && !m_bank.isNull() ? m_document->course().bankIndex(m_bank) : -1;
}

const Core::QuestionBank *BankQuestionModel::currentBank() const
{
    return m_document && !m_bank.isNull() ? m_document->course().bank(m_bank) : nullptr;
}

const Core::Slide *BankQuestionModel::slideAt(int row) const
{
    const Core::QuestionBank *bank = currentBank();
    if (!bank || row < 0 || row >= int(bank->questions.size()))
        return nullptr;
    return bank->questions[size_t(row)].get();
}

Core::SlideId BankQuestionModel::slideId(const QModelIndex &index) const
{
    const Core::Slide *slide
        = index.isValid() && index.model() == this ? slideAt(index.row()) : nullptr;
    return slide ? slide->id : Core::SlideId();
}

QModelIndex BankQuestionModel::indexForSlide(const Core::SlideId &id) const
{
    if (!m_document || id.isNull())
        return {};
    const Core::BankPosition pos = m_document->course().bankQuestionPosition(id);
    if (!pos.isValid() || pos.bank != bankRow())
        return {};
    return index(pos.question);
}

int BankQuestionModel::rowCount(const QModelIndex &parent) const
{
    const Core::QuestionBank *bank = currentBank();
    // While a removal of the bank is under way the course still has it; report it until then.
    return parent.isValid() || !bank ? 0 : int(bank->questions.size());
}

QVariant BankQuestionModel::data(const QModelIndex &index, int role) const
{
    const Core::Slide *slide = index.isValid() ? slideAt(index.row()) : nullptr;
    const auto *body = slide ? std::get_if<Core::QuestionBody>(&slide->body) : nullptr;
    if (!body)
        return {};
    const Core::Question &q = body->question;
    switch (role) {
    case Qt::DisplayRole:
        return slide->title.isEmpty() ? tr("(untitled)") : slide->title;
    case Qt::EditRole:
        return slide->title;
    case SlideIdRole:
        return slide->id.toString();
    case QuestionTypeRole:
        return int(q.type);
    case DifficultyRole:
        return int(body->difficulty);
    case TagsRole:
        return body->tags;
    case SubtitleRole: {
        QStringList parts{SlideOperations::questionTypeName(q.type)};
        if (body->difficulty != Core::Difficulty::None)
            parts.append(difficultyName(body->difficulty));
        if (!body->tags.isEmpty())
            parts.append(body->tags.join(u", "_s));
        return parts.join(u" · "_s);
    }
    case SearchTextRole:
        return slide->title + u'\n' + Core::HtmlSanitizer::toPlainText(q.prompt);
    case ProblemRole:
        if (!m_problems || !m_problems->hasIssues(slide->id))
            return 0;
        return m_problems->hasErrors(slide->id) ? 2 : 1;
    case Qt::ToolTipRole: {
        QString tip = slide->title;
        const QString prompt = Core::HtmlSanitizer::toPlainText(q.prompt).trimmed();
        if (!prompt.isEmpty())
            tip += u'\n' + (prompt.size() > 200 ? prompt.left(200) + u'…' : prompt);
        if (m_problems) {
            for (const auto &issue : m_problems->issuesOf(slide->id)) {
                const bool error = issue.severity == Core::Validator::Severity::Error;
                tip += u'\n' + (error ? tr("✖ Error: %1") : tr("⚠ Warning: %1")).arg(issue.message);
            }
        }
        return tip;
    }
    default:
        return {};
    }
}

bool BankQuestionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Core::Slide *slide = index.isValid() ? slideAt(index.row()) : nullptr;
    if (role != Qt::EditRole || !slide)
        return false;
    const QString title = value.toString().trimmed();
    if (title == slide->title)
        return false;
    m_document->push(std::make_unique<Core::SetSlideTitle>(m_document, slide->id, title));
    return true;
}

Qt::ItemFlags BankQuestionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled
           | Qt::ItemNeverHasChildren;
}

QStringList BankQuestionModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *BankQuestionModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList lines;
    for (const QModelIndex &index : indexes) {
        const Core::SlideId id = slideId(index);
        if (!id.isNull() && !lines.contains(id.toString()))
            lines.append(id.toString());
    }
    if (lines.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), lines.join(u'\n').toUtf8());
    return mime;
}

Qt::DropActions BankQuestionModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace App
