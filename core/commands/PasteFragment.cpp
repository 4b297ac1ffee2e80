// SPDX-License-Identifier: MIT
#include "PasteFragment.h"

#include "AddAsset.h"
#include "InsertSection.h"
#include "InsertSlide.h"
#include "SetSlideBody.h"
#include "core/Document.h"
#include "core/Tr.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Core {

PasteFragment::PasteFragment(Document *document,
                             const CourseFragment &fragment,
                             const PasteTarget &target,
                             QUndoCommand *parent)
    : Command(document, parent)
{
    const Course &target0 = document->course();
    CourseFragment::Instance instance = fragment.instantiate(target0);
    m_reusedAssets = instance.reusedAssets;
    m_notes = instance.notes();

    if (fragment.kind() == CourseFragment::Kind::Blocks) {
        const Slide *slide = target0.slide(target.slide);
        const auto *content = slide ? std::get_if<ContentBody>(&slide->body) : nullptr;
        if (!content) {
            m_valid = false;
            setText(Tr::tr("Paste blocks"));
            return;
        }
        for (MediaAsset &asset : instance.newAssets)
            new AddAsset(document, std::move(asset), this);
        ContentBody body = *content;
        // Pasted blocks are new objects of this slide: SetSlideBody gives them fresh ids.
        for (ContentBlock &block : instance.blocks)
            block.id.clear();
        const int at = std::clamp(target.index, 0, int(body.blocks.size()));
        const int count = int(instance.blocks.size());
        body.blocks.insert(body.blocks.begin() + at,
                           std::make_move_iterator(instance.blocks.begin()),
                           std::make_move_iterator(instance.blocks.end()));
        const QString text
            = count == 1 ? Tr::tr("Paste block") : Tr::tr("Paste %1 blocks").arg(count);
        new SetSlideBody(document, target.slide, std::move(body), text, {}, this);
        setText(onSlide(text, slide->title));
        return;
    }

    for (MediaAsset &asset : instance.newAssets)
        new AddAsset(document, std::move(asset), this);
    if (fragment.kind() == CourseFragment::Kind::Sections) {
        const int count = int(instance.sections.size());
        int index = std::clamp(target.index, 0, int(target0.sections().size()));
        QString firstTitle;
        for (auto &section : instance.sections) {
            if (firstTitle.isEmpty())
                firstTitle = quotedTitle(section->title);
            m_sections.push_back(section->id);
            for (const auto &slide : section->slides)
                m_slides.push_back(slide->id);
            new InsertSection(document, index++, std::move(section), this);
        }
        setText(count == 1 && !firstTitle.isEmpty() ? Tr::tr("Paste section “%1”").arg(firstTitle)
                                                    : Tr::tr("Paste %1 sections").arg(count));
        return;
    }

    const int count = int(instance.slides.size());
    SectionId section = target.section;
    int index = target.index;
    if (target0.sectionIndex(section) < 0) {
        auto created = std::make_unique<Section>();
        created->id = SectionId::generate();
        created->title = Tr::tr("Pasted slides");
        section = created->id;
        index = 0;
        m_sections.push_back(section);
        new InsertSection(document, int(target0.sections().size()), std::move(created), this);
    }
    for (auto &slide : instance.slides) {
        m_slides.push_back(slide->id);
        new InsertSlide(document, section, index++, std::move(slide), this);
    }
    setText(count == 1 ? Tr::tr("Paste slide") : Tr::tr("Paste %1 slides").arg(count));
}

} // namespace Core
