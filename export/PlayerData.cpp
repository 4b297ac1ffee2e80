// SPDX-License-Identifier: MIT
#include "PlayerData.h"

#include "core/Course.h"
#include "core/Flow.h"
#include "core/HtmlSanitizer.h"
#include "core/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPolygonF>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace Export {

namespace {

QString html(const QString &text)
{
    return Core::HtmlSanitizer::sanitize(text);
}

/** "media/<sha256>.<ext>" of a library asset, or null when the id is null or not in the library. */
QJsonValue mediaPath(const Core::Course &course, const Core::AssetId &id)
{
    if (id.isNull())
        return QJsonValue::Null;
    const Core::MediaAsset *asset = course.asset(id);
    return asset ? QJsonValue(asset->archiveName()) : QJsonValue(QJsonValue::Null);
}

/**
 * The theme as the player applies it: CSS custom properties (the whole palette derived in C++,
 * radius and fonts) and the classes for <body> (header, page, density, dark), so that the player
 * only assigns them.
 */
QJsonObject themeJson(const Core::Course &course)
{
    const Core::Theme &theme = course.settings().theme;
    const Core::ThemePalette palette = Core::themePalette(theme);
    QJsonObject vars;
    for (const auto &[name, colour] : palette.cssVariables())
        vars.insert(name, colour.name(QColor::HexRgb));
    const int radius = std::clamp(theme.cornerRadius, Core::minCornerRadius, Core::maxCornerRadius);
    vars.insert(u"radius"_s, QString::number(radius) + u"px"_s);
    vars.insert(u"font"_s, Core::cssBodyFont(theme));
    vars.insert(u"font-head"_s, Core::cssFontStack(theme.headingFont));
    QStringList classes{u"hd-"_s + Core::toString(theme.header),
                        u"pg-"_s + Core::toString(theme.page),
                        u"dn-"_s + Core::toString(theme.density)};
    if (palette.dark)
        classes.append(u"dark"_s);
    return {{u"vars"_s, vars},
            {u"cls"_s, classes.join(u' ')},
            {u"logo"_s, mediaPath(course, theme.logo)},
            {u"cover"_s, theme.coverPage},
            {u"coverImage"_s, mediaPath(course, theme.coverImage)},
            {u"sectionPages"_s, theme.sectionPages}};
}

QJsonObject settingsJson(const Core::Course &course)
{
    const Core::CourseSettings &settings = course.settings();
    return {{u"navigation"_s, Core::toString(settings.navigation)},
            {u"completion"_s, Core::toString(settings.completion)},
            {u"passingScore"_s, settings.passingScorePercent},
            {u"maxAttempts"_s, settings.maxAttempts},
            {u"scorm12Reporting"_s, Core::toString(settings.scorm12Reporting)},
            {u"theme"_s, themeJson(course)}};
}

QJsonObject
videoJson(const Core::Course &course, const Core::VideoBody &video, PlayerRuntime runtime);

/** src, alt and, when the library knows them, the intrinsic width and height of an image. */
void insertImage(QJsonObject &json,
                 const Core::Course &course,
                 const Core::AssetId &id,
                 const QString &alt)
{
    const Core::MediaAsset *asset = id.isNull() ? nullptr : course.asset(id);
    json.insert(u"src"_s, mediaPath(course, id));
    json.insert(u"alt"_s, alt);
    const bool sized = asset && asset->imageSize.isValid() && !asset->imageSize.isEmpty();
    json.insert(u"width"_s, sized ? QJsonValue(asset->imageSize.width()) : QJsonValue());
    json.insert(u"height"_s, sized ? QJsonValue(asset->imageSize.height()) : QJsonValue());
}

/** Only http(s) URLs reach the player; anything else is dropped (the Validator reports it). */
QString safeUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const bool web = url.isValid() && !url.host().isEmpty()
                     && (url.scheme() == u"https" || url.scheme() == u"http");
    return web ? url.toString(QUrl::FullyEncoded) : QString();
}

