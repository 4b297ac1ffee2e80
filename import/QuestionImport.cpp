// SPDX-License-Identifier: MIT
#include "QuestionImport.h"

#include "Tr.h"
#include "core/Course.h"
#include "core/Document.h"
#include "core/commands/InsertSection.h"
#include "core/commands/InsertSlide.h"

#include <QUndoCommand>

using namespace Qt::StringLiterals;

namespace Import {

std::unique_ptr<QUndoCommand> QuestionImport::makeCommand(Core::Document *document,
                                                          const std::vector<ImportedItem> &items,
                                                          const QString &section,
                                                          const QString &defaultSection)
{
    std::vector<const ImportedItem *> importable;
    for (const ImportedItem &item : items)
        if (item.isImportable())
            importable.push_back(&item);
    if (importable.empty())
        return nullptr;

    auto command = std::make_unique<QUndoCommand>(
        Tr::tr("Import %n question(s)", nullptr, int(importable.size())));
    const Core::Course &course = document->course();
    int sectionIndex = int(course.sections().size());

    if (!section.isEmpty()) {
        for (const auto &existing : course.sections()) {
            if (existing->title != section)
                continue;
            int index = int(existing->slides.size());
            for (const ImportedItem *item : importable)
                new Core::InsertSlide(document,
                                      existing->id,
                                      index++,
                                      std::make_unique<Core::Slide>(item->toSlide()),
                                      command.get());
            return command;
        }
    }

    // New sections, in order of first appearance of their category.
    std::vector<std::unique_ptr<Core::Section>> sections;
    for (const ImportedItem *item : importable) {
        const QString title = !section.isEmpty()         ? section
                              : item->category.isEmpty() ? defaultSection
                                                         : item->category;
        auto it = std::find_if(
            sections.begin(), sections.end(), [&](const auto &s) { return s->title == title; });
        if (it == sections.end()) {
            auto created = std::make_unique<Core::Section>();
            created->id = Core::SectionId::generate();
            created->title = title;
            sections.push_back(std::move(created));
            it = sections.end() - 1;
        }
        (*it)->slides.push_back(std::make_unique<Core::Slide>(item->toSlide()));
    }
    for (auto &created : sections)
        new Core::InsertSection(document, sectionIndex++, std::move(created), command.get());
    return command;
}

std::vector<ImportedItem> QuestionImport::itemsFromCourse(const Core::Course &course,
                                                          const QString &section,
                                                          QStringList *skipped)
{
    std::vector<ImportedItem> items;
    for (const auto &s : course.sections()) {
        if (!section.isEmpty() && s->title != section)
            continue;
        for (const auto &slide : s->slides) {
            ImportedItem item;
            item.title = slide->title;
            item.category = s->title;
            if (const Core::Question *question = slide->question()) {
                item.question = *question;
                items.push_back(std::move(item));
                continue;
            }
            const auto *content = std::get_if<Core::ContentBody>(&slide->body);
            if (content && content->blocks.size() == 1
                && content->blocks.front().type == Core::ContentBlock::Type::RichText) {
                item.kind = ImportedItem::Kind::Content;
                item.contentHtml = content->blocks.front().text;
                items.push_back(std::move(item));
                continue;
            }
            if (skipped && slide->kind() != Core::SlideKind::Result)
                skipped->append(Tr::tr("“%1” (%2 slide) is not a question: not exported.")
                                    .arg(slide->title, Core::toString(slide->kind())));
        }
        if (!section.isEmpty())
            break;
    }
    return items;
}

} // namespace Import
