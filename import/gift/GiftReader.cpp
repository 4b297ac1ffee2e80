// SPDX-License-Identifier: MIT
#include "GiftReader.h"

#include "core/HtmlSanitizer.h"
#include "import/MarkupConverter.h"
#include "import/SourceText.h"
#include "import/Tr.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace Import {

namespace {

/** A parse failure, returned up to the block loop (no exceptions). */
struct ParseError
{
    qsizetype at = 0; ///< index in the block
    QString message;
};

/** Characters that a backslash makes literal. */
bool isEscapable(QChar c)
{
    return QStringView(u"~=#{}:\\").contains(c);
}

/** The text of a piece with GIFT escapes resolved. */
QString unescape(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == u'\\' && i + 1 < raw.size()) {
            const QChar next = raw[i + 1];
            if (isEscapable(next)) {
                out += next;
                ++i;
                continue;
            }
            if (next == u'n') {
                out += u'\n';
                ++i;
                continue;
            }
        }
        out += raw[i];
    }
    return out;
}

/** Index of the first unescaped needle in text[from, to), or -1. */
qsizetype findUnescaped(const QString &text, QStringView needle, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (text[i] == u'\\') {
            ++i;
            continue;
        }
        if (i + needle.size() <= to && QStringView(text).mid(i, needle.size()) == needle)
            return i;
    }
    return -1;
}

bool isSpace(QChar c)
{
    return c.isSpace();
}

/** A range [begin, end) of the block without its surrounding white space. */
struct Span
{
    qsizetype begin = 0;
    qsizetype end = 0;
    bool isEmpty() const { return begin >= end; }
};

/** One answer of an answer set, before classification. */
struct RawAnswer
{
    QChar marker;                 ///< '=' or '~'
    qsizetype at = 0;             ///< the marker's index
    std::optional<double> weight; ///< the %n% percentage, when given
    Span text;
    std::optional<Span> feedback;

    double effectiveWeight() const { return weight ? *weight : (marker == u'=' ? 100 : 0); }
};

QString percent(double weight)
{
    return QLocale::c().toString(weight, 'g', 6) + u'%';
}

/** Parses one blank-line separated block of a GIFT file. */
class BlockParser
{
public:
    BlockParser(const SourceText &source,
                const GiftReader::Limits &limits,
                QString text,
                std::vector<qsizetype> lineStarts,
                std::vector<int> lineNumbers)
        : m_source(source)
        , m_limits(limits)
        , m_text(std::move(text))
        , m_lineStarts(std::move(lineStarts))
        , m_lineNumbers(std::move(lineNumbers))
    {}

    SourcePosition position(qsizetype at) const
    {
        const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), at);
        const auto line = std::max<qsizetype>(0, (it - m_lineStarts.begin()) - 1);
        return SourcePosition{m_lineNumbers[size_t(line)],
                              int(at - m_lineStarts[size_t(line)]) + 1};
    }

    /** Parses the block into item; category is updated by a $CATEGORY line. */
    void parse(QString &category, std::vector<ImportedItem> &items)
    {
        qsizetype at = skipSpace(0, m_text.size());
        if (QStringView(m_text).mid(at).startsWith(u"$CATEGORY:", Qt::CaseInsensitive)) {
            qsizetype end = m_text.indexOf(u'\n', at);
            if (end < 0)
                end = m_text.size();
            category = cleanCategory(
                unescape(QStringView(m_text).mid(at + 10, end - at - 10)).trimmed());
            at = skipSpace(end, m_text.size());
            if (at >= m_text.size())
                return;
        }
        ImportedItem item;
        item.category = category;
        item.position = position(at);
        const auto error = parseQuestion(at, item);
        if (error) {
            item.error = m_source.located(position(error->at), error->message);
            if (item.title.isEmpty())
                item.title = titleFromHtml(MarkupConverter::escape(
                    QStringView(m_text).mid(at, 200).toString().simplified()));
        }
        items.push_back(std::move(item));
    }

