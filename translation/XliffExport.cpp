// SPDX-License-Identifier: MIT
#include "XliffExport.h"

#include "Tr.h"
#include "TranslationMemory.h"
#include "core/Course.h"

using namespace Qt::StringLiterals;

namespace Translation {

QString XliffExport::roleName(Core::TextRole role)
{
    using R = Core::TextRole;
    switch (role) {
    case R::CourseTitle:
        return Tr::tr("Course title");
    case R::CourseDescription:
        return Tr::tr("Course description");
    case R::SectionTitle:
        return Tr::tr("Section title");
    case R::SlideTitle:
        return Tr::tr("Slide title");
    case R::Heading:
        return Tr::tr("Heading");
    case R::Body:
        return Tr::tr("Body text");
    case R::ItemTitle:
        return Tr::tr("Item title");
    case R::Caption:
        return Tr::tr("Caption");
    case R::AltText:
        return Tr::tr("Image description (alternative text for screen readers)");
    case R::ButtonLabel:
        return Tr::tr("Button label");
    case R::TableCell:
        return Tr::tr("Table cell");
    case R::CaptionTrackLabel:
        return Tr::tr("Caption track label");
    case R::Prompt:
        return Tr::tr("Question");
    case R::ClozeText:
        return Tr::tr("Fill-in text: keep each blank placeholder where its answer goes");
    case R::Choice:
        return Tr::tr("Answer choice");
    case R::ChoiceFeedback:
        return Tr::tr("Feedback for one choice");
    case R::CorrectFeedback:
        return Tr::tr("Feedback for a correct answer");
    case R::IncorrectFeedback:
        return Tr::tr("Feedback for an incorrect answer");
    case R::BlankLabel:
        return Tr::tr("Label of a blank");
    case R::AcceptedAnswers:
        return Tr::tr("Accepted answers, one per line");
    case R::MatchSource:
        return Tr::tr("Matching: item");
    case R::MatchTarget:
        return Tr::tr("Matching: its match");
    case R::SequenceItem:
        return Tr::tr("Item to put in order");
    case R::LikertLabel:
        return Tr::tr("Rating scale label");
    case R::RegionLabel:
        return Tr::tr("Label of an image region");
    case R::DragItem:
        return Tr::tr("Item to drag");
    case R::PassMessage:
        return Tr::tr("Message when the learner passes");
    case R::FailMessage:
        return Tr::tr("Message when the learner fails");
    case R::Situation:
        return Tr::tr("Scenario: situation");
    case R::Response:
        return Tr::tr("Scenario: response");
    case R::Consequence:
        return Tr::tr("Scenario: consequence");
    }
    return {};
}

std::optional<Segment> XliffExport::alignTarget(const QString &translation,
                                                const CodedText &source,
                                                Core::TextFormat format,
                                                Core::TextRole role)
{
    auto alignment = InlineText::align(translation, source, format, role);
    if (!alignment)
        return std::nullopt;
    return std::move(alignment->segment);
}

Core::Result<XliffExportResult> XliffExport::build(const Core::Course &course,
                                                   const QString &language,
                                                   XliffVersion version,
                                                   const TranslationMemory *memory)
{
    const QString sourceLanguage = course.metadata().language;
    const QStringList &targets = course.languages().targets;
    if (language == sourceLanguage)
        return Core::Error{Core::ErrorCode::InvalidArgument,
                           Tr::tr("%1 is the course's source language: export a target "
                                  "language")
                               .arg(language)};
    if (!targets.contains(language))
        return Core::Error{Core::ErrorCode::InvalidArgument,
                           targets.isEmpty()
                               ? Tr::tr("the course has no target language yet: add “%1” "
                                        "first")
                                     .arg(language)
                               : Tr::tr("the course has no target language “%1” (it has: %2)")
                                     .arg(language, targets.join(u", "_s))};
    XliffExportResult result;
    XliffDocument &doc = result.document;
    doc.version = version;
    doc.sourceLanguage = sourceLanguage;
    doc.targetLanguage = language;
    doc.original = course.metadata().title.isEmpty() ? u"course"_s : course.metadata().title;
    const auto languageTranslations = course.languages().translations.find(language);
    for (const Core::TextField &field : Core::textFields(course)) {
        XliffUnit unit;
        unit.id = field.unitId;
        unit.source = InlineText::fromField(field.source, field.format, field.role);
        unit.context = field.context;
        unit.role = roleName(field.role);
        unit.maxLength = field.maxLength;
        const Core::TranslationState state = Core::translationState(course, language, field);
        const Core::Translation *translation = nullptr;
        if (languageTranslations != course.languages().translations.end()) {
            const auto found = languageTranslations->second.find(field.unitId);
            if (found != languageTranslations->second.end())
                translation = &found->second;
        }
        if (translation && state != Core::TranslationState::Untranslated) {
            unit.target = alignTarget(translation->text, unit.source, field.format, field.role);
            if (unit.target) {
                ++result.withTarget;
                switch (state) {
                case Core::TranslationState::Approved:
                    unit.state = UnitState::Approved;
                    break;
                case Core::TranslationState::Outdated:
                    unit.state = UnitState::NeedsTranslation;
                    unit.origin = XliffUnit::Origin::Outdated;
                    break;
                default:
                    unit.state = UnitState::Translated;
                    break;
                }
            }
        }
        if (!unit.target && memory) {
            for (const MemoryMatch &match :
                 memory->lookup(sourceLanguage, language, field.source, 100, 1)) {
                if (match.score < 100)
                    continue;
                unit.target = alignTarget(match.target, unit.source, field.format, field.role);
                if (unit.target) {
                    unit.state = UnitState::NeedsReview;
                    unit.origin = XliffUnit::Origin::Memory;
                    ++result.prefilled;
                }
            }
        }
        doc.units.push_back(std::move(unit));
    }
    result.units = int(doc.units.size());
    return result;
}

} // namespace Translation
