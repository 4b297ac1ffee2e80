// SPDX-License-Identifier: MIT
#include "Course.h"

#include <QHash>

#include <algorithm>
#include <set>
#include <utility>

namespace Core {

std::unique_ptr<Section> Section::clone() const
{
    auto copy = std::make_unique<Section>();
    copy->id = id;
    copy->title = title;
    copy->branchOnly = branchOnly;
    copy->game = game;
    copy->slides.reserve(slides.size());
    for (const auto &slide : slides)
        copy->slides.push_back(std::make_unique<Slide>(*slide));
    return copy;
}

std::unique_ptr<QuestionBank> QuestionBank::clone() const
{
    auto copy = std::make_unique<QuestionBank>();
    copy->id = id;
    copy->name = name;
    copy->questions.reserve(questions.size());
    for (const auto &question : questions)
        copy->questions.push_back(std::make_unique<Slide>(*question));
    return copy;
}

Course::Course()
    : m_id(CourseId::generate())
{}

std::unique_ptr<Course> Course::clone() const
{
    auto copy = std::make_unique<Course>();
    copy->m_id = m_id;
    copy->m_metadata = m_metadata;
    copy->m_settings = m_settings;
    copy->m_assets = m_assets;
    copy->m_languages = m_languages;
    copy->m_sections.reserve(m_sections.size());
    for (const auto &section : m_sections)
        copy->m_sections.push_back(section->clone());
    copy->m_banks.reserve(m_banks.size());
    for (const auto &bank : m_banks)
        copy->m_banks.push_back(bank->clone());
    return copy;
}

const MediaAsset *Course::asset(const AssetId &id) const
{
    const auto it = m_assets.find(id);
    return it == m_assets.end() ? nullptr : &it->second;
}

int Course::sectionIndex(const SectionId &id) const
{
    for (size_t i = 0; i < m_sections.size(); ++i) {
        if (m_sections[i]->id == id)
            return int(i);
    }
    return -1;
}

SlidePosition Course::slidePosition(const SlideId &id) const
{
    for (size_t s = 0; s < m_sections.size(); ++s) {
        const auto &slides = m_sections[s]->slides;
        for (size_t i = 0; i < slides.size(); ++i) {
            if (slides[i]->id == id)
                return {int(s), int(i)};
        }
    }
    return {};
}

const Slide *Course::slide(const SlideId &id) const
{
    if (const SlidePosition pos = slidePosition(id); pos.isValid())
        return m_sections[size_t(pos.section)]->slides[size_t(pos.slide)].get();
    if (const BankPosition pos = bankQuestionPosition(id); pos.isValid())
        return m_banks[size_t(pos.bank)]->questions[size_t(pos.question)].get();
    return nullptr;
}

Slide *Course::slide(const SlideId &id)
{
    return const_cast<Slide *>(std::as_const(*this).slide(id));
}

int Course::bankIndex(const BankId &id) const
{
    for (size_t i = 0; i < m_banks.size(); ++i) {
        if (m_banks[i]->id == id)
            return int(i);
    }
    return -1;
}

const QuestionBank *Course::bank(const BankId &id) const
{
    const int index = bankIndex(id);
    return index >= 0 ? m_banks[size_t(index)].get() : nullptr;
}

BankPosition Course::bankQuestionPosition(const SlideId &id) const
{
    for (size_t b = 0; b < m_banks.size(); ++b) {
        const auto &questions = m_banks[b]->questions;
        for (size_t i = 0; i < questions.size(); ++i) {
            if (questions[i]->id == id)
                return {int(b), int(i)};
        }
    }
    return {};
}

int Course::slideCount() const
{
    int count = 0;
    for (const auto &section : m_sections)
        count += int(section->slides.size());
    return count;
}

std::vector<const Slide *> Course::allSlides() const
{
    std::vector<const Slide *> result;
    result.reserve(size_t(slideCount()));
    for (const auto &section : m_sections) {
        for (const auto &slide : section->slides)
            result.push_back(slide.get());
    }
    return result;
}

std::vector<AssetId> Course::usedAssets() const
{
    std::set<AssetId> used;
    if (!m_settings.theme.logo.isNull())
        used.insert(m_settings.theme.logo);
    if (!m_settings.theme.coverImage.isNull())
        used.insert(m_settings.theme.coverImage);
    for (const Slide *slide : allSlides()) {
        for (const AssetId &id : slide->referencedAssets())
            used.insert(id);
    }
    for (const auto &bank : m_banks) {
        for (const auto &question : bank->questions) {
            for (const AssetId &id : question->referencedAssets())
                used.insert(id);
        }
    }
    for (const auto &[asset, slide] : translatedMediaUses())
        used.insert(asset);
    return {used.begin(), used.end()};
}

std::vector<std::pair<AssetId, SlideId>> Course::translatedMediaUses() const
{
    // Per-language media: a target language's translation of a media unit names an asset.
    std::vector<std::pair<AssetId, SlideId>> uses;
    if (m_languages.targets.isEmpty())
        return uses;
    QHash<QString, SlideId> mediaUnits;
    for (const MediaField &field : mediaFields(*this))
        mediaUnits.insert(field.unitId, field.slide);
    for (const QString &language : m_languages.targets) {
        const auto units = m_languages.translations.find(language);
        if (units == m_languages.translations.end())
            continue;
        for (const auto &[unitId, translation] : units->second) {
            const AssetId id(translation.text);
            const auto field = mediaUnits.constFind(unitId);
            if (field != mediaUnits.cend() && m_assets.count(id))
                uses.emplace_back(id, *field);
        }
    }
    return uses;
}

std::vector<SlideId> Course::slidesUsingAsset(const AssetId &id) const
{
    std::vector<SlideId> result;
    const auto check = [&](const Slide &slide) {
        const auto refs = slide.referencedAssets();
        if (std::find(refs.begin(), refs.end(), id) != refs.end())
            result.push_back(slide.id);
    };
    for (const Slide *slide : allSlides())
        check(*slide);
    for (const auto &bank : m_banks) {
        for (const auto &question : bank->questions)
            check(*question);
    }
    for (const auto &[asset, slide] : translatedMediaUses()) {
        if (asset == id && std::find(result.begin(), result.end(), slide) == result.end())
            result.push_back(slide);
    }
    return result;
}

bool assignBlockIds(Course &course)
{
    bool changed = false;
    for (const auto &section : course.sections()) {
        for (const auto &slide : section->slides)
            changed = assignBlockIds(*slide) || changed;
    }
    return changed;
}

bool operator==(const Course &a, const Course &b)
{
    if (a.id() != b.id() || a.metadata() != b.metadata() || a.settings() != b.settings()
        || a.assets() != b.assets() || a.languages() != b.languages()
        || a.sections().size() != b.sections().size()) {
        return false;
    }
    for (size_t s = 0; s < a.sections().size(); ++s) {
        const Section &sa = *a.sections()[s];
        const Section &sb = *b.sections()[s];
        if (sa.id != sb.id || sa.title != sb.title || sa.branchOnly != sb.branchOnly
            || sa.game != sb.game || sa.slides.size() != sb.slides.size())
            return false;
        for (size_t i = 0; i < sa.slides.size(); ++i) {
            if (!(*sa.slides[i] == *sb.slides[i]))
                return false;
        }
    }
    if (a.banks().size() != b.banks().size())
        return false;
    for (size_t k = 0; k < a.banks().size(); ++k) {
        const QuestionBank &ba = *a.banks()[k];
        const QuestionBank &bb = *b.banks()[k];
        if (ba.id != bb.id || ba.name != bb.name || ba.questions.size() != bb.questions.size())
            return false;
        for (size_t i = 0; i < ba.questions.size(); ++i) {
            if (!(*ba.questions[i] == *bb.questions[i]))
                return false;
        }
    }
    return true;
}

} // namespace Core
