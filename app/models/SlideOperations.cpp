// SPDX-License-Identifier: MIT
#include "SlideOperations.h"

#include "UndoMacroGuard.h"
#include "app/Tr.h"
#include "core/Document.h"
#include "core/commands/InsertSection.h"
#include "core/commands/InsertSlide.h"
#include "core/commands/MoveSection.h"
#include "core/commands/MoveSlide.h"
#include "core/commands/RemoveSlide.h"

#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace App {

namespace {

Core::SectionId sectionIdAt(const Core::Document &document, int index)
{
    return document.course().sections()[size_t(index)]->id;
}

} // namespace

std::vector<SlideOperations::NewSlide> SlideOperations::newSlideChoices()
{
    std::vector<NewSlide> choices{{Core::SlideKind::Content, {}}};
    for (Core::QuestionType type : Core::allQuestionTypes())
        choices.push_back({Core::SlideKind::Question, type});
    choices.push_back({Core::SlideKind::Draw, {}});
    choices.push_back({Core::SlideKind::Scenario, {}});
    choices.push_back({Core::SlideKind::Video, {}});
    choices.push_back({Core::SlideKind::Result, {}});
    return choices;
}

QString SlideOperations::kindName(Core::SlideKind kind)
{
    switch (kind) {
    case Core::SlideKind::Content:
        return Tr::tr("Content");
    case Core::SlideKind::Question:
        return Tr::tr("Question");
    case Core::SlideKind::Video:
        return Tr::tr("Video");
    case Core::SlideKind::Result:
        return Tr::tr("Result");
    case Core::SlideKind::Draw:
        return Tr::tr("Random draw");
    case Core::SlideKind::Scenario:
        return Tr::tr("Scenario");
    }
    return {};
}

QString SlideOperations::questionTypeName(Core::QuestionType type)
{
    switch (type) {
    case Core::QuestionType::SingleChoice:
        return Tr::tr("Single choice");
    case Core::QuestionType::MultipleResponse:
        return Tr::tr("Multiple response");
    case Core::QuestionType::TrueFalse:
        return Tr::tr("True or false");
    case Core::QuestionType::FillIn:
        return Tr::tr("Fill in the blanks");
    case Core::QuestionType::Matching:
        return Tr::tr("Matching");
    case Core::QuestionType::Sequencing:
        return Tr::tr("Sequencing");
    case Core::QuestionType::Numeric:
        return Tr::tr("Numeric");
    case Core::QuestionType::Likert:
        return Tr::tr("Likert scale");
    case Core::QuestionType::OpenText:
        return Tr::tr("Open text");
    case Core::QuestionType::DragDrop:
        return Tr::tr("Drag and drop on an image");
    case Core::QuestionType::Hotspot:
        return Tr::tr("Hotspot on an image");
    }
    return {};
}

QString SlideOperations::newSlideLabel(const NewSlide &choice)
{
    switch (choice.kind) {
    case Core::SlideKind::Content:
        return Tr::tr("Content Slide");
    case Core::SlideKind::Question:
        return Tr::tr("Question: %1").arg(questionTypeName(choice.questionType));
    case Core::SlideKind::Video:
        return Tr::tr("Video Slide");
    case Core::SlideKind::Result:
        return Tr::tr("Result Slide");
    case Core::SlideKind::Draw:
        return Tr::tr("Random Questions from Banks");
    case Core::SlideKind::Scenario:
        return Tr::tr("Scenario Slide");
    }
    return {};
}

