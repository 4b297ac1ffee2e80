// SPDX-License-Identifier: MIT
#include "TranslationOperations.h"

#include "app/Tr.h"
#include "app/dialogs/LanguageNames.h"
#include "core/Course.h"
#include "core/Document.h"
#include "core/commands/SetTranslations.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace App {

namespace {

void push(Core::Document &document,
          const QString &language,
          const QString &unitId,
          std::optional<Core::Translation> translation,
          const QString &text)
{
    std::vector<std::pair<QString, std::optional<Core::Translation>>> changes;
    changes.emplace_back(unitId, std::move(translation));
    document.push(
        std::make_unique<Core::SetTranslations>(document, language, std::move(changes), text));
}

} // namespace

const Core::Translation *TranslationOperations::translation(const Core::Course &course,
                                                            const QString &language,
                                                            const QString &unitId)
{
    const auto &all = course.languages().translations;
    const auto units = all.find(language);
    if (units == all.end())
        return nullptr;
    const auto found = units->second.find(unitId);
    return found == units->second.end() ? nullptr : &found->second;
}

void TranslationOperations::setText(Core::Document &document,
                                    const QString &language,
                                    const Core::TextField &field,
                                    const QString &text)
{
    const Core::Translation *current = translation(document.course(), language, field.unitId);
    std::optional<Core::Translation> next;
    if (!text.isEmpty()) {
        next = Core::Translation{text, Core::sourceHash(field.source), false};
        // An unchanged text keeps its state (and its approval): nothing to record.
        if (current && current->text == text)
            return;
    } else if (!current) {
        return;
    }
    //: Undo history: a translation typed in a target language; %1 the language, %2 the field's
    //: role ("Slide title")
    push(document,
         language,
         field.unitId,
         std::move(next),
         Tr::tr("Translate into %1: %2").arg(languageName(language), roleName(field.role)));
}

void TranslationOperations::setApproved(Core::Document &document,
                                        const QString &language,
                                        const Core::TextField &field,
                                        bool approved)
{
    const Core::Translation *current = translation(document.course(), language, field.unitId);
    if (!current)
        return;
    Core::Translation next = *current;
    next.approved = approved;
    if (approved)
        next.sourceHash = Core::sourceHash(field.source); // confirmed for today's source
    if (next == *current)
        return;
    push(document,
         language,
         field.unitId,
         next,
         approved
             //: Undo history; %1 the language, %2 the field's role ("Slide title")
             ? Tr::tr("Approve translation into %1: %2")
                   .arg(languageName(language), roleName(field.role))
             //: Undo history; %1 the language, %2 the field's role ("Slide title")
             : Tr::tr("Withdraw approval (%1): %2")
                   .arg(languageName(language), roleName(field.role)));
}

void TranslationOperations::setMedia(Core::Document &document,
                                     const QString &language,
                                     const Core::MediaField &field,
                                     const Core::AssetId &asset)
{
    const Core::Translation *current = translation(document.course(), language, field.unitId);
    std::optional<Core::Translation> next;
    if (!asset.isNull() && asset != field.source)
        next
            = Core::Translation{asset.toString(), Core::sourceHash(field.source.toString()), false};
    if ((!current && !next) || (current && next && *current == *next))
        return;
    push(document,
         language,
         field.unitId,
         std::move(next),
         //: Undo history: another image or video for a target language; %1 the language
         asset.isNull() || asset == field.source
             ? Tr::tr("Use the source's media in %1").arg(languageName(language))
             : Tr::tr("Use other media in %1").arg(languageName(language)));
}

Core::AssetId TranslationOperations::mediaIn(const Core::Course &course,
                                             const QString &language,
                                             const Core::MediaField &field)
{
    const Core::Translation *own = translation(course, language, field.unitId);
    if (own && !own->text.isEmpty() && course.asset(Core::AssetId(own->text)))
        return Core::AssetId(own->text);
    return field.source;
}

std::vector<Core::TextField> TranslationOperations::fieldsOf(const Core::Course &course,
                                                             const Core::SlideId &slide)
{
    std::vector<Core::TextField> fields = Core::textFields(course);
    std::erase_if(fields, [&slide](const Core::TextField &field) { return field.slide != slide; });
    return fields;
}

QString TranslationOperations::languageName(const QString &code)
{
    return LanguageNames::displayName(code);
}

QString TranslationOperations::stateName(Core::TranslationState state)
{
    switch (state) {
    case Core::TranslationState::Untranslated:
        return Tr::tr("Untranslated");
    case Core::TranslationState::Translated:
        return Tr::tr("Translated");
    case Core::TranslationState::Outdated:
        return Tr::tr("Outdated");
    case Core::TranslationState::Approved:
        return Tr::tr("Approved");
    }
    return {};
}