QJsonObject
blockJson(const Core::Course &course, const Core::ContentBlock &block, PlayerRuntime runtime)
{
    using Type = Core::ContentBlock::Type;
    QJsonObject json{{u"type"_s, Core::toString(block.type)}};
    const auto focus = [&] {
        if (block.focusX != 50 || block.focusY != 50)
            json.insert(u"focus"_s, QJsonArray{block.focusX, block.focusY});
    };
    switch (block.type) {
    case Type::Heading:
        json.insert(u"level"_s, block.headingLevel);
        json.insert(u"text"_s, block.text);
        break;
    case Type::RichText:
    case Type::Quote:
        json.insert(u"html"_s, html(block.text));
        if (block.type == Type::Quote) {
            json.insert(u"cite"_s, block.caption);
            if (!block.image.isNull())
                json.insert(u"photo"_s, mediaPath(course, block.image));
        }
        break;
    case Type::Image:
        insertImage(json, course, block.image, block.altText);
        json.insert(u"caption"_s, block.caption);
        json.insert(u"size"_s, Core::toString(block.imageSize));
        focus();
        break;
    case Type::ImageText:
        insertImage(json, course, block.image, block.altText);
        json.insert(u"html"_s, html(block.text));
        json.insert(u"side"_s, Core::toString(block.imageSide));
        json.insert(u"share"_s, Core::toString(block.imageShare));
        focus();
        break;
    case Type::Callout:
        json.insert(u"style"_s, Core::toString(block.calloutStyle));
        json.insert(u"html"_s, html(block.text));
        break;
    case Type::Tabs:
    case Type::Accordion:
    case Type::FlipCards:
    case Type::Steps:
    case Type::Checklist:
    case Type::LabelledGraphic:
    case Type::Gallery: {
        QJsonArray items;
        for (const Core::BlockItem &item : block.items) {
            QJsonObject entry{{u"title"_s, item.title}};
            if (!item.text.isEmpty())
                entry.insert(u"html"_s, html(item.text));
            if (!item.image.isNull())
                insertImage(entry, course, item.image, item.altText);
            if (block.type == Type::LabelledGraphic) {
                entry.insert(u"x"_s, item.x);
                entry.insert(u"y"_s, item.y);
            }
            items.append(entry);
        }
        json.insert(u"items"_s, items);
        if (block.type == Type::LabelledGraphic)
            insertImage(json, course, block.image, block.altText);
        if (block.requiresInteraction())
            json.insert(u"required"_s, true);
        break;
    }
    case Type::KeyFigure:
        json.insert(u"value"_s, block.text);
        json.insert(u"label"_s, block.caption);
        break;
    case Type::Divider:
    case Type::Spacer:
        break;
    case Type::Button:
        json.insert(u"label"_s, block.text);
        if (!block.targetSlide.isNull())
            json.insert(u"slide"_s, block.targetSlide.toString());
        else
            json.insert(u"url"_s, safeUrl(block.url));
        break;
    case Type::Table: {
        QJsonArray rows;
        for (const QStringList &row : block.rows)
            rows.append(QJsonArray::fromStringList(row));
        json.insert(u"rows"_s, rows);
        json.insert(u"header"_s, block.headerRow);
        break;
    }
    case Type::Audio:
    case Type::Video:
        json.insert(u"video"_s, videoJson(course, block.media, runtime));
        if (block.type == Type::Audio)
            json.insert(u"html"_s, html(block.text));
        break;
    }
    return json;
}

QJsonObject numericJson(const Core::NumericAnswer &numeric)
{
    if (numeric.isRange) {
        return {{u"mode"_s, u"range"_s}, {u"min"_s, numeric.minimum}, {u"max"_s, numeric.maximum}};
    }
    return {
        {u"mode"_s, u"exact"_s}, {u"value"_s, numeric.value}, {u"tolerance"_s, numeric.tolerance}};
}

/**
 * A game section's rules; base = points × the question's points. The player computes each
 * question's maximum the way Core::gameMaxPoints() does (tests check both on one example).
 */
QJsonObject gameJson(const Core::GameSettings &game)
{
    return {{u"points"_s, game.points},
            {u"speed"_s, game.speedBonus},
            {u"streak"_s, game.streakBonus},
            {u"streakSteps"_s, Core::GameSettings::maxStreakSteps},
            {u"time"_s, game.timeLimit}};
}

