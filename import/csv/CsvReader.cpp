// SPDX-License-Identifier: MIT
#include "CsvReader.h"

#include "import/MarkupConverter.h"
#include "import/SourceText.h"
#include "import/Tr.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <map>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace Import {

namespace {

struct Cell
{
    QString text;
    SourcePosition position;
};
using Row = std::vector<Cell>;

/** Splits normalized text (LF line ends) into rows of cells, RFC 4180 style. */
class Tokenizer
{
public:
    Tokenizer(const SourceText &source,
              const QString &text,
              QChar separator,
              const CsvReader::Limits &limits)
        : m_source(source)
        , m_text(text)
        , m_separator(separator)
        , m_limits(limits)
    {}

    /** The next row, or nothing at the end; error set on a malformed file. */
    std::optional<Row> next(QString &error)
    {
        if (m_at >= m_text.size())
            return std::nullopt;
        Row row;
        while (true) {
            Cell cell;
            cell.position = here();
            if (m_at < m_text.size() && m_text[m_at] == u'"') {
                const SourcePosition opened = here();
                advance();
                bool closed = false;
                while (m_at < m_text.size()) {
                    const QChar c = m_text[m_at];
                    if (c == u'"') {
                        if (m_at + 1 < m_text.size() && m_text[m_at + 1] == u'"') {
                            cell.text += u'"';
                            advance();
                            advance();
                            continue;
                        }
                        advance();
                        closed = true;
                        break;
                    }
                    cell.text += c;
                    advance();
                    if (cell.text.size() > m_limits.maxCellLength) {
                        error = m_source.located(opened,
                                                 Tr::tr("cell too long (expected at most %1 "
                                                        "characters in one cell)")
                                                     .arg(m_limits.maxCellLength));
                        return std::nullopt;
                    }
                }
                if (!closed) {
                    error = m_source.located(here(),
                                             Tr::tr("expected '\"' to close the cell opened at %1")
                                                 .arg(opened.toString()));
                    return std::nullopt;
                }
                if (m_at < m_text.size() && m_text[m_at] != m_separator && m_text[m_at] != u'\n') {
                    error = m_source.located(
                        here(),
                        Tr::tr("expected '%1' or the end of the line after the closing quote "
                               "of the cell opened at %2 (write \"\" for a quote inside a cell)")
                            .arg(m_separator == u'\t' ? u"\\t"_s : QString(m_separator),
                                 opened.toString()));
                    return std::nullopt;
                }
            } else {
                while (m_at < m_text.size() && m_text[m_at] != m_separator
                       && m_text[m_at] != u'\n') {
                    cell.text += m_text[m_at];
                    advance();
                }
            }
            row.push_back(std::move(cell));
            if (int(row.size()) > m_limits.maxColumns) {
                error = m_source.located(
                    row.back().position,
                    Tr::tr("too many columns (expected at most %1)").arg(m_limits.maxColumns));
                return std::nullopt;
            }
            if (m_at >= m_text.size())
                return row;
            if (m_text[m_at] == u'\n') {
                advance();
                return row;
            }
            advance(); // the separator
        }
    }

private:
    SourcePosition here() const { return SourcePosition{m_line, int(m_at - m_lineStart) + 1}; }
    void advance()
    {
        if (m_text[m_at] == u'\n') {
            ++m_line;
            m_lineStart = m_at + 1;
        }
        ++m_at;
    }

    const SourceText &m_source;
    const QString &m_text;
    QChar m_separator;
    const CsvReader::Limits &m_limits;
    qsizetype m_at = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
};

QChar detectSeparator(const QString &header)
{
    int counts[3] = {0, 0, 0};
    bool quoted = false;
    for (const QChar c : header) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u',')
            ++counts[0];
        else if (!quoted && c == u';')
            ++counts[1];
        else if (!quoted && c == u'\t')
            ++counts[2];
    }
    if (counts[1] > counts[0] && counts[1] >= counts[2])
        return u';';
    if (counts[2] > counts[0] && counts[2] > counts[1])
        return u'\t';
    return u',';
}

enum class Column {
    Type,
    Title,
    Category,
    Prompt,
    Points,
    Shuffle,
    Correct,
    Text,
    Feedback,
    CorrectFeedback,
    IncorrectFeedback,
    Tags,
    Difficulty,
    Answer
};

