// SPDX-License-Identifier: MIT
#include "HttpTestClient.h"
#include "TestSupport.h"
#include "core/Document.h"
#include "core/ProjectFile.h"
#include "core/Translation.h"
#include "core/commands/RemoveLanguage.h"
#include "core/commands/SetSlideTitle.h"
#include "export/PackageBuilder.h"
#include "export/PlayerData.h"
#include "preview/PreviewServer.h"
#include "preview/PreviewSite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Preview::PreviewSite;

namespace {

std::unique_ptr<Core::Document> sampleDocument()
{
    auto document = Core::Document::fromTemplate(u"sample"_s);
    REQUIRE(document);
    return std::move(document).value();
}

} // namespace

TEST_CASE("The preview site serves the exporter's player and content data", "[preview]")
{
    auto document = sampleDocument();
    const Core::Course &course = document->course();
    PreviewSite site;
    CHECK(site.get(u"/player/content/course.js"_s).status == 503);
    site.setCourse(course);

    SECTION("the same player files as a package")
    {
        const QStringList files = Export::PackageBuilder::playerFiles();
        REQUIRE(files.contains(u"index.html"_s));
        for (const QString &file : files) {
            const PreviewSite::Reply reply = site.get(u"/player/"_s + file);
            INFO(file.toStdString());
            CHECK(reply.status == 200);
            QFile original(u":/player/"_s + file);
            REQUIRE(original.open(QIODevice::ReadOnly));
            CHECK(reply.body == original.readAll());
        }
        CHECK(site.get(u"/player/index.html"_s).contentType == "text/html; charset=utf-8");
        CHECK(site.get(u"/player/player.js"_s).contentType == "text/javascript; charset=utf-8");
    }

    SECTION("the same content data as the exporter, as a script and as JSON")
    {
        const QJsonObject expected = PreviewSite::playerData(course);
        CHECK(site.get(u"/player/content/course.js"_s).body
              == Export::PlayerData::scriptFor(expected));
        const PreviewSite::Reply json = site.get(u"/player/content/course.json"_s);
        CHECK(json.contentType == "application/json");
        CHECK(QJsonDocument::fromJson(json.body).object() == expected);
    }

    SECTION("media by their package names, bytes from the project")
    {
        REQUIRE(!course.assets().empty());
        for (const auto &[id, asset] : course.assets()) {
            const PreviewSite::Reply reply = site.get(u"/player/"_s + asset.archiveName());
            CHECK(reply.status == 200);
            CHECK(reply.immutable);
            CHECK(reply.body == *Core::ProjectFile::readAssetBytes(asset.source));
            CHECK(reply.contentType.startsWith(asset.mimeType.toLatin1()));
        }
        CHECK(site.get(u"/player/media/"_s + QString(64, u'0') + u".png"_s).status == 404);
    }

    SECTION("nothing outside the site")
    {
        for (const QString &path : {u"/player/../core/Course.h"_s,
                                    u"/player/./index.html"_s,
                                    u"/preview/../player/index.html"_s,
                                    u"/player//index.html"_s,
                                    u"/player/tests/x.js"_s,
                                    u"/etc/passwd"_s,
                                    u"/player/.hidden"_s}) {
            INFO(path.toStdString());
            CHECK(site.get(path).status == 404);
        }
        CHECK(site.get(u"/"_s).status == 302);
        CHECK(site.get(u"/"_s).body == "/preview/index.html");
    }
}

TEST_CASE("An edit makes a new revision with the new content, media untouched", "[preview]")
{
    auto document = sampleDocument();
    PreviewSite site;
    QSignalSpy spy(&site, &PreviewSite::revisionChanged);
    site.setCourse(document->course());
    CHECK(site.get(u"/preview/revision"_s).body == "1");
    const QByteArray before = site.get(u"/player/content/course.json"_s).body;

    const std::unique_ptr<Core::Course> edited = document->course().clone();
    edited->metadata().title = u"Titre modifié"_s;
    site.setCourse(*edited);
    CHECK(spy.count() == 2);
    CHECK(site.revision() == 2);
    CHECK(site.get(u"/preview/revision"_s).body == "2");
    const QByteArray after = site.get(u"/player/content/course.json"_s).body;
    CHECK(after != before);
    CHECK(QJsonDocument::fromJson(after).object().value(u"title"_s).toString()
          == u"Titre modifié"_s);
}

