// SPDX-License-Identifier: MIT
#include "OutlineModel.h"

#include "CourseProblems.h"
#include "MediaOperations.h"
#include "SlideKindIcons.h"
#include "SlideOperations.h"
#include "ThumbnailRenderer.h"
#include "app/translation/EditingLanguage.h"
#include "app/translation/TranslationOperations.h"
#include "core/Document.h"
#include "core/commands/RenameSection.h"
#include "core/commands/SetSlideTitle.h"

#include <QFont>
#include <QMimeData>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace App {

namespace {

const Core::Course &emptyCourse()
{
    static const Core::Course course;
    return course;
}

} // namespace

OutlineModel::OutlineModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

OutlineModel::~OutlineModel() = default;

QString OutlineModel::slideListMimeType()
{
    return u"application/x-capsule-slide-ids"_s;
}

const Core::Course &OutlineModel::course() const
{
    return m_document ? m_document->course() : emptyCourse();
}

void OutlineModel::setDocument(Core::Document *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connectDocument();
    endResetModel();
}

void OutlineModel::setProblems(CourseProblems *problems)
{
    if (m_problems)
        disconnect(m_problems, nullptr, this, nullptr);
    m_problems = problems;
    if (!m_problems)
        return;
    connect(m_problems, &CourseProblems::changed, this, [this] {
        for (int s = 0; s < rowCount(); ++s) {
            const QModelIndex section = index(s, 0);
            const int slides = rowCount(section);
            if (slides > 0)
                emit dataChanged(index(0, 0, section),
                                 index(slides - 1, 0, section),
                                 {ProblemRole, Qt::ToolTipRole});
        }
    });
}

void OutlineModel::setEditingLanguage(EditingLanguage *editing)
{
    if (m_editing)
        disconnect(m_editing, nullptr, this, nullptr);
    m_editing = editing;
    if (m_editing)
        connect(
            m_editing, &EditingLanguage::languageChanged, this, &OutlineModel::invalidateProgress);
    invalidateProgress();
}

void OutlineModel::invalidateProgress()
{
    m_progressValid = false;
    m_progress.clear();
    for (int s = 0; s < rowCount(); ++s) {
        const QModelIndex section = index(s, 0);
        const int slides = rowCount(section);
        if (slides > 0)
            emit dataChanged(index(0, 0, section),
                             index(slides - 1, 0, section),
                             {TranslationProgressRole, Qt::ToolTipRole});
    }
}

const Core::TranslationProgress *OutlineModel::progressOf(const Core::SlideId &id) const
{
    if (!m_editing || !m_editing->isTarget() || !m_document)
        return nullptr;
    if (!m_progressValid) {
        // One walk of the course for every slide, not one per slide painted.
        const QString language = m_editing->language();
        m_progress.clear();
        for (const Core::TextField &field : Core::textFields(course())) {
            if (field.slide.isNull())
                continue;
            Core::TranslationProgress &progress = m_progress[field.slide.toString()];
            switch (Core::translationState(course(), language, field)) {
            case Core::TranslationState::Untranslated:
                ++progress.untranslated;
                break;
            case Core::TranslationState::Translated:
                ++progress.translated;
                break;
            case Core::TranslationState::Outdated:
                ++progress.outdated;
                break;
            case Core::TranslationState::Approved:
                ++progress.approved;
                break;
            }
        }
        m_progressValid = true;
    }
    static const Core::TranslationProgress none;
    const auto found = m_progress.constFind(id.toString());
    return found == m_progress.constEnd() ? &none : &*found;
}

void OutlineModel::setThumbnailRenderer(ThumbnailRenderer *renderer)
{
    if (m_renderer)
        disconnect(m_renderer, nullptr, this, nullptr);
    m_renderer = renderer;
    if (!m_renderer)
        return;
    connect(
        m_renderer, &ThumbnailRenderer::slideThumbnailReady, this, [this](const Core::SlideId &id) {
            const QModelIndex index = indexForSlide(id);
            if (index.isValid())
                emit dataChanged(index, index, {ThumbnailRole});
        });
}

