// SPDX-License-Identifier: MIT
#include "DocumentMutator.h"

#include "Document.h"

#include <utility>

namespace Core {

Course &DocumentMutator::course()
{
    return *m_document.m_course;
}

void DocumentMutator::setMetadata(const CourseMetadata &metadata)
{
    course().metadata() = metadata;
    emit m_document.metadataChanged();
}

void DocumentMutator::setSettings(const CourseSettings &settings)
{
    course().settings() = settings;
    emit m_document.settingsChanged();
}

void DocumentMutator::insertSection(int index, std::unique_ptr<Section> section)
{
    auto &sections = course().sections();
    Q_ASSERT(index >= 0 && index <= int(sections.size()));
    for (const auto &slide : section->slides)
        assignBlockIds(*slide); // a safety net: commands build them with ids
    emit m_document.sectionAboutToBeInserted(index);
    sections.insert(sections.begin() + index, std::move(section));
    emit m_document.sectionInserted(index);
}

std::unique_ptr<Section> DocumentMutator::takeSection(int index)
{
    auto &sections = course().sections();
    Q_ASSERT(index >= 0 && index < int(sections.size()));
    emit m_document.sectionAboutToBeRemoved(index);
    std::unique_ptr<Section> section = std::move(sections[size_t(index)]);
    sections.erase(sections.begin() + index);
    emit m_document.sectionRemoved(index);
    return section;
}

void DocumentMutator::moveSection(int from, int to)
{
    auto &sections = course().sections();
    Q_ASSERT(from >= 0 && from < int(sections.size()) && to >= 0 && to < int(sections.size()));
    if (from == to)
        return;
    emit m_document.sectionAboutToBeMoved(from, to);
    std::unique_ptr<Section> section = std::move(sections[size_t(from)]);
    sections.erase(sections.begin() + from);
    sections.insert(sections.begin() + to, std::move(section));
    emit m_document.sectionMoved(from, to);
}

void DocumentMutator::setSectionTitle(int index, const QString &title)
{
    course().sections()[size_t(index)]->title = title;
    emit m_document.sectionChanged(index);
}

void DocumentMutator::setSectionBranchOnly(int index, bool branchOnly)
{
    course().sections()[size_t(index)]->branchOnly = branchOnly;
    emit m_document.sectionChanged(index);
}

void DocumentMutator::setSectionGame(int index, const GameSettings &game)
{
    course().sections()[size_t(index)]->game = game;
    emit m_document.sectionChanged(index);
}

void DocumentMutator::insertSlide(SlidePosition position, std::unique_ptr<Slide> slide)
{
    auto &slides = course().sections()[size_t(position.section)]->slides;
    Q_ASSERT(position.slide >= 0 && position.slide <= int(slides.size()));
    assignBlockIds(*slide);
    emit m_document.slideAboutToBeInserted(position);
    slides.insert(slides.begin() + position.slide, std::move(slide));
    emit m_document.slideInserted(position);
}

std::unique_ptr<Slide> DocumentMutator::takeSlide(SlidePosition position)
{
    auto &slides = course().sections()[size_t(position.section)]->slides;
    Q_ASSERT(position.slide >= 0 && position.slide < int(slides.size()));
    emit m_document.slideAboutToBeRemoved(position);
    std::unique_ptr<Slide> slide = std::move(slides[size_t(position.slide)]);
    slides.erase(slides.begin() + position.slide);
    emit m_document.slideRemoved(position);
    return slide;
}

void DocumentMutator::moveSlide(SlidePosition from, SlidePosition to)
{
    if (from == to)
        return;
    auto &source = course().sections()[size_t(from.section)]->slides;
    auto &target = course().sections()[size_t(to.section)]->slides;
    emit m_document.slideAboutToBeMoved(from, to);
    std::unique_ptr<Slide> slide = std::move(source[size_t(from.slide)]);
    source.erase(source.begin() + from.slide);
    Q_ASSERT(to.slide >= 0 && to.slide <= int(target.size()));
    target.insert(target.begin() + to.slide, std::move(slide));
    emit m_document.slideMoved(from, to);
}

void DocumentMutator::setSlideTitle(const SlideId &id, const QString &title)
{
    Slide *slide = course().slide(id);
    Q_ASSERT(slide);
    slide->title = title;
    emit m_document.slideChanged(id, SlideField::Title);
}

void DocumentMutator::setSlideBody(const SlideId &id, const SlideBody &body)
{
    Slide *slide = course().slide(id);
    Q_ASSERT(slide);
    const SlideBody previous = std::exchange(slide->body, body);
    assignBlockIds(*slide, &previous);
    emit m_document.slideChanged(id, SlideField::Body);
}

void DocumentMutator::insertBank(int index, std::unique_ptr<QuestionBank> bank)
{
    auto &banks = course().banks();
    Q_ASSERT(index >= 0 && index <= int(banks.size()));
    emit m_document.bankAboutToBeInserted(index);
    banks.insert(banks.begin() + index, std::move(bank));
    emit m_document.bankInserted(index);
}

std::unique_ptr<QuestionBank> DocumentMutator::takeBank(int index)
{
    auto &banks = course().banks();
    Q_ASSERT(index >= 0 && index < int(banks.size()));
    emit m_document.bankAboutToBeRemoved(index);
    std::unique_ptr<QuestionBank> bank = std::move(banks[size_t(index)]);
    banks.erase(banks.begin() + index);
    emit m_document.bankRemoved(index);
    return bank;
}

void DocumentMutator::setBankName(int index, const QString &name)
{
    course().banks()[size_t(index)]->name = name;
    emit m_document.bankChanged(index);
}

void DocumentMutator::insertBankQuestion(BankPosition position, std::unique_ptr<Slide> question)
{
    auto &questions = course().banks()[size_t(position.bank)]->questions;
    Q_ASSERT(position.question >= 0 && position.question <= int(questions.size()));
    emit m_document.bankQuestionAboutToBeInserted(position);
    questions.insert(questions.begin() + position.question, std::move(question));
    emit m_document.bankQuestionInserted(position);
}

std::unique_ptr<Slide> DocumentMutator::takeBankQuestion(BankPosition position)
{
    auto &questions = course().banks()[size_t(position.bank)]->questions;
    Q_ASSERT(position.question >= 0 && position.question < int(questions.size()));
    emit m_document.bankQuestionAboutToBeRemoved(position);
    std::unique_ptr<Slide> question = std::move(questions[size_t(position.question)]);
    questions.erase(questions.begin() + position.question);
    emit m_document.bankQuestionRemoved(position);
    return question;
}

void DocumentMutator::moveBankQuestion(BankPosition from, BankPosition to)
{
    if (from == to)
        return;
    auto &source = course().banks()[size_t(from.bank)]->questions;
    auto &target = course().banks()[size_t(to.bank)]->questions;
    emit m_document.bankQuestionAboutToBeMoved(from, to);
    std::unique_ptr<Slide> question = std::move(source[size_t(from.question)]);
    source.erase(source.begin() + from.question);
    Q_ASSERT(to.question >= 0 && to.question <= int(target.size()));
    target.insert(target.begin() + to.question, std::move(question));
    emit m_document.bankQuestionMoved(from, to);
}

void DocumentMutator::setLanguages(const CourseLanguages &languages)
{
    course().languages() = languages;
    emit m_document.languagesChanged();
}

void DocumentMutator::setSourceLanguage(const QString &language)
{
    course().metadata().language = language;
    emit m_document.metadataChanged();
    emit m_document.languagesChanged();
}

void DocumentMutator::setTranslations(
    const QString &language,
    const std::vector<std::pair<QString, std::optional<Translation>>> &changes)
{
    auto &units = course().languages().translations[language];
    QStringList unitIds;
    unitIds.reserve(qsizetype(changes.size()));
    for (const auto &[unitId, translation] : changes) {
        if (translation)
            units[unitId] = *translation;
        else
            units.erase(unitId);
        unitIds.append(unitId);
    }
    if (units.empty())
        course().languages().translations.erase(language);
    emit m_document.translationsChanged(language, unitIds);
}

void DocumentMutator::addAsset(const MediaAsset &asset)
{
    course().assets()[asset.id] = asset;
    emit m_document.assetAdded(asset.id);
}

MediaAsset DocumentMutator::takeAsset(const AssetId &id)
{
    auto &assets = course().assets();
    const auto it = assets.find(id);
    Q_ASSERT(it != assets.end());
    emit m_document.assetAboutToBeRemoved(id);
    MediaAsset asset = std::move(it->second);
    assets.erase(it);
    emit m_document.assetRemoved(id);
    return asset;
}

} // namespace Core