Core::Slide SlideOperations::makeSlide(const NewSlide &choice)
{
    switch (choice.kind) {
    case Core::SlideKind::Content: {
        Core::Slide slide = Core::Slide::create(choice.kind, Tr::tr("New slide"));
        return slide;
    }
    case Core::SlideKind::Question: {
        Core::Slide slide = Core::Slide::create(choice.kind, Tr::tr("New question"));
        Core::Question &q = std::get<Core::QuestionBody>(slide.body).question;
        q.type = choice.questionType;
        switch (q.type) {
        case Core::QuestionType::SingleChoice:
        case Core::QuestionType::MultipleResponse:
            q.choices = {{u"c1"_s, Tr::tr("Choice 1"), true, {}},
                         {u"c2"_s, Tr::tr("Choice 2"), false, {}}};
            break;
        case Core::QuestionType::FillIn:
            q.clozeText = Tr::tr("The answer is [[1]].");
            q.blanks = {{u"b1"_s, {}, {Tr::tr("answer")}, false}};
            break;
        case Core::QuestionType::Matching:
            q.pairs = {{u"p1"_s, Tr::tr("Item 1"), Tr::tr("Match 1")},
                       {u"p2"_s, Tr::tr("Item 2"), Tr::tr("Match 2")}};
            break;
        case Core::QuestionType::Sequencing:
            q.items = {{u"s1"_s, Tr::tr("First")},
                       {u"s2"_s, Tr::tr("Second")},
                       {u"s3"_s, Tr::tr("Third")}};
            break;
        case Core::QuestionType::Likert:
            q.likertScale = {Tr::tr("Strongly disagree"),
                             Tr::tr("Disagree"),
                             Tr::tr("Neutral"),
                             Tr::tr("Agree"),
                             Tr::tr("Strongly agree")};
            q.points = 0;
            break;
        case Core::QuestionType::OpenText:
            q.points = 0;
            break;
        case Core::QuestionType::TrueFalse:
        case Core::QuestionType::Numeric:
            break;
        case Core::QuestionType::DragDrop:
        case Core::QuestionType::Hotspot: {
            // Two zones side by side, ready to be moved onto the picture the author picks.
            Core::ImageRegion left, right;
            left.id = u"z1"_s;
            left.label = Tr::tr("Zone 1");
            left.rect = QRectF(10, 20, 35, 50);
            left.correct = true;
            right.id = u"z2"_s;
            right.label = Tr::tr("Zone 2");
            right.rect = QRectF(55, 20, 35, 50);
            q.regions = {left, right};
            if (q.type == Core::QuestionType::DragDrop) {
                q.dragItems
                    = {{u"i1"_s, Tr::tr("Item 1"), u"z1"_s}, {u"i2"_s, Tr::tr("Item 2"), u"z2"_s}};
            }
            break;
        }
        }
        return slide;
    }
    case Core::SlideKind::Video:
        return Core::Slide::create(choice.kind, Tr::tr("New video"));
    case Core::SlideKind::Result: {
        Core::Slide slide = Core::Slide::create(choice.kind, Tr::tr("Results"));
        auto &body = std::get<Core::ResultBody>(slide.body);
        body.passMessage = Tr::tr("Congratulations, you passed!");
        body.failMessage = Tr::tr("You did not reach the passing score. Try again.");
        return slide;
    }
    case Core::SlideKind::Draw:
        return Core::Slide::create(choice.kind, Tr::tr("Random questions"));
    case Core::SlideKind::Scenario: {
        Core::Slide slide = Core::Slide::create(choice.kind, Tr::tr("New scenario"));
        auto &body = std::get<Core::ScenarioBody>(slide.body);
        body.responses[0].text = Tr::tr("Response 1");
        body.responses[0].points = 1;
        body.responses[1].text = Tr::tr("Response 2");
        return slide;
    }
    }
    return Core::Slide::create(choice.kind, {});
}

Core::SlideId SlideOperations::addSlide(Core::Document &document,
                                        const NewSlide &choice,
                                        const Core::SlideId &after,
                                        const Core::SectionId &inSection)
{
    auto slide = std::make_unique<Core::Slide>(makeSlide(choice));
    const Core::SlideId id = slide->id;
    UndoMacroGuard macro(document.undoStack(), Tr::tr("Add slide"));
    const Core::Course &course = document.course();
    if (auto *draw = std::get_if<Core::DrawBody>(&slide->body)) {
        // A new draw starts from every bank; the author narrows it down.
        for (const auto &bank : course.banks())
            draw->banks.push_back(bank->id);
    }
    Core::SectionId section;
    int index = 0;
    const Core::SlidePosition pos
        = after.isNull() ? Core::SlidePosition{} : course.slidePosition(after);
    if (pos.isValid()) {
        section = sectionIdAt(document, pos.section);
        index = pos.slide + 1;
    } else if (const int s = course.sectionIndex(inSection); s >= 0) {
        section = inSection;
        index = int(course.sections()[size_t(s)]->slides.size());
    } else {
        if (course.sections().empty()) {
            macro.begin();
            addSection(document, Tr::tr("Section 1"));
        }
        section = course.sections().back()->id;
        index = int(course.sections().back()->slides.size());
    }
    document.push(std::make_unique<Core::InsertSlide>(&document, section, index, std::move(slide)));
    return id;
}

std::vector<Core::SlideId> SlideOperations::inReadingOrder(const Core::Document &document,
                                                           const std::vector<Core::SlideId> &ids)
{
    const QSet<Core::SlideId> wanted(ids.begin(), ids.end());
    std::vector<Core::SlideId> ordered;
    if (wanted.isEmpty())
        return ordered;
    for (const auto &section : document.course().sections()) {
        for (const auto &slide : section->slides) {
            if (wanted.contains(slide->id))
                ordered.push_back(slide->id);
        }
    }
    return ordered;
}

std::vector<Core::SlideId> SlideOperations::duplicateSlides(Core::Document &document,
                                                            const std::vector<Core::SlideId> &ids)
{
    const auto ordered = inReadingOrder(document, ids);
    std::vector<Core::SlideId> copies;
    if (ordered.empty())
        return copies;
    UndoMacroGuard macro(document.undoStack(),
                         (ordered.size() == 1 ? Tr::tr("Duplicate slide")
                                              : Tr::tr("Duplicate %1 slides").arg(ordered.size())));
    macro.begin();
    for (const Core::SlideId &id : ordered) {
        const Core::Course &course = document.course();
        const Core::SlidePosition pos = course.slidePosition(id);
        auto copy = std::make_unique<Core::Slide>(*course.slide(id));
        copy->id = Core::SlideId::generate();
        copy->title = Tr::tr("%1 (copy)").arg(copy->title);
        copies.push_back(copy->id);
        document.push(std::make_unique<Core::InsertSlide>(
            &document, sectionIdAt(document, pos.section), pos.slide + 1, std::move(copy)));
    }
    return copies;
}