/**
 * A region's outline as SVG polygon points in percent ("10,20 40,20 40,60"), drawn by the
 * player in a 0 0 100 100 viewBox stretched over the image; 2 decimals are far below a pixel.
 */
QString svgPoints(const Core::ImageRegion &region)
{
    QStringList points;
    for (const QPointF &p : region.outline()) {
        points.append(QString::number(std::round(p.x() * 100) / 100) + u','
                      + QString::number(std::round(p.y() * 100) / 100));
    }
    return points.join(u' ');
}

/**
 * Drag-drop and hotspot: the image, the regions (id, label, outline) and, per type, the items
 * (drag-drop) or the regions again as single-choice "choices" (hotspot), so that the player
 * scores, reports and resumes a hotspot with its single-choice code (docs/export.md §3).
 */
void insertRegions(QJsonObject &json, const Core::Course &course, const Core::Question &question)
{
    QJsonObject image;
    insertImage(image, course, question.image, question.imageAlt);
    json.insert(u"image"_s, image);
    QJsonArray regions, choices;
    for (const Core::ImageRegion &region : question.regions) {
        // c: where the player lists the items dropped on a zone, the centre of its bounds.
        const QPointF centre = QPolygonF(region.outline()).boundingRect().center();
        regions.append(QJsonObject{
            {u"id"_s, region.id},
            {u"label"_s, region.label},
            {u"p"_s, svgPoints(region)},
            {u"c"_s,
             QJsonArray{std::round(centre.x() * 100) / 100, std::round(centre.y() * 100) / 100}}});
        choices.append(QJsonObject{{u"id"_s, region.id},
                                   {u"text"_s, region.label.toHtmlEscaped()},
                                   {u"correct"_s, region.correct}});
    }
    json.insert(u"regions"_s, regions);
    json.insert(u"shuffle"_s, false); // the list follows the regions, which the image shows
    if (question.type == Core::QuestionType::Hotspot) {
        json.insert(u"choices"_s, choices);
        return;
    }
    QJsonArray items;
    for (const Core::DragItem &item : question.dragItems) {
        items.append(
            QJsonObject{{u"id"_s, item.id}, {u"text"_s, item.text}, {u"zone"_s, item.zone}});
    }
    json.insert(u"items"_s, items);
}

QJsonObject questionJson(const Core::Course &course, const Core::Question &question)
{
    using Type = Core::QuestionType;
    QJsonObject json{{u"type"_s, Core::toString(question.type)},
                     {u"prompt"_s, html(question.prompt)},
                     {u"points"_s, question.points},
                     {u"shuffle"_s, question.shuffle},
                     {u"correctFeedback"_s, html(question.correctFeedback)},
                     {u"incorrectFeedback"_s, html(question.incorrectFeedback)}};
    // Only set limits: the player falls back to the game's default (docs/player.md "Game mode").
    if (question.timeLimit > 0)
        json.insert(u"time"_s, question.timeLimit);
    switch (question.type) {
    case Type::SingleChoice:
    case Type::MultipleResponse: {
        QJsonArray choices;
        for (const Core::Choice &choice : question.choices) {
            QJsonObject c{{u"id"_s, choice.id},
                          {u"text"_s, html(choice.text)},
                          {u"correct"_s, choice.correct},
                          {u"feedback"_s, html(choice.feedback)}};
            // Weights count only with partial credit: written only then (docs/export.md §3).
            if (question.partialCredit)
                c.insert(u"weight"_s, choice.weight);
            choices.append(c);
        }
        json.insert(u"choices"_s, choices);
        if (question.partialCredit)
            json.insert(u"partialCredit"_s, true);
        break;
    }
    case Type::TrueFalse:
        json.insert(u"answer"_s, question.trueFalseAnswer);
        break;
    case Type::FillIn: {
        QJsonArray blanks;
        for (const Core::Blank &blank : question.blanks) {
            blanks.append(
                QJsonObject{{u"id"_s, blank.id},
                            {u"label"_s, blank.label},
                            {u"answers"_s, QJsonArray::fromStringList(blank.acceptedAnswers)},
                            {u"caseSensitive"_s, blank.caseSensitive}});
        }
        json.insert(u"cloze"_s, question.clozeText);
        json.insert(u"blanks"_s, blanks);
        break;
    }
    case Type::Matching: {
        QJsonArray pairs;
        for (const Core::MatchPair &pair : question.pairs) {
            pairs.append(QJsonObject{
                {u"id"_s, pair.id}, {u"source"_s, pair.source}, {u"target"_s, pair.target}});
        }
        json.insert(u"pairs"_s, pairs);
        break;
    }
    case Type::Sequencing: {
        QJsonArray items;
        for (const Core::SequenceItem &item : question.items)
            items.append(QJsonObject{{u"id"_s, item.id}, {u"text"_s, item.text}});
        json.insert(u"items"_s, items);
        break;
    }
    case Type::Numeric:
        json.insert(u"numeric"_s, numericJson(question.numeric));
        break;
    case Type::Likert:
        json.insert(u"scale"_s, QJsonArray::fromStringList(question.likertScale));
        break;
    case Type::OpenText:
        json.insert(u"maxLength"_s, question.maxLength);
        break;
    case Type::DragDrop:
    case Type::Hotspot:
        insertRegions(json, course, question);
        break;
    }
    return json;
}

