// SPDX-License-Identifier: MIT
#include "XliffImport.h"

#include "Tr.h"
#include "core/Course.h"
#include "core/Document.h"
#include "core/HtmlSanitizer.h"
#include "core/commands/SetTranslations.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Translation {

namespace {

bool sameLanguage(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString shortened(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() > 60 ? simple.left(59) + u'…' : simple;
}

} // namespace

QString XliffImportReport::describe(const ImportProblem &problem) const
{
    return u"%1:%2: %3: %4"_s.arg(fileName).arg(problem.line).arg(problem.unitId, problem.message);
}

Core::Result<XliffImportReport> XliffImport::check(const Core::Course &course,
                                                   const XliffDocument &document,
                                                   const QString &fileName)
{
    const QString sourceLanguage = course.metadata().language;
    if (!sameLanguage(document.sourceLanguage, sourceLanguage))
        return Core::Error{Core::ErrorCode::InvalidContent,
                           Tr::tr("%1: the file translates from “%2” but the course's source "
                                  "language is “%3”")
                               .arg(fileName, document.sourceLanguage, sourceLanguage)};
    QString language;
    for (const QString &target : course.languages().targets) {
        if (sameLanguage(target, document.targetLanguage))
            language = target;
    }
    if (language.isEmpty())
        return Core::Error{
            Core::ErrorCode::InvalidContent,
            sameLanguage(document.targetLanguage, sourceLanguage)
                ? Tr::tr("%1: the file's target language “%2” is the course's source language")
                      .arg(fileName, document.targetLanguage)
                : Tr::tr("%1: wrong target language “%2”: the course's target languages are "
                         "%3; add the language to the course first")
                      .arg(fileName,
                           document.targetLanguage,
                           course.languages().targets.isEmpty()
                               ? Tr::tr("none")
                               : course.languages().targets.join(u", "_s))};

    XliffImportReport report;
    report.fileName = fileName;
    report.language = language;
    report.units = int(document.units.size());
    const std::vector<Core::TextField> fields = Core::textFields(course);
    QHash<QString, const Core::TextField *> byId;
    for (const Core::TextField &field : fields)
        byId.insert(field.unitId, &field);
    const auto existing = course.languages().translations.find(language);
    QHash<QString, int> seen;
    for (const XliffUnit &unit : document.units) {
        const auto refuse = [&](const QString &message) {
            report.refused.push_back({unit.line, unit.id, message});
        };
        if (seen.contains(unit.id)) {
            refuse(Tr::tr("this unit id appears a second time (first on line %1); the first "
                          "one counts")
                       .arg(seen.value(unit.id)));
            continue;
        }
        seen.insert(unit.id, unit.line);
        const Core::TextField *field = byId.value(unit.id);
        if (!field) {
            refuse(Tr::tr("unknown unit id: the course has no such text (deleted since the "
                          "export, or not from this course)"));
            continue;
        }
        if (!unit.error.isEmpty()) {
            refuse(unit.error);
            continue;
        }
        const CodedText source = InlineText::fromField(field->source, field->format, field->role);
        if (!(unit.source.segment == source.segment)) {
            refuse(Tr::tr("the source text changed since the export (now “%1”): export again "
                          "and translate the new text")
                       .arg(shortened(source.segment.plainText())));
            continue;
        }
        if (!unit.target || unit.state == UnitState::New
            || unit.state == UnitState::NeedsTranslation) {
            ++report.untranslated;
            continue;
        }
        if (!unit.targetLanguage.isEmpty() && !sameLanguage(unit.targetLanguage, language)) {
            refuse(Tr::tr("the target is in “%1”, not in the file's language “%2”")
                       .arg(unit.targetLanguage, language));
            continue;
        }
        if (unit.target->plainText().trimmed().isEmpty()) {
            refuse(Tr::tr("empty target: nothing to import"));
            continue;
        }
        // Codes the current translation localized (a link to the page in its language) keep
        // the translation's markup: the XLIFF file only carries the source's.
        std::optional<Alignment> localized;
        if (existing != course.languages().translations.end()) {
            const auto found = existing->second.find(unit.id);
            if (found != existing->second.end())
                localized
                    = InlineText::align(found->second.text, source, field->format, field->role);
        }
        const auto text = InlineText::toField(*unit.target,
                                              source,
                                              field->format,
                                              field->role,
                                              localized ? &localized->markup : nullptr);
        if (!text) {
            refuse(text.error().message);
            continue;
        }
        if (field->maxLength > 0) {
            const QString plain = field->format == Core::TextFormat::Html
                                      ? Core::HtmlSanitizer::toPlainText(text.value())
                                      : text.value();
            if (plain.size() > field->maxLength) {
                refuse(Tr::tr("the translation has %1 characters, more than the %2 this text "
                              "allows")
                           .arg(plain.size())
                           .arg(field->maxLength));
                continue;
            }
        }
        Core::Translation translation{
            text.value(), Core::sourceHash(field->source), unit.state == UnitState::Approved};
        if (translation.approved)
            report.approved.push_back({sourceLanguage,
                                       language,
                                       field->source,
                                       translation.text,
                                       course.metadata().title,
                                       QDateTime::currentDateTimeUtc()});
        if (existing != course.languages().translations.end()) {
            const auto current = existing->second.find(unit.id);
            if (current != existing->second.end() && current->second == translation) {
                ++report.unchanged;
                continue;
            }
        }
        report.changes.emplace_back(unit.id, std::move(translation));
    }
    return report;
}

std::unique_ptr<QUndoCommand> XliffImport::makeCommand(Core::Document &document,
                                                       const XliffImportReport &report)
{
    if (report.changes.empty())
        return nullptr;
    return std::make_unique<Core::SetTranslations>(
        document,
        report.language,
        report.changes,
        Tr::tr("Import %n Translation(s)", nullptr, int(report.changes.size())));
}

} // namespace Translation