private:
    qsizetype skipSpace(qsizetype at, qsizetype end) const
    {
        while (at < end && isSpace(m_text[at]))
            ++at;
        return at;
    }

    Span trimmed(qsizetype begin, qsizetype end) const
    {
        while (begin < end && isSpace(m_text[begin]))
            ++begin;
        while (end > begin && isSpace(m_text[end - 1]))
            --end;
        return Span{begin, end};
    }

    QString raw(Span span) const { return m_text.mid(span.begin, span.end - span.begin); }
    QString plain(Span span) const { return unescape(raw(span)); }

    QString html(Span span) const { return MarkupConverter::toInlineHtml(plain(span), m_format); }
    QString plainText(Span span) const
    {
        return MarkupConverter::toPlainText(plain(span), m_format);
    }

    static QString cleanCategory(QString path)
    {
        // "$course$/top/Chapter 1" → "Chapter 1": the context and the root say nothing to us.
        if (path.startsWith(u'$')) {
            const qsizetype close = path.indexOf(u'$', 1);
            if (close > 0)
                path = path.mid(close + 1);
        }
        while (path.startsWith(u'/'))
            path.remove(0, 1);
        if (path.compare(u"top"_s, Qt::CaseInsensitive) == 0)
            return {};
        if (path.startsWith(u"top/"_s, Qt::CaseInsensitive))
            path = path.mid(4);
        return path.trimmed();
    }

    std::optional<ParseError> parseQuestion(qsizetype at, ImportedItem &item)
    {
        const qsizetype end = m_text.size();
        // ::title::
        if (QStringView(m_text).mid(at).startsWith(u"::")) {
            const qsizetype close = findUnescaped(m_text, u"::", at + 2, end);
            if (close < 0)
                return ParseError{at,
                                  Tr::tr("expected '::' to close the title opened at %1")
                                      .arg(position(at).toString())};
            item.title = plain(trimmed(at + 2, close)).simplified();
            at = skipSpace(close + 2, end);
        }
        // [format]
        static const std::pair<QStringView, TextFormat> formats[] = {
            {u"[html]", TextFormat::Html},
            {u"[moodle]", TextFormat::Moodle},
            {u"[plain]", TextFormat::Plain},
            {u"[markdown]", TextFormat::Markdown},
        };
        for (const auto &[marker, format] : formats) {
            if (QStringView(m_text).mid(at).startsWith(marker, Qt::CaseInsensitive)) {
                m_format = format;
                at += marker.size();
                break;
            }
        }

        const qsizetype open = findUnescaped(m_text, u"{", at, end);
        const qsizetype strayClose = findUnescaped(m_text, u"}", at, open < 0 ? end : open);
        if (strayClose >= 0)
            return ParseError{strayClose,
                              Tr::tr("unexpected '}' without an opening '{' (write \\} for a "
                                     "brace in text)")};
        if (open < 0) {
            const Span text = trimmed(at, end);
            if (text.isEmpty())
                return ParseError{at, Tr::tr("expected the question text after the title")};
            item.kind = ImportedItem::Kind::Content;
            item.contentHtml = MarkupConverter::toBlockHtml(plain(text), m_format);
            if (item.title.isEmpty())
                item.title = titleFromHtml(item.contentHtml);
            return std::nullopt;
        }
        // The answer set: no nesting; the first unescaped '}' closes it.
        qsizetype close = -1;
        for (qsizetype i = open + 1; i < end; ++i) {
            if (m_text[i] == u'\\') {
                ++i;
                continue;
            }
            if (m_text[i] == u'{')
                return ParseError{i,
                                  Tr::tr("unexpected '{' inside the answer set opened at %1 "
                                         "(write \\{ for a brace in text)")
                                      .arg(position(open).toString())};
            if (m_text[i] == u'}') {
                close = i;
                break;
            }
        }
        if (close < 0)
            return ParseError{end,
                              Tr::tr("expected '}' to close the answer set opened at %1")
                                  .arg(position(open).toString())};
        if (const qsizetype again = findUnescaped(m_text, u"{", close + 1, end); again >= 0)
            return ParseError{again,
                              Tr::tr("expected one answer set per question (the first one was "
                                     "opened at %1)")
                                  .arg(position(open).toString())};
        if (const qsizetype stray = findUnescaped(m_text, u"}", close + 1, end); stray >= 0)
            return ParseError{stray,
                              Tr::tr("unexpected '}' without an opening '{' (write \\} for a "
                                     "brace in text)")};

        m_before = Span{at, open};
        m_after = trimmed(close + 1, end);
        m_beforeEndsWithSpace = open > at && isSpace(m_text[open - 1]);
        m_afterStartsWithSpace = close + 1 < end && isSpace(m_text[close + 1]);
        if (trimmed(at, open).isEmpty() && m_after.isEmpty())
            return ParseError{open, Tr::tr("expected the question text before the answer set")};

        if (auto error = parseAnswerSet(open, close, item))
            return error;
        if (item.title.isEmpty()) {
            item.title = item.question.type == Core::QuestionType::FillIn
                                 && !item.question.clozeText.isEmpty()
                             ? titleFromHtml(MarkupConverter::escape(item.question.clozeText))
                             : titleFromHtml(item.question.prompt);
        }
        return std::nullopt;
    }

    bool isMissingWord() const { return !m_after.isEmpty(); }

    /** The prompt: the text before the answer set, and after it for a missing word. */
    QString prompt(bool withBlank) const
    {
        QString text = plain(trimmed(m_before.begin, m_before.end));
        if (!m_after.isEmpty()) {
            if (withBlank)
                text += (m_beforeEndsWithSpace ? u" "_s : QString()) + u"_____"_s
                        + (m_afterStartsWithSpace ? u" "_s : QString());
            else
                text += u' ';
            text += plain(m_after);
        }
        return MarkupConverter::toBlockHtml(text, m_format);
    }

    std::optional<ParseError> parseAnswerSet(qsizetype open, qsizetype close, ImportedItem &item)
    {
        Core::Question &q = item.question;
        qsizetype end = close;
        // "####" general feedback
        std::optional<Span> general;
        if (const qsizetype hashes = findUnescaped(m_text, u"####", open + 1, close); hashes >= 0) {
            general = trimmed(hashes + 4, close);
            end = hashes;
        }
        const Span body = trimmed(open + 1, end);
        auto applyGeneralFeedback = [&] {
            if (!general)
                return;
            const QString feedback = html(*general);
            if (q.correctFeedback.isEmpty())
                q.correctFeedback = feedback;
            if (q.incorrectFeedback.isEmpty())
                q.incorrectFeedback = feedback;
        };

        if (body.isEmpty()) { // essay
            q.type = Core::QuestionType::OpenText;
            q.prompt = prompt(isMissingWord());
            applyGeneralFeedback();
            return std::nullopt;
        }
        if (m_text[body.begin] == u'#') {
            if (auto error = parseNumerical(Span{body.begin + 1, body.end}, item))
                return error;
            q.prompt = prompt(isMissingWord());
            applyGeneralFeedback();
            return std::nullopt;
        }
        // true/false: T, TRUE, F, FALSE, then "#feedback if wrong#feedback if right"
        {
            const qsizetype hash = findUnescaped(m_text, u"#", body.begin, body.end);
            const QString word = raw(trimmed(body.begin, hash < 0 ? body.end : hash)).toUpper();
            if (word == u"T" || word == u"TRUE" || word == u"F" || word == u"FALSE") {
                q.type = Core::QuestionType::TrueFalse;
                q.trueFalseAnswer = word.startsWith(u'T');
                if (hash >= 0) {
                    const qsizetype second = findUnescaped(m_text, u"#", hash + 1, body.end);
                    q.incorrectFeedback = html(trimmed(hash + 1, second < 0 ? body.end : second));
                    if (second >= 0) {
                        const qsizetype third = findUnescaped(m_text, u"#", second + 1, body.end);
                        if (third >= 0)
                            return ParseError{third,
                                              Tr::tr("expected at most two feedbacks after a "
                                                     "true/false answer (#wrong#right)")};
                        q.correctFeedback = html(trimmed(second + 1, body.end));
                    }
                }
                q.prompt = prompt(isMissingWord());
                applyGeneralFeedback();
                return std::nullopt;
            }
        }

        std::vector<RawAnswer> answers;
        if (auto error = splitAnswers(body, answers))
            return error;
        const bool allRight = std::all_of(
            answers.begin(), answers.end(), [](const RawAnswer &a) { return a.marker == u'='; });
        const bool anyArrow
            = std::any_of(answers.begin(), answers.end(), [this](const RawAnswer &a) {
                  return raw(a.text).contains(u"->"_s);
              });
        if (allRight && anyArrow)
            return parseMatching(answers, item, general);
        if (allRight)
            return parseShortAnswer(answers, item, general);
        if (auto error = parseChoices(answers, item))
            return error;
        applyGeneralFeedback();
        return std::nullopt;
    }

    /** Splits "=a#f ~%50%b" into answers; text before the first marker is an error. */
    std::optional<ParseError> splitAnswers(Span body, std::vector<RawAnswer> &answers)
    {
        std::vector<qsizetype> markers;
        for (qsizetype i = body.begin; i < body.end; ++i) {
            if (m_text[i] == u'\\') {
                ++i;
                continue;
            }
            if (m_text[i] == u'=' || m_text[i] == u'~') {
                // "->" in a matching pair is not a marker, nor is '=' right after '-' ... only
                // '~' and '=' start answers; "=>" is not GIFT.
                markers.push_back(i);
                if (int(markers.size()) > m_limits.maxAnswers)
                    return ParseError{i,
                                      Tr::tr("too many answers (expected at most %1 in one answer "
                                             "set)")
                                          .arg(m_limits.maxAnswers)};
            }
        }
        if (markers.empty() || !trimmed(body.begin, markers.front()).isEmpty())
            return ParseError{body.begin,
                              Tr::tr("expected '=' (right answer) or '~' (wrong answer) at the "
                                     "start of an answer")};
        for (size_t k = 0; k < markers.size(); ++k) {
            RawAnswer answer;
            answer.marker = m_text[markers[k]];
            answer.at = markers[k];
            qsizetype begin = markers[k] + 1;
            const qsizetype stop = k + 1 < markers.size() ? markers[k + 1] : body.end;
            begin = skipSpace(begin, stop);
            if (begin < stop && m_text[begin] == u'%') {
                const qsizetype percentEnd = m_text.indexOf(u'%', begin + 1);
                bool ok = false;
                double weight = 0;
                if (percentEnd > begin && percentEnd < stop)
                    weight = QLocale::c().toDouble(
                        QStringView(m_text).mid(begin + 1, percentEnd - begin - 1).trimmed(), &ok);
                if (!ok)
                    return ParseError{
                        begin,
                        Tr::tr("expected a percentage like %50% after '%1'").arg(answer.marker)};
                if (weight < -100 || weight > 100 || !std::isfinite(weight))
                    return ParseError{begin + 1,
                                      Tr::tr("expected a percentage between -100 and 100")};
                answer.weight = weight;
                begin = percentEnd + 1;
            }
            const qsizetype hash = findUnescaped(m_text, u"#", begin, stop);
            answer.text = trimmed(begin, hash < 0 ? stop : hash);
            if (hash >= 0)
                answer.feedback = trimmed(hash + 1, stop);
            answers.push_back(answer);
        }
        return std::nullopt;
    }

    std::optional<ParseError> parseChoices(const std::vector<RawAnswer> &answers,
                                           ImportedItem &item)
    {
        Core::Question &q = item.question;
        int positive = 0;
        int full = 0;
        bool partial = false;
        for (const RawAnswer &a : answers) {
            const double w = a.effectiveWeight();
            positive += w > 0 ? 1 : 0;
            full += w == 100 ? 1 : 0;
            if (w != 0 && w != 100)
                partial = true;
        }
        if (positive == 0)
            return ParseError{answers.front().at,
                              Tr::tr("expected a right answer: mark one with '=' or give it a "
                                     "positive percentage like ~%50%")};
        // An answer worth 100% makes a single-choice question whose other answers are wrong
        // (their partial credit is lost); without one, the positive answers share the credit:
        // a multiple-response question.
        const bool several = full > 1 || (full == 0 && positive > 1);
        auto isRight = [&](const RawAnswer &a) {
            return full > 0 ? a.effectiveWeight() == 100 : a.effectiveWeight() > 0;
        };
        q.type = several ? Core::QuestionType::MultipleResponse : Core::QuestionType::SingleChoice;
        if (full > 1)
            item.warnings.append(Tr::tr("%n answers are each fully right: the learner must now "
                                        "pick all of them.",
                                        nullptr,
                                        full));
        // Percentages other than 0 and 100 are kept as partial-credit weights: each chosen
        // answer earns its percentage of the points, as in Moodle.
        q.partialCredit = partial;
        int n = 0;
        for (const RawAnswer &a : answers) {
            Core::Choice choice;
            choice.id = u"c%1"_s.arg(++n);
            choice.text = html(a.text);
            choice.correct = isRight(a);
            if (partial)
                choice.weight = a.effectiveWeight();
            if (a.feedback)
                choice.feedback = html(*a.feedback);
            if (choice.text.isEmpty())
                return ParseError{
                    a.at + 1, Tr::tr("expected the text of the answer after '%1'").arg(a.marker)};
            q.choices.push_back(choice);
        }
        q.prompt = prompt(true);
        if (isMissingWord())
            item.warnings.append(Tr::tr("Missing word: the answer set in the middle of the text "
                                        "is shown as “_____” in the prompt."));
        return std::nullopt;
    }

    std::optional<ParseError> parseShortAnswer(const std::vector<RawAnswer> &answers,
                                               ImportedItem &item,
                                               std::optional<Span> general)
    {
        Core::Question &q = item.question;
        q.type = Core::QuestionType::FillIn;
        Core::Blank blank;
        blank.id = u"b1"_s;
        QStringList partialAnswers;
        int feedbacksDropped = 0;
        for (const RawAnswer &a : answers) {
            const QString text = plainText(a.text);
            if (text.isEmpty())
                return ParseError{a.at + 1, Tr::tr("expected the text of the answer after '='")};
            if (a.effectiveWeight() < 100) {
                partialAnswers.append(u"%1 (%2)"_s.arg(text, percent(a.effectiveWeight())));
                continue;
            }
            blank.acceptedAnswers.append(text);
            if (a.feedback) {
                if (q.correctFeedback.isEmpty())
                    q.correctFeedback = html(*a.feedback);
                else
                    ++feedbacksDropped;
            }
        }
        if (blank.acceptedAnswers.isEmpty())
            return ParseError{answers.front().at,
                              Tr::tr("expected an answer worth 100%: a short answer needs one "
                                     "fully right answer")};
        q.blanks.push_back(blank);
        if (!partialAnswers.isEmpty())
            item.warnings.append(Tr::tr("Answers with partial credit were dropped: %1.")
                                     .arg(partialAnswers.join(u", "_s)));
        if (feedbacksDropped > 0)
            item.warnings.append(Tr::tr("The feedback of %n other answer(s) was dropped: a "
                                        "fill-in has one feedback for a right answer.",
                                        nullptr,
                                        feedbacksDropped));
        if (isMissingWord()) {
            QString before = MarkupConverter::toPlainText(
                plain(trimmed(m_before.begin, m_before.end)), m_format);
            QString after = MarkupConverter::toPlainText(plain(m_after), m_format);
            q.clozeText = before + (m_beforeEndsWithSpace ? u" "_s : QString()) + u"[[1]]"_s
                          + (m_afterStartsWithSpace ? u" "_s : QString()) + after;
            q.prompt = GiftReader::missingWordPrompt();
            item.warnings.append(Tr::tr("Missing word: the text around the answer set became "
                                        "the fill-in text; the prompt reads “%1”.")
                                     .arg(Core::HtmlSanitizer::toPlainText(q.prompt)));
        } else {
            q.prompt = prompt(false);
        }
        if (general) {
            const QString feedback = html(*general);
            if (q.correctFeedback.isEmpty())
                q.correctFeedback = feedback;
            if (q.incorrectFeedback.isEmpty())
                q.incorrectFeedback = feedback;
        }
        return std::nullopt;
    }

    std::optional<ParseError> parseMatching(const std::vector<RawAnswer> &answers,
                                            ImportedItem &item,
                                            std::optional<Span> general)
    {
        Core::Question &q = item.question;
        q.type = Core::QuestionType::Matching;
        QStringList distractors;
        int feedbacks = 0;
        int n = 0;
        for (const RawAnswer &a : answers) {
            const qsizetype arrow = m_text.indexOf(u"->"_s, a.text.begin);
            if (arrow < 0 || arrow >= a.text.end)
                return ParseError{a.at,
                                  Tr::tr("expected '->' between the two sides of a matching "
                                         "pair")};
            const QString source = plainText(trimmed(a.text.begin, arrow));
            const QString target = plainText(trimmed(arrow + 2, a.text.end));
            if (target.isEmpty())
                return ParseError{arrow + 2,
                                  Tr::tr("expected the right side of the pair after "
                                         "'->'")};
            if (a.feedback)
                ++feedbacks;
            if (a.weight && *a.weight != 100)
                item.warnings.append(Tr::tr("The percentage %1 of a matching pair was dropped.")
                                         .arg(percent(*a.weight)));
            if (source.isEmpty()) {
                distractors.append(target);
                continue;
            }
            q.pairs.push_back(Core::MatchPair{u"p%1"_s.arg(++n), source, target});
        }
        if (q.pairs.size() < 2)
            return ParseError{answers.front().at,
                              Tr::tr("expected at least 2 pairs in a matching question (found "
                                     "%1)")
                                  .arg(q.pairs.size())};
        if (!distractors.isEmpty())
            item.warnings.append(Tr::tr("Extra wrong matches were dropped (a matching question "
                                        "here offers only the right sides of its pairs): %1.")
                                     .arg(distractors.join(u", "_s)));
        if (feedbacks > 0)
            item.warnings.append(Tr::tr("The feedback of %n pair(s) was dropped: matching pairs "
                                        "have no feedback of their own.",
                                        nullptr,
                                        feedbacks));
        q.prompt = prompt(true);
        if (general) {
            q.correctFeedback = html(*general);
            q.incorrectFeedback = q.correctFeedback;
        }
        return std::nullopt;
    }

    /** "value", "value:tolerance" or "min..max" in span; error positions point into it. */
    std::optional<ParseError> parseNumber(Span span, Core::NumericAnswer &out)
    {
        const QString text = raw(span);
        QLocale c = QLocale::c();
        c.setNumberOptions(QLocale::RejectGroupSeparator); // "1,5" is not fifteen
        auto number = [&](QStringView s, double &value) {
            bool ok = false;
            value = c.toDouble(s.trimmed(), &ok);
            return ok && std::isfinite(value);
        };
        const QString expected = Tr::tr("expected a number like 3.14, 3.14:0.01 or 1..5");
        if (text.isEmpty())
            return ParseError{span.begin, expected};
        if (const qsizetype dots = text.indexOf(u".."_s); dots >= 0) {
            out.isRange = true;
            if (!number(QStringView(text).left(dots), out.minimum))
                return ParseError{span.begin, expected};
            if (!number(QStringView(text).mid(dots + 2), out.maximum))
                return ParseError{span.begin + dots + 2, expected};
            if (out.minimum > out.maximum)
                return ParseError{span.begin,
                                  Tr::tr("expected the minimum before the maximum in the range "
                                         "%1")
                                      .arg(text)};
            return std::nullopt;
        }
        out.isRange = false;
        const qsizetype colon = text.indexOf(u':');
        if (!number(QStringView(text).left(colon < 0 ? text.size() : colon), out.value))
            return ParseError{span.begin, expected};
        out.tolerance = 0;
        if (colon >= 0) {
            if (!number(QStringView(text).mid(colon + 1), out.tolerance))
                return ParseError{span.begin + colon + 1, expected};
            if (out.tolerance < 0)
                return ParseError{span.begin + colon + 1,
                                  Tr::tr("expected a tolerance of zero or more")};
        }
        return std::nullopt;
    }

    std::optional<ParseError> parseNumerical(Span body, ImportedItem &item)
    {
        Core::Question &q = item.question;
        q.type = Core::QuestionType::Numeric;
        const Span content = trimmed(body.begin, body.end);
        const bool several = findUnescaped(m_text, u"=", content.begin, content.end) >= 0
                             || findUnescaped(m_text, u"~", content.begin, content.end) >= 0;
        if (!several) {
            const qsizetype hash = findUnescaped(m_text, u"#", content.begin, content.end);
            if (auto error
                = parseNumber(trimmed(content.begin, hash < 0 ? content.end : hash), q.numeric))
                return error;
            if (hash >= 0)
                q.correctFeedback = html(trimmed(hash + 1, content.end));
            return std::nullopt;
        }
        std::vector<RawAnswer> answers;
        if (auto error = splitAnswers(content, answers))
            return error;
        const RawAnswer *best = nullptr;
        for (const RawAnswer &a : answers) {
            if (a.marker == u'=' && (!best || a.effectiveWeight() > best->effectiveWeight()))
                best = &a;
        }
        if (!best || best->effectiveWeight() <= 0)
            return ParseError{answers.front().at,
                              Tr::tr("expected a right answer: mark one with '=' (and no "
                                     "percentage, or a positive one)")};
        QStringList dropped;
        int wrongFeedbacks = 0;
        for (const RawAnswer &a : answers) {
            if (a.marker == u'~') {
                ++wrongFeedbacks;
                continue;
            }
            Core::NumericAnswer answer;
            if (auto error = parseNumber(a.text, answer))
                return error;
            if (&a == best) {
                q.numeric = answer;
                if (a.feedback)
                    q.correctFeedback = html(*a.feedback);
            } else {
                dropped.append(u"%1 (%2)"_s.arg(raw(a.text), percent(a.effectiveWeight())));
            }
        }
        if (best->effectiveWeight() < 100)
            item.warnings.append(Tr::tr("The best answer is worth %1; it now earns full credit.")
                                     .arg(percent(best->effectiveWeight())));
        if (!dropped.isEmpty())
            item.warnings.append(Tr::tr("A numeric question holds one accepted answer: kept %1, "
                                        "dropped %2.")
                                     .arg(raw(best->text), dropped.join(u", "_s)));
        if (wrongFeedbacks > 0)
            item.warnings.append(Tr::tr("%n wrong answer(s) with their own feedback were "
                                        "dropped.",
                                        nullptr,
                                        wrongFeedbacks));
        return std::nullopt;
    }

    const SourceText &m_source;
    const GiftReader::Limits &m_limits;
    QString m_text;
    std::vector<qsizetype> m_lineStarts;
    std::vector<int> m_lineNumbers;
    TextFormat m_format = TextFormat::Moodle;
    Span m_before;
    Span m_after;
    bool m_beforeEndsWithSpace = false;
    bool m_afterStartsWithSpace = false;
};