/** The caption menu label: the author's, else the language's own name, else the tag. */
QString trackLabel(const Core::CaptionTrack &track)
{
    if (!track.label.isEmpty() || track.language.isEmpty())
        return track.label;
    const QLocale locale(track.language);
    const QString name = locale.language() == QLocale::C ? QString() : locale.nativeLanguageName();
    return name.isEmpty() ? track.language : name;
}

/**
 * The text of a WebVTT file, for web packages: opened from disk (file://), Chromium refuses
 * <track src>, so the player hands this text to the browser as a blob: URL. Empty when the bytes
 * cannot be read (the export reports that itself) or exceed PlayerData::maxEmbeddedCaptionBytes.
 */
QString embeddedVtt(const Core::Course &course, const Core::AssetId &id)
{
    const Core::MediaAsset *asset = id.isNull() ? nullptr : course.asset(id);
    if (!asset || asset->byteSize > PlayerData::maxEmbeddedCaptionBytes)
        return {};
    const Core::Result<QByteArray> bytes = Core::ProjectFile::readAssetBytes(asset->source);
    if (!bytes || bytes->size() > PlayerData::maxEmbeddedCaptionBytes)
        return {};
    QString text = QString::fromUtf8(*bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QJsonObject
videoJson(const Core::Course &course, const Core::VideoBody &video, PlayerRuntime runtime)
{
    const Core::MediaAsset *asset = video.video.isNull() ? nullptr : course.asset(video.video);
    QJsonArray tracks;
    for (const Core::CaptionTrack &track : video.captions) {
        QJsonObject json{{u"src"_s, mediaPath(course, track.vtt)},
                         {u"lang"_s, track.language},
                         {u"label"_s, trackLabel(track)}};
        if (runtime == PlayerRuntime::Web) {
            if (const QString text = embeddedVtt(course, track.vtt); !text.isEmpty())
                json.insert(u"vtt"_s, text);
        }
        tracks.append(json);
    }
    return {{u"src"_s, mediaPath(course, video.video)},
            {u"mimeType"_s, asset ? asset->mimeType : QString()},
            {u"poster"_s, mediaPath(course, video.poster)},
            {u"tracks"_s, tracks},
            {u"requiredPercent"_s, video.requiredWatchedPercent},
            {u"durationMs"_s, asset ? asset->durationMs : 0}};
}

/**
 * A scenario slide as the player scores it: a "scenario" question whose choices are the
 * responses (docs/export.md §3). "correct" marks the responses with the highest points,
 * "points" of the question is that highest score (the interaction's weighting).
 */
QJsonObject scenarioJson(const Core::ScenarioBody &scenario)
{
    const double best = scenario.bestPoints();
    QJsonArray choices;
    for (const Core::ScenarioResponse &response : scenario.responses) {
        QJsonObject c{{u"id"_s, response.id},
                      {u"text"_s, response.text.toHtmlEscaped()},
                      {u"consequence"_s, html(response.consequence)},
                      {u"points"_s, response.points},
                      {u"correct"_s, response.points >= best}};
        choices.append(c);
    }
    return {{u"type"_s, u"scenario"_s},
            {u"prompt"_s, html(scenario.situation)},
            {u"points"_s, best},
            {u"choices"_s, choices}};
}

QJsonObject slideJson(const Core::Course &course, const Core::Slide &slide, PlayerRuntime runtime)
{
    QJsonObject json{{u"id"_s, slide.id.toString()},
                     {u"kind"_s, Core::toString(slide.kind())},
                     {u"title"_s, slide.title}};
    if (const auto *content = std::get_if<Core::ContentBody>(&slide.body)) {
        QJsonArray blocks;
        for (const Core::ContentBlock &block : content->blocks)
            blocks.append(blockJson(course, block, runtime));
        json.insert(u"blocks"_s, blocks);
    } else if (const auto *question = std::get_if<Core::QuestionBody>(&slide.body)) {
        json.insert(u"question"_s, questionJson(course, question->question));
    } else if (const auto *video = std::get_if<Core::VideoBody>(&slide.body)) {
        json.insert(u"video"_s, videoJson(course, *video, runtime));
    } else if (const auto *result = std::get_if<Core::ResultBody>(&slide.body)) {
        json.insert(u"passMessage"_s, html(result->passMessage));
        json.insert(u"failMessage"_s, html(result->failMessage));
    } else if (const auto *draw = std::get_if<Core::DrawBody>(&slide.body)) {
        QJsonArray banks;
        for (const Core::BankId &bank : draw->banks)
            banks.append(bank.toString());
        json.insert(u"draw"_s,
                    QJsonObject{{u"banks"_s, banks},
                                {u"count"_s, draw->count},
                                {u"tag"_s, draw->tag},
                                {u"byDifficulty"_s, draw->byDifficulty},
                                {u"easy"_s, draw->easy},
                                {u"medium"_s, draw->medium},
                                {u"hard"_s, draw->hard}});
    } else if (const auto *scenario = std::get_if<Core::ScenarioBody>(&slide.body)) {
        json.insert(u"question"_s, scenarioJson(*scenario));
        if (!scenario->character.isNull()) {
            QJsonObject character;
            insertImage(character, course, scenario->character, scenario->characterAlt);
            json.insert(u"character"_s, character);
        }
    }
    return json;
}

/**
 * The flow of a section slide, resolved to slide indexes in reading order (docs/player.md,
 * "Branching"): "next" (-1: the end), "ret" on the last slide of a branch-only section (go back
 * to the learner's return point, else "next"), and the branches that differ from "next":
 * onCorrect/onIncorrect, a choice's "go", onPass/onFail. A target that does not resolve is left
 * out (the Validator refuses the export). Only for courses that branch.
 */
void insertFlow(QJsonObject &json, const Core::Flow &flow, int index)
{
    const Core::Slide &slide = flow.slide(index);
    json.insert(u"next"_s, flow.defaultNext(index));
    if (flow.returns(index))
        json.insert(u"ret"_s, true);
    const auto insertTarget
        = [&](QJsonObject &into, const QString &key, const Core::BranchTarget &target) {
              if (target.isNext())
                  return;
              if (const int to = flow.resolve(target, index); to >= 0)
                  into.insert(key, to);
          };
    if (const auto *body = std::get_if<Core::QuestionBody>(&slide.body)) {
        const Core::Question &q = body->question;
        QJsonObject question = json.value(u"question"_s).toObject();
        insertTarget(question, u"onCorrect"_s, q.onCorrect);
        insertTarget(question, u"onIncorrect"_s, q.onIncorrect);
        if (q.type == Core::QuestionType::SingleChoice) {
            QJsonArray choices = question.value(u"choices"_s).toArray();
            for (qsizetype i = 0; i < choices.size() && size_t(i) < q.choices.size(); ++i) {
                QJsonObject choice = choices[i].toObject();
                insertTarget(choice, u"go"_s, q.choices[size_t(i)].leadsTo);
                choices[i] = choice;
            }
            question.insert(u"choices"_s, choices);
        }
        json.insert(u"question"_s, question);
    } else if (const auto *scenario = std::get_if<Core::ScenarioBody>(&slide.body)) {
        QJsonObject question = json.value(u"question"_s).toObject();
        QJsonArray choices = question.value(u"choices"_s).toArray();
        for (qsizetype i = 0; i < choices.size() && size_t(i) < scenario->responses.size(); ++i) {
            QJsonObject choice = choices[i].toObject();
            insertTarget(choice, u"go"_s, scenario->responses[size_t(i)].leadsTo);
            choices[i] = choice;
        }
        question.insert(u"choices"_s, choices);
        json.insert(u"question"_s, question);
    } else if (const auto *result = std::get_if<Core::ResultBody>(&slide.body)) {
        insertTarget(json, u"onPass"_s, result->onPass);
        insertTarget(json, u"onFail"_s, result->onFail);
    }
}

/** A bank question: a question slide plus its tags and difficulty. */
QJsonObject
bankQuestionJson(const Core::Course &course, const Core::Slide &question, PlayerRuntime runtime)
{
    QJsonObject json = slideJson(course, question, runtime);
    if (const auto *body = std::get_if<Core::QuestionBody>(&question.body)) {
        json.insert(u"tags"_s, QJsonArray::fromStringList(body->tags));
        if (body->difficulty != Core::Difficulty::None)
            json.insert(u"difficulty"_s, Core::toString(body->difficulty));
    }
    return json;
}

/** The banks a draw slide draws from, with their questions (tags, difficulty). */
QJsonArray banksJson(const Core::Course &course, PlayerRuntime runtime)
{
    QSet<Core::BankId> referenced;
    for (const Core::Slide *slide : course.allSlides()) {
        if (const auto *draw = std::get_if<Core::DrawBody>(&slide->body)) {
            for (const Core::BankId &bank : draw->banks)
                referenced.insert(bank);
        }
    }
    QJsonArray banks;
    for (const auto &bank : course.banks()) {
        if (!referenced.contains(bank->id))
            continue;
        QJsonArray questions;
        for (const auto &question : bank->questions)
            questions.append(bankQuestionJson(course, *question, runtime));
        banks.append(QJsonObject{
            {u"id"_s, bank->id.toString()}, {u"name"_s, bank->name}, {u"questions"_s, questions}});
    }
    return banks;
}

} // namespace

QString toString(PlayerRuntime runtime)
{
    switch (runtime) {
    case PlayerRuntime::Scorm12:
        return u"scorm12"_s;
    case PlayerRuntime::Scorm2004:
        return u"scorm2004"_s;
    case PlayerRuntime::Web:
        return u"web"_s;
    }
    return {};
}

QJsonObject PlayerData::toJson(const Core::Course &course, PlayerRuntime runtime)
{
    // Courses without branches keep their exact player data (the player's "next" is then i + 1).
    const Core::Flow flow(course);
    const bool branches = flow.hasBranches();
    QJsonArray sections;
    int index = 0;
    for (const auto &section : course.sections()) {
        QJsonArray slides;
        for (const auto &slide : section->slides) {
            QJsonObject json = slideJson(course, *slide, runtime);
            if (branches)
                insertFlow(json, flow, index);
            slides.append(json);
            ++index;
        }
        QJsonObject sectionJson{
            {u"id"_s, section->id.toString()}, {u"title"_s, section->title}, {u"slides"_s, slides}};
        if (section->branchOnly)
            sectionJson.insert(u"branchOnly"_s, true);
        if (section->game.enabled)
            sectionJson.insert(u"game"_s, gameJson(section->game));
        sections.append(sectionJson);
    }
    const Core::CourseMetadata &meta = course.metadata();
    QJsonObject json{{u"format"_s, formatVersion},
                     {u"runtime"_s, toString(runtime)},
                     {u"id"_s, course.id().toString()},
                     {u"title"_s, meta.title},
                     {u"description"_s, meta.description},
                     {u"language"_s, meta.language},
                     {u"author"_s, meta.author},
                     {u"version"_s, meta.version},
                     {u"settings"_s, settingsJson(course)},
                     {u"sections"_s, sections}};
    // Only when a draw slide uses a bank: courses without draws keep their exact player data.
    if (const QJsonArray banks = banksJson(course, runtime); !banks.isEmpty())
        json.insert(u"banks"_s, banks);
    json.insert(u"ui"_s, interfaceStrings({meta.language}));
    return json;
}

namespace {

constexpr QStringView interfaceRoot = u":/player-i18n/";

/** Calls fn(question object, where) on every question of player data, where = "slide id". */
template <typename Fn> void forEachQuestion(QJsonObject &data, Fn fn)
{
    const auto inList = [&fn](QJsonObject &container, const QString &key) {
        QJsonArray slides = container.take(key).toArray();
        for (qsizetype i = 0; i < slides.size(); ++i) {
            QJsonObject slide = slides.at(i).toObject();
            if (!slide.contains(u"question"_s))
                continue;
            QJsonObject question = slide.take(u"question"_s).toObject();
            fn(question, slide.value(u"id"_s).toString());
            slide.insert(u"question"_s, question);
            slides.replace(i, slide);
        }
        container.insert(key, slides);
    };
    for (const QString &outer : {u"sections"_s, u"banks"_s}) {
        if (!data.contains(outer))
            continue;
        const QString inner = outer == u"banks" ? u"questions"_s : u"slides"_s;
        QJsonArray list = data.take(outer).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject container = list.at(i).toObject();
            inList(container, inner);
            list.replace(i, container);
        }
        data.insert(outer, list);
    }
}

/** Each fill-in blank's "alt": the accepted answers of the other languages' data, in order. */
void addAlternativeAnswers(std::vector<QJsonObject> &datas)
{
    // slide id + blank id -> every language's answers
    std::map<QString, std::vector<QStringList>> answers;
    const auto key = [](const QString &slide, const QJsonObject &blank) {
        return slide + u'\n' + blank.value(u"id"_s).toString();
    };
    for (QJsonObject &data : datas) {
        forEachQuestion(data, [&](QJsonObject &question, const QString &slide) {
            if (question.value(u"type"_s).toString() != u"fill-in")
                return;
            for (const QJsonValue &blank : question.value(u"blanks"_s).toArray()) {
                QStringList list;
                for (const QJsonValue &answer : blank.toObject().value(u"answers"_s).toArray())
                    list.append(answer.toString());
                answers[key(slide, blank.toObject())].push_back(list);
            }
        });
    }
    for (QJsonObject &data : datas) {
        forEachQuestion(data, [&](QJsonObject &question, const QString &slide) {
            if (question.value(u"type"_s).toString() != u"fill-in")
                return;
            QJsonArray blanks = question.take(u"blanks"_s).toArray();
            for (qsizetype i = 0; i < blanks.size(); ++i) {
                QJsonObject blank = blanks.at(i).toObject();
                QStringList own;
                for (const QJsonValue &answer : blank.value(u"answers"_s).toArray())
                    own.append(answer.toString());
                QStringList alt;
                for (const QStringList &list : answers[key(slide, blank)]) {
                    for (const QString &answer : list) {
                        if (!own.contains(answer) && !alt.contains(answer))
                            alt.append(answer);
                    }
                }
                if (!alt.isEmpty())
                    blank.insert(u"alt"_s, QJsonArray::fromStringList(alt));
                blanks.replace(i, blank);
            }
            question.insert(u"blanks"_s, blanks);
        });
    }
}

/** The table code for a language: its tag, else its primary subtag, else "en"; empty: none. */
QString tableFor(const QString &language, const QStringList &tables)
{
    const QString tag = language.toLower().replace(u'_', u'-');
    if (tables.contains(tag))
        return tag;
    if (const QString primary = tag.section(u'-', 0, 0); tables.contains(primary))
        return primary;
    return tables.contains(u"en"_s) ? u"en"_s : QString();
}

} // namespace