void OutlineModel::connectDocument()
{
    Core::Document *doc = m_document;
    connect(doc, &Core::Document::sectionAboutToBeInserted, this, [this](int index) {
        beginInsertRows({}, index, index);
    });
    connect(doc, &Core::Document::sectionInserted, this, [this] { endInsertRows(); });
    connect(doc, &Core::Document::sectionAboutToBeRemoved, this, [this](int index) {
        beginRemoveRows({}, index, index);
    });
    connect(doc, &Core::Document::sectionRemoved, this, [this] { endRemoveRows(); });
    connect(doc, &Core::Document::sectionAboutToBeMoved, this, [this](int from, int to) {
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(doc, &Core::Document::sectionMoved, this, [this] { endMoveRows(); });
    connect(doc, &Core::Document::sectionChanged, this, [this](int section) {
        const QModelIndex index = indexForSection(section);
        emit dataChanged(index, index);
    });

    connect(doc, &Core::Document::slideAboutToBeInserted, this, [this](Core::SlidePosition pos) {
        beginInsertRows(indexForSection(pos.section), pos.slide, pos.slide);
    });
    connect(doc, &Core::Document::slideInserted, this, [this](Core::SlidePosition pos) {
        endInsertRows();
        const QModelIndex section = indexForSection(pos.section);
        emit dataChanged(section, section, {SubtitleRole, Qt::ToolTipRole});
    });
    connect(doc, &Core::Document::slideAboutToBeRemoved, this, [this](Core::SlidePosition pos) {
        beginRemoveRows(indexForSection(pos.section), pos.slide, pos.slide);
    });
    connect(doc, &Core::Document::slideRemoved, this, [this](Core::SlidePosition pos) {
        endRemoveRows();
        const QModelIndex section = indexForSection(pos.section);
        emit dataChanged(section, section, {SubtitleRole, Qt::ToolTipRole});
    });
    connect(doc,
            &Core::Document::slideAboutToBeMoved,
            this,
            [this](Core::SlidePosition from, Core::SlidePosition to) {
                const int destination
                    = from.section == to.section && to.slide > from.slide ? to.slide + 1 : to.slide;
                beginMoveRows(indexForSection(from.section),
                              from.slide,
                              from.slide,
                              indexForSection(to.section),
                              destination);
            });
    connect(doc,
            &Core::Document::slideMoved,
            this,
            [this](Core::SlidePosition from, Core::SlidePosition to) {
                endMoveRows();
                if (from.section != to.section) {
                    for (int s : {from.section, to.section}) {
                        const QModelIndex section = indexForSection(s);
                        emit dataChanged(section, section, {SubtitleRole, Qt::ToolTipRole});
                    }
                }
            });
    connect(doc, &Core::Document::slideChanged, this, [this](Core::SlideId id) {
        m_progressValid = false; // its texts may have changed
        slideChanged(id);
    });
    connect(doc, &Core::Document::translationsChanged, this, [this](const QString &language) {
        if (m_editing && language == m_editing->language())
            invalidateProgress();
    });
    for (auto signal : {&Core::Document::slideInserted, &Core::Document::slideRemoved})
        connect(doc, signal, this, [this] { m_progressValid = false; });
    connect(doc, &Core::Document::settingsChanged, this, [this] {
        // The theme shows in every thumbnail.
        for (int s = 0; s < rowCount(); ++s) {
            const QModelIndex section = index(s, 0);
            const int slides = rowCount(section);
            if (slides > 0)
                emit dataChanged(
                    index(0, 0, section), index(slides - 1, 0, section), {ThumbnailRole});
        }
    });
}

void OutlineModel::slideChanged(const Core::SlideId &id)
{
    const QModelIndex index = indexForSlide(id);
    if (index.isValid())
        emit dataChanged(index, index);
}

int OutlineModel::sectionRow(const Core::Section *section) const
{
    const auto &sections = course().sections();
    for (size_t i = 0; i < sections.size(); ++i) {
        if (sections[i].get() == section)
            return int(i);
    }
    return -1;
}

const Core::Section *OutlineModel::sectionOf(const QModelIndex &slideIndex) const
{
    return static_cast<const Core::Section *>(slideIndex.internalPointer());
}

bool OutlineModel::isSection(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.internalPointer();
}

bool OutlineModel::isSlide(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.internalPointer();
}

const Core::Slide *OutlineModel::slideAt(const QModelIndex &index) const
{
    if (!isSlide(index))
        return nullptr;
    const Core::Section *section = sectionOf(index);
    if (index.row() >= int(section->slides.size()))
        return nullptr;
    return section->slides[size_t(index.row())].get();
}

Core::SlideId OutlineModel::slideId(const QModelIndex &index) const
{
    const Core::Slide *slide = slideAt(index);
    return slide ? slide->id : Core::SlideId();
}

Core::SectionId OutlineModel::sectionId(const QModelIndex &index) const
{
    if (isSlide(index))
        return sectionOf(index)->id;
    if (isSection(index) && index.row() < int(course().sections().size()))
        return course().sections()[size_t(index.row())]->id;
    return {};
}

QModelIndex OutlineModel::indexForSlide(const Core::SlideId &id) const
{
    const Core::SlidePosition pos = course().slidePosition(id);
    if (!pos.isValid())
        return {};
    return createIndex(pos.slide, 0, course().sections()[size_t(pos.section)].get());
}

QModelIndex OutlineModel::indexForSection(int section) const
{
    if (section < 0 || section >= int(course().sections().size()))
        return {};
    return createIndex(section, 0, nullptr);
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(course().sections().size()) ? createIndex(row, 0, nullptr) : QModelIndex();
    if (!isSection(parent) || parent.row() >= int(course().sections().size()))
        return {};
    const Core::Section *section = course().sections()[size_t(parent.row())].get();
    if (row >= int(section->slides.size()))
        return {};
    return createIndex(row, 0, section);
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    if (!isSlide(child))
        return {};
    const int row = sectionRow(sectionOf(child));
    return row < 0 ? QModelIndex() : createIndex(row, 0, nullptr);
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(course().sections().size());
    if (parent.column() != 0 || !isSection(parent)
        || parent.row() >= int(course().sections().size()))
        return 0;
    return int(course().sections()[size_t(parent.row())]->slides.size());
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool OutlineModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (isSection(index)) {
        if (index.row() >= int(course().sections().size()))
            return {};
        const Core::Section &section = *course().sections()[size_t(index.row())];
        const int count = int(section.slides.size());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return section.title;
        case Qt::ToolTipRole:
            return (count == 1 ? tr("%1 — 1 slide").arg(section.title)
                               : tr("%1 — %2 slides").arg(section.title).arg(count));
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case ItemTypeRole:
            return QVariant::fromValue(ItemType::Section);
        case SectionIdRole:
            return section.id.toString();
        case SubtitleRole:
            return QString::number(count);
        default:
            return {};
        }
    }
    const Core::Slide *slide = slideAt(index);
    if (!slide)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return slide->title.isEmpty() ? tr("(untitled)") : slide->title;
    case Qt::EditRole:
        return slide->title;
    case Qt::DecorationRole:
        return SlideKindIcons::icon(slide->kind());
    case Qt::ToolTipRole:
    case SubtitleRole: {
        QString kind = SlideOperations::kindName(slide->kind());
        if (const Core::Question *q = slide->question())
            kind = tr("%1 · %2").arg(kind, SlideOperations::questionTypeName(q->type));
        else if (const auto *draw = std::get_if<Core::DrawBody>(&slide->body))
            //: Outline subtitle of a draw slide: "Random draw · 5 questions"
            kind = draw->total() == 1 ? tr("%1 · 1 question").arg(kind)
                                      : tr("%1 · %2 questions").arg(kind).arg(draw->total());
        if (role == SubtitleRole)
            return kind;
        QString tip = tr("%1\n%2").arg(slide->title, kind);
        if (m_problems) {
            for (const auto &issue : m_problems->issuesOf(slide->id)) {
                const bool error = issue.severity == Core::Validator::Severity::Error;
                //: Outline tooltip line of a problem; %1 is its message
                tip += u'\n' + (error ? tr("✖ Error: %1") : tr("⚠ Warning: %1")).arg(issue.message);
            }
        }
        if (const Core::TranslationProgress *progress = progressOf(slide->id);
            progress && progress->total() > 0) {
            const int done = progress->translated + progress->approved;
            //: Outline tooltip line in a target language: "English: 7 of 9 texts translated"
            tip += u'\n'
                   + tr("%1: %2 of %3 texts translated")
                         .arg(TranslationOperations::languageName(m_editing->language()))
                         .arg(done)
                         .arg(progress->total());
            if (progress->outdated > 0)
                //: Outline tooltip, after the translated count
                tip += tr(", %1 outdated").arg(progress->outdated);
        }
        return tip;
    }
    case TranslationProgressRole:
        if (const Core::TranslationProgress *progress = progressOf(slide->id))
            return QVariant::fromValue(*progress);
        return {};
    case ProblemRole:
        if (!m_problems || !m_problems->hasIssues(slide->id))
            return int(Problem::None);
        return int(m_problems->hasErrors(slide->id) ? Problem::Error : Problem::Warning);
    case ItemTypeRole:
        return QVariant::fromValue(ItemType::Slide);
    case SlideIdRole:
        return slide->id.toString();
    case SectionIdRole:
        return sectionOf(index)->id.toString();
    case SlideKindRole:
        return int(slide->kind());
    case ThumbnailRole:
        return m_renderer ? m_renderer->slideThumbnail(course(), *slide) : QImage();
    default:
        return {};
    }
}

