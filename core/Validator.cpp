// SPDX-License-Identifier: MIT
#include "Validator.h"

#include "Course.h"
#include "Flow.h"
#include "HtmlSanitizer.h"
#include "Theme.h"
#include "Tr.h"
#include "Translation.h"

#include <QHash>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace Core {

namespace {

using Issue = Validator::Issue;
using Severity = Validator::Severity;
using Field = Validator::Field;

bool isValidId(const QString &id)
{
    return !id.isEmpty()
           && std::none_of(id.cbegin(), id.cend(), [](QChar c) { return c.isSpace(); });
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

/** The first characters of a title, for locations. */
QString shortTitle(const QString &title)
{
    constexpr qsizetype maxLength = 60;
    const QString simplified = title.simplified();
    return simplified.size() <= maxLength ? simplified : simplified.left(maxLength - 1) + u'…';
}

bool isGradedQuestion(const Question &question)
{
    return isGraded(question.type) && question.points > 0;
}

class Checker
{
public:
    explicit Checker(const Course &course)
        : m_course(course)
    {}

    std::vector<Issue> run()
    {
        checkCourse();
        checkLanguages();
        checkSections();
        for (size_t s = 0; s < m_course.sections().size(); ++s) {
            const Section &section = *m_course.sections()[s];
            for (size_t i = 0; i < section.slides.size(); ++i)
                checkSlide(*section.slides[i], int(s), int(i));
        }
        checkFlow();
        checkCompletion();
        checkGames();
        checkBanks();
        checkSharedDraws();
        return std::move(m_issues);
    }

    std::vector<Issue> runForSlide(const SlideId &id)
    {
        const SlidePosition position = m_course.slidePosition(id);
        if (position.isValid()) {
            checkSlide(
                *m_course.sections()[size_t(position.section)]->slides[size_t(position.slide)],
                position.section,
                position.slide);
        } else if (const BankPosition inBank = m_course.bankQuestionPosition(id);
                   inBank.isValid()) {
            const QuestionBank &bank = *m_course.banks()[size_t(inBank.bank)];
            checkBankQuestion(bank, *bank.questions[size_t(inBank.question)], inBank.question);
        }
        return std::move(m_issues);
    }

private:
    // --- reporting -------------------------------------------------------------------------

    void error(const QString &code,
               const QString &message,
               Validator::Field field = Validator::Field::None,
               int index = -1)
    {
        add(Severity::Error, code, message, field, index);
    }
    void warning(const QString &code,
                 const QString &message,
                 Validator::Field field = Validator::Field::None,
                 int index = -1)
    {
        add(Severity::Warning, code, message, field, index);
    }
    void add(Severity severity,
             const QString &code,
             const QString &message,
             Validator::Field field,
             int index)
    {
        m_issues.push_back(
            {severity, code, message, m_slideId, m_location, field, index, m_bankId});
        if (severity == Severity::Error)
            ++m_errorCount;
    }

    /** Issues reported until the next call concern this slide. */
    void enterSlide(const Slide &slide, int section, int index)
    {
        m_slideId = slide.id;
        m_location = slideLocation(section, index, slide.title);
    }
    void leaveSlide()
    {
        m_slideId = SlideId();
        m_location.clear();
    }

    static QString slideLocation(int section, int index, const QString &title)
    {
        const QString shortened = shortTitle(title);
        if (shortened.isEmpty())
            return Tr::tr("Section %1 › Slide %2").arg(section + 1).arg(index + 1);
        return Tr::tr("Section %1 › Slide %2 « %3 »")
            .arg(QString::number(section + 1), QString::number(index + 1), shortened);
    }

    static QString bankLocation(const QuestionBank &bank)
    {
        const QString shortened = shortTitle(bank.name);
        return shortened.isEmpty() ? Tr::tr("Unnamed question bank")
                                   : Tr::tr("Bank « %1 »").arg(shortened);
    }

    static QString bankQuestionLocation(const QuestionBank &bank, int index, const QString &title)
    {
        const QString shortened = shortTitle(title);
        if (shortened.isEmpty())
            return Tr::tr("%1 › Question %2").arg(bankLocation(bank), QString::number(index + 1));
        return Tr::tr("%1 › Question %2 « %3 »")
            .arg(bankLocation(bank), QString::number(index + 1), shortened);
    }

    static QString sectionLocation(int section, const QString &title)
    {
        const QString shortened = shortTitle(title);
        if (shortened.isEmpty())
            return Tr::tr("Section %1").arg(section + 1);
        return Tr::tr("Section %1 « %2 »").arg(QString::number(section + 1), shortened);
    }

    // --- course and sections ---------------------------------------------------------------

    void checkCourse()
    {
        if (m_course.metadata().title.trimmed().isEmpty())
            error(u"course.no-title"_s, Tr::tr("The course has no title."), Field::CourseTitle);
        if (m_course.slideCount() == 0)
            error(u"course.no-slides"_s, Tr::tr("The course has no slides."));
        const int score = m_course.settings().passingScorePercent;
        if (score < 0 || score > 100)
            error(u"settings.passing-score-range"_s,
                  Tr::tr("The passing score is %1 %; it must be between 0 and 100 %.").arg(score),
                  Field::PassingScore);
        const AssetId &logo = m_course.settings().theme.logo;
        if (!logo.isNull() && !m_course.asset(logo))
            error(u"asset.missing"_s,
                  Tr::tr("The theme logo (%1) is not in the media library.").arg(shortId(logo)),
                  Field::Logo);
        const AssetId &cover = m_course.settings().theme.coverImage;
        if (!cover.isNull() && !m_course.asset(cover))
            error(u"asset.missing"_s,
                  Tr::tr("The cover image (%1) is not in the media library.").arg(shortId(cover)),
                  Field::Theme);
        else if (!cover.isNull() && !m_course.asset(cover)->isImage())
            error(u"theme.cover-not-an-image"_s,
                  Tr::tr("The cover image (%1) is not an image.").arg(shortId(cover)),
                  Field::Theme);
        // Built-in themes have none (a test checks it): only an author's own colours warn.
        for (const ContrastProblem &problem : contrastProblems(m_course.settings().theme))
            warning(u"theme.contrast"_s, problem.message(), Field::Theme);
    }

    /**
     * One warning per target language with texts that learners would read in the source
     * language (untranslated or outdated): a package in that language falls back for them.
     */
    void checkLanguages()
    {
        const CourseLanguages &languages = m_course.languages();
        if (languages.targets.isEmpty())
            return;
        for (const QString &language : languages.targets) {
            if (language == m_course.metadata().language) {
                warning(u"translation.target-is-source"_s,
                        Tr::tr("The language %1 is both the course's language and a target "
                               "language; remove the target language.")
                            .arg(language),
                        Field::CourseLanguage);
                continue;
            }
            const TranslationProgress progress = translationProgress(m_course, language);
            if (progress.untranslated == 0 && progress.outdated == 0)
                continue;
            warning(u"translation.incomplete"_s,
                    Tr::tr("Translation into %1: %2 of %3 texts untranslated, %4 outdated since "
                           "the source changed; learners see them in the course's language.")
                        .arg(language)
                        .arg(progress.untranslated)
                        .arg(progress.total())
                        .arg(progress.outdated),
                    Field::CourseLanguage);
        }
    }

    void checkSections()
    {
        QHash<QString, int> sectionIds;
        QHash<QString, std::pair<int, int>> slideIds;
        const auto &sections = m_course.sections();
        for (int s = 0; s < int(sections.size()); ++s) {
            const Section &section = *sections[size_t(s)];
            m_location = sectionLocation(s, section.title);
            const QString &id = section.id.toString();
            if (!isValidId(id)) {
                error(u"section.invalid-id"_s,
                      Tr::tr("The section id “%1” is invalid: ids must be non-empty and contain "
                             "no white space.")
                          .arg(id));
            } else if (const auto it = sectionIds.constFind(id); it != sectionIds.cend()) {
                error(u"section.duplicate-id"_s,
                      Tr::tr("This section has the same id (“%1”) as section %2.")
                          .arg(id, QString::number(*it + 1)));
            } else {
                sectionIds.insert(id, s);
            }
            for (int i = 0; i < int(section.slides.size()); ++i) {
                const Slide &slide = *section.slides[size_t(i)];
                enterSlide(slide, s, i);
                const QString &slideId = slide.id.toString();
                if (!isValidId(slideId)) {
                    error(u"slide.invalid-id"_s,
                          Tr::tr("The slide id “%1” is invalid: ids must be non-empty and contain "
                                 "no white space.")
                              .arg(slideId));
                } else if (const auto it = slideIds.constFind(slideId); it != slideIds.cend()) {
                    error(u"slide.duplicate-id"_s,
                          Tr::tr("This slide has the same id (“%1”) as slide %2 of section %3.")
                              .arg(slideId,
                                   QString::number(it->second + 1),
                                   QString::number(it->first + 1)));
                } else {
                    slideIds.insert(slideId, {s, i});
                }
            }
            leaveSlide();
        }
    }

    // --- slides ----------------------------------------------------------------------------

    void checkSlide(const Slide &slide, int section, int index)
    {
        enterSlide(slide, section, index);
        if (const auto *content = std::get_if<ContentBody>(&slide.body))
            checkContent(*content);
        else if (const auto *question = std::get_if<QuestionBody>(&slide.body))
            checkQuestion(question->question);
        else if (const auto *video = std::get_if<VideoBody>(&slide.body))
            checkVideo(*video);
        else if (const auto *result = std::get_if<ResultBody>(&slide.body))
            checkResult(*result);
        else if (const auto *draw = std::get_if<DrawBody>(&slide.body))
            checkDraw(*draw);
        else if (const auto *scenario = std::get_if<ScenarioBody>(&slide.body))
            checkScenario(*scenario);
        checkTargets(slide);
        leaveSlide();
    }

    // --- branching -------------------------------------------------------------------------

    /** Empty when the target exists; else why not (a sentence ending). */
    QString targetProblem(const BranchTarget &target) const
    {
        if (target.isNext())
            return {};
        if (!target.slide.isNull()) {
            return m_course.slidePosition(target.slide).isValid()
                       ? QString()
                       : Tr::tr("a slide that is not in the course");
        }
        const int section = m_course.sectionIndex(target.section);
        if (section < 0)
            return Tr::tr("a section that is not in the course");
        if (m_course.sections()[size_t(section)]->slides.empty())
            return Tr::tr("the section « %1 », which has no slides")
                .arg(shortTitle(m_course.sections()[size_t(section)]->title));
        return {};
    }

    void checkTargets(const Slide &slide)
    {
        if (!m_bankId.isNull())
            return; // bank questions are drawn: the flow is their draw slide's
        for (const SlideExit &exit : slideExits(slide)) {
            const QString problem = targetProblem(exit.target);
            if (problem.isEmpty())
                continue;
            QString what;
            switch (exit.kind) {
            case FlowEdgeKind::Choice:
                what = Tr::tr("Answer %1 leads to %2.")
                           .arg(QString::number(exit.index + 1), problem);
                break;
            case FlowEdgeKind::Correct:
                what = Tr::tr("A correct answer leads to %1.").arg(problem);
                break;
            case FlowEdgeKind::Incorrect:
                what = Tr::tr("An incorrect answer leads to %1.").arg(problem);
                break;
            case FlowEdgeKind::Pass:
                what = Tr::tr("A passed quiz leads to %1.").arg(problem);
                break;
            case FlowEdgeKind::Fail:
                what = Tr::tr("A failed quiz leads to %1.").arg(problem);
                break;
            case FlowEdgeKind::Next:
            case FlowEdgeKind::Button:   // the block check reports its own
            case FlowEdgeKind::Response: // so does the scenario check
                continue;
            }
            error(u"branch.missing-target"_s,
                  what,
                  Field::Branch,
                  exit.kind == FlowEdgeKind::Choice ? exit.index : -1);
        }
    }

    void enterFlowSlide(const Flow &flow, int index)
    {
        const SlidePosition at = m_course.slidePosition(flow.slide(index).id);
        enterSlide(flow.slide(index), at.section, at.slide);
    }

    /** True when the slide can come back to itself (a trapped slide on a loop). */
    static bool inTrapCycle(const Flow &flow, int index)
    {
        std::vector<bool> seen(size_t(flow.slideCount()), false);
        std::vector<int> stack{index};
        while (!stack.empty()) {
            const int i = stack.back();
            stack.pop_back();
            for (const Flow::Edge &edge : flow.edges(i)) {
                if (edge.to == index)
                    return true;
                if (edge.to >= 0 && !seen[size_t(edge.to)]) {
                    seen[size_t(edge.to)] = true;
                    stack.push_back(edge.to);
                }
            }
        }
        return false;
    }

    /** Unreachable slides, dead ends and loops with no exit, for courses that branch. */
    void checkFlow()
    {
        const Flow flow(m_course);
        if (!flow.hasBranches())
            return;
        const int n = flow.slideCount();
        const auto &reachable = flow.reachable();
        const auto &canFinish = flow.canFinish();
        const auto titleOf = [&flow](int i) {
            const QString title = shortTitle(flow.slide(i).title);
            return title.isEmpty() ? Tr::tr("(untitled)") : title;
        };
        for (int i = 0; i < n; ++i) {
            const int section = flow.sectionOf(i);
            if (!reachable[size_t(i)]) {
                const bool first = i == 0 || flow.sectionOf(i - 1) != section;
                if (flow.isBranchOnly(section)) {
                    // One issue per branch-only section nobody branches to.
                    bool anyReachable = false;
                    for (int k = i; k < n && flow.sectionOf(k) == section; ++k)
                        anyReachable = anyReachable || reachable[size_t(k)];
                    if (!anyReachable) {
                        if (first) {
                            enterFlowSlide(flow, i);
                            warning(
                                u"branch.unreachable"_s,
                                Tr::tr("Nothing branches to the section « %1 », which is only "
                                       "reached by a branch: learners never see its slides.")
                                    .arg(shortTitle(m_course.sections()[size_t(section)]->title)),
                                Field::Branch);
                            leaveSlide();
                        }
                        continue;
                    }
                }
                enterFlowSlide(flow, i);
                warning(u"branch.unreachable"_s,
                        Tr::tr("No path leads to the slide « %1 »: learners never see it.")
                            .arg(titleOf(i)),
                        Field::Branch);
                leaveSlide();
                continue;
            }
            const auto &edges = flow.edges(i);
            const bool allBroken
                = std::all_of(edges.cbegin(), edges.cend(), [](const Flow::Edge &e) {
                      return e.to == Flow::missing;
                  });
            const bool endsInBranch
                = flow.isBranchOnly(section)
                  && std::any_of(edges.cbegin(), edges.cend(), [](const Flow::Edge &e) {
                         return e.to == Flow::end;
                     });
            if (allBroken || endsInBranch) {
                enterFlowSlide(flow, i);
                warning(u"branch.dead-end"_s,
                        allBroken ? Tr::tr("The slide « %1 » is a dead end: every way out of it "
                                           "leads to a slide or section that does not exist.")
                                        .arg(titleOf(i))
                                  : Tr::tr("The slide « %1 » ends the course inside a section "
                                           "reached only by a branch: learners never come back "
                                           "to the rest of the course.")
                                        .arg(titleOf(i)),
                        Field::Branch);
                leaveSlide();
                continue;
            }
            if (canFinish[size_t(i)])
                continue;
            // Trapped: report the loop where the learner enters it.
            if (!inTrapCycle(flow, i))
                continue;
            bool entry = i == 0;
            for (int k = 0; k < n && !entry; ++k) {
                if (!reachable[size_t(k)] || (!canFinish[size_t(k)] && inTrapCycle(flow, k)))
                    continue;
                for (const Flow::Edge &edge : flow.edges(k))
                    entry = entry || edge.to == i;
            }
            if (!entry)
                continue;
            enterFlowSlide(flow, i);
            warning(u"branch.loop"_s,
                    Tr::tr("From the slide « %1 » on, learners go round in a loop with no way to "
                           "the end of the course.")
                        .arg(titleOf(i)),
                    Field::Branch);
            leaveSlide();
        }
    }

    void checkRichText(const QString &html, const QString &what, Field field, int index = -1)
    {
        if (!HtmlSanitizer::isSafe(html))
            error(u"text.unsafe-html"_s,
                  Tr::tr("%1 contains HTML outside the safe subset (an element, attribute or link "
                         "that is not allowed, a comment, or a tag that is not closed).")
                      .arg(what),
                  field,
                  index);
    }

    void checkContent(const ContentBody &content)
    {
        for (size_t b = 0; b < content.blocks.size(); ++b) {
            const ContentBlock &block = content.blocks[b];
            const int number = int(b) + 1;
            switch (block.type) {
            case ContentBlock::Type::Heading:
                if (block.headingLevel < 2 || block.headingLevel > 4)
                    error(u"content.heading-level"_s,
                          Tr::tr("Block %1 is a heading of level %2; heading levels go from 2 to "
                                 "4.")
                              .arg(number)
                              .arg(block.headingLevel),
                          Field::Block,
                          int(b));
                break;
            case ContentBlock::Type::RichText:
                checkRichText(
                    block.text, Tr::tr("The text of block %1").arg(number), Field::Block, int(b));
                break;
            case ContentBlock::Type::Callout:
                checkRichText(block.text,
                              Tr::tr("The callout of block %1").arg(number),
                              Field::Block,
                              int(b));
                break;
            case ContentBlock::Type::Image:
                checkImageBlock(block, number);
                break;
            default:
                checkRichBlock(block, number);
                break;
            }
        }
    }

    /** The block types added with issue 14: items, links, tables, media. */
    void checkRichBlock(const ContentBlock &block, int number)
    {
        using Type = ContentBlock::Type;
        const int index = number - 1;
        const auto blockError = [&](const QString &code, const QString &message) {
            error(code, message, Field::Block, index);
        };
        const auto blockWarning = [&](const QString &code, const QString &message) {
            warning(code, message, Field::Block, index);
        };
        if (block.type == Type::ImageText || block.type == Type::Quote || block.type == Type::Audio)
            checkRichText(
                block.text, Tr::tr("The text of block %1").arg(number), Field::Block, index);
        switch (block.type) {
        case Type::ImageText:
        case Type::LabelledGraphic:
            checkImageBlock(block, number);
            break;
        case Type::Quote:
            if (HtmlSanitizer::toPlainText(block.text).trimmed().isEmpty())
                blockWarning(u"content.empty-quote"_s,
                             Tr::tr("The quote of block %1 is empty.").arg(number));
            if (!block.image.isNull() && !m_course.asset(block.image))
                blockError(u"asset.missing"_s,
                           Tr::tr("The photo of block %1 (%2) is not in the media library.")
                               .arg(QString::number(number), shortId(block.image)));
            break;
        case Type::KeyFigure:
            if (block.text.trimmed().isEmpty())
                blockWarning(u"content.empty-figure"_s,
                             Tr::tr("The key figure of block %1 has no number.").arg(number));
            break;
        case Type::Button:
            if (block.text.trimmed().isEmpty())
                blockWarning(u"content.button-no-label"_s,
                             Tr::tr("The button of block %1 has no label.").arg(number));
            if (!block.targetSlide.isNull()) {
                if (!m_course.slide(block.targetSlide))
                    blockError(u"content.button-bad-slide"_s,
                               Tr::tr("The button of block %1 goes to a slide that is no longer "
                                      "in the course.")
                                   .arg(number));
            } else if (block.url.trimmed().isEmpty()) {
                blockError(u"content.button-no-target"_s,
                           Tr::tr("The button of block %1 has neither a web address nor a slide "
                                  "to go to.")
                               .arg(number));
            } else if (!isWebUrl(block.url)) {
                blockError(u"content.button-bad-url"_s,
                           Tr::tr("The web address of block %1 (“%2”) is not an http:// or "
                                  "https:// address.")
                               .arg(QString::number(number), block.url));
            }
            break;
        case Type::Table:
            if (block.rows.empty())
                blockWarning(u"content.empty-table"_s,
                             Tr::tr("The table of block %1 has no rows.").arg(number));
            break;
        case Type::Audio:
        case Type::Video: {
            const bool audio = block.type == Type::Audio;
            const MediaAsset *asset = m_course.asset(block.media.video);
            if (block.media.video.isNull())
                blockError(
                    u"content.media-missing"_s,
                    audio ? Tr::tr("Block %1 is an audio block without a sound file.").arg(number)
                          : Tr::tr("Block %1 is a video block without a video.").arg(number));
            else if (!asset)
                blockError(u"asset.missing"_s,
                           Tr::tr("The media of block %1 (%2) is not in the media library.")
                               .arg(QString::number(number), shortId(block.media.video)));
            else if (audio ? !asset->mimeType.startsWith(u"audio/") : !asset->isVideo())
                blockError(u"content.wrong-media"_s,
                           Tr::tr("The file of block %1 (“%2”) is %3, not %4.")
                               .arg(QString::number(number),
                                    asset->fileName,
                                    asset->mimeType,
                                    audio ? Tr::tr("a sound file") : Tr::tr("a video")));
            if (audio && HtmlSanitizer::toPlainText(block.text).trimmed().isEmpty())
                blockWarning(u"content.audio-no-transcript"_s,
                             Tr::tr("The audio of block %1 has no transcript for learners who "
                                    "cannot hear it.")
                                 .arg(number));
            for (const CaptionTrack &track : block.media.captions) {
                if (!m_course.asset(track.vtt))
                    blockError(u"asset.missing"_s,
                               Tr::tr("A caption file of block %1 (%2) is not in the media "
                                      "library.")
                                   .arg(QString::number(number), shortId(track.vtt)));
            }
            break;
        }
        default:
            break;
        }
        if (block.hasItems())
            checkItems(block, number);
    }

    void checkItems(const ContentBlock &block, int number)
    {
        using Type = ContentBlock::Type;
        const int index = number - 1;
        if (block.items.empty()) {
            warning(u"content.no-items"_s,
                    Tr::tr("Block %1 has no entries yet; learners would see nothing.").arg(number),
                    Field::Block,
                    index);
            return;
        }
        const bool titled = block.type != Type::Gallery;
        const bool pictured = block.type == Type::Gallery;
        for (size_t i = 0; i < block.items.size(); ++i) {
            const BlockItem &item = block.items[i];
            const int n = int(i) + 1;
            checkRichText(
                item.text, Tr::tr("Entry %1 of block %2").arg(n).arg(number), Field::Block, index);
            if (titled && item.title.trimmed().isEmpty()) {
                warning(u"content.empty-item"_s,
                        Tr::tr("Entry %1 of block %2 has no title.").arg(n).arg(number),
                        Field::Block,
                        index);
            }
            if (pictured && item.image.isNull()) {
                error(u"content.image-missing"_s,
                      Tr::tr("Picture %1 of block %2 has no image.").arg(n).arg(number),
                      Field::Block,
                      index);
            } else if (!item.image.isNull()) {
                if (!m_course.asset(item.image))
                    error(
                        u"asset.missing"_s,
                        Tr::tr("The image of entry %1 of block %2 (%3) is not in the media "
                               "library.")
                            .arg(QString::number(n), QString::number(number), shortId(item.image)),
                        Field::Block,
                        index);
                if (item.altText.trimmed().isEmpty())
                    warning(u"image.no-alt-text"_s,
                            Tr::tr("The image of entry %1 of block %2 has no alternative text for "
                                   "screen readers.")
                                .arg(n)
                                .arg(number),
                            Field::Block,
                            index);
            }
        }
    }

    static bool isWebUrl(const QString &text)
    {
        const QUrl url(text.trimmed(), QUrl::StrictMode);
        return url.isValid() && !url.host().isEmpty()
               && (url.scheme() == u"https" || url.scheme() == u"http");
    }

    void checkImageBlock(const ContentBlock &block, int number)
    {
        if (block.image.isNull()) {
            error(u"content.image-missing"_s,
                  Tr::tr("Block %1 is an image block without an image.").arg(number),
                  Field::Block,
                  number - 1);
            return;
        }
        const MediaAsset *asset = m_course.asset(block.image);
        if (!asset) {
            error(u"asset.missing"_s,
                  Tr::tr("The image of block %1 (%2) is not in the media library.")
                      .arg(QString::number(number), shortId(block.image)),
                  Field::Block,
                  number - 1);
        } else if (!asset->isImage()) {
            error(u"content.not-an-image"_s,
                  Tr::tr("The file of image block %1 (“%2”) is not an image but %3.")
                      .arg(QString::number(number), asset->fileName, asset->mimeType),
                  Field::Block,
                  number - 1);
        }
        if (block.altText.trimmed().isEmpty())
            warning(u"image.no-alt-text"_s,
                    Tr::tr("The image of block %1 has no alternative text for screen readers.")
                        .arg(number),
                    Field::Block,
                    number - 1);
    }

    void checkQuestion(const Question &q)
    {
        if (HtmlSanitizer::toPlainText(q.prompt).trimmed().isEmpty())
            error(u"question.empty-prompt"_s, Tr::tr("The question has no prompt."), Field::Prompt);
        checkRichText(q.prompt, Tr::tr("The prompt"), Field::Prompt);
        checkRichText(
            q.correctFeedback, Tr::tr("The feedback for a correct answer"), Field::CorrectFeedback);
        checkRichText(q.incorrectFeedback,
                      Tr::tr("The feedback for a wrong answer"),
                      Field::IncorrectFeedback);
        if (!std::isfinite(q.points) || q.points < 0)
            error(u"question.invalid-points"_s,
                  Tr::tr("The question is worth %1 points; points must be zero or more.")
                      .arg(number(q.points)),
                  Field::Points);

        const size_t errorsBefore = m_errorCount;
        switch (q.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleResponse:
            checkChoices(q);
            break;
        case QuestionType::TrueFalse:
            break;
        case QuestionType::FillIn:
            checkFillIn(q);
            break;
        case QuestionType::Matching:
            checkIds(q.pairs);
            if (q.pairs.size() < 2)
                error(u"question.too-few-pairs"_s,
                      Tr::tr("A matching question needs at least 2 pairs (it has %1).")
                          .arg(q.pairs.size()),
                      Field::Answers);
            break;
        case QuestionType::Sequencing:
            checkIds(q.items);
            if (q.items.size() < 2)
                error(u"question.too-few-items"_s,
                      Tr::tr("A sequencing question needs at least 2 items (it has %1).")
                          .arg(q.items.size()),
                      Field::Answers);
            break;
        case QuestionType::Numeric:
            checkNumeric(q.numeric);
            break;
        case QuestionType::Likert:
            if (q.likertScale.size() < 2)
                error(u"question.too-few-labels"_s,
                      Tr::tr("A Likert question needs at least 2 scale labels (it has %1).")
                          .arg(q.likertScale.size()),
                      Field::Answers);
            break;
        case QuestionType::OpenText:
            break;
        case QuestionType::DragDrop:
        case QuestionType::Hotspot:
            checkRegions(q);
            break;
        }
        // The generic warning, for what the specific errors above did not already explain.
        // A question worth no points is a survey: having no correct answer is then intended.
        if (isGradedQuestion(q) && m_errorCount == errorsBefore && !q.hasCorrectAnswer())
            warning(u"question.no-correct-answer"_s,
                    Tr::tr("The question has no correct answer, so it cannot be scored."),
                    Field::Answers);
    }

    void checkChoices(const Question &q)
    {
        checkIds(q.choices);
        for (size_t c = 0; c < q.choices.size(); ++c) {
            checkRichText(
                q.choices[c].text, Tr::tr("Choice %1").arg(c + 1), Field::Answers, int(c));
            checkRichText(q.choices[c].feedback,
                          Tr::tr("The feedback of choice %1").arg(c + 1),
                          Field::Answers,
                          int(c));
        }
        if (q.choices.size() < 2)
            error(u"question.too-few-choices"_s,
                  Tr::tr("A choice question needs at least 2 choices (it has %1).")
                      .arg(q.choices.size()),
                  Field::Answers);
        const auto correct = std::count_if(
            q.choices.cbegin(), q.choices.cend(), [](const Choice &c) { return c.correct; });
        if (q.type == QuestionType::SingleChoice && correct != 1) {
            if (correct == 0)
                error(u"question.no-correct-choice"_s,
                      Tr::tr("A single-choice question needs exactly one correct answer (it has "
                             "none)."),
                      Field::Answers);
            else
                error(u"question.several-correct-choices"_s,
                      Tr::tr("A single-choice question needs exactly one correct answer (it has "
                             "%1).")
                          .arg(correct),
                      Field::Answers);
        } else if (q.type == QuestionType::MultipleResponse && correct == 0) {
            error(u"question.no-correct-choice"_s,
                  Tr::tr("A multiple-response question needs at least one correct answer."),
                  Field::Answers);
        }
    }

    void checkFillIn(const Question &q)
    {
        checkIds(q.blanks);
        if (q.blanks.empty()) {
            error(u"question.no-blanks"_s,
                  Tr::tr("A fill-in question needs at least one blank."),
                  Field::Answers);
            return;
        }
        for (size_t b = 0; b < q.blanks.size(); ++b) {
            const QStringList &answers = q.blanks[b].acceptedAnswers;
            const bool hasAnswer
                = std::any_of(answers.cbegin(), answers.cend(), [](const QString &a) {
                      return !a.trimmed().isEmpty();
                  });
            if (!hasAnswer)
                error(u"question.blank-without-answer"_s,
                      Tr::tr("Blank %1 of the fill-in question has no accepted answer.").arg(b + 1),
                      Field::Answers,
                      int(b));
        }
        // Markers are "[[n]]" with a 1-based blank number.
        const QString &cloze = q.clozeText;
        for (qsizetype at = cloze.indexOf(u"[["); at >= 0; at = cloze.indexOf(u"[[", at + 2)) {
            qsizetype end = at + 2;
            while (end < cloze.size() && cloze[end].isDigit() && end - at < 12)
                ++end;
            if (end == at + 2 || !QStringView(cloze).mid(end).startsWith(u"]]"))
                continue;
            const qint64 blank = QStringView(cloze).mid(at + 2, end - at - 2).toLongLong();
            if (blank < 1 || blank > qint64(q.blanks.size())) {
                warning(u"question.cloze-unknown-blank"_s,
                        Tr::tr("The fill-in text refers to blank [[%1]], but the question has %n "
                               "blank(s).",
                               nullptr,
                               int(q.blanks.size()))
                            .arg(blank),
                        Field::ClozeText);
                break;
            }
        }
    }

    void checkNumeric(const NumericAnswer &n)
    {
        const bool finite = n.isRange ? std::isfinite(n.minimum) && std::isfinite(n.maximum)
                                      : std::isfinite(n.value) && std::isfinite(n.tolerance);
        if (!finite) {
            error(u"question.invalid-number"_s,
                  Tr::tr("The expected numeric answer is not a finite number."),
                  Field::Answers);
            return;
        }
        if (n.isRange && n.minimum > n.maximum)
            error(u"question.invalid-range"_s,
                  Tr::tr("The accepted range is empty: the minimum (%1) is greater than the "
                         "maximum (%2).")
                      .arg(number(n.minimum), number(n.maximum)),
                  Field::Answers);
        if (!n.isRange && n.tolerance < 0)
            error(u"question.negative-tolerance"_s,
                  Tr::tr("The tolerance (%1) is negative.").arg(number(n.tolerance)),
                  Field::Answers);
    }

    /** Drag-drop and hotspot: the image, its zones and (drag-drop) the items. */
    void checkRegions(const Question &q)
    {
        const bool dragDrop = q.type == QuestionType::DragDrop;
        if (q.image.isNull()) {
            error(u"question.no-image"_s,
                  dragDrop ? Tr::tr("The drag-and-drop question has no image.")
                           : Tr::tr("The hotspot question has no image."),
                  Field::Answers);
        } else if (const MediaAsset *asset = m_course.asset(q.image); !asset) {
            error(u"asset.missing"_s,
                  Tr::tr("The image of the question (%1) is not in the media library.")
                      .arg(shortId(q.image)),
                  Field::Answers);
        } else if (!asset->isImage()) {
            error(u"content.not-an-image"_s,
                  Tr::tr("The file “%1” of the question is not an image but %2.")
                      .arg(asset->fileName, asset->mimeType),
                  Field::Answers);
        }
        if (!q.image.isNull() && q.imageAlt.trimmed().isEmpty())
            warning(u"image.no-alt-text"_s,
                    Tr::tr("The image of the question has no alternative text for screen readers."),
                    Field::Answers);
        checkIds(q.regions);
        const qsizetype minimum = dragDrop ? 1 : 2;
        if (qsizetype(q.regions.size()) < minimum) {
            error(u"question.too-few-regions"_s,
                  dragDrop ? Tr::tr("A drag-and-drop question needs at least one zone (it has "
                                    "none).")
                           : Tr::tr("A hotspot question needs at least 2 regions (it has %1).")
                                 .arg(q.regions.size()),
                  Field::Answers);
        }
        for (size_t r = 0; r < q.regions.size(); ++r) {
            const ImageRegion &region = q.regions[r];
            const QString name = region.label.trimmed().isEmpty()
                                     ? Tr::tr("Region %1").arg(r + 1)
                                     : Tr::tr("Region %1 (“%2”)").arg(r + 1).arg(region.label);
            if (region.isDegenerate())
                error(u"question.degenerate-region"_s,
                      Tr::tr("%1 encloses no area: draw it with at least 3 points that are not "
                             "on one line.")
                          .arg(name),
                      Field::Answers,
                      int(r));
            if (region.label.trimmed().isEmpty())
                error(u"question.region-without-label"_s,
                      Tr::tr("Region %1 has no name; learners using the keyboard or a screen "
                             "reader choose regions by name.")
                          .arg(r + 1),
                      Field::Answers,
                      int(r));
        }
        if (!dragDrop) {
            if (!std::any_of(q.regions.cbegin(), q.regions.cend(), [](const ImageRegion &r) {
                    return r.correct;
                }))
                error(u"question.no-correct-region"_s,
                      Tr::tr("A hotspot question needs at least one correct region."),
                      Field::Answers);
            return;
        }
        checkIds(q.dragItems);
        if (q.dragItems.empty())
            error(u"question.no-drag-items"_s,
                  Tr::tr("A drag-and-drop question needs at least one item to place."),
                  Field::Answers);
        for (size_t i = 0; i < q.dragItems.size(); ++i) {
            const DragItem &item = q.dragItems[i];
            if (item.text.trimmed().isEmpty())
                error(u"question.empty-drag-item"_s,
                      Tr::tr("Item %1 of the drag-and-drop question has no text.").arg(i + 1),
                      Field::Answers,
                      int(i));
            const bool known = std::any_of(q.regions.cbegin(),
                                           q.regions.cend(),
                                           [&](const ImageRegion &r) { return r.id == item.zone; });
            if (item.zone.isEmpty())
                error(u"question.item-without-zone"_s,
                      Tr::tr("Item %1 (“%2”) has no correct zone.").arg(i + 1).arg(item.text),
                      Field::Answers,
                      int(i));
            else if (!known)
                error(u"question.item-without-zone"_s,
                      Tr::tr("Item %1 (“%2”) belongs to the zone “%3”, which does not exist.")
                          .arg(i + 1)
                          .arg(item.text, item.zone),
                      Field::Answers,
                      int(i));
        }
    }

    /** Answer ids become SCORM response identifiers: present, without spaces, unique. */
    template <typename Answer> void checkIds(const std::vector<Answer> &answers)
    {
        QSet<QString> seen;
        for (const Answer &answer : answers) {
            if (!isValidId(answer.id)) {
                error(u"question.invalid-answer-id"_s,
                      Tr::tr("The answer id “%1” is invalid: ids must be non-empty and contain no "
                             "white space.")
                          .arg(answer.id),
                      Field::Answers);
            } else if (seen.contains(answer.id)) {
                error(u"question.invalid-answer-id"_s,
                      Tr::tr("The answer id “%1” is used more than once in this question.")
                          .arg(answer.id),
                      Field::Answers);
            }
            seen.insert(answer.id);
        }
    }

    void checkVideo(const VideoBody &video)
    {
        ++m_videoSlides;
        if (video.video.isNull()) {
            error(u"video.no-video"_s, Tr::tr("The video slide has no video."), Field::Video);
        } else if (const MediaAsset *asset = m_course.asset(video.video); !asset) {
            error(u"asset.missing"_s,
                  Tr::tr("The video (%1) is not in the media library.").arg(shortId(video.video)),
                  Field::Video);
        } else if (!asset->isVideo()) {
            error(u"video.not-a-video"_s,
                  Tr::tr("The file “%1” of the video slide is not a video but %2.")
                      .arg(asset->fileName, asset->mimeType),
                  Field::Video);
        }
        if (!video.poster.isNull()) {
            if (const MediaAsset *poster = m_course.asset(video.poster); !poster)
                error(u"asset.missing"_s,
                      Tr::tr("The poster image (%1) is not in the media library.")
                          .arg(shortId(video.poster)),
                      Field::Poster);
            else if (!poster->isImage())
                error(u"video.poster-not-an-image"_s,
                      Tr::tr("The poster “%1” is not an image but %2.")
                          .arg(poster->fileName, poster->mimeType),
                      Field::Poster);
        }
        if (video.requiredWatchedPercent < 0 || video.requiredWatchedPercent > 100)
            error(u"video.required-percent-range"_s,
                  Tr::tr("The share of the video to watch is %1 %; it must be between 0 and "
                         "100 %.")
                      .arg(video.requiredWatchedPercent),
                  Field::RequiredPercent);

        for (size_t t = 0; t < video.captions.size(); ++t) {
            const CaptionTrack &track = video.captions[t];
            const int number = int(t) + 1;
            if (track.vtt.isNull()) {
                error(u"captions.no-file"_s,
                      Tr::tr("Caption track %1 has no WebVTT file.").arg(number),
                      Field::Captions,
                      int(t));
            } else if (const MediaAsset *asset = m_course.asset(track.vtt); !asset) {
                error(u"asset.missing"_s,
                      Tr::tr("The file of caption track %1 (%2) is not in the media library.")
                          .arg(QString::number(number), shortId(track.vtt)),
                      Field::Captions,
                      int(t));
            } else if (!asset->isCaptions()) {
                error(u"captions.not-vtt"_s,
                      Tr::tr("The file “%1” of caption track %2 is not a WebVTT file but %3.")
                          .arg(asset->fileName, QString::number(number), asset->mimeType),
                      Field::Captions,
                      int(t));
            }
            if (track.language.trimmed().isEmpty())
                error(u"captions.no-language"_s,
                      Tr::tr("Caption track %1 has no language.").arg(number),
                      Field::Captions,
                      int(t));
        }
        if (video.captions.empty() && !video.video.isNull())
            warning(u"video.no-captions"_s,
                    Tr::tr("The video has no captions: learners who cannot hear it will miss "
                           "what is said."),
                    Field::Captions);
    }

    void checkResult(const ResultBody &result)
    {
        ++m_resultSlides;
        checkRichText(
            result.passMessage, Tr::tr("The message for a passed quiz"), Field::PassMessage);
        checkRichText(
            result.failMessage, Tr::tr("The message for a failed quiz"), Field::FailMessage);
    }

    void checkScenario(const ScenarioBody &scenario)
    {
        if (HtmlSanitizer::toPlainText(scenario.situation).trimmed().isEmpty())
            error(u"scenario.empty-situation"_s,
                  Tr::tr("The scenario has no situation."),
                  Field::Situation);
        checkRichText(scenario.situation, Tr::tr("The situation"), Field::Situation);
        if (!scenario.character.isNull()) {
            const MediaAsset *asset = m_course.asset(scenario.character);
            if (!asset)
                error(u"asset.missing"_s,
                      Tr::tr("The character image (%1) is not in the media library.")
                          .arg(shortId(scenario.character)),
                      Field::Character);
            else if (!asset->isImage())
                error(u"scenario.character-not-an-image"_s,
                      Tr::tr("The character's file (“%1”) is not an image but %2.")
                          .arg(asset->fileName, asset->mimeType),
                      Field::Character);
            if (scenario.characterAlt.trimmed().isEmpty())
                warning(u"image.no-alt-text"_s,
                        Tr::tr("The character image has no alternative text for screen readers."),
                        Field::Character);
        }
        const int count = int(scenario.responses.size());
        if (count < ScenarioBody::minResponses || count > ScenarioBody::maxResponses)
            error(u"scenario.response-count"_s,
                  Tr::tr("The scenario needs 2 to 4 responses; it has %1.").arg(count),
                  Field::Responses);
        QSet<QString> ids;
        for (int i = 0; i < count; ++i) {
            const ScenarioResponse &response = scenario.responses[size_t(i)];
            const QString number = QString::number(i + 1);
            static const QSet<QString> validIds{u"r1"_s, u"r2"_s, u"r3"_s, u"r4"_s};
            if (!validIds.contains(response.id) || ids.contains(response.id))
                error(u"scenario.invalid-response-id"_s,
                      Tr::tr("Response %1 has the id “%2”; ids are r1 to r4, each used once.")
                          .arg(number, response.id),
                      Field::Responses,
                      i);
            ids.insert(response.id);
            if (response.text.trimmed().isEmpty())
                error(u"scenario.empty-response"_s,
                      Tr::tr("Response %1 has no text.").arg(number),
                      Field::Responses,
                      i);
            if (HtmlSanitizer::toPlainText(response.consequence).trimmed().isEmpty())
                warning(u"scenario.no-consequence"_s,
                        Tr::tr("Response %1 has no consequence: the learner sees nothing "
                               "after choosing it.")
                            .arg(number),
                        Field::Responses,
                        i);
            checkRichText(response.consequence,
                          Tr::tr("The consequence of response %1").arg(number),
                          Field::Responses,
                          i);
            const BranchTarget &to = response.leadsTo;
            const bool missing = (!to.slide.isNull() && !m_course.slidePosition(to.slide).isValid())
                                 || (to.slide.isNull() && !to.section.isNull()
                                     && m_course.sectionIndex(to.section) < 0);
            if (missing)
                error(u"scenario.missing-target"_s,
                      Tr::tr("Response %1 leads to a slide or section that does not exist.")
                          .arg(number),
                      Field::Responses,
                      i);
        }
    }

    // --- draw slides and question banks ----------------------------------------------------

    /** Whether a draw with this tag (empty: any) can draw a question; case does not count. */
    static bool matchesTag(const Slide &question, const QString &tag)
    {
        const auto *body = std::get_if<QuestionBody>(&question.body);
        return body && (tag.isEmpty() || body->tags.contains(tag, Qt::CaseInsensitive));
    }

    static Difficulty difficultyOf(const Slide &question)
    {
        const auto *body = std::get_if<QuestionBody>(&question.body);
        return body ? body->difficulty : Difficulty::None;
    }

    void checkDraw(const DrawBody &draw)
    {
        if (draw.banks.empty()) {
            error(u"draw.no-bank"_s,
                  Tr::tr("The draw slide draws from no question bank."),
                  Field::Draw);
        }
        std::vector<const QuestionBank *> banks;
        for (const BankId &id : draw.banks) {
            if (const QuestionBank *bank = m_course.bank(id))
                banks.push_back(bank);
            else
                error(u"draw.missing-bank"_s,
                      Tr::tr("The draw slide draws from a question bank that does not exist "
                             "(%1).")
                          .arg(id.toString()),
                      Field::Draw);
        }
        const int counts[] = {draw.count, draw.easy, draw.medium, draw.hard};
        if (std::any_of(std::begin(counts), std::end(counts), [](int n) { return n < 0; })
            || draw.total() <= 0) {
            error(u"draw.nothing-to-draw"_s,
                  Tr::tr("The draw slide draws no question: set how many to draw."),
                  Field::Draw);
            return;
        }
        if (banks.empty())
            return;
        int available[4] = {0, 0, 0, 0}; // by Difficulty
        int matching = 0;
        for (const QuestionBank *bank : banks) {
            for (const auto &question : bank->questions) {
                if (!matchesTag(*question, draw.tag))
                    continue;
                ++matching;
                ++available[int(difficultyOf(*question))];
            }
        }
        if (!draw.byDifficulty) {
            if (draw.count <= matching)
                return;
            error(u"draw.not-enough-questions"_s,
                  draw.tag.isEmpty()
                      ? Tr::tr("The draw slide draws %n question(s), but its banks hold only %1.",
                               nullptr,
                               draw.count)
                            .arg(matching)
                      : Tr::tr("The draw slide draws %n question(s) tagged “%1”, but its banks "
                               "hold only %2 with that tag.",
                               nullptr,
                               draw.count)
                            .arg(draw.tag, QString::number(matching)),
                  Field::Draw);
            return;
        }
        const std::pair<Difficulty, int> wanted[] = {{Difficulty::Easy, draw.easy},
                                                     {Difficulty::Medium, draw.medium},
                                                     {Difficulty::Hard, draw.hard}};
        for (const auto &[difficulty, count] : wanted) {
            const int held = available[int(difficulty)];
            if (count <= held)
                continue;
            error(u"draw.not-enough-questions"_s,
                  draw.tag.isEmpty()
                      ? Tr::tr("The draw slide draws %n question(s) of difficulty “%1”, but its "
                               "banks hold only %2.",
                               nullptr,
                               count)
                            .arg(difficultyName(difficulty), QString::number(held))
                      : Tr::tr("The draw slide draws %n question(s) of difficulty “%1” tagged "
                               "“%2”, but its banks hold only %3.",
                               nullptr,
                               count)
                            .arg(difficultyName(difficulty), draw.tag, QString::number(held)),
                  Field::Draw);
        }
    }

    static QString difficultyName(Difficulty difficulty)
    {
        switch (difficulty) {
        case Difficulty::Easy:
            return Tr::tr("easy");
        case Difficulty::Medium:
            return Tr::tr("medium");
        case Difficulty::Hard:
            return Tr::tr("hard");
        case Difficulty::None:
            break;
        }
        return {};
    }

    void checkBankQuestion(const QuestionBank &bank, const Slide &question, int index)
    {
        m_bankId = bank.id;
        m_slideId = question.id;
        m_location = bankQuestionLocation(bank, index, question.title);
        if (const auto *body = std::get_if<QuestionBody>(&question.body))
            checkQuestion(body->question);
        leaveSlide();
        m_bankId = BankId();
    }

    void checkBanks()
    {
        QHash<QString, int> ids;
        QHash<QString, int> names;
        QSet<QString> slideIds;
        for (const Slide *slide : m_course.allSlides())
            slideIds.insert(slide->id.toString());
        const auto &banks = m_course.banks();
        for (int b = 0; b < int(banks.size()); ++b) {
            const QuestionBank &bank = *banks[size_t(b)];
            m_bankId = bank.id;
            m_location = bankLocation(bank);
            const QString &id = bank.id.toString();
            if (!isValidId(id)) {
                error(u"bank.invalid-id"_s,
                      Tr::tr("The question bank id “%1” is invalid: ids must be non-empty and "
                             "contain no white space.")
                          .arg(id));
            } else if (const auto it = ids.constFind(id); it != ids.cend()) {
                error(u"bank.duplicate-id"_s,
                      Tr::tr("This question bank has the same id (“%1”) as bank %2.")
                          .arg(id, QString::number(*it + 1)));
            } else {
                ids.insert(id, b);
            }
            const QString name = bank.name.trimmed();
            if (name.isEmpty()) {
                warning(u"bank.no-name"_s,
                        Tr::tr("Question bank %1 has no name.").arg(b + 1),
                        Field::BankName);
            } else if (const auto it = names.constFind(name.toCaseFolded()); it != names.cend()) {
                warning(u"bank.duplicate-name"_s,
                        Tr::tr("Question bank %1 has the same name (“%2”) as bank %3.")
                            .arg(QString::number(b + 1), name, QString::number(*it + 1)),
                        Field::BankName);
            } else {
                names.insert(name.toCaseFolded(), b);
            }
            if (bank.questions.empty())
                warning(u"bank.empty"_s, Tr::tr("The question bank has no questions."));
            for (int q = 0; q < int(bank.questions.size()); ++q) {
                const Slide &question = *bank.questions[size_t(q)];
                m_slideId = question.id;
                m_location = bankQuestionLocation(bank, q, question.title);
                const QString &questionId = question.id.toString();
                if (!isValidId(questionId)) {
                    error(u"slide.invalid-id"_s,
                          Tr::tr("The question id “%1” is invalid: ids must be non-empty and "
                                 "contain no white space.")
                              .arg(questionId));
                } else if (slideIds.contains(questionId)) {
                    error(u"slide.duplicate-id"_s,
                          Tr::tr("This question has the same id (“%1”) as another slide or bank "
                                 "question.")
                              .arg(questionId));
                }
                slideIds.insert(questionId);
                checkBankQuestion(bank, question, q);
                m_bankId = bank.id;
            }
            m_location.clear();
        }
        m_bankId = BankId();
    }

    /**
     * The player draws without replacement across the whole course: draw slides sharing banks
     * must not ask, together, for more questions than those banks hold.
     */
    void checkSharedDraws()
    {
        // Groups of draw slides connected by a shared bank, with the banks they use.
        std::vector<const Slide *> draws;
        for (const Slide *slide : m_course.allSlides()) {
            if (std::holds_alternative<DrawBody>(slide->body))
                draws.push_back(slide);
        }
        if (draws.size() < 2)
            return;
        std::vector<int> group(draws.size());
        for (size_t i = 0; i < draws.size(); ++i)
            group[i] = int(i);
        const auto find = [&](int i) {
            while (group[size_t(i)] != i)
                i = group[size_t(i)] = group[size_t(group[size_t(i)])];
            return i;
        };
        for (size_t i = 0; i < draws.size(); ++i) {
            const auto &a = std::get<DrawBody>(draws[i]->body).banks;
            for (size_t j = i + 1; j < draws.size(); ++j) {
                const auto &b = std::get<DrawBody>(draws[j]->body).banks;
                const bool shared = std::any_of(a.begin(), a.end(), [&](const BankId &id) {
                    return std::find(b.begin(), b.end(), id) != b.end();
                });
                if (shared)
                    group[size_t(find(int(i)))] = find(int(j));
            }
        }
        std::map<int, std::vector<size_t>> groups;
        for (size_t i = 0; i < draws.size(); ++i)
            groups[find(int(i))].push_back(i);
        for (const auto &[root, members] : groups) {
            if (members.size() < 2)
                continue;
            QSet<BankId> banks;
            qint64 wanted = 0;
            for (size_t i : members) {
                const auto &draw = std::get<DrawBody>(draws[i]->body);
                wanted += std::max(0, draw.total());
                for (const BankId &id : draw.banks)
                    banks.insert(id);
            }
            qint64 held = 0;
            for (const BankId &id : banks) {
                if (const QuestionBank *bank = m_course.bank(id))
                    held += qint64(bank->questions.size());
            }
            if (wanted <= held)
                continue;
            const Slide &first = *draws[members.front()];
            const SlidePosition position = m_course.slidePosition(first.id);
            enterSlide(first, position.section, position.slide);
            warning(u"draw.shared-questions"_s,
                    Tr::tr("%1 draw slides share question banks and draw %2 questions together, "
                           "but those banks hold only %3: a question is never drawn twice in an "
                           "attempt, so some draws will come up short.")
                        .arg(QString::number(members.size()),
                             QString::number(wanted),
                             QString::number(held)),
                    Field::Draw);
            leaveSlide();
        }
    }

    // --- whole-course rules ----------------------------------------------------------------

    void checkCompletion()
    {
        bool hasGradedQuestion = false;
        for (const Slide *slide : m_course.allSlides()) {
            if (const Question *q = slide->question(); q && isGradedQuestion(*q))
                hasGradedQuestion = true;
            if (const auto *draw = std::get_if<DrawBody>(&slide->body))
                hasGradedQuestion = hasGradedQuestion || drawsGradedQuestion(*draw);
        }
        const CompletionRule rule = m_course.settings().completion;
        if ((rule == CompletionRule::QuizPassed
             || rule == CompletionRule::AllSlidesViewedAndQuizPassed)
            && !hasGradedQuestion)
            error(u"settings.completion-needs-graded-question"_s,
                  Tr::tr("The completion rule requires passing the quiz, but the course has no "
                         "graded question."),
                  Field::CompletionRule);
        if (rule == CompletionRule::VideoWatched && m_videoSlides == 0)
            error(u"settings.completion-needs-video"_s,
                  Tr::tr("The completion rule requires watching the video, but the course has no "
                         "video slide."),
                  Field::CompletionRule);
        if (hasGradedQuestion && m_resultSlides == 0)
            warning(u"course.no-result-slide"_s,
                    Tr::tr("The course has a quiz but no result slide: learners will not see "
                           "their score."));
        const int suspendChars = Validator::estimatedSuspendDataChars(m_course);
        if (suspendChars > Validator::scorm12SuspendDataLimit)
            warning(u"scorm12.suspend-data-too-large"_s,
                    Tr::tr("Saving a learner's progress may take about %1 characters, more than "
                           "the %2 SCORM 1.2 allows: in SCORM 1.2 packages some answers may not "
                           "be restored when a learner comes back.")
                        .arg(suspendChars)
                        .arg(Validator::scorm12SuspendDataLimit));
    }

    // --- helpers ---------------------------------------------------------------------------

    /**
     * Game sections: a game needs graded questions, and a learner answering every question right
     * without any bonus should be able to reach the passing score, since bonuses count in the
     * maximum (docs/export.md §3). Draw slides count at their drawn questions' base points only.
     */
    void checkGames()
    {
        double available = 0, withoutBonus = 0;
        bool anyGame = false;
        const auto &sections = m_course.sections();
        for (int s = 0; s < int(sections.size()); ++s) {
            const Section &section = *sections[size_t(s)];
            int position = 0;
            bool drawsGraded = false;
            for (const auto &slide : section.slides) {
                const Question *q = slide->question();
                if (const auto *draw = std::get_if<DrawBody>(&slide->body))
                    drawsGraded = drawsGraded || drawsGradedQuestion(*draw);
                if (!q || !isGradedQuestion(*q))
                    continue;
                const double points = std::max(0.0, q->points);
                if (!section.game.enabled) {
                    available += points;
                    withoutBonus += points;
                    continue;
                }
                available += gameMaxPoints(section.game, *q, position);
                withoutBonus += gameBasePoints(section.game, *q);
                ++position;
            }
            if (!section.game.enabled)
                continue;
            anyGame = true;
            if (position == 0 && !drawsGraded) {
                m_location = sectionLocation(s, section.title);
                warning(u"game.no-graded-question"_s,
                        Tr::tr("This section is played as a game but has no graded question: "
                               "there is nothing to score."));
                m_location.clear();
            }
        }
        const int passing = m_course.settings().passingScorePercent;
        if (anyGame && available > 0 && withoutBonus / available * 100 < passing) {
            warning(u"game.passing-score-needs-bonus"_s,
                    Tr::tr("With game bonuses, a learner who answers every question right but "
                           "earns no bonus scores %1 %, below the passing score of %2 %.")
                        .arg(number(std::floor(withoutBonus / available * 1000) / 10))
                        .arg(passing),
                    Field::PassingScore);
        }
    }

    bool drawsGradedQuestion(const DrawBody &draw) const
    {
        for (const BankId &id : draw.banks) {
            const QuestionBank *bank = m_course.bank(id);
            if (!bank)
                continue;
            for (const auto &question : bank->questions) {
                if (const Question *q = question->question(); q && isGradedQuestion(*q))
                    return true;
            }
        }
        return false;
    }

    /** An asset id is a 64-digit hash: its start is enough to recognise it. */
    static QString shortId(const AssetId &id) { return id.toString().left(12); }

    const Course &m_course;
    std::vector<Issue> m_issues;
    SlideId m_slideId;
    BankId m_bankId;
    QString m_location;
    size_t m_errorCount = 0;
    int m_videoSlides = 0;
    int m_resultSlides = 0;
};

int answerCost(const Question &q)
{
    switch (q.type) {
    case QuestionType::SingleChoice:
    case QuestionType::MultipleResponse:
        return 2;
    case QuestionType::TrueFalse:
        return 1;
    case QuestionType::FillIn:
        return 12 * int(q.blanks.size());
    case QuestionType::Matching:
        return 2 * int(q.pairs.size());
    case QuestionType::Sequencing:
        return 2 * int(q.items.size());
    case QuestionType::Numeric:
        return 10;
    case QuestionType::Likert:
        return 2;
    case QuestionType::OpenText:
        return q.maxLength > 0 ? std::min(q.maxLength, 500) : 500;
    case QuestionType::DragDrop:
        return 6 * int(q.dragItems.size());
    case QuestionType::Hotspot:
        return 2;
    }
    return 0;
}

} // namespace

std::vector<Validator::Issue> Validator::check(const Course &course)
{
    return Checker(course).run();
}

std::vector<Validator::Issue> Validator::checkSlide(const Course &course, const SlideId &slide)
{
    return Checker(course).runForSlide(slide);
}

bool Validator::hasErrors(const std::vector<Issue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const Issue &issue) {
        return issue.severity == Severity::Error;
    });
}

