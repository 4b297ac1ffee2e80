// SPDX-License-Identifier: MIT
#include "BankOperations.h"

#include "SlideOperations.h"
#include "UndoMacroGuard.h"
#include "app/Tr.h"
#include "core/Course.h"
#include "core/Document.h"
#include "core/commands/InsertBank.h"
#include "core/commands/InsertBankQuestions.h"
#include "core/commands/MoveBankQuestion.h"
#include "core/commands/RemoveBank.h"
#include "core/commands/RemoveBankQuestion.h"
#include "core/commands/RenameBank.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace App {

namespace {

// As the Validator and the player match tags: whatever their case.
bool hasTag(const Core::QuestionBody &body, const QString &tag)
{
    return tag.isEmpty() || body.tags.contains(tag, Qt::CaseInsensitive);
}

} // namespace

QString BankOperations::uniqueBankName(const Core::Course &course, const QString &base)
{
    QSet<QString> taken;
    for (const auto &bank : course.banks())
        taken.insert(bank->name.trimmed().toCaseFolded());
    if (!base.trimmed().isEmpty()) {
        const QString name = base.trimmed();
        if (!taken.contains(name.toCaseFolded()))
            return name;
        for (int n = 2;; ++n) {
            const QString candidate = u"%1 (%2)"_s.arg(name).arg(n);
            if (!taken.contains(candidate.toCaseFolded()))
                return candidate;
        }
    }
    for (int n = int(course.banks().size()) + 1;; ++n) {
        const QString candidate = Tr::tr("Bank %1").arg(n);
        if (!taken.contains(candidate.toCaseFolded()))
            return candidate;
    }
}

Core::BankId BankOperations::addBank(Core::Document &document, const QString &name)
{
    auto bank = std::make_unique<Core::QuestionBank>();
    bank->id = Core::BankId::generate();
    bank->name = uniqueBankName(document.course(), name);
    const Core::BankId id = bank->id;
    document.push(std::make_unique<Core::InsertBank>(
        &document, int(document.course().banks().size()), std::move(bank)));
    return id;
}