TEST_CASE("One slide's player data is its entry in the whole course's", "[preview][live]")
{
    auto document = sampleDocument();
    const Core::Course &course = document->course();
    const QJsonObject full = Export::PlayerData::toJson(course, Export::PlayerRuntime::Scorm2004);
    const QJsonArray sections = full.value(u"sections"_s).toArray();
    int compared = 0;
    for (const QJsonValue &section : sections) {
        for (const QJsonValue &slide : section.toObject().value(u"slides"_s).toArray()) {
            const Core::SlideId id(slide.toObject().value(u"id"_s).toString());
            CHECK(Export::PlayerData::slideToJson(course, id, Export::PlayerRuntime::Scorm2004)
                  == slide.toObject());
            ++compared;
        }
    }
    CHECK(compared == int(course.allSlides().size()));
    // Bank questions as in their bank: tags and difficulty included.
    const QJsonArray banks = full.value(u"banks"_s).toArray();
    REQUIRE(!banks.isEmpty());
    const QJsonObject question
        = banks.at(0).toObject().value(u"questions"_s).toArray().at(0).toObject();
    CHECK(question.contains(u"tags"_s));
    CHECK(Export::PlayerData::slideToJson(course,
                                          Core::SlideId(question.value(u"id"_s).toString()),
                                          Export::PlayerRuntime::Scorm2004)
          == question);
    CHECK(Export::PlayerData::slideToJson(
              course, Core::SlideId(u"nope"_s), Export::PlayerRuntime::Scorm2004)
              .isEmpty());
}

TEST_CASE("A slide edit updates that slide only and the page gets it as a change",
          "[preview][live]")
{
    auto document = sampleDocument();
    document->push(std::make_unique<Core::RemoveLanguage>(document.get(), u"en"_s));
    PreviewSite site;
    site.setCourse(document->course());
    QSignalSpy spy(&site, &PreviewSite::revisionChanged);
    const std::vector<const Core::Slide *> slides = document->course().allSlides();
    const Core::SlideId first = slides.at(1)->id;
    const Core::SlideId second = slides.at(2)->id;

    document->push(std::make_unique<Core::SetSlideTitle>(document.get(), first, u"Un"_s));
    const QJsonObject data = site.updateSlide(document->course(), first);
    CHECK(data.value(u"title"_s).toString() == u"Un"_s);
    CHECK(site.revision() == 2);
    CHECK(spy.count() == 1);
    // The whole data stays what a full conversion gives.
    const auto fullJson = [&] {
        return QJsonDocument::fromJson(site.get(u"/player/content/course.json"_s).body).object();
    };
    CHECK(fullJson() == PreviewSite::playerData(document->course()));

    document->push(std::make_unique<Core::SetSlideTitle>(document.get(), second, u"Deux"_s));
    site.updateSlide(document->course(), second);
    document->push(std::make_unique<Core::SetSlideTitle>(document.get(), first, u"Un bis"_s));
    site.updateSlide(document->course(), first);
    CHECK(site.revision() == 4);
    CHECK(fullJson() == PreviewSite::playerData(document->course()));

    const auto changes = [&](int since) {
        return QJsonDocument::fromJson(site.get(u"/preview/changes/%1"_s.arg(since)).body).object();
    };
    SECTION("a page one revision behind gets the last slide")
    {
        const QJsonObject c = changes(3);
        CHECK(c.value(u"revision"_s).toInt() == 4);
        const QJsonArray list = c.value(u"slides"_s).toArray();
        REQUIRE(list.size() == 1);
        CHECK(list.at(0).toObject().value(u"title"_s).toString() == u"Un bis"_s);
    }
    SECTION("a page further behind gets each slide once, with its latest data")
    {
        const QJsonArray list = changes(1).value(u"slides"_s).toArray();
        REQUIRE(list.size() == 2);
        CHECK(list.at(0).toObject().value(u"title"_s).toString() == u"Deux"_s);
        CHECK(list.at(1).toObject().value(u"title"_s).toString() == u"Un bis"_s);
        CHECK(changes(4).value(u"slides"_s).toArray().isEmpty());
    }
    SECTION("a page from before the last full refresh reloads the course")
    {
        site.setCourse(document->course());
        CHECK(changes(4).value(u"full"_s).toBool());
        CHECK(changes(5).value(u"slides"_s).toArray().isEmpty());
        CHECK(changes(99).value(u"full"_s).toBool());
    }
    SECTION("many edits of a few slides stay one entry per slide")
    {
        for (int i = 0; i < PreviewSite::maxKeptUpdates + 1; ++i) {
            document->push(std::make_unique<Core::SetSlideTitle>(
                document.get(), slides.at(i % slides.size())->id, u"T%1"_s.arg(i)));
            site.updateSlide(document->course(), slides.at(i % slides.size())->id);
        }
        const QJsonObject c = changes(1);
        CHECK(!c.value(u"full"_s).toBool());
        CHECK(c.value(u"slides"_s).toArray().size() == qsizetype(slides.size()));
        CHECK(fullJson() == PreviewSite::playerData(document->course()));
    }
    SECTION("an unknown slide changes nothing")
    {
        CHECK(site.updateSlide(document->course(), Core::SlideId(u"nope"_s)).isEmpty());
        CHECK(site.revision() == 4);
    }
}

