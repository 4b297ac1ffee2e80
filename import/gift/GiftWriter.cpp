// SPDX-License-Identifier: MIT
#include "GiftWriter.h"

#include "GiftReader.h"
#include "import/MarkupConverter.h"
#include "import/Tr.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Import {

namespace {

QString number(double value)
{
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

QString weight(double percent)
{
    return u'%' + QLocale::c().toString(percent, 'g', 7) + u'%';
}

/** "// [tag:a] [tag:b\\]c]\n": Moodle's way of giving a GIFT question its tags. */
QString tagComment(const QStringList &tags)
{
    QString out = u"//"_s;
    for (const QString &tag : tags) {
        QString text = tag.simplified();
        text.replace(u"]"_s, u"\\]"_s);
        out += u" [tag:"_s + text + u']';
    }
    return out + u'\n';
}

/** Rich text as written in an [html] question. */
QString richText(const QString &html)
{
    return GiftWriter::escape(html);
}

/** Plain text (pairs, accepted answers, cloze text) in an [html] question. */
QString plainText(const QString &text)
{
    return GiftWriter::escape(MarkupConverter::escape(text));
}

class ItemWriter
{
public:
    ItemWriter(const ImportedItem &item, QStringList &warnings)
        : m_item(item)
        , m_warnings(warnings)
    {}

    /** The GIFT of the item, or nothing when GIFT cannot express it. */
    QString write()
    {
        QString out = u"::"_s + GiftWriter::escape(m_item.title.simplified()) + u"::[html]"_s;
        if (m_item.kind == ImportedItem::Kind::Question && !m_item.tags.isEmpty())
            out.prepend(tagComment(m_item.tags));
        if (m_item.kind == ImportedItem::Kind::Content)
            return out + richText(m_item.contentHtml) + u'\n';

        const Core::Question &q = m_item.question;
        const bool writable = q.type != Core::QuestionType::Sequencing
                              && q.type != Core::QuestionType::Likert && !q.usesImage();
        if (writable && m_item.difficulty != Core::Difficulty::None)
            warn(Tr::tr("GIFT has no difficulty: the question's difficulty was not written."));
        if (writable && Core::isGraded(q.type) && q.points != 1)
            warn(Tr::tr("GIFT has no points: the question's %1 points were not written.")
                     .arg(number(q.points)));
        switch (q.type) {
        case Core::QuestionType::SingleChoice:
        case Core::QuestionType::MultipleResponse:
            return out + richText(q.prompt) + choices(q);
        case Core::QuestionType::TrueFalse:
            return out + richText(q.prompt) + trueFalse(q);
        case Core::QuestionType::FillIn:
            return out + fillIn(q);
        case Core::QuestionType::Matching:
            return out + richText(q.prompt) + matching(q);
        case Core::QuestionType::Numeric:
            return out + richText(q.prompt) + numeric(q);
        case Core::QuestionType::OpenText:
            if (q.maxLength > 0)
                warn(Tr::tr("GIFT essays have no length limit: the limit of %1 characters was "
                            "not written.")
                         .arg(q.maxLength));
            return out + richText(q.prompt) + u"{"_s + generalFeedback(q) + u"}\n"_s;
        case Core::QuestionType::Sequencing:
            warn(Tr::tr("GIFT has no sequencing questions: the question was not exported."));
            return {};
        case Core::QuestionType::Likert:
            warn(Tr::tr("GIFT has no Likert questions: the question was not exported."));
            return {};
        case Core::QuestionType::DragDrop:
            warn(Tr::tr("GIFT has no drag-and-drop questions: the question was not exported."));
            return {};
        case Core::QuestionType::Hotspot:
            warn(Tr::tr("GIFT has no hotspot questions: the question was not exported."));
            return {};
        }
        return {};
    }

private:
    void warn(const QString &message)
    {
        m_warnings.append(Tr::tr("“%1”: %2").arg(m_item.title, message));
    }

    /** "####feedback" for a question with one feedback whatever the answer. */
    QString generalFeedback(const Core::Question &q)
    {
        if (q.correctFeedback != q.incorrectFeedback)
            warn(Tr::tr("GIFT has one general feedback for this question type: the feedbacks "
                        "for a right and a wrong answer became one."));
        const QString &feedback
            = q.correctFeedback.isEmpty() ? q.incorrectFeedback : q.correctFeedback;
        return feedback.isEmpty() ? QString() : u"####"_s + richText(feedback);
    }

    /** Partial credit: every choice with its percentage, which GiftReader keeps as weights. */
    QString weightedChoices(const Core::Question &q)
    {
        // What GiftReader derives from the percentages, to warn where it differs.
        int positive = 0;
        int full = 0;
        bool partial = false;
        for (const Core::Choice &c : q.choices) {
            positive += c.weight > 0 ? 1 : 0;
            full += c.weight == 100 ? 1 : 0;
            partial = partial || (c.weight != 0 && c.weight != 100);
        }
        if (positive == 0)
            warn(Tr::tr("No choice has a positive percentage: the question cannot be read back."));
        else if (!partial)
            warn(Tr::tr("With only 0 % and 100 % percentages, partial credit reads back as "
                        "all or nothing."));
        const bool several = full > 1 || (full == 0 && positive > 1);
        const auto readBackRight
            = [&](const Core::Choice &c) { return full > 0 ? c.weight == 100 : c.weight > 0; };
        if (positive > 0
            && (several != (q.type == Core::QuestionType::MultipleResponse)
                || std::any_of(q.choices.begin(), q.choices.end(), [&](const Core::Choice &c) {
                       return readBackRight(c) != c.correct;
                   }))) {
            warn(Tr::tr("GIFT marks right answers by their percentage: the right answers (and "
                        "the question type) read back from the percentages."));
        }
        QString out = u"{\n"_s;
        for (const Core::Choice &c : q.choices) {
            out += u'\t';
            out += u'~';
            if (c.weight != 0)
                out += u'%' + number(c.weight) + u'%';
            out += richText(c.text);
            if (!c.feedback.isEmpty())
                out += u'#' + richText(c.feedback);
            out += u'\n';
        }
        return out + generalFeedback(q) + u"}\n"_s;
    }

    QString choices(const Core::Question &q)
    {
        if (q.partialCredit)
            return weightedChoices(q);
        QString out = u"{\n"_s;
        int right = 0;
        for (const Core::Choice &c : q.choices)
            right += c.correct ? 1 : 0;
        const bool several = q.type == Core::QuestionType::MultipleResponse;
        if (several && right == 1)
            warn(Tr::tr("A multiple-response question with one right answer reads back as a "
                        "single-choice question."));
        if (!several && right != 1)
            warn(Tr::tr("A single-choice question needs exactly one right answer (it has %1).")
                     .arg(right));
        for (const Core::Choice &c : q.choices) {
            out += u'\t';
            if (!several)
                out += c.correct ? u"="_s : u"~"_s;
            else
                out += u'~' + (c.correct ? weight(100.0 / right) : weight(-100));
            out += richText(c.text);
            if (!c.feedback.isEmpty())
                out += u'#' + richText(c.feedback);
            out += u'\n';
        }
        return out + generalFeedback(q) + u"}\n"_s;
    }

    QString trueFalse(const Core::Question &q)
    {
        QString out = u'{' + (q.trueFalseAnswer ? u"TRUE"_s : u"FALSE"_s);
        if (!q.incorrectFeedback.isEmpty() || !q.correctFeedback.isEmpty())
            out += u'#' + richText(q.incorrectFeedback);
        if (!q.correctFeedback.isEmpty())
            out += u'#' + richText(q.correctFeedback);
        return out + u"}\n"_s;
    }

    /** Accepted answers with the feedback pair, for a short answer or a missing word. */
    QString answers(const Core::Question &q)
    {
        const Core::Blank &blank = q.blanks.front();
        if (blank.caseSensitive)
            warn(Tr::tr("GIFT short answers ignore case: the blank was case-sensitive."));
        if (!blank.label.isEmpty())
            warn(Tr::tr("The label of the blank (“%1”) was not written.").arg(blank.label));
        QString out = u"{"_s;
        bool first = true;
        for (const QString &answer : blank.acceptedAnswers) {
            out += u'=' + plainText(answer);
            if (first && !q.correctFeedback.isEmpty() && q.correctFeedback != q.incorrectFeedback)
                out += u'#' + richText(q.correctFeedback);
            first = false;
            out += u' ';
        }
        if (q.correctFeedback.isEmpty() && !q.incorrectFeedback.isEmpty())
            warn(Tr::tr("The feedback for a wrong answer also becomes the feedback for a right "
                        "answer when read back."));
        if (!q.incorrectFeedback.isEmpty())
            out += u"####"_s + richText(q.incorrectFeedback);
        return out.trimmed() + u'}';
    }

    QString fillIn(const Core::Question &q)
    {
        if (q.blanks.empty()) {
            warn(Tr::tr("The fill-in question has no blank: it was not exported."));
            return {};
        }
        if (q.blanks.size() > 1)
            warn(Tr::tr("GIFT has one answer set per question: only the first of %1 blanks was "
                        "written.")
                     .arg(q.blanks.size()));
        const qsizetype marker = q.clozeText.indexOf(u"[[1]]"_s);
        if (marker < 0) {
            if (!q.clozeText.isEmpty())
                warn(Tr::tr("The fill-in text has no [[1]] blank: it was not written."));
            return richText(q.prompt) + answers(q) + u'\n';
        }
        if (q.prompt != GiftReader::missingWordPrompt() && !q.prompt.isEmpty())
            warn(Tr::tr("A GIFT missing-word question is its text: the prompt was not written."));
        // Other blanks cannot follow: their markers become a plain gap.
        static const QRegularExpression otherBlanks(u"\\[\\[\\d+\\]\\]"_s);
        const QString before = QString(q.clozeText.left(marker)).replace(otherBlanks, u"_____"_s);
        const QString after = QString(q.clozeText.mid(marker + 5)).replace(otherBlanks, u"_____"_s);
        return plainText(before) + answers(q) + plainText(after) + u'\n';
    }

    QString matching(const Core::Question &q)
    {
        QString out = u"{\n"_s;
        for (const Core::MatchPair &p : q.pairs) {
            if (p.source.contains(u"->"_s))
                warn(Tr::tr("The left side “%1” holds “->”: it reads back split there.")
                         .arg(p.source));
            out += u"\t="_s + plainText(p.source) + u" -> "_s + plainText(p.target) + u'\n';
        }
        return out + generalFeedback(q) + u"}\n"_s;
    }

    QString numeric(const Core::Question &q)
    {
        const Core::NumericAnswer &n = q.numeric;
        QString out = u"{#"_s;
        out += n.isRange ? number(n.minimum) + u".."_s + number(n.maximum)
                         : number(n.value) + u':' + number(n.tolerance);
        if (q.correctFeedback != q.incorrectFeedback) {
            if (!q.correctFeedback.isEmpty())
                out += u'#' + richText(q.correctFeedback);
            else
                warn(Tr::tr("The feedback for a wrong answer also becomes the feedback for a "
                            "right answer when read back."));
        }
        if (!q.incorrectFeedback.isEmpty())
            out += u"####"_s + richText(q.incorrectFeedback);
        return out + u"}\n"_s;
    }

    const ImportedItem &m_item;
    QStringList &m_warnings;
};

} // namespace

QString GiftWriter::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        if (QStringView(u"\\~=#{}:").contains(c)) {
            out += u'\\';
            out += c;
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else if (c != u'\r') {
            out += c;
        }
    }
    return out;
}

GiftWriter::Output GiftWriter::write(const std::vector<ImportedItem> &items)
{
    Output output;
    output.text
        = u"// "_s + Tr::tr("Questions exported from Capsule in Moodle's GIFT format.") + u"\n\n"_s;
    QString category;
    for (const ImportedItem &item : items) {
        if (!item.isImportable())
            continue;
        ItemWriter writer(item, output.warnings);
        const QString gift = writer.write();
        if (gift.isEmpty())
            continue;
        if (item.category != category) {
            category = item.category;
            output.text += u"$CATEGORY: $course$/top"_s
                           + (category.isEmpty() ? QString() : u'/' + escape(category)) + u"\n\n"_s;
        }
        output.text += gift + u'\n';
        ++output.written;
    }
    return output;
}

} // namespace Import