namespace {

/** The player's record of the blocks a slide waits for: opened items (6 per char) or media. */
qint64 blocksCost(const ContentBody &content, int perMedia)
{
    qint64 total = 0;
    for (const ContentBlock &block : content.blocks) {
        if (!block.requiresInteraction())
            continue;
        const bool media
            = block.type == ContentBlock::Type::Audio || block.type == ContentBlock::Type::Video;
        total += media ? perMedia : 3 + qint64(block.items.size()) / 6;
    }
    return total;
}

} // namespace

int Validator::estimatedSuspendDataChars(const Course &course)
{
    constexpr int header = 40;
    constexpr int perSlide = 1;
    constexpr int perVideo = 16;
    qint64 total = header;
    for (const Slide *slide : course.allSlides()) {
        total += perSlide;
        if (const Question *q = slide->question()) {
            total += answerCost(*q);
        } else if (slide->kind() == SlideKind::Video) {
            total += perVideo;
        } else if (slide->kind() == SlideKind::Scenario) {
            total += 2; // the chosen response, as a single-choice answer
        } else if (const auto *draw = std::get_if<DrawBody>(&slide->body)) {
            // Each drawn question: its slide, which one was drawn, and its answer.
            constexpr int perDrawnQuestion = 1 + 8;
            int largestAnswer = 0;
            for (const BankId &id : draw->banks) {
                if (const QuestionBank *bank = course.bank(id)) {
                    for (const auto &question : bank->questions) {
                        if (const Question *candidate = question->question())
                            largestAnswer = std::max(largestAnswer, answerCost(*candidate));
                    }
                }
            }
            total += qint64(std::max(0, draw->total())) * (perDrawnQuestion + largestAnswer);
        } else if (const auto *content = std::get_if<ContentBody>(&slide->body)) {
            total += blocksCost(*content, perVideo);
        }
    }
    // Game sections: the personal best (up to 6), and per question its speed (up to 3).
    for (const auto &section : course.sections()) {
        if (!section->game.enabled)
            continue;
        total += 7;
        for (const auto &slide : section->slides)
            total += slide->question() ? 3 : 0;
    }
    return int(std::min<qint64>(total, std::numeric_limits<int>::max()));
}

} // namespace Core
