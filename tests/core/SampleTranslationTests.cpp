// SPDX-License-Identifier: MIT
// The built-in sample course is bilingual (issue #13): every learner-visible text has an
// approved, current English translation. Also the helper that writes translations into a
// course.xml (how the sample's were stored).
#include "TestSupport.h"
#include "core/CourseSerializer.h"
#include "core/Document.h"
#include "core/Translation.h"
#include "core/Validator.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Core;

TEST_CASE("Every text of the sample course has an approved English translation",
          "[core][sample][translation]")
{
    auto loaded = Document::fromTemplate(u"sample"_s);
    INFO((loaded ? QString() : loaded.error().message).toStdString());
    REQUIRE(loaded.has_value());
    const Course &course = (*loaded)->course();
    CHECK(course.metadata().language == u"fr"_s);
    REQUIRE(course.languages().targets == QStringList{u"en"_s});

    const auto fields = textFields(course);
    REQUIRE(fields.size() > 150);
    const auto &english = course.languages().translations.at(u"en"_s);
    for (const TextField &field : fields) {
        INFO(field.unitId.toStdString() << " — " << field.source.toStdString());
        CHECK(translationState(course, u"en"_s, field) == TranslationState::Approved);
        const auto it = english.find(field.unitId);
        if (it == english.end())
            continue;
        const QString &text = it->second.text;
        // A translation, not a copy: only names, figures and the like may stay as they are.
        if (text == field.source) {
            static const QStringList sameInBoth{u"Introduction"_s, u"English"_s};
            const bool allowed = std::any_of(sameInBoth.begin(),
                                             sameInBoth.end(),
                                             [&](const QString &s) { return text == s; })
                                 || !text.contains(QRegularExpression(u"[a-zA-Z]{3}"_s));
            CHECK(allowed);
        }
        // Rich text keeps its markup: the same tags in the same order.
        if (field.format == TextFormat::Html) {
            static const QRegularExpression tag(u"</?([a-z0-9]+)"_s);
            QStringList source, target;
            for (auto m = tag.globalMatch(field.source); m.hasNext();)
                source.append(m.next().captured(1));
            for (auto m = tag.globalMatch(text); m.hasNext();)
                target.append(m.next().captured(1));
            std::sort(source.begin(), source.end());
            std::sort(target.begin(), target.end());
            CHECK(source == target);
        }
        if (field.role == TextRole::ClozeText) {
            for (int n = 1; n <= 9; ++n) {
                const QString marker = u"[["_s + QString::number(n) + u"]]"_s;
                CHECK(field.source.contains(marker) == text.contains(marker));
            }
        }
    }
    // Nothing else: no unit of a text that does not exist; the other units are media (below).
    CHECK(english.size() == fields.size() + 6);

    int untranslated = -1;
    const auto inEnglish = translatedCourse(course, u"en"_s, &untranslated);
    CHECK(untranslated == 0);
    CHECK(inEnglish->metadata().language == u"en"_s);
    CHECK(inEnglish->metadata().title == u"Active listening in customer service"_s);
    // The English course is as valid as the French one.
    std::vector<Validator::Issue> issues = Validator::check(*inEnglish);
    CHECK_FALSE(Validator::hasErrors(issues));
    // And the French one reports no incomplete translation.
    const auto frenchIssues = Validator::check(course);
    CHECK(std::none_of(frenchIssues.begin(), frenchIssues.end(), [](const Validator::Issue &i) {
        return i.code.startsWith(u"translation."_s);
    }));
}

TEST_CASE("The sample's pictures and video with words in them have English versions",
          "[core][sample][translation]")
{
    auto loaded = Document::fromTemplate(u"sample"_s);
    REQUIRE(loaded.has_value());
    const Course &course = (*loaded)->course();
    const auto &english = course.languages().translations.at(u"en"_s);
    // The diagram of the four steps, the customer and the advisor (speech bubbles), the
    // advisor's screen of the drag-and-drop and hotspot questions, the video and its poster
    // (make-media.sh draws both languages).
    const QStringList withWords{u"ecoute-active-schema.png"_s,
                                u"client-conseiller.jpg"_s,
                                u"ecran-conseiller.png"_s,
                                u"video-reformulation.mp4"_s,
                                u"video-reformulation-poster.jpg"_s};
    int replaced = 0;
    for (const MediaField &field : mediaFields(course)) {
        const MediaAsset *source = course.asset(field.source);
        if (!source || !withWords.contains(source->fileName))
            continue;
        INFO(field.unitId.toStdString());
        const auto it = english.find(field.unitId);
        REQUIRE(it != english.end());
        const MediaAsset *translated = course.asset(AssetId(it->second.text));
        REQUIRE(translated);
        const QString suffix = source->fileName.section(u'.', -1);
        CHECK(translated->fileName == source->fileName.chopped(suffix.size()) + u"en."_s + suffix);
        // Same size: the zones of the drag-and-drop and hotspot questions stay in place.
        CHECK(translated->imageSize == source->imageSize);
        // Used where its source is: the media library counts it, "remove unused" keeps it.
        const auto users = course.slidesUsingAsset(translated->id);
        CHECK(std::find(users.begin(), users.end(), field.slide) != users.end());
        const auto used = course.usedAssets();
        CHECK(std::binary_search(used.begin(), used.end(), translated->id));
        CHECK_FALSE(translated->imageSize.isEmpty());
        ++replaced;
    }
    CHECK(replaced == 6);
    const auto inEnglish = translatedCourse(course, u"en"_s);
    for (const MediaField &field : mediaFields(*inEnglish)) {
        const MediaAsset *asset = inEnglish->asset(field.source);
        REQUIRE(asset);
        CHECK_FALSE(withWords.contains(asset->fileName));
    }
}