void SlideOperations::removeSlides(Core::Document &document, const std::vector<Core::SlideId> &ids)
{
    const auto ordered = inReadingOrder(document, ids);
    if (ordered.empty())
        return;
    UndoMacroGuard macro(document.undoStack(),
                         (ordered.size() == 1 ? Tr::tr("Delete slide")
                                              : Tr::tr("Delete %1 slides").arg(ordered.size())));
    macro.begin();
    for (const Core::SlideId &id : ordered)
        document.push(std::make_unique<Core::RemoveSlide>(&document, id));
}

bool SlideOperations::moveSlides(Core::Document &document,
                                 const std::vector<Core::SlideId> &ids,
                                 const Core::SectionId &section,
                                 int row)
{
    const Core::Course &course = document.course();
    const int sectionIndex = course.sectionIndex(section);
    const auto ordered = inReadingOrder(document, ids);
    if (sectionIndex < 0 || ordered.empty())
        return false;

    // The slides land before an anchor: the first slide at or after `row` that is not moved.
    // Anchoring on an id (not an index) keeps the target right while earlier moves shift rows.
    const QSet<Core::SlideId> moving(ordered.begin(), ordered.end());
    const auto &slides = course.sections()[size_t(sectionIndex)]->slides;
    Core::SlideId anchor;
    for (int i = std::max(row, 0); row >= 0 && i < int(slides.size()); ++i) {
        if (!moving.contains(slides[size_t(i)]->id)) {
            anchor = slides[size_t(i)]->id;
            break;
        }
    }

    const int before = document.undoStack()->index();
    {
        UndoMacroGuard macro(document.undoStack(),
                             (ordered.size() == 1 ? Tr::tr("Move slide")
                                                  : Tr::tr("Move %1 slides").arg(ordered.size())));
        for (const Core::SlideId &id : ordered) {
            int to = std::numeric_limits<int>::max(); // clamped to the end by MoveSlide
            if (!anchor.isNull()) {
                const Core::SlidePosition anchorPos = course.slidePosition(anchor);
                const Core::SlidePosition pos = course.slidePosition(id);
                to = anchorPos.slide;
                if (pos.section == anchorPos.section && pos.slide < anchorPos.slide)
                    --to; // the slide leaves before the anchor shifts up
            }
            const Core::SlidePosition pos = course.slidePosition(id);
            const int target
                = std::min(to, int(slides.size()) - (pos.section == sectionIndex ? 1 : 0));
            if (pos.section == sectionIndex && pos.slide == target)
                continue; // already there: no empty step
            macro.begin();
            document.push(std::make_unique<Core::MoveSlide>(&document, id, section, to));
        }
    }
    return document.undoStack()->index() != before;
}

bool SlideOperations::moveSlidesUp(Core::Document &document, const std::vector<Core::SlideId> &ids)
{
    const auto ordered = inReadingOrder(document, ids);
    if (ordered.empty())
        return false;
    const Core::Course &course = document.course();
    const Core::SlidePosition first = course.slidePosition(ordered.front());
    if (first.slide > 0) {
        const Core::SectionId section = sectionIdAt(document, first.section);
        return moveSlides(document, ordered, section, first.slide - 1);
    }
    if (first.section > 0) // the first slide of a section goes to the end of the previous one
        return moveSlides(document, ordered, sectionIdAt(document, first.section - 1), -1);
    return false;
}

bool SlideOperations::moveSlidesDown(Core::Document &document,
                                     const std::vector<Core::SlideId> &ids)
{
    const auto ordered = inReadingOrder(document, ids);
    if (ordered.empty())
        return false;
    const Core::Course &course = document.course();
    const Core::SlidePosition last = course.slidePosition(ordered.back());
    const int count = int(course.sections()[size_t(last.section)]->slides.size());
    if (last.slide + 1 < count) {
        const Core::SectionId section = sectionIdAt(document, last.section);
        return moveSlides(document, ordered, section, last.slide + 2);
    }
    if (last.section + 1 < int(course.sections().size())) // into the next section, first place
        return moveSlides(document, ordered, sectionIdAt(document, last.section + 1), 0);
    return false;
}

Core::SectionId
SlideOperations::addSection(Core::Document &document, const QString &title, int index)
{
    auto section = std::make_unique<Core::Section>();
    section->id = Core::SectionId::generate();
    section->title = title;
    const Core::SectionId id = section->id;
    const int count = int(document.course().sections().size());
    document.push(std::make_unique<Core::InsertSection>(
        &document, index < 0 || index > count ? count : index, std::move(section)));
    return id;
}

bool SlideOperations::moveSection(Core::Document &document, const Core::SectionId &id, int delta)
{
    const int from = document.course().sectionIndex(id);
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= int(document.course().sections().size()))
        return false;
    document.push(std::make_unique<Core::MoveSection>(&document, id, to));
    return true;
}

} // namespace App
