// SPDX-License-Identifier: MIT
// Packages in one target language (--lang CODE) or every language (--lang all): the player data
// per language, fill-in answers of the other languages, media, manifest languages, warnings.
#include "ExportTestCourse.h"
#include "TestSupport.h"
#include "core/Translation.h"
#include "core/ZipReader.h"
#include "export/BuiltinExporters.h"
#include "export/ExporterRegistry.h"
#include "export/PackageLanguages.h"
#include "export/PlayerData.h"
#include "export/scorm/Manifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <pugixml.hpp>

using namespace Qt::StringLiterals;

namespace {

/** "[en] " + source for every text field but one (left untranslated), the image in another asset.
 */
std::unique_ptr<Core::Course> translatedTestCourse(ExportTest::TestMedia &media, int *leftOut)
{
    auto course = ExportTest::makeTestCourse(&media);
    course->languages().targets = {u"en"_s};
    auto &en = course->languages().translations[u"en"_s];
    const std::vector<Core::TextField> fields = Core::textFields(*course);
    REQUIRE(fields.size() > 10);
    for (size_t i = 1; i < fields.size(); ++i) {
        const Core::TextField &field = fields[i];
        QString text = field.role == Core::TextRole::AcceptedAnswers ? field.source.toUpper()
                                                                     : u"[en] "_s + field.source;
        en[field.unitId] = Core::Translation{text, Core::sourceHash(field.source), false};
    }
    *leftOut = 1; // fields[0], the course title
    for (const Core::MediaField &field : Core::mediaFields(*course)) {
        if (field.source == media.image)
            en[field.unitId] = Core::Translation{media.unused.toString(), {}, false};
    }
    return course;
}

QJsonObject dataOf(const QByteArray &script)
{
    const QByteArray prefix = "window.CAPSULE_COURSE = ";
    REQUIRE(script.startsWith(prefix));
    const QByteArray json = script.mid(prefix.size()).chopped(2); // ";\n"
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(doc.isObject());
    return doc.object();
}

struct Package
{
    Core::Result<void> result;
    std::vector<Export::ExportWarning> warnings;
    QJsonObject data;
    QStringList entries;
    QByteArray manifest;
};

Package exportIn(const Core::Course &course,
                 const QString &format,
                 const QString &language,
                 const QString &path)
{
    Export::ExporterRegistry registry;
    Export::registerBuiltinExporters(registry);
    Export::ExportOptions options;
    options.targetPath = path;
    options.language = language;
    Export::ExportContext context;
    Package package{registry.byId(format)->exportCourse(course, options, context),
                    context.warnings(),
                    {},
                    {},
                    {}};
    if (!package.result)
        return package;
    auto reader = Core::ZipReader::open(path);
    REQUIRE(reader);
    package.entries = reader->entryNames();
    package.data = dataOf(reader->readAll(u"content/course.js"_s).value());
    if (package.entries.contains(u"imsmanifest.xml"_s))
        package.manifest = reader->readAll(u"imsmanifest.xml"_s).value();
    return package;
}

QJsonObject firstQuestionOfType(const QJsonObject &data, const QString &type)
{
    for (const QJsonValue &section : data.value(u"sections"_s).toArray()) {
        for (const QJsonValue &slide : section.toObject().value(u"slides"_s).toArray()) {
            const QJsonObject question = slide.toObject().value(u"question"_s).toObject();
            if (question.value(u"type"_s).toString() == type)
                return question;
        }
    }
    FAIL("no question of type " << type.toStdString());
    return {};
}

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &value : array.toArray())
        list.append(value.toString());
    return list;
}

QStringList manifestLanguages(const QByteArray &manifest)
{
    pugi::xml_document doc;
    REQUIRE(doc.load_buffer(manifest.constData(), size_t(manifest.size())));
    QStringList languages;
    for (const auto &node :
         doc.select_nodes("//*[local-name()='general']/*[local-name()='language']"))
        languages.append(QString::fromUtf8(node.node().text().get()));
    return languages;
}

} // namespace