const std::map<QString, Column> &namedColumns()
{
    static const std::map<QString, Column> columns{
        {u"type"_s, Column::Type},
        {u"title"_s, Column::Title},
        {u"category"_s, Column::Category},
        {u"prompt"_s, Column::Prompt},
        {u"points"_s, Column::Points},
        {u"shuffle"_s, Column::Shuffle},
        {u"correct"_s, Column::Correct},
        {u"text"_s, Column::Text},
        {u"feedback"_s, Column::Feedback},
        {u"correct_feedback"_s, Column::CorrectFeedback},
        {u"incorrect_feedback"_s, Column::IncorrectFeedback},
        {u"tags"_s, Column::Tags},
        {u"difficulty"_s, Column::Difficulty},
    };
    return columns;
}

std::optional<double> parseNumber(QString text)
{
    text = text.trimmed();
    bool ok = false;
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator); // "1,5" is never fifteen
    double value = c.toDouble(text, &ok);
    if (!ok && !text.contains(u'.')) // a decimal comma, as French spreadsheets write it
        value = c.toDouble(QString(text).replace(u',', u'.'), &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<bool> parseBoolean(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (QStringView yes : {u"true", u"t", u"vrai", u"v", u"yes", u"y", u"oui", u"o", u"1"})
        if (t == yes)
            return true;
    for (QStringView no : {u"false", u"f", u"faux", u"no", u"n", u"non", u"0"})
        if (t == no)
            return false;
    return std::nullopt;
}

/** Builds one question from a row. */
class RowReader
{
public:
    RowReader(const SourceText &source,
              const std::vector<std::pair<Column, int>> &columns,
              const Row &row)
        : m_source(source)
        , m_row(row)
    {
        for (size_t i = 0; i < columns.size() && i < row.size(); ++i) {
            if (columns[i].first == Column::Answer) {
                if (!row[i].text.trimmed().isEmpty())
                    m_answers.emplace_back(columns[i].second, &row[i]);
            } else {
                m_cells[columns[i].first] = &row[i];
            }
        }
        std::sort(m_answers.begin(), m_answers.end(), [](const auto &a, const auto &b) {
            return a.first < b.first;
        });
    }

    ImportedItem read()
    {
        ImportedItem item;
        item.position = m_row.front().position;
        item.title = value(Column::Title).simplified();
        item.category = value(Column::Category).trimmed();
        if (auto error = fill(item)) {
            item.error = *error;
        } else if (item.title.isEmpty()) {
            item.title = titleFromHtml(item.question.prompt);
        }
        if (item.title.isEmpty())
            item.title = titleFromHtml(MarkupConverter::escape(value(Column::Prompt)));
        return item;
    }

private:
    QString value(Column column) const
    {
        const auto it = m_cells.find(column);
        return it == m_cells.end() ? QString() : it->second->text;
    }
    SourcePosition position(Column column) const
    {
        const auto it = m_cells.find(column);
        return it == m_cells.end() ? m_row.front().position : it->second->position;
    }
    QString errorAt(Column column, const QString &message) const
    {
        return m_source.located(position(column), message);
    }

    std::optional<QString> fill(ImportedItem &item)
    {
        Core::Question &q = item.question;
        const QString typeName = value(Column::Type).trimmed().toLower();
        if (!Core::fromString(typeName, q.type)) {
            QStringList names;
            for (Core::QuestionType type : Core::allQuestionTypes()) {
                if (type != Core::QuestionType::DragDrop && type != Core::QuestionType::Hotspot)
                    names.append(Core::toString(type));
            }
            return errorAt(Column::Type,
                           Tr::tr("expected a question type (%1), not “%2”")
                               .arg(names.join(u", "_s), value(Column::Type).trimmed()));
        }
        q.prompt = MarkupConverter::toBlockHtml(value(Column::Prompt), TextFormat::Moodle);
        if (q.prompt.isEmpty())
            return errorAt(Column::Prompt, Tr::tr("expected the question in the prompt column"));
        if (const QString points = value(Column::Points).trimmed(); !points.isEmpty()) {
            const auto number = parseNumber(points);
            if (!number || *number < 0)
                return errorAt(
                    Column::Points,
                    Tr::tr("expected a number of points of zero or more, not “%1”").arg(points));
            q.points = *number;
        } else if (!Core::isGraded(q.type)) {
            q.points = 0;
        }
        if (const QString shuffle = value(Column::Shuffle).trimmed(); !shuffle.isEmpty()) {
            const auto flag = parseBoolean(shuffle);
            if (!flag)
                return errorAt(
                    Column::Shuffle,
                    Tr::tr("expected yes or no in the shuffle column, not “%1”").arg(shuffle));
            q.shuffle = *flag;
        }
        const QString feedback
            = MarkupConverter::toInlineHtml(value(Column::Feedback), TextFormat::Moodle);
        q.correctFeedback
            = MarkupConverter::toInlineHtml(value(Column::CorrectFeedback), TextFormat::Moodle);
        q.incorrectFeedback
            = MarkupConverter::toInlineHtml(value(Column::IncorrectFeedback), TextFormat::Moodle);
        if (q.correctFeedback.isEmpty())
            q.correctFeedback = feedback;
        if (q.incorrectFeedback.isEmpty())
            q.incorrectFeedback = feedback;
        // Tags: comma-separated (a semicolon too, as a spreadsheet user may write them).
        for (const QString &tag : value(Column::Tags).split(QRegularExpression(u"[,;]"_s))) {
            const QString trimmed = tag.simplified();
            if (!trimmed.isEmpty() && !item.tags.contains(trimmed))
                item.tags.append(trimmed);
        }
        if (const QString level = value(Column::Difficulty).trimmed().toLower(); !level.isEmpty()) {
            static const std::map<QString, Core::Difficulty> levels{
                {u"easy"_s, Core::Difficulty::Easy},
                {u"medium"_s, Core::Difficulty::Medium},
                {u"hard"_s, Core::Difficulty::Hard},
                {u"facile"_s, Core::Difficulty::Easy},
                {u"moyen"_s, Core::Difficulty::Medium},
                {u"moyenne"_s, Core::Difficulty::Medium},
                {u"difficile"_s, Core::Difficulty::Hard},
            };
            const auto it = levels.find(level);
            if (it == levels.end())
                return errorAt(Column::Difficulty,
                               Tr::tr("expected easy, medium or hard (or facile, moyen, "
                                      "difficile) in the difficulty column, not “%1”")
                                   .arg(value(Column::Difficulty).trimmed()));
            item.difficulty = it->second;
        }

        switch (q.type) {
        case Core::QuestionType::SingleChoice:
        case Core::QuestionType::MultipleResponse:
            return choices(item);
        case Core::QuestionType::TrueFalse: {
            const auto answer = parseBoolean(value(Column::Correct));
            if (!answer)
                return errorAt(Column::Correct,
                               Tr::tr("expected true or false in the correct column, not “%1”")
                                   .arg(value(Column::Correct).trimmed()));
            q.trueFalseAnswer = *answer;
            return std::nullopt;
        }
        case Core::QuestionType::FillIn:
            return fillIn(item);
        case Core::QuestionType::Matching:
            return matching(item);
        case Core::QuestionType::Sequencing:
            if (m_answers.size() < 2)
                return tooFewAnswers(2);
            for (const auto &[number, cell] : m_answers)
                q.items.push_back(
                    Core::SequenceItem{u"s%1"_s.arg(q.items.size() + 1), plain(cell->text)});
            return std::nullopt;
        case Core::QuestionType::Numeric:
            return numeric(item);
        case Core::QuestionType::Likert:
            if (m_answers.size() < 2)
                return tooFewAnswers(2);
            for (const auto &[number, cell] : m_answers)
                q.likertScale.append(plain(cell->text));
            return std::nullopt;
        case Core::QuestionType::OpenText:
            return std::nullopt;
        case Core::QuestionType::DragDrop:
        case Core::QuestionType::Hotspot:
            // Their zones are drawn on an image: a spreadsheet row cannot hold them.
            return errorAt(Column::Type,
                           Tr::tr("“%1” questions are drawn on an image and cannot be imported "
                                  "from CSV: create them in the editor")
                               .arg(typeName));
        }
        return std::nullopt;
    }

    static QString plain(const QString &text)
    {
        return MarkupConverter::toPlainText(text, TextFormat::Moodle);
    }

    QString tooFewAnswers(int minimum) const
    {
        return m_source.located(m_answers.empty() ? m_row.front().position
                                                  : m_answers.front().second->position,
                                Tr::tr("expected at least %1 answers in the answer columns "
                                       "(found %2)")
                                    .arg(minimum)
                                    .arg(m_answers.size()));
    }

    std::optional<QString> choices(ImportedItem &item)
    {
        Core::Question &q = item.question;
        if (m_answers.size() < 2)
            return tooFewAnswers(2);
        // "2", "1,3", "B;D", "a c": numbers or letters of the answer columns.
        const QString correct = value(Column::Correct).trimmed();
        static const QRegularExpression separators(u"[\\s,;|/+]+"_s);
        const QStringList tokens = correct.split(separators, Qt::SkipEmptyParts);
        QList<int> right;
        for (const QString &token : tokens) {
            bool isNumber = false;
            int index = token.toInt(&isNumber);
            if (!isNumber && token.size() == 1 && token.at(0).isLetter())
                index = token.at(0).toUpper().unicode() - u'A' + 1;
            const bool found = std::any_of(m_answers.begin(), m_answers.end(), [&](const auto &a) {
                return a.first == index;
            });
            if (!found)
                return errorAt(Column::Correct,
                               Tr::tr("expected the number or letter of a filled answer column "
                                      "in the correct column, not “%1”")
                                   .arg(token));
            right.append(index);
        }
        if (right.isEmpty())
            return errorAt(Column::Correct,
                           Tr::tr("expected the right answer's number or letter in the correct "
                                  "column (1 or A for answer1)"));
        if (q.type == Core::QuestionType::SingleChoice && right.size() > 1)
            return errorAt(Column::Correct,
                           Tr::tr("expected one right answer for a single-choice question "
                                  "(found %1; use multiple-response)")
                               .arg(right.size()));
        for (const auto &[number, cell] : m_answers) {
            Core::Choice choice;
            choice.id = u"c%1"_s.arg(q.choices.size() + 1);
            choice.text = MarkupConverter::toInlineHtml(cell->text, TextFormat::Moodle);
            choice.correct = right.contains(number);
            q.choices.push_back(choice);
        }
        return std::nullopt;
    }

    std::optional<QString> fillIn(ImportedItem &item)
    {
        Core::Question &q = item.question;
        Core::Blank blank;
        blank.id = u"b1"_s;
        for (const auto &[number, cell] : m_answers)
            blank.acceptedAnswers.append(plain(cell->text));
        if (blank.acceptedAnswers.isEmpty())
            return tooFewAnswers(1);
        q.blanks.push_back(blank);
        const QString text = value(Column::Text).simplified();
        if (!text.isEmpty()) {
            if (!text.contains(u"[[1]]"_s))
                return errorAt(Column::Text,
                               Tr::tr("expected the blank written [[1]] in the text column"));
            static const QRegularExpression otherBlank(u"\\[\\[(?!1\\]\\])\\d+\\]\\]"_s);
            if (otherBlank.match(text).hasMatch())
                return errorAt(Column::Text,
                               Tr::tr("expected one blank, [[1]], in the text column (a CSV "
                                      "fill-in has one blank)"));
            q.clozeText = text;
        }
        return std::nullopt;
    }

    std::optional<QString> matching(ImportedItem &item)
    {
        Core::Question &q = item.question;
        if (m_answers.size() < 2)
            return tooFewAnswers(2);
        for (const auto &[number, cell] : m_answers) {
            const qsizetype arrow = cell->text.indexOf(u"->"_s);
            if (arrow < 0)
                return m_source.located(cell->position,
                                        Tr::tr("expected “left -> right” in answer%1").arg(number));
            const QString source = plain(cell->text.left(arrow));
            const QString target = plain(cell->text.mid(arrow + 2));
            if (source.isEmpty() || target.isEmpty())
                return m_source.located(
                    cell->position,
                    Tr::tr("expected text on both sides of “->” in answer%1").arg(number));
            q.pairs.push_back(Core::MatchPair{u"p%1"_s.arg(q.pairs.size() + 1), source, target});
        }
        return std::nullopt;
    }

    std::optional<QString> numeric(ImportedItem &item)
    {
        Core::NumericAnswer &n = item.question.numeric;
        const QString correct = value(Column::Correct).trimmed();
        const QString expected = Tr::tr("expected a number like 3.14, 3.14:0.01 or 1..5 in the "
                                        "correct column, not “%1”")
                                     .arg(correct);
        if (const qsizetype dots = correct.indexOf(u".."_s); dots >= 0) {
            const auto minimum = parseNumber(correct.left(dots));
            const auto maximum = parseNumber(correct.mid(dots + 2));
            if (!minimum || !maximum)
                return errorAt(Column::Correct, expected);
            if (*minimum > *maximum)
                return errorAt(
                    Column::Correct,
                    Tr::tr("expected the minimum before the maximum in the range %1").arg(correct));
            n.isRange = true;
            n.minimum = *minimum;
            n.maximum = *maximum;
            return std::nullopt;
        }
        const qsizetype colon = correct.indexOf(u':');
        const auto value = parseNumber(colon < 0 ? correct : correct.left(colon));
        const auto tolerance
            = colon < 0 ? std::optional<double>(0) : parseNumber(correct.mid(colon + 1));
        if (!value || !tolerance)
            return errorAt(Column::Correct, expected);
        if (*tolerance < 0)
            return errorAt(Column::Correct, Tr::tr("expected a tolerance of zero or more"));
        n.isRange = false;
        n.value = *value;
        n.tolerance = *tolerance;
        return std::nullopt;
    }

    const SourceText &m_source;
    const Row &m_row;
    std::map<Column, const Cell *> m_cells;
    std::vector<std::pair<int, const Cell *>> m_answers; ///< answer number, cell; sorted
};

} // namespace