bool OutlineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_document)
        return false;
    const QString title = value.toString().trimmed();
    if (isSection(index)) {
        const Core::SectionId id = sectionId(index);
        if (id.isNull() || title.isEmpty() || title == data(index, Qt::EditRole).toString())
            return false;
        m_document->push(std::make_unique<Core::RenameSection>(m_document, id, title));
        return true;
    }
    if (const Core::Slide *slide = slideAt(index)) {
        if (title == slide->title)
            return false;
        m_document->push(std::make_unique<Core::SetSlideTitle>(m_document, slide->id, title));
        return true;
    }
    return false;
}

Qt::ItemFlags OutlineModel::flags(const QModelIndex &index) const
{
    if (isSection(index))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
               | Qt::ItemIsDropEnabled;
    if (isSlide(index)) {
        // Slides take dropped media files (see canDropMimeData()), never other slides.
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled
               | Qt::ItemIsDropEnabled | Qt::ItemNeverHasChildren;
    }
    return Qt::NoItemFlags;
}

QStringList OutlineModel::mimeTypes() const
{
    return {slideListMimeType(), u"text/uri-list"_s};
}

QMimeData *OutlineModel::mimeData(const QModelIndexList &indexes) const
{
    std::vector<Core::SlideId> ids;
    for (const QModelIndex &index : indexes) {
        const Core::SlideId id = slideId(index);
        if (!id.isNull())
            ids.push_back(id);
    }
    if (!m_document || ids.empty())
        return nullptr;
    QStringList lines;
    for (const Core::SlideId &id : SlideOperations::inReadingOrder(*m_document, ids))
        lines.append(id.toString());
    auto *mime = new QMimeData;
    mime->setData(slideListMimeType(), lines.join(u'\n').toUtf8());
    return mime;
}