bool isCommentLine(const QString &line)
{
    return QStringView(line).trimmed().startsWith(u"//");
}

/**
 * Moodle's tags in the comment lines of a question's block: "// [tag:écoute] [tag:a\]b]" (a
 * backslash escapes "]"), as Moodle writes them on export and reads them on import. Adds them to
 * tags, simplified, once each whatever their case (draws compare tags without case).
 */
void addCommentTags(QStringView comments, QStringList &tags)
{
    static constexpr QStringView opening = u"[tag:";
    for (qsizetype at = comments.indexOf(opening); at >= 0;
         at = comments.indexOf(opening, at + 1)) {
        QString tag;
        qsizetype i = at + opening.size();
        for (; i < comments.size() && comments[i] != u']' && comments[i] != u'\n'; ++i) {
            if (comments[i] == u'\\' && i + 1 < comments.size() && comments[i + 1] == u']')
                ++i;
            tag += comments[i];
        }
        if (i >= comments.size() || comments[i] != u']')
            continue; // not closed on its line: not a tag
        tag = tag.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
}

} // namespace

QString GiftReader::missingWordPrompt()
{
    return u"<p>"_s + MarkupConverter::escape(Tr::tr("Complete the text.")) + u"</p>"_s;
}

Core::Result<ImportResult>
GiftReader::read(const QByteArray &bytes, const QString &fileName, const Limits &limits)
{
    auto source = SourceText::decode(bytes, fileName, {limits.maxBytes, limits.maxLineLength});
    if (!source)
        return source.error();
    const QStringList &lines = source->lines();

    ImportResult result;
    result.fileName = fileName;
    QString category;
    qsizetype line = 0;
    const qsizetype lineCount = lines.size();
    while (line < lineCount) {
        // Skip blank and comment lines between questions; the comments of the question's own
        // block (no blank line in between) may carry its tags.
        QString comments;
        for (; line < lineCount; ++line) {
            if (lines[line].trimmed().isEmpty())
                comments.clear();
            else if (isCommentLine(lines[line]))
                comments += lines[line] + u'\n';
            else
                break;
        }
        if (line >= lineCount)
            break;
        QString text;
        std::vector<qsizetype> starts;
        std::vector<int> numbers;
        for (; line < lineCount && !lines[line].trimmed().isEmpty(); ++line) {
            if (isCommentLine(lines[line])) {
                comments += lines[line] + u'\n';
                continue;
            }
            if (!text.isEmpty())
                text += u'\n';
            starts.push_back(text.size());
            numbers.push_back(int(line) + 1);
            text += lines[line];
        }
        if (text.isEmpty())
            continue;
        const size_t before = result.items.size();
        BlockParser parser(*source, limits, std::move(text), std::move(starts), std::move(numbers));
        parser.parse(category, result.items);
        if (!comments.isEmpty()) {
            for (size_t i = before; i < result.items.size(); ++i) {
                if (result.items[i].kind == ImportedItem::Kind::Question)
                    addCommentTags(comments, result.items[i].tags);
            }
        }
        if (result.items.size() > before && int(result.items.size()) > limits.maxItems) {
            return Core::makeError(
                Core::ErrorCode::InvalidContent,
                source->located(result.items.back().position,
                                Tr::tr("too many questions (expected at most %1 in one file)")
                                    .arg(limits.maxItems)));
        }
    }
    return result;
}

} // namespace Import