TEST_CASE("The Validator reports untranslated and outdated texts per language",
          "[core][translation][validator]")
{
    auto loaded = Document::fromTemplate(u"sample"_s);
    REQUIRE(loaded.has_value());
    auto course = (*loaded)->course().clone();
    course->languages().targets.append(u"de"_s);
    course->metadata().title += u" !"_s; // the English title becomes outdated
    const auto issues = Validator::check(*course);
    std::vector<Validator::Issue> incomplete;
    std::copy_if(issues.begin(),
                 issues.end(),
                 std::back_inserter(incomplete),
                 [](const Validator::Issue &i) { return i.code == u"translation.incomplete"_s; });
    REQUIRE(incomplete.size() == 2);
    const int total = int(textFields(*course).size());
    CHECK(incomplete[0].severity == Validator::Severity::Warning);
    CHECK(incomplete[0].message
          == u"Translation into en: 0 of %1 texts untranslated, 1 outdated since the source "
             u"changed; learners see them in the course's language."_s.arg(total));
    CHECK(incomplete[1].message.startsWith(
        u"Translation into de: %1 of %1 texts untranslated, 0 outdated"_s.arg(total)));

    course->metadata().language = u"de"_s;
    const auto clash = Validator::check(*course);
    CHECK(std::any_of(clash.begin(), clash.end(), [](const Validator::Issue &i) {
        return i.code == u"translation.target-is-source"_s;
    }));
}

/**
 * The helper that stored the sample's translations (not run by default):
 *   CAPSULE_COURSE_XML=resources/templates/sample/course.xml  path of the course.xml to rewrite
 *   CAPSULE_DUMP=fields.tsv    writes "unitId<TAB>source" of every text (line breaks as \n)
 *   CAPSULE_LANG=en CAPSULE_TSV=en.tsv    applies "unitId<TAB>translation" lines as approved
 *                                         translations with the current source hashes
 * It gives blocks their ids and writes course.xml back (format 5).
 */
TEST_CASE("[.] course.xml translation helper", "[.translate-course-xml]")
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString path = env.value(u"CAPSULE_COURSE_XML"_s);
    REQUIRE_FALSE(path.isEmpty());
    QFile in(path);
    REQUIRE(in.open(QIODevice::ReadOnly));
    auto parsed = CourseSerializer::fromXml(in.readAll(), path);
    INFO((parsed ? QString() : parsed.error().message).toStdString());
    REQUIRE(parsed);
    in.close();
    Course &course = **parsed;
    assignBlockIds(course);
    const auto escape = [](QString text) {
        return text.replace(u'\\', u"\\\\"_s).replace(u'\n', u"\\n"_s).replace(u'\t', u"\\t"_s);
    };
    const auto unescape = [](const QString &text) {
        QString out;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == u'\\' && i + 1 < text.size()) {
                const QChar next = text[++i];
                out += next == u'n' ? u'\n' : next == u't' ? u'\t' : next;
            } else {
                out += text[i];
            }
        }
        return out;
    };
    const auto fields = textFields(course);
    if (const QString dump = env.value(u"CAPSULE_DUMP"_s); !dump.isEmpty()) {
        QFile out(dump);
        REQUIRE(out.open(QIODevice::WriteOnly));
        for (const TextField &field : fields)
            out.write((field.unitId + u'\t' + escape(field.source) + u'\n').toUtf8());
    }
    if (const QString tsv = env.value(u"CAPSULE_TSV"_s); !tsv.isEmpty()) {
        const QString language = env.value(u"CAPSULE_LANG"_s);
        REQUIRE(isValidLanguageTag(language));
        QFile file(tsv);
        REQUIRE(file.open(QIODevice::ReadOnly));
        if (!course.languages().targets.contains(language))
            course.languages().targets.append(language);
        auto &units = course.languages().translations[language];
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QString text = QString::fromUtf8(line);
            const qsizetype tab = text.indexOf(u'\t');
            REQUIRE(tab > 0);
            const QString unitId = text.left(tab);
            const auto field = std::find_if(fields.begin(), fields.end(), [&](const TextField &f) {
                return f.unitId == unitId;
            });
            INFO(unitId.toStdString());
            REQUIRE(field != fields.end());
            units[unitId] = {unescape(text.mid(tab + 1)), sourceHash(field->source), true};
        }
    }
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(CourseSerializer::toXml(course));
}
