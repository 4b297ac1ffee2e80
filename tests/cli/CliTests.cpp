// SPDX-License-Identifier: MIT
// capsule-cli end to end: the real executable, its exit codes, stdout and stderr.
#include "CliTestSupport.h"
#include "TestSupport.h"
#include "core/ProjectFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

using CliTest::CliRun;
using CliTest::runCli;

QJsonObject parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO(text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

} // namespace

TEST_CASE("capsule-cli prints help and version, and rejects bad usage with exit 2", "[cli]")
{
    const CliRun help = runCli({u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"export --format ID -o OUT [--lang CODE|all] FILE.capsule"_s));
    CHECK(help.out.contains(u"xliff export|import|pseudo"_s));

    const CliRun version = runCli({u"--version"_s});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(u"capsule-cli "_s));

    CHECK(runCli({}).exitCode == 2);
    const CliRun unknown = runCli({u"frobnicate"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(u"frobnicate"_s));
    CHECK(runCli({u"info"_s}).exitCode == 2);
    const CliRun infoHelp = runCli({u"info"_s, u"--help"_s});
    CHECK(infoHelp.exitCode == 0);
    CHECK(infoHelp.out.startsWith(u"Usage: capsule-cli info [options] FILE.capsule"_s));
    CHECK(infoHelp.out.contains(u"--json"_s));
    CHECK(runCli({u"new"_s, u"--template"_s, u"nope"_s, u"x.capsule"_s}).exitCode == 2);
    CHECK(runCli({u"export"_s, u"x.capsule"_s}).exitCode == 2);
}

