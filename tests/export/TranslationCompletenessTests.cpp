// SPDX-License-Identifier: MIT
// Issue #13: "a test fails when a learner-visible text field is not translatable". The
// kitchen-sink course (every slide kind, block type and question type, a distinct marker in
// every learner-visible text) is pseudo-translated through Core::textFields(); the player data
// of its translated course must not show a single source text, and must equal the source's
// player data in everything but the texts.
#include "KitchenSinkCourse.h"
#include "TestSupport.h"
#include "core/CourseSerializer.h"
#include "core/Translation.h"
#include "export/PlayerData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace Core;
using Export::PlayerData;
using Export::PlayerRuntime;

namespace {

const QString pseudoPrefix = u"⟪T"_s;

/** Every string value of the JSON (with its path) that contains text. */
void collectStrings(const QJsonValue &value,
                    const QString &path,
                    const QString &text,
                    QStringList &out)
{
    if (value.isString()) {
        if (value.toString().contains(text))
            out.append(path + u" = "_s + value.toString());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectStrings(array[i], path + u'[' + QString::number(i) + u']', text, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectStrings(it.value(), path + u'.' + it.key(), text, out);
    }
}

QSet<QString> markersIn(const QString &text, const QString &prefix)
{
    QSet<QString> markers;
    static const QRegularExpression number(u"([0-9]+)⟧"_s);
    qsizetype from = 0;
    while ((from = text.indexOf(prefix, from)) >= 0) {
        from += prefix.size();
        const auto m = number.match(text,
                                    from,
                                    QRegularExpression::NormalMatch,
                                    QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch())
            markers.insert(m.captured(1));
    }
    return markers;
}

QString json(const Course &course, PlayerRuntime runtime)
{
    return QString::fromUtf8(QJsonDocument(PlayerData::toJson(course, runtime)).toJson());
}

} // namespace

TEST_CASE("Every learner-visible text is declared translatable", "[export][translation]")
{
    auto course = KitchenSink::build();
    const QString markerPrefix = KitchenSink::markerPrefix();

    // The fixture covers every enum value (the builders switch over them without a default).
    QSet<int> kinds, blockTypes, questionTypes;
    for (const auto &section : course->sections()) {
        for (const auto &slide : section->slides) {
            kinds.insert(int(slide->kind()));
            if (const auto *content = std::get_if<ContentBody>(&slide->body)) {
                for (const ContentBlock &block : content->blocks)
                    blockTypes.insert(int(block.type));
            }
            if (const Question *q = slide->question())
                questionTypes.insert(int(q->type));
        }
    }
    for (int k = 0; !toString(SlideKind(k)).isEmpty(); ++k)
        CHECK(kinds.contains(k));
    for (int t = 0; !toString(ContentBlock::Type(t)).isEmpty(); ++t)
        CHECK(blockTypes.contains(t));
    for (QuestionType type : allQuestionTypes())
        CHECK(questionTypes.contains(int(type)));

    // Every marker of the model is learner-visible: the source's player data shows them all.
    const QSet<QString> all
        = markersIn(QString::fromUtf8(CourseSerializer::toXml(*course)), markerPrefix);
    REQUIRE(all.size() > 150);
    for (PlayerRuntime runtime : {PlayerRuntime::Scorm12, PlayerRuntime::Web}) {
        const QSet<QString> shown = markersIn(json(*course, runtime), markerPrefix);
        INFO("not in the player data: " << QStringList(QSet<QString>(all).subtract(shown).values())
                                               .join(u", "_s)
                                               .toStdString());
        CHECK(shown == all);
    }

    // textFields() lists learner-visible texts only, each once.
    const auto fields = textFields(*course);
    QSet<QString> units;
    for (const TextField &field : fields) {
        INFO(field.unitId.toStdString() << " = " << field.source.toStdString());
        CHECK(field.source.contains(markerPrefix));
        CHECK_FALSE(units.contains(field.unitId));
        units.insert(field.unitId);
        CHECK_FALSE(field.context.isEmpty());
    }

    // Pseudo-translate every declared field.
    course->languages().targets = {u"en"_s};
    auto &en = course->languages().translations[u"en"_s];
    for (const TextField &field : fields) {
        QString text = field.source;
        en[field.unitId]
            = {text.replace(markerPrefix, pseudoPrefix), sourceHash(field.source), true};
    }
    int untranslated = -1;
    auto translated = translatedCourse(*course, u"en"_s, &untranslated);
    CHECK(untranslated == 0);

    for (PlayerRuntime runtime :
         {PlayerRuntime::Scorm12, PlayerRuntime::Scorm2004, PlayerRuntime::Web}) {
        INFO("runtime " << Export::toString(runtime).toStdString());
        const QJsonObject data = PlayerData::toJson(*translated, runtime);
        QStringList leaks;
        collectStrings(data, u"course"_s, markerPrefix, leaks);
        INFO("source texts in the translated player data (declare them in core/Translation.cpp):\n"
             << leaks.join(u'\n').toStdString());
        CHECK(leaks.isEmpty());
        CHECK(markersIn(json(*translated, runtime), pseudoPrefix) == all);

        // Nothing but the texts changed: ids, structure, scoring, media are the source's.
        translated->metadata().language = course->metadata().language;
        QString back = json(*translated, runtime);
        back.replace(pseudoPrefix, markerPrefix);
        CHECK(back == json(*course, runtime));
        translated->metadata().language = u"en"_s;
    }
}

TEST_CASE("Untranslated and outdated texts fall back to the source in the player data",
          "[export][translation]")
{
    auto course = KitchenSink::build();
    course->languages().targets = {u"en"_s};
    const auto fields = textFields(*course);
    auto &en = course->languages().translations[u"en"_s];
    en[fields[0].unitId] = {u"English title"_s, sourceHash(fields[0].source), false};
    en[fields[1].unitId] = {u"Outdated"_s, sourceHash(u"an older source"_s), true};
    int untranslated = 0;
    const auto translated = translatedCourse(*course, u"en"_s, &untranslated);
    CHECK(untranslated == int(fields.size()) - 1);
    const QJsonObject data = PlayerData::toJson(*translated, PlayerRuntime::Web);
    CHECK(data[u"title"_s].toString() == u"English title"_s);
    CHECK(data[u"description"_s].toString() == fields[1].source);
    CHECK(data[u"language"_s].toString() == u"en"_s);
}
