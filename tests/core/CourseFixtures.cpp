// SPDX-License-Identifier: MIT
#include "CourseFixtures.h"

#include "TestSupport.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

std::unique_ptr<Core::Course> makeCourse(const QStringList &sections)
{
    auto course = std::make_unique<Core::Course>();
    course->metadata().title = u"Test course"_s;
    for (const QString &spec : sections) {
        const QString title = spec.section(u':', 0, 0);
        const QStringList slides = spec.section(u':', 1).split(u',', Qt::SkipEmptyParts);
        auto section = std::make_unique<Core::Section>();
        section->id = Core::SectionId(u"sec-"_s + title);
        section->title = title;
        for (const QString &slideTitle : slides) {
            auto slide = std::make_unique<Core::Slide>(
                Core::Slide::create(Core::SlideKind::Content, slideTitle));
            slide->id = Core::SlideId(u"slide-"_s + slideTitle);
            section->slides.push_back(std::move(slide));
        }
        course->sections().push_back(std::move(section));
    }
    return course;
}

QStringList slideTitles(const Core::Document &document)
{
    QStringList titles;
    for (const Core::Slide *slide : document.course().allSlides())
        titles << slide->title;
    return titles;
}

QStringList sectionTitles(const Core::Document &document)
{
    QStringList titles;
    for (const auto &section : document.course().sections())
        titles << section->title;
    return titles;
}

Core::MediaAsset makeAsset(const QByteArray &bytes, const QString &fileName, const QString &mime)
{
    Core::MediaAsset asset;
    asset.id = Core::AssetId(
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    asset.fileName = fileName;
    asset.mimeType = mime;
    asset.byteSize = bytes.size();
    asset.source = {Core::AssetSource::Kind::Memory, {}, {}, bytes};
    return asset;
}

void checkRedoUndoRoundTrip(Core::Document &document, std::unique_ptr<QUndoCommand> command)
{
    const auto before = document.course().clone();
    const int count = document.undoStack()->count();
    document.push(std::move(command));
    REQUIRE(document.undoStack()->count() == count + 1);
    REQUIRE(document.isModified());
    const auto after = document.course().clone();
    CHECK_FALSE(*after == *before);

    document.undoStack()->undo();
    CHECK(document.course() == *before);
    document.undoStack()->redo();
    CHECK(document.course() == *after);
}