bool BankOperations::renameBank(Core::Document &document,
                                const Core::BankId &bank,
                                const QString &name)
{
    const Core::Course &course = document.course();
    const Core::QuestionBank *current = course.bank(bank);
    const QString trimmed = name.trimmed();
    if (!current || trimmed.isEmpty() || trimmed == current->name)
        return false;
    for (const auto &other : course.banks()) {
        if (other->id != bank && other->name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return false;
    }
    document.push(std::make_unique<Core::RenameBank>(&document, bank, trimmed));
    return true;
}

void BankOperations::removeBank(Core::Document &document, const Core::BankId &bank)
{
    if (!document.course().bank(bank))
        return;
    document.push(std::make_unique<Core::RemoveBank>(&document, bank));
}

Core::SlideId BankOperations::addQuestion(Core::Document &document,
                                          const Core::BankId &bank,
                                          Core::QuestionType type,
                                          const Core::SlideId &after)
{
    const Core::Course &course = document.course();
    const int bankIndex = course.bankIndex(bank);
    if (bankIndex < 0)
        return {};
    auto slide = std::make_unique<Core::Slide>(
        SlideOperations::makeSlide({Core::SlideKind::Question, type}));
    const Core::SlideId id = slide->id;
    const Core::BankPosition pos = course.bankQuestionPosition(after);
    const int index = pos.isValid() && pos.bank == bankIndex
                          ? pos.question + 1
                          : int(course.banks()[size_t(bankIndex)]->questions.size());
    std::vector<std::unique_ptr<Core::Slide>> questions;
    questions.push_back(std::move(slide));
    auto command
        = std::make_unique<Core::InsertBankQuestions>(&document, bank, index, std::move(questions));
    command->setText(Tr::tr("Add question to bank"));
    document.push(std::move(command));
    return id;
}

std::vector<Core::SlideId> BankOperations::inBankOrder(const Core::Course &course,
                                                       const std::vector<Core::SlideId> &ids)
{
    const QSet<Core::SlideId> wanted(ids.begin(), ids.end());
    std::vector<Core::SlideId> ordered;
    if (wanted.isEmpty())
        return ordered;
    for (const auto &bank : course.banks()) {
        for (const auto &question : bank->questions) {
            if (wanted.contains(question->id))
                ordered.push_back(question->id);
        }
    }
    return ordered;
}

std::vector<Core::SlideId> BankOperations::duplicateQuestions(Core::Document &document,
                                                              const std::vector<Core::SlideId> &ids)
{
    const auto ordered = inBankOrder(document.course(), ids);
    std::vector<Core::SlideId> copies;
    if (ordered.empty())
        return copies;
    UndoMacroGuard macro(document.undoStack(),
                         ordered.size() == 1
                             ? Tr::tr("Duplicate question")
                             : Tr::tr("Duplicate %1 questions").arg(ordered.size()));
    macro.begin();
    for (const Core::SlideId &id : ordered) {
        const Core::Course &course = document.course();
        const Core::BankPosition pos = course.bankQuestionPosition(id);
        const Core::QuestionBank &bank = *course.banks()[size_t(pos.bank)];
        auto copy = std::make_unique<Core::Slide>(*bank.questions[size_t(pos.question)]);
        copy->id = Core::SlideId::generate();
        copy->title = Tr::tr("%1 (copy)").arg(copy->title);
        copies.push_back(copy->id);
        std::vector<std::unique_ptr<Core::Slide>> questions;
        questions.push_back(std::move(copy));
        document.push(std::make_unique<Core::InsertBankQuestions>(
            &document, bank.id, pos.question + 1, std::move(questions)));
    }
    return copies;
}

void BankOperations::removeQuestions(Core::Document &document,
                                     const std::vector<Core::SlideId> &ids)
{
    const auto ordered = inBankOrder(document.course(), ids);
    if (ordered.empty())
        return;
    UndoMacroGuard macro(document.undoStack(),
                         ordered.size() == 1 ? Tr::tr("Delete question")
                                             : Tr::tr("Delete %1 questions").arg(ordered.size()));
    macro.begin();
    for (const Core::SlideId &id : ordered)
        document.push(std::make_unique<Core::RemoveBankQuestion>(&document, id));
}

bool BankOperations::moveQuestions(Core::Document &document,
                                   const std::vector<Core::SlideId> &ids,
                                   const Core::BankId &toBank)
{
    const Core::Course &course = document.course();
    const int target = course.bankIndex(toBank);
    if (target < 0)
        return false;
    std::vector<Core::SlideId> moving;
    for (const Core::SlideId &id : inBankOrder(course, ids)) {
        if (course.bankQuestionPosition(id).bank != target)
            moving.push_back(id);
    }
    if (moving.empty())
        return false;
    UndoMacroGuard macro(document.undoStack(),
                         moving.size() == 1
                             ? Tr::tr("Move question to “%1”").arg(course.bank(toBank)->name)
                             : Tr::tr("Move %1 questions to “%2”")
                                   .arg(moving.size())
                                   .arg(course.bank(toBank)->name));
    macro.begin();
    for (const Core::SlideId &id : moving) {
        const int end = int(course.banks()[size_t(target)]->questions.size());
        document.push(std::make_unique<Core::MoveBankQuestion>(&document, id, toBank, end));
    }
    return true;
}

QStringList BankOperations::tags(const Core::Course &course, const std::vector<Core::BankId> &banks)
{
    const QSet<Core::BankId> wanted(banks.begin(), banks.end());
    QStringList result;
    QSet<QString> seen;
    for (const auto &bank : course.banks()) {
        if (!wanted.isEmpty() && !wanted.contains(bank->id))
            continue;
        for (const auto &question : bank->questions) {
            const auto *body = std::get_if<Core::QuestionBody>(&question->body);
            if (!body)
                continue;
            for (const QString &tag : body->tags) {
                if (!tag.isEmpty() && !seen.contains(tag.toCaseFolded())) { // "Fire" is "fire"
                    seen.insert(tag.toCaseFolded());
                    result.append(tag);
                }
            }
        }
    }
    result.sort(Qt::CaseInsensitive);
    return result;
}

BankOperations::DrawPool BankOperations::drawPool(const Core::Course &course,
                                                  const Core::DrawBody &draw)
{
    DrawPool pool;
    QSet<Core::BankId> counted;
    for (const Core::BankId &id : draw.banks) {
        if (counted.contains(id))
            continue;
        counted.insert(id);
        const Core::QuestionBank *bank = course.bank(id);
        if (!bank) {
            ++pool.missingBanks;
            continue;
        }
        for (const auto &question : bank->questions) {
            const auto *body = std::get_if<Core::QuestionBody>(&question->body);
            if (!body || !hasTag(*body, draw.tag))
                continue;
            ++pool.matching;
            switch (body->difficulty) {
            case Core::Difficulty::Easy:
                ++pool.easy;
                break;
            case Core::Difficulty::Medium:
                ++pool.medium;
                break;
            case Core::Difficulty::Hard:
                ++pool.hard;
                break;
            case Core::Difficulty::None:
                break;
            }
        }
    }
    return pool;
}

bool BankOperations::drawIsSatisfiable(const Core::Course &course, const Core::DrawBody &draw)
{
    const DrawPool pool = drawPool(course, draw);
    if (draw.banks.empty() || draw.total() <= 0)
        return false;
    if (draw.byDifficulty)
        return draw.easy <= pool.easy && draw.medium <= pool.medium && draw.hard <= pool.hard;
    return draw.count <= pool.matching;
}

QString BankOperations::drawSummary(const Core::Course &course, const Core::DrawBody &draw)
{
    if (draw.banks.empty())
        return Tr::tr("Choose at least one bank to draw from.");
    const DrawPool pool = drawPool(course, draw);
    if (draw.total() <= 0)
        return Tr::tr("The draw asks for no question.");
    if (draw.byDifficulty) {
        QStringList missing;
        auto check = [&](int wanted, int available, const QString &level) {
            if (wanted > available)
                //: %1 asked, %2 available, %3 a difficulty ("easy")
                missing.append(
                    Tr::tr("%1 %3 asked, only %2 available").arg(wanted).arg(available).arg(level));
        };
        check(draw.easy, pool.easy, Tr::tr("easy"));
        check(draw.medium, pool.medium, Tr::tr("medium"));
        check(draw.hard, pool.hard, Tr::tr("hard"));
        if (!missing.isEmpty())
            return Tr::tr("Too few questions: %1.").arg(missing.join(u", "_s));
        return Tr::tr("Draws %1 (%2 easy, %3 medium, %4 hard) of %5 matching questions.")
            .arg(draw.total())
            .arg(draw.easy)
            .arg(draw.medium)
            .arg(draw.hard)
            .arg(pool.matching);
    }
    if (draw.count > pool.matching) {
        if (pool.matching == 0)
            return Tr::tr("The banks hold no matching question: the draw asks for %1.")
                .arg(draw.count);
        if (pool.matching == 1)
            return Tr::tr("The banks hold only one matching question: the draw asks for %1.")
                .arg(draw.count);
        return Tr::tr("The banks hold only %1 matching questions: the draw asks for %2.")
            .arg(pool.matching)
            .arg(draw.count);
    }
    if (pool.matching == 1)
        return Tr::tr("Draws the only matching question.");
    return Tr::tr("Draws %1 of %2 matching questions.").arg(draw.count).arg(pool.matching);
}

} // namespace App