QString TranslationOperations::stateDescription(Core::TranslationState state)
{
    switch (state) {
    case Core::TranslationState::Untranslated:
        return Tr::tr("Not translated yet: learners see the source text.");
    case Core::TranslationState::Translated:
        return Tr::tr("Translated, waiting for a review: approve it once checked.");
    case Core::TranslationState::Outdated:
        return Tr::tr("The source text changed since this translation was made: check it, "
                      "edit it or approve it as it is.");
    case Core::TranslationState::Approved:
        return Tr::tr("Checked and approved.");
    }
    return {};
}

QColor TranslationOperations::stateColor(Core::TranslationState state)
{
    switch (state) {
    case Core::TranslationState::Untranslated:
        return QColor(0x6b, 0x72, 0x80);
    case Core::TranslationState::Translated:
        return QColor(0x1d, 0x5f, 0xbf);
    case Core::TranslationState::Outdated:
        return QColor(0xb4, 0x53, 0x09);
    case Core::TranslationState::Approved:
        return QColor(0x2e, 0x7d, 0x32);
    }
    return {};
}

QString TranslationOperations::roleName(Core::TextRole role)
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
        return Tr::tr("Text");
    case R::ItemTitle:
        return Tr::tr("Item title");
    case R::Caption:
        return Tr::tr("Caption");
    case R::AltText:
        return Tr::tr("Alternative text");
    case R::ButtonLabel:
        return Tr::tr("Button label");
    case R::TableCell:
        return Tr::tr("Table cell");
    case R::CaptionTrackLabel:
        return Tr::tr("Caption track label");
    case R::Prompt:
        return Tr::tr("Question");
    case R::ClozeText:
        return Tr::tr("Text with blanks");
    case R::Choice:
        return Tr::tr("Answer");
    case R::ChoiceFeedback:
        return Tr::tr("Answer feedback");
    case R::CorrectFeedback:
        return Tr::tr("Feedback when correct");
    case R::IncorrectFeedback:
        return Tr::tr("Feedback when incorrect");
    case R::BlankLabel:
        return Tr::tr("Blank label");
    case R::AcceptedAnswers:
        return Tr::tr("Accepted answers");
    case R::MatchSource:
        return Tr::tr("Matching item");
    case R::MatchTarget:
        return Tr::tr("Matching answer");
    case R::SequenceItem:
        return Tr::tr("Sequence step");
    case R::LikertLabel:
        return Tr::tr("Scale label");
    case R::RegionLabel:
        return Tr::tr("Zone label");
    case R::DragItem:
        return Tr::tr("Item to drag");
    case R::PassMessage:
        return Tr::tr("Message when passed");
    case R::FailMessage:
        return Tr::tr("Message when failed");
    case R::Situation:
        return Tr::tr("Situation");
    case R::Response:
        return Tr::tr("Response");
    case R::Consequence:
        return Tr::tr("Consequence");
    }
    return {};
}

QString TranslationOperations::describe(const Core::Course &course,
                                        const Core::TextField &field,
                                        bool inSlide)
{
    const QString role = roleName(field.role);
    QStringList where = field.context.split(u" › "_s, Qt::SkipEmptyParts);
    if (!where.isEmpty() && where.last().compare(role, Qt::CaseInsensitive) == 0)
        where.removeLast();
    const Core::Slide *slide = field.slide.isNull() ? nullptr : course.slide(field.slide);
    if (inSlide && slide && !where.isEmpty()) {
        where.removeFirst(); // the section or the bank
        if (!where.isEmpty() && where.first() == slide->title)
            where.removeFirst();
    }
    if (where.isEmpty())
        return role;
    //: A text's role and where it is: "Answer · Quiz › Question 2"
    return Tr::tr("%1 · %2").arg(role, where.join(u" › "_s));
}

bool TranslationOperations::isMultiLine(const Core::TextField &field)
{
    if (field.format == Core::TextFormat::Html)
        return true;
    switch (field.role) {
    case Core::TextRole::CourseDescription:
    case Core::TextRole::AcceptedAnswers:
    case Core::TextRole::ClozeText:
    case Core::TextRole::Prompt:
    case Core::TextRole::Body:
    case Core::TextRole::ChoiceFeedback:
    case Core::TextRole::CorrectFeedback:
    case Core::TextRole::IncorrectFeedback:
    case Core::TextRole::PassMessage:
    case Core::TextRole::FailMessage:
    case Core::TextRole::Situation:
    case Core::TextRole::Consequence:
        return true;
    default:
        // A long text is easier to translate on several lines.
        return field.source.contains(u'\n') || field.source.size() > 120;
    }
}

} // namespace App