TEST_CASE("Export in one target language: the translated course, its media and warning",
          "[export][languages]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ExportTest::TestMedia media;
    int leftOut = 0;
    const auto course = translatedTestCourse(media, &leftOut);
    const QString source = course->metadata().language;

    const Package en = exportIn(*course, u"scorm2004"_s, u"en"_s, dir.filePath(u"en.zip"_s));
    INFO((en.result ? std::string() : en.result.error().message.toStdString()));
    REQUIRE(en.result);
    CHECK(en.data.value(u"language"_s).toString() == u"en"_s);
    CHECK(en.data.value(u"title"_s).toString() == course->metadata().title); // left untranslated
    CHECK(en.data.value(u"sections"_s)
              .toArray()
              .at(0)
              .toObject()
              .value(u"title"_s)
              .toString()
              .startsWith(u"[en] "_s));
    CHECK(en.data.value(u"ui"_s).toObject().keys() == QStringList{u"en"_s});
    CHECK_FALSE(en.data.contains(u"languages"_s));
    CHECK(en.entries.contains(u"media/"_s + media.unused.toString() + u".png"_s));
    CHECK_FALSE(en.entries.contains(u"media/"_s + media.image.toString() + u".png"_s));
    CHECK(manifestLanguages(en.manifest) == QStringList{u"en"_s});
    REQUIRE(en.warnings.size() >= 1);
    bool warned = false;
    for (const Export::ExportWarning &warning : en.warnings) {
        if (warning.code == u"translation.untranslated") {
            warned = true;
            CHECK(warning.message.contains(u"en"_s));
            CHECK(warning.message.contains(u"1 text"_s));
        }
    }
    CHECK(warned);
    const auto run = ExportTest::validatePackage(dir.filePath(u"en.zip"_s), u"2004-4th"_s);
    INFO(run.output.toStdString());
    CHECK(run.exitCode == 0);

    SECTION("the source language, or no language: the course as it is, no warning")
    {
        for (const QString &language : {QString(), source}) {
            const Package plain
                = exportIn(*course, u"scorm12"_s, language, dir.filePath(u"fr.zip"_s));
            REQUIRE(plain.result);
            CHECK(plain.data.value(u"language"_s).toString() == source);
            CHECK(plain.data.value(u"ui"_s).toObject().keys()
                  == QStringList{Export::PlayerData::interfaceStrings({source}).keys()});
            CHECK(manifestLanguages(plain.manifest) == QStringList{source});
            // Only the source's media: not the English picture.
            CHECK(plain.entries.contains(u"media/"_s + media.image.toString() + u".png"_s));
            CHECK_FALSE(plain.entries.contains(u"media/"_s + media.unused.toString() + u".png"_s));
            for (const Export::ExportWarning &warning : plain.warnings)
                CHECK(warning.code != u"translation.untranslated");
        }
    }
    SECTION("a language the course lacks, or a malformed tag: a clear error, no package")
    {
        const Package de = exportIn(*course, u"web"_s, u"de"_s, dir.filePath(u"de.zip"_s));
        REQUIRE_FALSE(de.result);
        CHECK(de.result.error().code == Core::ErrorCode::InvalidArgument);
        CHECK(de.result.error().message.contains(u"de"_s));
        CHECK(de.result.error().message.contains(source + u", en"_s));
        CHECK_FALSE(QFile::exists(dir.filePath(u"de.zip"_s)));
        const Package bad = exportIn(*course, u"web"_s, u"en_GB!"_s, dir.filePath(u"bad.zip"_s));
        REQUIRE_FALSE(bad.result);
        CHECK(bad.result.error().code == Core::ErrorCode::InvalidArgument);
    }
}