TEST_CASE("A bank question edit updates the bank's entry", "[preview][live]")
{
    auto document = sampleDocument();
    document->push(std::make_unique<Core::RemoveLanguage>(document.get(), u"en"_s));
    const Core::Course &course = document->course();
    REQUIRE(!course.banks().empty());
    PreviewSite site;
    site.setCourse(course);
    const Core::SlideId id = course.banks().front()->questions.front()->id;
    document->push(std::make_unique<Core::SetSlideTitle>(document.get(), id, u"Q bis"_s));
    CHECK(site.updateSlide(course, id).value(u"title"_s).toString() == u"Q bis"_s);
    CHECK(QJsonDocument::fromJson(site.get(u"/player/content/course.json"_s).body).object()
          == PreviewSite::playerData(course));
}

TEST_CASE("A click to edit in the page reaches the editor", "[preview][live]")
{
    PreviewSite site;
    QSignalSpy spy(&site, &PreviewSite::editRequested);
    CHECK(site.get(u"/preview/edit/abc/answer/c2"_s).status == 200);
    CHECK(site.get(u"/preview/edit/abc/title"_s).status == 200);
    CHECK(site.get(u"/preview/edit//title"_s).status == 404);
    REQUIRE(spy.count() == 2);
    CHECK(spy.at(0).at(0).value<Core::SlideId>() == Core::SlideId(u"abc"_s));
    CHECK(spy.at(0).at(1).toString() == u"answer"_s);
    CHECK(spy.at(0).at(2).toString() == u"c2"_s);
    CHECK(spy.at(1).at(2).toString().isEmpty());
}

TEST_CASE("The shell URL carries the preview options", "[preview]")
{
    Preview::PreviewOptions options;
    options.scormVersion = u"1.2"_s;
    options.device = u"phone"_s;
    options.playerLanguage = u"en"_s;
    options.interfaceLanguage = u"fr"_s;
    options.startSlide = Core::SlideId(u"slide-42"_s);
    options.embedded = true;
    options.dock = true;
    options.editMode = true;
    const QUrl url = PreviewSite::shellUrl(QUrl(u"capsule-preview://course"_s), options);
    CHECK(url.scheme() == u"capsule-preview"_s);
    CHECK(url.host() == u"course"_s);
    CHECK(url.path() == u"/preview/index.html"_s);
    const QUrlQuery query(url);
    CHECK(query.queryItemValue(u"version"_s) == u"1.2"_s);
    CHECK(query.queryItemValue(u"device"_s) == u"phone"_s);
    CHECK(query.queryItemValue(u"lang"_s) == u"en"_s);
    CHECK(query.queryItemValue(u"ui"_s) == u"fr"_s);
    CHECK(query.queryItemValue(u"slide"_s) == u"slide-42"_s);
    CHECK(query.queryItemValue(u"embedded"_s) == u"1"_s);
    CHECK(query.queryItemValue(u"dock"_s) == u"1"_s);
    CHECK(query.queryItemValue(u"edit"_s) == u"1"_s);
}