bool OutlineModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    if (!m_document || !data || (action != Qt::MoveAction && action != Qt::CopyAction))
        return false;
    if (isSlide(parent)) {
        const Core::Slide *slide = m_document->course().slide(slideId(parent));
        return slide && MediaOperations::acceptsMedia(*slide) && !droppedFiles(data).isEmpty();
    }
    return data->hasFormat(slideListMimeType()) && isSection(parent);
}

QStringList OutlineModel::droppedFiles(const QMimeData *data)
{
    QStringList files;
    if (data->hasFormat(slideListMimeType()))
        return files; // slides being moved, not files
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && MediaOperations::isMediaFileName(url.fileName()))
            files.append(url.toLocalFile());
    }
    return files;
}

bool OutlineModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    if (isSlide(parent)) {
        const auto errors = MediaOperations::attachToSlide(
            *m_document, slideId(parent), MediaOperations::importFiles(droppedFiles(data)));
        if (!errors.empty()) {
            QStringList messages;
            for (const Core::Error &error : errors)
                messages.append(error.message);
            emit mediaImportFailed(messages);
        }
        return true;
    }
    std::vector<Core::SlideId> ids;
    const QString text = QString::fromUtf8(data->data(slideListMimeType()));
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
        ids.emplace_back(line.trimmed());
    // Moves only, even for a copy drag: the view never removes rows itself (no removeRows()).
    return SlideOperations::moveSlides(*m_document, ids, sectionId(parent), row);
}

Qt::DropActions OutlineModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction; // copy: files dropped from a file manager
}

Qt::DropActions OutlineModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace App
