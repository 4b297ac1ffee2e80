// SPDX-License-Identifier: MIT
#include "DocumentMutator.h"

#include "Document.h"

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

void DocumentMutator::insertSlide(SlidePosition position, std::unique_ptr<Slide> slide)
{
    auto &slides = course().sections()[size_t(position.section)]->slides;
    Q_ASSERT(position.slide >= 0 && position.slide <= int(slides.size()));
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
    slide->body = body;
    emit m_document.slideChanged(id, SlideField::Body);
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
