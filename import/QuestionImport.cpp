// SPDX-License-Identifier: MIT
#include "QuestionImport.h"

#include "Tr.h"
#include "core/Course.h"
#include "core/Document.h"
#include "core/commands/InsertBank.h"
#include "core/commands/InsertBankQuestions.h"
#include "core/commands/InsertSection.h"
#include "core/commands/InsertSlide.h"

#include <QUndoCommand>

#include <algorithm>

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

std::unique_ptr<QUndoCommand> QuestionImport::makeCommand(Core::Document *document,
                                                          const std::vector<ImportedItem> &items,
                                                          const ImportDestination &destination,
                                                          QStringList *skipped)
{
    using Kind = ImportDestination::Kind;
    switch (destination.kind) {
    case Kind::Section:
        return makeCommand(document, items, destination.name, destination.defaultName);
    case Kind::SectionsPerCategory:
        return makeCommand(document, items, QString(), destination.defaultName);
    case Kind::Bank:
    case Kind::BanksPerCategory:
        break;
    }

    // Into banks: the questions grouped by bank name, in order of first appearance.
    std::vector<std::pair<QString, std::vector<std::unique_ptr<Core::Slide>>>> groups;
    for (const ImportedItem &item : items) {
        if (!item.isImportable())
            continue;
        if (item.kind != ImportedItem::Kind::Question) {
            if (skipped)
                skipped->append(Tr::tr("“%1” is a description, not a question: a question bank "
                                       "holds only questions, so it was not imported.")
                                    .arg(item.title));
            continue;
        }
        const QString name = destination.kind == Kind::Bank ? destination.name
                             : item.category.isEmpty()      ? destination.defaultName
                                                            : item.category;
        auto it = std::find_if(
            groups.begin(), groups.end(), [&](const auto &group) { return group.first == name; });
        if (it == groups.end()) {
            groups.emplace_back(name, std::vector<std::unique_ptr<Core::Slide>>());
            it = groups.end() - 1;
        }
        it->second.push_back(std::make_unique<Core::Slide>(item.toSlide()));
    }
    if (groups.empty())
        return nullptr;

    int count = 0;
    for (const auto &group : groups)
        count += int(group.second.size());
    auto command = std::make_unique<QUndoCommand>(Tr::tr("Import %n question(s)", nullptr, count));
    const Core::Course &course = document->course();
    for (auto &[name, questions] : groups) {
        // Clang 14 cannot capture a structured binding in a lambda (the fuzz build uses it).
        const QString &bankName = name;
        const auto existing
            = std::find_if(course.banks().begin(), course.banks().end(), [&](const auto &bank) {
                  return bank->name == bankName;
              });
        if (existing != course.banks().end()) {
            new Core::InsertBankQuestions(
                document, (*existing)->id, -1, std::move(questions), command.get());
            continue;
        }
        auto bank = std::make_unique<Core::QuestionBank>();
        bank->id = Core::BankId::generate();
        bank->name = name;
        bank->questions = std::move(questions);
        new Core::InsertBank(document, -1, std::move(bank), command.get());
    }
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
            if (const auto *body = std::get_if<Core::QuestionBody>(&slide->body)) {
                item.question = body->question;
                item.tags = body->tags;
                item.difficulty = body->difficulty;
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

std::vector<ImportedItem>
QuestionImport::itemsFromBank(const Core::Course &course, const QString &bank, QStringList *skipped)
{
    std::vector<ImportedItem> items;
    bool found = false;
    for (const auto &b : course.banks()) {
        if (!bank.isEmpty() && b->name != bank)
            continue;
        found = true;
        for (const auto &slide : b->questions) {
            const auto *body = std::get_if<Core::QuestionBody>(&slide->body);
            if (!body)
                continue; // a bank holds only question slides
            ImportedItem item;
            item.title = slide->title;
            item.category = b->name;
            item.question = body->question;
            item.tags = body->tags;
            item.difficulty = body->difficulty;
            items.push_back(std::move(item));
        }
        if (!bank.isEmpty())
            break;
    }
    if (!found && !bank.isEmpty() && skipped)
        skipped->append(Tr::tr("The project has no question bank named “%1”.").arg(bank));
    return items;
}

} // namespace Import