QStringList CsvReader::columnNames()
{
    return {u"type"_s,
            u"title"_s,
            u"category"_s,
            u"prompt"_s,
            u"points"_s,
            u"shuffle"_s,
            u"correct"_s,
            u"text"_s,
            u"feedback"_s,
            u"correct_feedback"_s,
            u"incorrect_feedback"_s,
            u"tags"_s,
            u"difficulty"_s,
            u"answer1…"_s};
}

QByteArray CsvReader::templateFile()
{
    QFile file(u":/templates/questions-template.csv"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Core::Result<ImportResult>
CsvReader::read(const QByteArray &bytes, const QString &fileName, const Limits &limits)
{
    auto source = SourceText::decode(bytes, fileName, {limits.maxBytes, limits.maxLineLength});
    if (!source)
        return source.error();
    const QString text = source->lines().join(u'\n');
    ImportResult result;
    result.fileName = fileName;
    if (text.trimmed().isEmpty())
        return Core::makeError(Core::ErrorCode::InvalidContent,
                               source->located(SourcePosition{1, 1},
                                               Tr::tr("expected a header line naming the "
                                                      "columns (type, prompt, …)")));

    Tokenizer tokenizer(*source, text, detectSeparator(source->lines().front()), limits);
    QString error;
    const auto header = tokenizer.next(error);
    if (!header)
        return Core::makeError(Core::ErrorCode::InvalidContent, error);

    std::vector<std::pair<Column, int>> columns;
    bool hasType = false;
    bool hasPrompt = false;
    static const QRegularExpression answerColumn(u"^(?:answer|choice)\\s*_?(\\d{1,3})$"_s);
    for (const Cell &cell : *header) {
        const QString name = cell.text.trimmed().toLower();
        if (const auto known = namedColumns().find(name); known != namedColumns().end()) {
            columns.emplace_back(known->second, 0);
            hasType = hasType || known->second == Column::Type;
            hasPrompt = hasPrompt || known->second == Column::Prompt;
        } else if (const auto m = answerColumn.match(name);
                   m.hasMatch() && m.captured(1).toInt() >= 1
                   && m.captured(1).toInt() <= maxAnswerColumns) {
            columns.emplace_back(Column::Answer, m.captured(1).toInt());
        } else if (name.isEmpty()) {
            columns.emplace_back(Column::Answer, 0); // an empty trailing column: ignored
        } else {
            return Core::makeError(
                Core::ErrorCode::InvalidContent,
                source->located(cell.position,
                                Tr::tr("unknown column “%1” (expected one of %2, answer%3 "
                                       "at most)")
                                    .arg(cell.text.trimmed(), columnNames().join(u", "_s))
                                    .arg(maxAnswerColumns)));
        }
    }
    if (!hasType || !hasPrompt)
        return Core::makeError(Core::ErrorCode::InvalidContent,
                               source->located(SourcePosition{1, 1},
                                               Tr::tr("expected a header line with at least the "
                                                      "columns type and prompt")));

    while (true) {
        const auto row = tokenizer.next(error);
        if (!row) {
            if (!error.isEmpty())
                return Core::makeError(Core::ErrorCode::InvalidContent, error);
            break;
        }
        const bool empty = std::all_of(
            row->begin(), row->end(), [](const Cell &c) { return c.text.trimmed().isEmpty(); });
        if (empty)
            continue; // spreadsheets write rows of separators
        if (int(result.items.size()) >= limits.maxItems)
            return Core::makeError(Core::ErrorCode::InvalidContent,
                                   source->located(row->front().position,
                                                   Tr::tr("too many questions (expected at most "
                                                          "%1 in one file)")
                                                       .arg(limits.maxItems)));
        if (row->size() > columns.size()) {
            const Cell &extra = (*row)[columns.size()];
            ImportedItem item;
            item.position = row->front().position;
            item.title = titleFromHtml(MarkupConverter::escape(row->front().text));
            const bool nonEmpty
                = std::any_of(row->begin() + qsizetype(columns.size()),
                              row->end(),
                              [](const Cell &c) { return !c.text.trimmed().isEmpty(); });
            if (nonEmpty) {
                item.error = source->located(extra.position,
                                             Tr::tr("expected at most %1 cells, as in the "
                                                    "header line")
                                                 .arg(columns.size()));
                result.items.push_back(std::move(item));
                continue;
            }
        }
        result.items.push_back(RowReader(*source, columns, *row).read());
    }
    return result;
}

} // namespace Import
