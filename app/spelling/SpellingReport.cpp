// SPDX-License-Identifier: MIT
#include "SpellingReport.h"

#include "SpellingService.h"
#include "WordTokenizer.h"
#include "core/Course.h"

#include <QSet>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;

namespace App {

namespace {

constexpr int excerptRadius = 30;

QString excerptAround(const QString &text, int start, int length)
{
    const int from = qMax(0, start - excerptRadius);
    const int to = qMin(int(text.size()), start + length + excerptRadius);
    QString excerpt = text.mid(from, to - from).simplified();
    if (from > 0)
        excerpt.prepend(u'…');
    if (to < text.size())
        excerpt.append(u'…');
    return excerpt;
}

void checkText(const Core::TextField &field,
               const QString &language,
               const QString &text,
               SpellingService &spelling,
               std::vector<SpellingReport::Entry> &entries)
{
    const QString plain = SpellingReport::plainText(text, field.format);
    QSet<QString> seen;
    for (const WordTokenizer::Word &word : WordTokenizer::words(plain)) {
        const QString spelled = plain.mid(word.start, word.length);
        if (seen.contains(spelled) || spelling.isCorrect(language, spelled))
            continue;
        seen.insert(spelled);
        entries.push_back({language,
                           spelled,
                           field.unitId,
                           field.slide,
                           field.role,
                           field.context,
                           excerptAround(plain, word.start, word.length)});
    }
}

} // namespace

QString SpellingReport::plainText(const QString &text, Core::TextFormat format)
{
    if (format == Core::TextFormat::Html)
        return QTextDocumentFragment::fromHtml(text).toPlainText();
    return text;
}

SpellingReport::Result SpellingReport::check(const Core::Course &course, SpellingService &spelling)
{
    Result result;
    const std::vector<Core::TextField> fields = Core::textFields(course);
    const Core::CourseLanguages &languages = course.languages();
    QStringList all{course.metadata().language};
    for (const QString &target : languages.targets) {
        if (!all.contains(target))
            all.append(target);
    }
    for (int i = 0; i < all.size(); ++i) {
        const QString &language = all[i];
        if (language.isEmpty())
            continue;
        if (!spelling.hasDictionary(language)) {
            result.uncheckedLanguages.append(language);
            continue;
        }
        result.checkedLanguages.append(language);
        if (i == 0) {
            for (const Core::TextField &field : fields) {
                checkText(field, language, field.source, spelling, result.entries);
                ++result.textCount;
            }
            continue;
        }
        const auto translations = languages.translations.find(language);
        if (translations == languages.translations.end())
            continue;
        for (const Core::TextField &field : fields) {
            const auto translation = translations->second.find(field.unitId);
            if (translation == translations->second.end() || translation->second.text.isEmpty())
                continue;
            checkText(field, language, translation->second.text, spelling, result.entries);
            ++result.textCount;
        }
    }
    return result;
}

Core::Validator::Field SpellingReport::fieldOf(Core::TextRole role)
{
    using Field = Core::Validator::Field;
    using Role = Core::TextRole;
    switch (role) {
    case Role::CourseTitle:
    case Role::CourseDescription:
        return Field::CourseTitle;
    case Role::SectionTitle:
    case Role::SlideTitle:
        return Field::None;
    case Role::Heading:
    case Role::Body:
    case Role::ItemTitle:
    case Role::Caption:
    case Role::AltText:
    case Role::ButtonLabel:
    case Role::TableCell:
        return Field::Block;
    case Role::CaptionTrackLabel:
        return Field::Captions;
    case Role::Prompt:
        return Field::Prompt;
    case Role::ClozeText:
        return Field::ClozeText;
    case Role::CorrectFeedback:
        return Field::CorrectFeedback;
    case Role::IncorrectFeedback:
        return Field::IncorrectFeedback;
    case Role::Choice:
    case Role::ChoiceFeedback:
    case Role::BlankLabel:
    case Role::AcceptedAnswers:
    case Role::MatchSource:
    case Role::MatchTarget:
    case Role::SequenceItem:
    case Role::LikertLabel:
    case Role::RegionLabel:
    case Role::DragItem:
        return Field::Answers;
    case Role::PassMessage:
        return Field::PassMessage;
    case Role::FailMessage:
        return Field::FailMessage;
    case Role::Situation:
        return Field::Situation;
    case Role::Response:
    case Role::Consequence:
        return Field::Responses;
    }
    return Field::None;
}

} // namespace App
