// SPDX-License-Identifier: MIT
#include "TranslationTableModel.h"

#include "EditingLanguage.h"
#include "TranslationOperations.h"
#include "core/Document.h"

#include <QTextDocumentFragment>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace App {

namespace {

QString shown(const Core::TextField &field, const QString &text)
{
    return field.format == Core::TextFormat::Html
               ? QTextDocumentFragment::fromHtml(text).toPlainText()
               : text;
}

} // namespace

TranslationTableModel::TranslationTableModel(EditingLanguage *editing, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editing(editing)
    , m_resetTimer(new QTimer(this))
{
    m_resetTimer->setSingleShot(true);
    m_resetTimer->setInterval(0);
    connect(m_resetTimer, &QTimer::timeout, this, &TranslationTableModel::reset);
    connect(
        m_editing, &EditingLanguage::documentChanged, this, &TranslationTableModel::setDocument);
    connect(m_editing, &EditingLanguage::languageChanged, this, &TranslationTableModel::reset);
    setDocument(m_editing->document());
}

const QString &TranslationTableModel::language() const
{
    return m_editing->language();
}

void TranslationTableModel::setDocument(Core::Document *document)
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    if (m_document) {
        Core::Document *doc = m_document;
        m_connections << connect(doc,
                                 &Core::Document::translationsChanged,
                                 this,
                                 &TranslationTableModel::translationsChanged);
        // Anything else may add, remove, move or change texts: list them again, once.
        auto later = [this] { scheduleReset(); };
        m_connections << connect(doc, &Core::Document::metadataChanged, this, later);
        m_connections << connect(doc, &Core::Document::slideChanged, this, later);
        m_connections << connect(doc, &Core::Document::slideInserted, this, later);
        m_connections << connect(doc, &Core::Document::slideRemoved, this, later);
        m_connections << connect(doc, &Core::Document::slideMoved, this, later);
        m_connections << connect(doc, &Core::Document::sectionChanged, this, later);
        m_connections << connect(doc, &Core::Document::sectionInserted, this, later);
        m_connections << connect(doc, &Core::Document::sectionRemoved, this, later);
        m_connections << connect(doc, &Core::Document::sectionMoved, this, later);
        m_connections << connect(doc, &Core::Document::bankInserted, this, later);
        m_connections << connect(doc, &Core::Document::bankRemoved, this, later);
        m_connections << connect(doc, &Core::Document::bankQuestionInserted, this, later);
        m_connections << connect(doc, &Core::Document::bankQuestionRemoved, this, later);
        m_connections << connect(doc, &Core::Document::bankQuestionMoved, this, later);
    }
    reset();
}

void TranslationTableModel::scheduleReset()
{
    m_resetTimer->start();
}

void TranslationTableModel::reset()
{
    m_resetTimer->stop();
    beginResetModel();
    m_fields.clear();
    m_rows.clear();
    if (m_document && m_editing->isTarget())
        m_fields = Core::textFields(m_document->course());
    for (int i = 0; i < int(m_fields.size()); ++i)
        m_rows.insert(m_fields[size_t(i)].unitId, i);
    endResetModel();
}

void TranslationTableModel::translationsChanged(const QString &language, const QStringList &unitIds)
{
    if (language != m_editing->language())
        return;
    if (unitIds.isEmpty()) {
        if (!m_fields.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    for (const QString &unitId : unitIds) {
        const int row = m_rows.value(unitId, -1);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

const Core::TextField *TranslationTableModel::field(int row) const
{
    return row >= 0 && row < int(m_fields.size()) ? &m_fields[size_t(row)] : nullptr;
}

int TranslationTableModel::rowOf(const QString &unitId) const
{
    return m_rows.value(unitId, -1);
}

void TranslationTableModel::setApproved(int row, bool approved)
{
    if (const Core::TextField *f = field(row); f && m_document)
        TranslationOperations::setApproved(*m_document, language(), *f, approved);
}

void TranslationTableModel::copySource(int row)
{
    if (const Core::TextField *f = field(row); f && m_document)
        TranslationOperations::setText(*m_document, language(), *f, f->source);
}

int TranslationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int TranslationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TranslationTableModel::data(const QModelIndex &index, int role) const
{
    const Core::TextField *f = field(index.row());
    if (!f || !m_document)
        return {};
    const Core::Course &course = m_document->course();
    const Core::Translation *translation
        = TranslationOperations::translation(course, language(), f->unitId);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhereColumn:
            return TranslationOperations::describe(course, *f, false);
        case SourceColumn:
            return shown(*f, f->source);
        case TargetColumn:
            return translation ? shown(*f, translation->text) : QString();
        case StateColumn:
            return TranslationOperations::stateName(Core::translationState(course, language(), *f));
        }
        return {};
    case Qt::EditRole:
        if (index.column() == TargetColumn)
            return translation ? translation->text : QString();
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WhereColumn:
            //: Translation table tooltip: the field's role, then where it is
            return tr("%1\n%2").arg(TranslationOperations::roleName(f->role), f->context);
        case SourceColumn:
            return shown(*f, f->source);
        case TargetColumn:
            return f->maxLength > 0 ? tr("At most %1 characters.").arg(f->maxLength) : QVariant();
        case StateColumn:
            return TranslationOperations::stateDescription(
                Core::translationState(course, language(), *f));
        }
        return {};
    case UnitIdRole:
        return f->unitId;
    case SlideIdRole:
        return f->slide.toString();
    case StateRole:
        return int(Core::translationState(course, language(), *f));
    case FormatRole:
        return int(f->format);
    case MultiLineRole:
        return TranslationOperations::isMultiLine(*f);
    case MaxLengthRole:
        return f->maxLength;
    case SourceTextRole:
        return f->source;
    default:
        return {};
    }
}

bool TranslationTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Core::TextField *f = field(index.row());
    if (!f || !m_document || role != Qt::EditRole || index.column() != TargetColumn)
        return false;
    QString text = value.toString();
    if (f->format == Core::TextFormat::Plain && text.trimmed().isEmpty())
        text.clear(); // blanks only: no translation
    TranslationOperations::setText(*m_document, language(), *f, text);
    return true;
}

Qt::ItemFlags TranslationTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == TargetColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant TranslationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhereColumn:
        return tr("Where");
    case SourceColumn:
        return m_document
                   ? TranslationOperations::languageName(m_document->course().metadata().language)
                   : tr("Source");
    case TargetColumn:
        return m_editing->isTarget() ? TranslationOperations::languageName(language())
                                     : tr("Translation");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace App