TEST_CASE("The preview server answers on the loopback interface only", "[preview]")
{
    auto document = sampleDocument();
    PreviewSite site;
    site.setCourse(document->course());
    Preview::PreviewServer server(&site);
    REQUIRE(server.listen());
    const quint16 port = server.port();
    REQUIRE(port != 0);
    CHECK(server.rootUrl() == QUrl(u"http://127.0.0.1:%1"_s.arg(port)));

    const HttpReply index = get(port, "/player/index.html");
    CHECK(index.status == 200);
    CHECK(index.header("Content-Type") == "text/html; charset=utf-8");
    CHECK(index.header("Cache-Control") == "no-store");
    CHECK(index.body == site.get(u"/player/index.html"_s).body);

    CHECK(get(port, "/").status == 302);
    CHECK(get(port, "/").header("Location") == "/preview/index.html");
    CHECK(get(port, "/player/%2e%2e/CMakeLists.txt").status == 404);
    CHECK(get(port, "/nothing").status == 404);

    SECTION("a foreign Host is refused (DNS rebinding)")
    {
        const HttpReply reply = exchange(
            port, "GET /player/index.html HTTP/1.1\r\nHost: attacker.example:80\r\n\r\n");
        CHECK(reply.status == 403);
    }
    SECTION("only GET and HEAD")
    {
        const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
        CHECK(exchange(port, "POST /player/index.html HTTP/1.1\r\n" + host + "\r\n").status == 405);
        const HttpReply head
            = exchange(port, "HEAD /player/index.html HTTP/1.1\r\n" + host + "\r\n");
        CHECK(head.status == 200);
        CHECK(head.body.isEmpty());
        CHECK(head.header("Content-Length").toLongLong() == index.body.size());
        CHECK(exchange(port, "garbage\r\n\r\n").status == 400);
    }
    SECTION("byte ranges of media, for video seeking")
    {
        const Core::MediaAsset *video = nullptr;
        for (const auto &[id, asset] : document->course().assets()) {
            if (asset.isVideo())
                video = &asset;
        }
        REQUIRE(video);
        const QByteArray target = "/player/" + video->archiveName().toLatin1();
        const QByteArray bytes = *Core::ProjectFile::readAssetBytes(video->source);
        const HttpReply whole = get(port, target);
        CHECK(whole.status == 200);
        CHECK(whole.header("Accept-Ranges") == "bytes");
        CHECK(whole.header("Cache-Control").contains("immutable"));
        CHECK(whole.body == bytes);

        const HttpReply part = get(port, target, "Range: bytes=100-199\r\n");
        CHECK(part.status == 206);
        CHECK(part.body == bytes.mid(100, 100));
        CHECK(part.header("Content-Range") == "bytes 100-199/" + QByteArray::number(bytes.size()));
        const HttpReply tail = get(port, target, "Range: bytes=-10\r\n");
        CHECK(tail.status == 206);
        CHECK(tail.body == bytes.right(10));
        const HttpReply open
            = get(port, target, "Range: bytes=" + QByteArray::number(bytes.size() - 5) + "-\r\n");
        CHECK(open.body == bytes.right(5));
        CHECK(get(port, target, "Range: bytes=999999999-\r\n").status == 416);
    }
}

TEST_CASE("A course with translations is previewed in all its languages", "[preview][languages]")
{
    auto document = sampleDocument();
    auto course = document->course().clone();
    course->languages().targets = {u"en"_s};
    const Core::TextField title = Core::textFields(*course).front();
    course->languages().translations[u"en"_s][title.unitId]
        = Core::Translation{u"Active listening"_s, Core::sourceHash(title.source), false};
    const QJsonObject data = PreviewSite::playerData(*course);
    CHECK(data.value(u"languages"_s).toArray().size() == 2);
    const QJsonObject en = data.value(u"translations"_s).toObject().value(u"en"_s).toObject();
    CHECK(en.value(u"language"_s).toString() == u"en"_s);
    CHECK(en.value(u"title"_s).toString() == u"Active listening"_s);
    // Every interface language: the page's player-language menu offers French and English.
    CHECK(data.value(u"ui"_s).toObject().keys() == Export::PlayerData::interfaceLanguages());
    // A slide edit in a course with target languages asks for the whole data again.
    PreviewSite site;
    site.setCourse(*course);
    CHECK(site.updateSlide(*course, course->allSlides().at(1)->id).isEmpty());
    CHECK(site.revision() == 1);
    // Without translations: the exporter's data plus every interface language.
    document->push(std::make_unique<Core::RemoveLanguage>(document.get(), u"en"_s));
    QJsonObject plain = PreviewSite::playerData(document->course());
    CHECK_FALSE(plain.contains(u"languages"_s));
    plain.remove(u"ui"_s);
    QJsonObject exported
        = Export::PlayerData::toJson(document->course(), Export::PlayerRuntime::Scorm2004);
    exported.remove(u"ui"_s);
    CHECK(plain == exported);
}
