// SPDX-License-Identifier: MIT
#include "AikenReader.h"

#include "import/MarkupConverter.h"
#include "import/SourceText.h"
#include "import/Tr.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Import {

namespace {

const QRegularExpression &choicePattern()
{
    static const QRegularExpression pattern(u"^\\s*([A-Z])[).](?:\\s+|$)(.*)$"_s,
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

const QRegularExpression &answerPattern()
{
    // "ANSWER: B", "RÉPONSE : B", "Reponse:B"; \s covers no-break spaces (French typography).
    static const QRegularExpression pattern(u"^\\s*(?:ANSWER|R[ÉE]PONSE)\\s*:(.*)$"_s,
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

int firstNonSpace(const QString &line)
{
    int column = 0;
    while (column < line.size() && line[column].isSpace())
        ++column;
    return column + 1;
}

} // namespace

Core::Result<ImportResult>
AikenReader::read(const QByteArray &bytes, const QString &fileName, const Limits &limits)
{
    auto source = SourceText::decode(bytes, fileName, {limits.maxBytes, limits.maxLineLength});
    if (!source)
        return source.error();
    const QStringList &lines = source->lines();

    ImportResult result;
    result.fileName = fileName;

    enum class State { Idle, Question, Choices, Skipping };
    State state = State::Idle;
    ImportedItem item;
    QStringList text;
    QString letters;

    auto fail = [&](SourcePosition at, const QString &message) {
        item.error = source->located(at, message);
        if (item.title.isEmpty())
            item.title
                = titleFromHtml(MarkupConverter::toBlockHtml(text.join(u'\n'), TextFormat::Plain));
        result.items.push_back(std::move(item));
        item = ImportedItem();
        text.clear();
        letters.clear();
    };

    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QString &line = lines[index];
        const SourcePosition at{int(index) + 1, firstNonSpace(line)};
        const bool blank = line.trimmed().isEmpty();
        const auto answer = answerPattern().match(line);

        if (state == State::Skipping) {
            if (blank || answer.hasMatch())
                state = State::Idle;
            continue;
        }
        if (blank)
            continue; // blank lines are optional between and inside questions
        if (state == State::Idle) {
            if (answer.hasMatch()) {
                fail(at, Tr::tr("expected a question before “ANSWER:”"));
                continue;
            }
            if (int(result.items.size()) >= limits.maxItems)
                return Core::makeError(
                    Core::ErrorCode::InvalidContent,
                    source->located(at,
                                    Tr::tr("too many questions (expected at most %1 in one file)")
                                        .arg(limits.maxItems)));
            item = ImportedItem();
            item.position = at;
            item.question.type = Core::QuestionType::SingleChoice;
            text = QStringList{line.trimmed()};
            letters.clear();
            state = State::Question;
            continue;
        }
        const auto choice = choicePattern().match(line);
        if (choice.hasMatch()) {
            const QChar letter = choice.captured(1).at(0);
            if (letters.contains(letter)) {
                fail(at, Tr::tr("choice %1 is given twice").arg(letter));
                state = State::Skipping;
                continue;
            }
            letters += letter;
            Core::Choice c;
            c.id = u"c%1"_s.arg(letters.size());
            c.text = MarkupConverter::toInlineHtml(choice.captured(2).trimmed(), TextFormat::Plain);
            if (c.text.isEmpty()) {
                fail(SourcePosition{at.line, int(choice.capturedEnd(1)) + 2},
                     Tr::tr("expected the text of choice %1").arg(letter));
                state = State::Skipping;
                continue;
            }
            item.question.choices.push_back(c);
            state = State::Choices;
            continue;
        }
        if (answer.hasMatch()) {
            const SourcePosition answerAt{at.line, int(answer.capturedStart(1)) + 1};
            if (state == State::Question) {
                fail(answerAt, Tr::tr("expected choices like “A) …” and “B) …” before “ANSWER:”"));
                state = State::Idle;
                continue;
            }
            const QString given = answer.captured(1).trimmed();
            if (given.size() != 1 || !given.at(0).isLetter()) {
                fail(answerAt,
                     Tr::tr("expected one choice letter after “ANSWER:” (Aiken questions have "
                            "one right answer), not “%1”")
                         .arg(given));
                state = State::Idle;
                continue;
            }
            const qsizetype right = letters.indexOf(given.at(0).toUpper());
            if (right < 0) {
                fail(answerAt,
                     Tr::tr("expected the letter of one of the choices (%1) after “ANSWER:”, "
                            "not “%2”")
                         .arg(QStringList(letters.begin(), letters.end()).join(u", "_s), given));
                state = State::Idle;
                continue;
            }
            if (item.question.choices.size() < 2) {
                fail(at, Tr::tr("expected at least 2 choices (found 1)"));
                state = State::Idle;
                continue;
            }
            item.question.choices[size_t(right)].correct = true;
            item.question.prompt
                = MarkupConverter::toBlockHtml(text.join(u'\n'), TextFormat::Plain);
            item.title = titleFromHtml(item.question.prompt);
            result.items.push_back(std::move(item));
            item = ImportedItem();
            text.clear();
            state = State::Idle;
            continue;
        }
        if (state == State::Question) {
            text.append(line.trimmed()); // the question text goes on
            continue;
        }
        fail(at,
             Tr::tr("expected a choice like “%1) …” or “ANSWER: A” (the question at %2 has no "
                    "answer yet)")
                 .arg(QChar(letters.isEmpty() ? u'A' : QChar(letters.back().unicode() + 1)),
                      item.position.toString()));
        state = State::Skipping;
    }
    if (state == State::Question || state == State::Choices) {
        const SourcePosition end{int(lines.size()),
                                 int(lines.isEmpty() ? 1 : lines.back().size() + 1)};
        fail(end,
             Tr::tr("expected “ANSWER:” before the end of the file (the question at %1 has no "
                    "answer)")
                 .arg(item.position.toString()));
    }
    return result;
}

} // namespace Import