TEST_CASE("Export in every language: one package, data per language, same ids",
          "[export][languages]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ExportTest::TestMedia media;
    int leftOut = 0;
    const auto course = translatedTestCourse(media, &leftOut);
    const QString source = course->metadata().language;

    for (const QString &format : {u"scorm12"_s, u"scorm2004"_s, u"web"_s}) {
        INFO(format.toStdString());
        const QString path = dir.filePath(format + u"-all.zip"_s);
        const Package all = exportIn(*course, format, QString(Export::PackageLanguages::all), path);
        REQUIRE(all.result);
        // The source course's data, the languages, the other language's data.
        CHECK(all.data.value(u"language"_s).toString() == source);
        const QJsonArray languages = all.data.value(u"languages"_s).toArray();
        REQUIRE(languages.size() == 2);
        CHECK(languages.at(0).toObject().value(u"code"_s).toString() == source);
        CHECK(languages.at(1).toObject().value(u"code"_s).toString() == u"en"_s);
        CHECK(languages.at(1).toObject().value(u"name"_s).toString() == u"English"_s);
        const QJsonObject en
            = all.data.value(u"translations"_s).toObject().value(u"en"_s).toObject();
        CHECK(en.value(u"language"_s).toString() == u"en"_s);
        CHECK_FALSE(en.contains(u"ui"_s));
        CHECK_FALSE(en.contains(u"translations"_s));
        const QStringList ui = all.data.value(u"ui"_s).toObject().keys();
        CHECK(ui.contains(u"en"_s));
        CHECK(ui.size() == 2);
        // Same structure and ids in both languages.
        const auto ids = [](const QJsonObject &data) {
            QStringList list;
            for (const QJsonValue &section : data.value(u"sections"_s).toArray())
                for (const QJsonValue &slide : section.toObject().value(u"slides"_s).toArray())
                    list.append(slide.toObject().value(u"id"_s).toString());
            return list;
        };
        CHECK(ids(en) == ids(all.data));
        CHECK(en.value(u"settings"_s) == all.data.value(u"settings"_s));
        // Fill-in: each language accepts its own answers and the other's ("alt").
        const QJsonObject fillSource = firstQuestionOfType(all.data, u"fill-in"_s);
        const QJsonObject fillEn = firstQuestionOfType(en, u"fill-in"_s);
        const QJsonObject blankSource = fillSource.value(u"blanks"_s).toArray().at(0).toObject();
        const QJsonObject blankEn = fillEn.value(u"blanks"_s).toArray().at(0).toObject();
        const QStringList answers = strings(blankSource.value(u"answers"_s));
        REQUIRE_FALSE(answers.isEmpty());
        QStringList upper;
        for (const QString &answer : answers)
            if (answer.toUpper() != answer)
                upper.append(answer.toUpper());
        REQUIRE_FALSE(upper.isEmpty());
        CHECK(strings(blankEn.value(u"answers"_s)).contains(upper.first()));
        CHECK(strings(blankSource.value(u"alt"_s)).contains(upper.first()));
        // A source answer English does not accept itself is in its alternatives.
        for (const QString &answer : answers)
            if (answer.toUpper() != answer)
                CHECK(strings(blankEn.value(u"alt"_s)).contains(answer));
        // Media of both languages.
        CHECK(all.entries.contains(u"media/"_s + media.unused.toString() + u".png"_s));
        CHECK(all.entries.contains(u"media/"_s + media.image.toString() + u".png"_s));
        // The manifest lists both languages; a title per language.
        if (format != u"web") {
            CHECK(manifestLanguages(all.manifest) == QStringList{source, u"en"_s});
            pugi::xml_document doc;
            REQUIRE(doc.load_buffer(all.manifest.constData(), size_t(all.manifest.size())));
            CHECK(doc.select_nodes("//*[local-name()='general']/*[local-name()='title']/*").size()
                  == 2);
            const auto run = ExportTest::validatePackage(
                path, format == u"scorm12" ? u"1.2"_s : u"2004-4th"_s);
            INFO(run.output.toStdString());
            CHECK(run.exitCode == 0);
            pugi::xml_document listed;
            REQUIRE(listed.load_buffer(all.manifest.constData(), size_t(all.manifest.size())));
            QStringList files;
            for (const auto &node : listed.select_nodes("//resource/file/@href"))
                files.append(QString::fromUtf8(node.attribute().value()));
            CHECK(files == all.entries.mid(1));
        }
        int warnings = 0;
        for (const Export::ExportWarning &warning : all.warnings) {
            warnings += warning.code == u"translation.untranslated" ? 1 : 0;
            CHECK(warning.code != u"translation.incomplete"); // the project's, not the package's
        }
        CHECK(warnings == 1);
    }

    SECTION("a course without target languages: --lang all is the plain package")
    {
        auto plain = ExportTest::makeTestCourse();
        const Package all = exportIn(*plain,
                                     u"scorm2004"_s,
                                     QString(Export::PackageLanguages::all),
                                     dir.filePath(u"plain.zip"_s));
        REQUIRE(all.result);
        CHECK_FALSE(all.data.contains(u"languages"_s));
        CHECK_FALSE(all.data.contains(u"translations"_s));
    }
}

TEST_CASE("Interface strings: tables by tag, primary subtag, else English", "[export][languages]")
{
    const QStringList shipped = Export::PlayerData::interfaceLanguages();
    for (const QString &code :
         {u"ar"_s, u"de"_s, u"en"_s, u"es"_s, u"fr"_s, u"he"_s, u"it"_s, u"nl"_s, u"pl"_s, u"pt"_s})
        CHECK(shipped.contains(code));
    CHECK(Export::PlayerData::interfaceStrings({u"pt-BR"_s}).keys() == QStringList{u"pt"_s});
    CHECK(Export::PlayerData::interfaceStrings({u"ja"_s}).keys() == QStringList{u"en"_s});
    CHECK(Export::PlayerData::interfaceStrings({u"fr"_s, u"fr-CA"_s, u"de"_s}).keys()
          == (QStringList{u"de"_s, u"fr"_s}));
    const QJsonObject fr
        = Export::PlayerData::interfaceStrings({u"fr"_s}).value(u"fr"_s).toObject();
    CHECK(fr.value(u"next"_s).toString() == u"Suivant"_s);
    CHECK(fr.value(u"pointsN"_s).toObject().value(u"other"_s).toString() == u"{p} points"_s);
    CHECK(Export::PlayerData::languageName(u"fr"_s) == u"Français"_s);
    CHECK(Export::PlayerData::languageName(u"pt-BR"_s) == u"Português (Brasil)"_s);
    CHECK(Export::PlayerData::languageName(u"ja"_s) == u"日本語"_s);
    CHECK(Export::PlayerData::languageName(u"xx"_s) == u"xx"_s);
}