QStringList PlayerData::interfaceLanguages()
{
    QStringList codes;
    const QStringList files
        = QDir(interfaceRoot.toString()).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes.append(file.chopped(5));
    return codes;
}

QJsonObject PlayerData::interfaceStrings(const QStringList &languages)
{
    const QStringList tables = interfaceLanguages();
    QJsonObject result;
    for (const QString &language : languages) {
        const QString code = tableFor(language, tables);
        if (code.isEmpty() || result.contains(code))
            continue;
        QFile file(interfaceRoot.toString() + code + u".json"_s);
        if (file.open(QIODevice::ReadOnly))
            result.insert(code, QJsonDocument::fromJson(file.readAll()).object());
    }
    return result;
}

QString PlayerData::languageName(const QString &code)
{
    const QString tag = QString(code).replace(u'_', u'-');
    const QString primary = tag.section(u'-', 0, 0).toLower();
    QString name;
    // The tables carry their language's own name ("_name"): QLocale names "en" "American English".
    if (interfaceLanguages().contains(primary)) {
        name = interfaceStrings({primary}).value(primary).toObject().value(u"_name"_s).toString();
    }
    const QLocale locale(tag);
    if (name.isEmpty() && locale.language() != QLocale::C)
        name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = name[0].toUpper();
    // "pt-BR": "Português (Brasil)"
    if (tag.contains(u'-') && locale.language() != QLocale::C
        && locale.territory() != QLocale::AnyTerritory) {
        if (const QString territory = locale.nativeTerritoryName(); !territory.isEmpty())
            name += u" ("_s + territory + u')';
    }
    return name;
}