TEST_CASE("capsule-cli new, info --json and check on the sample course", "[cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"sample.capsule"_s);
    const CliRun created = runCli({u"new"_s, u"--template"_s, u"sample"_s, file});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    REQUIRE(QFile::exists(file));

    const CliRun info = runCli({u"info"_s, u"--json"_s, file});
    REQUIRE(info.exitCode == 0);
    const QJsonObject root = parseJson(info.out);
    CHECK(root[u"language"_s].toString() == u"fr"_s);
    CHECK(root[u"title"_s].toString().contains(u"coute active"_s));
    const QJsonObject slides = root[u"slides"_s].toObject();
    CHECK(slides[u"total"_s].toInt() >= 8);
    for (const QString &kind :
         {u"content"_s, u"question"_s, u"video"_s, u"result"_s, u"scenario"_s})
        CHECK(slides[kind].toInt() >= 1);
    const QJsonObject questions = root[u"questions"_s].toObject();
    for (const QString &type : {u"single-choice"_s,
                                u"multiple-response"_s,
                                u"true-false"_s,
                                u"fill-in"_s,
                                u"matching"_s,
                                u"sequencing"_s,
                                u"numeric"_s,
                                u"likert"_s,
                                u"open-text"_s,
                                u"drag-drop"_s,
                                u"hotspot"_s}) {
        INFO(type.toStdString());
        CHECK(questions[type].toInt() >= 1);
    }
    const QJsonArray banks = root[u"banks"_s].toArray();
    REQUIRE(banks.size() == 1);
    CHECK(banks[0].toObject()[u"questions"_s].toInt() == 10);
    CHECK_FALSE(banks[0].toObject()[u"name"_s].toString().isEmpty());
    const QJsonObject media = root[u"media"_s].toObject();
    CHECK(media[u"count"_s].toInt() >= 4);
    CHECK(media[u"bytes"_s].toDouble() > 0);
    CHECK(root[u"estimatedMinutes"_s].toInt() > 0);
    // The sample is translated into English, every text approved.
    const QJsonArray translations = root[u"translations"_s].toArray();
    REQUIRE(translations.size() == 1);
    const QJsonObject english = translations[0].toObject();
    CHECK(english[u"language"_s].toString() == u"en"_s);
    CHECK(english[u"texts"_s].toInt() > 100);
    CHECK(english[u"approved"_s].toInt() == english[u"texts"_s].toInt());
    CHECK(english[u"untranslated"_s].toInt() == 0);

    const CliRun check = runCli({u"check"_s, u"--json"_s, file});
    INFO(check.out.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(parseJson(check.out)[u"valid"_s].toBool());

    const CliRun plain = runCli({u"info"_s, file});
    CHECK(plain.exitCode == 0);
    CHECK(plain.out.contains(u"fill-in"_s));
    CHECK(plain.out.contains(u"Question banks:     1\n"_s));
    const QString texts = QString::number(english[u"texts"_s].toInt());
    CHECK(plain.out.contains(u"  en                "_s + texts + u'/' + texts
                             + u" texts translated, "_s + texts + u" approved\n"_s));
}

TEST_CASE("capsule-cli new writes a blank project that info reads", "[cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"blank.capsule"_s);
    REQUIRE(runCli({u"new"_s, file}).exitCode == 0);
    const QJsonObject root = parseJson(runCli({u"info"_s, u"--json"_s, file}).out);
    CHECK(root[u"slides"_s].toObject()[u"total"_s].toInt() == 1);
    CHECK(root[u"questions"_s].toObject()[u"total"_s].toInt() == 0);
}

TEST_CASE("capsule-cli check reports problems with exit 1", "[cli]")
{
    QTemporaryDir dir;

    SECTION("a file that is not a project")
    {
        const QString bad = dir.filePath(u"notes.capsule"_s);
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("this is not a zip archive");
        file.close();
        const CliRun check = runCli({u"check"_s, bad});
        CHECK(check.exitCode == 1);
        CHECK(check.err.contains(u"notes.capsule"_s));

        const CliRun json = runCli({u"check"_s, u"--json"_s, bad});
        CHECK(json.exitCode == 1);
        CHECK_FALSE(parseJson(json.out)[u"valid"_s].toBool());
    }
    SECTION("a missing file")
    {
        const CliRun info = runCli({u"info"_s, dir.filePath(u"missing.capsule"_s)});
        CHECK(info.exitCode == 1);
        CHECK(info.err.contains(u"missing.capsule"_s));
    }
    SECTION("a project with a structural problem")
    {
        Core::Course course;
        course.metadata().title = u"Broken quiz"_s;
        auto section = std::make_unique<Core::Section>();
        section->id = Core::SectionId(u"s1"_s);
        section->title = u"Quiz"_s;
        Core::Slide slide = Core::Slide::create(Core::SlideKind::Question, u"Q1"_s);
        Core::Question question;
        question.type = Core::QuestionType::SingleChoice;
        question.prompt = u"<p>Pick one</p>"_s;
        question.choices = {{u"c1"_s, u"A"_s, true, {}}, {u"c2"_s, u"B"_s, true, {}}};
        slide.body = Core::QuestionBody{question};
        section->slides.push_back(std::make_unique<Core::Slide>(slide));
        course.sections().push_back(std::move(section));
        const QString file = dir.filePath(u"broken.capsule"_s);
        REQUIRE(Core::ProjectFile::write(course, file));

        const CliRun check = runCli({u"check"_s, u"--json"_s, file});
        CHECK(check.exitCode == 1);
        const QJsonObject root = parseJson(check.out);
        CHECK_FALSE(root[u"valid"_s].toBool());
        CHECK(root[u"errors"_s].toInt() >= 1);
        const QJsonArray issues = root[u"issues"_s].toArray();
        REQUIRE_FALSE(issues.isEmpty());
        CHECK(issues.first().toObject()[u"slide"_s].toString() == slide.id.toString());
        CHECK(runCli({u"check"_s, file}).out.contains(u"error"_s));
    }
}

TEST_CASE("capsule-cli lists formats and exports a valid SCORM package", "[cli][export]")
{
    const CliRun formats = runCli({u"--list-formats"_s});
    CHECK(formats.exitCode == 0);
    for (const QString &id : {u"scorm12"_s, u"scorm2004"_s, u"web"_s})
        CHECK(formats.out.contains(id));

    QTemporaryDir dir;
    const QString file = dir.filePath(u"sample.capsule"_s);
    REQUIRE(runCli({u"new"_s, u"--template"_s, u"sample"_s, file}).exitCode == 0);
    const QString package = dir.filePath(u"out.zip"_s);
    const CliRun exported
        = runCli({u"export"_s, u"--format"_s, u"scorm12"_s, u"-o"_s, package, file});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(u"out.zip"_s));

    QProcess validate;
    validate.start(u"bash"_s,
                   {QStringLiteral(VALIDATE_PACKAGE_PATH), u"--expect"_s, u"1.2"_s, package});
    REQUIRE(validate.waitForFinished(120000));
    INFO(validate.readAllStandardOutput().toStdString());
    CHECK(validate.exitCode() == 0);

    CHECK(runCli({u"export"_s, u"--format"_s, u"pdf"_s, u"-o"_s, package, file}).exitCode == 2);
}

