// SPDX-License-Identifier: MIT
#include "Document.h"

#include "ProjectFile.h"
#include "Tr.h"

#include <QUndoCommand>

using namespace Qt::StringLiterals;

namespace Core {

Document::Document(std::unique_ptr<Course> course, QObject *parent)
    : QObject(parent)
    , m_course(std::move(course))
{
    Q_ASSERT(m_course);
    assignBlockIds(*m_course); // a course built in code may lack them; loaded ones have them
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        emit modifiedChanged(!clean);
    });
}

Document::~Document() = default;

Result<std::unique_ptr<Document>> Document::load(const QString &filePath)
{
    auto course = ProjectFile::read(filePath);
    if (!course)
        return course.error();
    auto document = std::make_unique<Document>(std::move(course).value());
    document->m_filePath = filePath;
    return document;
}

Result<std::unique_ptr<Document>> Document::fromTemplate(const QString &templateId)
{
    if (templateId == u"blank") {
        auto course = std::make_unique<Course>();
        course->metadata().title = Tr::tr("Untitled course");
        auto section = std::make_unique<Section>();
        section->id = SectionId::generate();
        section->title = Tr::tr("Introduction");
        section->slides.push_back(
            std::make_unique<Slide>(Slide::create(SlideKind::Content, Tr::tr("Welcome"))));
        course->sections().push_back(std::move(section));
        return std::make_unique<Document>(std::move(course));
    }
    if (templateId == u"sample") {
        auto course = ProjectFile::readFolder(u":/templates/sample"_s);
        if (!course)
            return course.error();
        // A project made from the template is a course of its own for the LMS.
        course.value()->setId(CourseId::generate());
        return std::make_unique<Document>(std::move(course).value());
    }
    return makeError(ErrorCode::InvalidArgument,
                     Tr::tr("Unknown template \"%1\" (available: blank, sample).").arg(templateId));
}

Result<void> Document::save(const QString &filePath)
{
    if (auto written = ProjectFile::write(*m_course, filePath); !written)
        return written;
    // The bytes now live in the saved file: point every asset there, so no memory or
    // temporary file is held and later saves copy entries from it.
    for (auto &[id, asset] : m_course->assets())
        asset.source = AssetSource{AssetSource::Kind::ZipEntry, filePath, asset.archiveName(), {}};
    m_undoStack.setClean();
    if (m_filePath != filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    return {};
}

void Document::push(std::unique_ptr<QUndoCommand> command)
{
    m_undoStack.push(command.release());
}

} // namespace Core