QJsonObject PlayerData::toJson(const Core::Course &course,
                               const std::vector<const Core::Course *> &translations,
                               PlayerRuntime runtime)
{
    std::vector<QJsonObject> datas;
    datas.push_back(toJson(course, runtime));
    QStringList codes{course.metadata().language};
    for (const Core::Course *translation : translations) {
        QJsonObject data = toJson(*translation, runtime);
        data.remove(u"ui"_s);
        datas.push_back(data);
        codes.append(translation->metadata().language);
    }
    if (translations.empty())
        return datas.front();
    addAlternativeAnswers(datas);
    QJsonObject json = datas.front();
    QJsonArray languages;
    QJsonObject variants;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        languages.append(
            QJsonObject{{u"code"_s, codes.at(i)}, {u"name"_s, languageName(codes.at(i))}});
        if (i > 0)
            variants.insert(codes.at(i), datas.at(size_t(i)));
    }
    json.insert(u"languages"_s, languages);
    json.insert(u"translations"_s, variants);
    json.insert(u"ui"_s, interfaceStrings(codes));
    return json;
}

QJsonObject
PlayerData::slideToJson(const Core::Course &course, const Core::SlideId &id, PlayerRuntime runtime)
{
    const Core::Slide *slide = course.slide(id);
    if (!slide)
        return {};
    if (course.bankQuestionPosition(id).isValid())
        return bankQuestionJson(course, *slide, runtime);
    QJsonObject json = slideJson(course, *slide, runtime);
    // The flow needs the whole course's order: linear, but cheap next to the slide's JSON.
    if (const Core::Flow flow(course); flow.hasBranches())
        insertFlow(json, flow, flow.indexOf(id));
    return json;
}

QByteArray PlayerData::scriptFor(const QJsonObject &data)
{
    QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact);
    // "<" only occurs inside JSON strings, where "\/" and "\u003c" are valid escapes.
    json.replace("</", "<\\/");
    json.replace("<!--", "\\u003c!--");
    json.replace("\xE2\x80\xA8", "\\u2028"); // U+2028 LINE SEPARATOR in UTF-8
    json.replace("\xE2\x80\xA9", "\\u2029"); // U+2029 PARAGRAPH SEPARATOR
    return "window.CAPSULE_COURSE = " + json + ";\n";
}

QByteArray PlayerData::toScript(const Core::Course &course, PlayerRuntime runtime)
{
    return scriptFor(toJson(course, runtime));
}

} // namespace Export