TEST_CASE("capsule-cli export --lang: a language of the course or all", "[cli][export][languages]")
{
    CHECK(runCli({u"export"_s, u"--help"_s}).out.contains(u"--lang"_s));
    QTemporaryDir dir;
    const QString file = dir.filePath(u"sample.capsule"_s);
    REQUIRE(runCli({u"new"_s, u"--template"_s, u"sample"_s, file}).exitCode == 0);
    const QString package = dir.filePath(u"out.zip"_s);

    const CliRun unknown = runCli(
        {u"export"_s, u"--format"_s, u"scorm12"_s, u"--lang"_s, u"xx"_s, u"-o"_s, package, file});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(u"xx"_s));
    CHECK(unknown.err.contains(u"(or “all”)"_s));
    CHECK_FALSE(QFile::exists(package));

    for (const QString &language : {u"fr"_s, u"all"_s}) {
        const CliRun exported = runCli({u"export"_s,
                                        u"--format"_s,
                                        u"scorm2004"_s,
                                        u"--lang"_s,
                                        language,
                                        u"-o"_s,
                                        package,
                                        file});
        INFO(exported.err.toStdString());
        CHECK(exported.exitCode == 0);
        CHECK(QFile::exists(package));
    }
}

namespace {

/** GET path from the preview server at port; blocking, the server is another process. */
QByteArray httpGet(quint16 port, const QByteArray &path)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    REQUIRE(socket.waitForConnected(5000));
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
                 + "\r\nConnection: close\r\n\r\n"); // read to the end: no keep-alive
    QByteArray data;
    while (socket.waitForReadyRead(5000))
        data += socket.readAll();
    const qsizetype end = data.indexOf("\r\n\r\n");
    REQUIRE(data.startsWith("HTTP/1.1 200"));
    return data.mid(end + 4);
}

} // namespace

TEST_CASE("capsule-cli preview serves the project and follows its saves", "[cli][preview]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"cours.capsule"_s);
    REQUIRE(runCli({u"new"_s, u"--template"_s, u"sample"_s, project}).exitCode == 0);

    CHECK(runCli({u"preview"_s, u"--port"_s, u"x"_s, project}).exitCode == 2);
    CHECK(runCli({u"preview"_s, u"--scorm"_s, u"3"_s, project}).exitCode == 2);
    const CliRun missing = runCli({u"preview"_s, dir.filePath(u"absent.capsule"_s)});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(u"absent.capsule"_s));

    QProcess server;
    server.start(QStringLiteral(CAPSULE_CLI_PATH), {u"preview"_s, u"--scorm"_s, u"1.2"_s, project});
    REQUIRE(server.waitForStarted());
    QString out;
    while (!out.contains(u'\n') && server.waitForReadyRead(10000))
        out += QString::fromUtf8(server.readAllStandardOutput());
    const QRegularExpressionMatch match
        = QRegularExpression(
              u"http://127\\.0\\.0\\.1:(\\d+)/preview/index\\.html\\?\\S*version=1\\.2"_s)
              .match(out);
    INFO(out.toStdString());
    REQUIRE(match.hasMatch());
    const auto port = quint16(match.captured(1).toUInt());

    CHECK(httpGet(port, "/preview/revision") == "1");
    const QJsonObject before
        = QJsonDocument::fromJson(httpGet(port, "/player/content/course.json")).object();
    CHECK(before.value(u"title"_s).toString() == u"Écoute active en relation client"_s);

    // Saving another course over the file: the preview follows it.
    REQUIRE(
        runCli({u"new"_s, u"--template"_s, u"blank"_s, dir.filePath(u"other.capsule"_s)}).exitCode
        == 0);
    REQUIRE(QFile::remove(project));
    REQUIRE(QFile::copy(dir.filePath(u"other.capsule"_s), project));
    QByteArray revision;
    for (int i = 0; i < 100 && revision != "2"; ++i) {
        QThread::msleep(50);
        revision = httpGet(port, "/preview/revision");
    }
    CHECK(revision == "2");
    const QJsonObject after
        = QJsonDocument::fromJson(httpGet(port, "/player/content/course.json")).object();
    CHECK(after.value(u"title"_s) != before.value(u"title"_s));

    // A broken save keeps the last good preview and says why.
    {
        QFile broken(project);
        REQUIRE(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("not a zip");
    }
    QString err;
    for (int i = 0; i < 100 && !err.contains(u"cours.capsule"_s); ++i) {
        server.waitForReadyRead(50);
        err += QString::fromUtf8(server.readAllStandardError());
    }
    CHECK(err.contains(u"warning: the preview keeps the last version"_s));
    CHECK(httpGet(port, "/preview/revision") == "2");

    server.kill();
    server.waitForFinished();
}
