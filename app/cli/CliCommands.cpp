// SPDX-License-Identifier: MIT
#include "CliCommands.h"

#include "app/Tr.h"
#include "core/Document.h"
#include "core/ProjectFile.h"
#include "core/Translation.h"
#include "core/Validator.h"
#include "export/ExporterRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

using namespace Qt::StringLiterals;

namespace App {

namespace {

constexpr auto programName = "capsule-cli";

/** A parser for one sub-command: --help plus the given options, no implicit --version. */
struct SubParser
{
    QCommandLineParser parser;
    explicit SubParser(const QString &description)
    {
        parser.setApplicationDescription(description);
        parser.addHelpOption();
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    }
};

QString severityName(Core::Validator::Issue::Severity severity)
{
    return severity == Core::Validator::Issue::Severity::Error ? u"error"_s : u"warning"_s;
}

} // namespace

CliCommands::CliCommands(const Export::ExporterRegistry &registry,
                         QTextStream &out,
                         QTextStream &err)
    : m_registry(registry)
    , m_out(out)
    , m_err(err)
{}

ExitCode CliCommands::run(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        printHelp();
        return ExitCode::Usage;
    }
    const QString &command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        printHelp();
        return ExitCode::Success;
    }
    if (command == u"--version" || command == u"-v") {
        m_out << programName << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitCode::Success;
    }
    if (command == u"--list-formats")
        return listFormats();
    if (command == u"new")
        return runNew(rest);
    if (command == u"info")
        return runInfo(rest);
    if (command == u"check")
        return runCheck(rest);
    if (command == u"export")
        return runExport(rest);
    if (command == u"preview")
        return runPreview(rest);
    if (command == u"questions")
        return runQuestions(rest);
    if (command == u"xliff")
        return runXliff(rest);
    if (command == u"tm")
        return runTm(rest);
    return usageError(Tr::tr("unknown command \"%1\"").arg(command));
}

void CliCommands::printHelp()
{
    m_out << Tr::tr(
                 "Usage: %1 COMMAND [OPTIONS] FILE.capsule\n"
                 "\n"
                 "Create, inspect, check and publish Capsule e-learning projects.\n"
                 "\n"
                 "Commands:\n"
                 "  new [--template blank|sample] FILE.capsule   create a project\n"
                 "  info [--json] FILE.capsule                   summarise a project\n"
                 "  check [--json] FILE.capsule                  validate a project (exit 1 on "
                 "problems)\n"
                 "  export --format ID -o OUT [--lang CODE|all] FILE.capsule\n"
                 "                                               publish a package\n"
                 "  preview [--port N] [--open] FILE.capsule     preview in a browser, with an LMS "
                 "simulator\n"
                 "  questions import|export ...                  read GIFT, Aiken or CSV questions "
                 "into a project; write them as GIFT\n"
                 "  xliff export|import|pseudo ...               translate through XLIFF 1.2/2.0; "
                 "pseudo-translate\n"
                 "  tm import|export|lookup ...                  the translation memory (TMX)\n"
                 "  --list-formats                               list the export formats\n"
                 "  --help, --version\n"
                 "\n"
                 "Run '%1 COMMAND --help' for a command's options.\n"
                 "Exit status: 0 success, 1 failure, 2 usage error.\n")
                 .arg(QLatin1StringView(programName));
    m_out.flush();
}

ExitCode CliCommands::runSubcommand(const QString &command,
                                    const QStringList &arguments,
                                    std::initializer_list<Subcommand> subcommands,
                                    const QString &usage,
                                    const QString &expected)
{
    const QString action = arguments.value(0);
    for (const Subcommand &subcommand : subcommands) {
        if (action == subcommand.name)
            return (this->*subcommand.run)(arguments.mid(1));
    }
    if (action == u"--help" || action == u"-h") {
        m_out << usage.arg(QLatin1StringView(programName));
        m_out.flush();
        return ExitCode::Success;
    }
    return usageError(expected, command);
}

ExitCode CliCommands::usageError(const QString &message, const QString &command)
{
    const QString program = QLatin1StringView(programName);
    m_err << programName << ": " << message << '\n'
          << Tr::tr("Run '%1 --help' for usage.")
                 .arg(command.isEmpty() ? program : program + u' ' + command)
          << Qt::endl;
    return ExitCode::Usage;
}

std::optional<ExitCode> CliCommands::parseArguments(QCommandLineParser &parser,
                                                    const QStringList &arguments,
                                                    const QString &command,
                                                    const QStringList &names,
                                                    QStringList &values)
{
    // QCommandLineParser takes the first argument for the program name.
    if (!parser.parse(QStringList{QLatin1StringView(programName)} + arguments))
        return usageError(parser.errorText(), command);
    if (parser.isSet(u"help"_s)) {
        // The parser's usage line names the binary's path, not the sub-command.
        QString help = parser.helpText();
        help.replace(0,
                     help.indexOf(u'\n'),
                     Tr::tr("Usage: %1 %2 [options] %3")
                         .arg(QLatin1StringView(programName), command, names.join(u' ')));
        m_out << help;
        m_out.flush();
        return ExitCode::Success;
    }
    values = parser.positionalArguments();
    if (values.size() != names.size())
        return usageError(Tr::tr("%1 expects %2").arg(command, names.join(u' ')), command);
    return std::nullopt;
}

std::optional<ExitCode> CliCommands::parseOneFile(QCommandLineParser &parser,
                                                  const QStringList &arguments,
                                                  const QString &command,
                                                  QString &file)
{
    QStringList values;
    if (auto stop = parseArguments(parser, arguments, command, {u"FILE.capsule"_s}, values))
        return stop;
    file = values.first();
    return std::nullopt;
}

ExitCode CliCommands::listFormats()
{
    for (const Export::Exporter *exporter : m_registry.all())
        m_out << exporter->id().leftJustified(12) << exporter->description() << '\n';
    m_out.flush();
    return ExitCode::Success;
}

ExitCode CliCommands::runNew(const QStringList &arguments)
{
    SubParser sub(Tr::tr("Create a new project from a template."));
    const QCommandLineOption templateOption(u"template"_s,
                                            Tr::tr("Template: blank or sample (default: blank)."),
                                            u"name"_s,
                                            u"blank"_s);
    sub.parser.addOption(templateOption);
    sub.parser.addPositionalArgument(u"FILE.capsule"_s, Tr::tr("The project file to create."));
    QString file;
    if (const auto stop = parseOneFile(sub.parser, arguments, u"new"_s, file))
        return *stop;
    const QString templateId = sub.parser.value(templateOption);
    if (templateId != u"blank" && templateId != u"sample")
        return usageError(Tr::tr("unknown template \"%1\" (use blank or sample)").arg(templateId));

    auto document = Core::Document::fromTemplate(templateId);
    if (!document) {
        m_err << programName << ": " << document.error().message << Qt::endl;
        return ExitCode::Failure;
    }
    if (auto saved = document.value()->save(file); !saved) {
        m_err << programName << ": " << saved.error().message << Qt::endl;
        return ExitCode::Failure;
    }
    m_out << Tr::tr("Created %1").arg(QDir::toNativeSeparators(file)) << Qt::endl;
    return ExitCode::Success;
}

ExitCode CliCommands::runInfo(const QStringList &arguments)
{
    SubParser sub(
        Tr::tr("Summarise a project: slides by kind, questions by type, question banks, media."));
    const QCommandLineOption jsonOption(u"json"_s, Tr::tr("Print JSON."));
    sub.parser.addOption(jsonOption);
    sub.parser.addPositionalArgument(u"FILE.capsule"_s, Tr::tr("The project file."));
    QString file;
    if (const auto stop = parseOneFile(sub.parser, arguments, u"info"_s, file))
        return *stop;

    auto document = Core::Document::load(file);
    if (!document) {
        m_err << programName << ": " << document.error().message << Qt::endl;
        return ExitCode::Failure;
    }
    const Core::Course &course = document.value()->course();

    // Every kind and type is listed, zero counts included, so scripts can rely on the keys.
    std::map<QString, int> slidesByKind;
    for (Core::SlideKind kind : {Core::SlideKind::Content,
                                 Core::SlideKind::Question,
                                 Core::SlideKind::Video,
                                 Core::SlideKind::Result,
                                 Core::SlideKind::Draw,
                                 Core::SlideKind::Scenario}) {
        slidesByKind[Core::toString(kind)] = 0;
    }
    std::map<QString, int> questionsByType;
    for (Core::QuestionType type : Core::allQuestionTypes())
        questionsByType[Core::toString(type)] = 0;
    int questionCount = 0;
    for (const Core::Slide *slide : course.allSlides()) {
        ++slidesByKind[Core::toString(slide->kind())];
        if (const Core::Question *question = slide->question()) {
            ++questionsByType[Core::toString(question->type)];
            ++questionCount;
        }
    }
    QJsonArray banks;
    int bankQuestionCount = 0;
    for (const auto &bank : course.banks()) {
        banks.append(QJsonObject{{u"id"_s, bank->id.toString()},
                                 {u"name"_s, bank->name},
                                 {u"questions"_s, int(bank->questions.size())}});
        bankQuestionCount += int(bank->questions.size());
    }
    qint64 mediaBytes = 0;
    for (const auto &[id, asset] : course.assets())
        mediaBytes += asset.byteSize;

    const Core::CourseMetadata &meta = course.metadata();
    // Target languages and how far their translation is.
    QJsonArray targets;
    for (const QString &target : course.languages().targets) {
        const Core::TranslationProgress progress = Core::translationProgress(course, target);
        targets.append(QJsonObject{{u"language"_s, target},
                                   {u"texts"_s, progress.total()},
                                   {u"untranslated"_s, progress.untranslated},
                                   {u"translated"_s, progress.translated},
                                   {u"outdated"_s, progress.outdated},
                                   {u"approved"_s, progress.approved}});
    }
    if (sub.parser.isSet(jsonOption)) {
        QJsonObject slides{{u"total"_s, course.slideCount()}};
        for (const auto &[kind, count] : slidesByKind)
            slides.insert(kind, count);
        QJsonObject questions{{u"total"_s, questionCount}};
        for (const auto &[type, count] : questionsByType)
            questions.insert(type, count);
        const QJsonObject root{
            {u"file"_s, QFileInfo(file).absoluteFilePath()},
            {u"id"_s, course.id().toString()},
            {u"title"_s, meta.title},
            {u"language"_s, meta.language},
            {u"translations"_s, targets},
            {u"author"_s, meta.author},
            {u"version"_s, meta.version},
            {u"estimatedMinutes"_s, meta.estimatedMinutes},
            {u"sections"_s, int(course.sections().size())},
            {u"slides"_s, slides},
            {u"questions"_s, questions},
            {u"banks"_s, banks},
            {u"media"_s,
             QJsonObject{{u"count"_s, int(course.assets().size())},
                         {u"bytes"_s, double(mediaBytes)}}},
        };
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        m_out.flush();
        return ExitCode::Success;
    }

    const QLocale locale = QLocale::c();
    m_out << Tr::tr("Title:              %1").arg(meta.title) << '\n'
          << Tr::tr("Language:           %1").arg(meta.language) << '\n';
    for (const QJsonValue &value : std::as_const(targets)) {
        const QJsonObject target = value.toObject();
        const int texts = target.value(u"texts"_s).toInt();
        const int done
            = texts - target.value(u"untranslated"_s).toInt() - target.value(u"outdated"_s).toInt();
        m_out << "  " << target.value(u"language"_s).toString().leftJustified(18)
              << Tr::tr("%1/%2 texts translated, %3 approved")
                     .arg(done)
                     .arg(texts)
                     .arg(target.value(u"approved"_s).toInt())
              << '\n';
    }
    m_out << Tr::tr("Estimated duration: %1 min").arg(meta.estimatedMinutes) << '\n'
          << Tr::tr("Sections:           %1").arg(course.sections().size()) << '\n'
          << Tr::tr("Slides:             %1").arg(course.slideCount()) << '\n';
    for (const auto &[kind, count] : slidesByKind)
        m_out << "  " << kind.leftJustified(18) << count << '\n';
    m_out << Tr::tr("Questions:          %1").arg(questionCount) << '\n';
    for (const auto &[type, count] : questionsByType) {
        if (count > 0)
            m_out << "  " << type.leftJustified(18) << count << '\n';
    }
    m_out << Tr::tr("Question banks:     %1").arg(course.banks().size()) << '\n';
    for (const auto &bank : course.banks())
        m_out << "  " << QString::number(bank->questions.size()).rightJustified(5) << "  "
              << bank->name << '\n'; // names can be long: the question count first
    m_out << Tr::tr("Media:              %1 files, %2")
                 .arg(course.assets().size())
                 .arg(locale.formattedDataSize(mediaBytes))
          << Qt::endl;
    return ExitCode::Success;
}

ExitCode CliCommands::runCheck(const QStringList &arguments)
{
    SubParser sub(Tr::tr("Validate a project. Exit status 0: valid; 1: problems found."));
    const QCommandLineOption jsonOption(u"json"_s, Tr::tr("Print JSON."));
    sub.parser.addOption(jsonOption);
    sub.parser.addPositionalArgument(u"FILE.capsule"_s, Tr::tr("The project file."));
    QString file;
    if (const auto stop = parseOneFile(sub.parser, arguments, u"check"_s, file))
        return *stop;
    const bool json = sub.parser.isSet(jsonOption);

    auto document = Core::Document::load(file);
    if (!document) {
        // A file that cannot be opened is the first problem check reports.
        if (json) {
            const QJsonObject issue{{u"severity"_s, u"error"_s},
                                    {u"code"_s, u"file.unreadable"_s},
                                    {u"message"_s, document.error().message}};
            const QJsonObject root{{u"file"_s, QFileInfo(file).absoluteFilePath()},
                                   {u"valid"_s, false},
                                   {u"errors"_s, 1},
                                   {u"warnings"_s, 0},
                                   {u"issues"_s, QJsonArray{issue}}};
            m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
            m_out.flush();
        }
        m_err << programName << ": " << document.error().message << Qt::endl;
        return ExitCode::Failure;
    }

    const auto issues = Core::Validator::check(document.value()->course());
    int errors = 0;
    int warnings = 0;
    QJsonArray list;
    for (const auto &issue : issues) {
        const bool isError = issue.severity == Core::Validator::Issue::Severity::Error;
        isError ? ++errors : ++warnings;
        if (json) {
            list.append(QJsonObject{{u"severity"_s, severityName(issue.severity)},
                                    {u"code"_s, issue.code},
                                    {u"message"_s, issue.message},
                                    {u"slide"_s, issue.slide.toString()},
                                    {u"location"_s, issue.location}});
        } else {
            m_out << severityName(issue.severity) << ": ";
            if (!issue.location.isEmpty())
                m_out << issue.location << ": ";
            m_out << issue.message << '\n';
        }
    }
    if (json) {
        const QJsonObject root{{u"file"_s, QFileInfo(file).absoluteFilePath()},
                               {u"valid"_s, errors == 0},
                               {u"errors"_s, errors},
                               {u"warnings"_s, warnings},
                               {u"issues"_s, list}};
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        m_out << (errors == 0 ? Tr::tr("%1 is valid (%2 errors, %3 warnings)")
                              : Tr::tr("%1 has problems (%2 errors, %3 warnings)"))
                     .arg(QDir::toNativeSeparators(file))
                     .arg(errors)
                     .arg(warnings)
              << '\n';
    }
    m_out.flush();
    return errors == 0 ? ExitCode::Success : ExitCode::Failure;
}

ExitCode CliCommands::runExport(const QStringList &arguments)
{
    SubParser sub(
        Tr::tr("Publish a project as a package.\n"
               "\n"
               "What is checked: the zip structure; course.xml (schema and rules); that every\n"
               "media file the course uses is present, with the size course.xml gives. Media\n"
               "bytes are copied as they are and checked against the CRC-32 the project file\n"
               "records: that catches damage (a bad disk, a broken download), not a change made\n"
               "on purpose with the CRC-32 recomputed. With --verify, the SHA-256 of every media\n"
               "file is checked first, as when the editor opens the project (all media bytes\n"
               "are read once more). On any failure no package is left."));
    const QCommandLineOption formatOption(
        u"format"_s, Tr::tr("Export format (see --list-formats)."), u"id"_s);
    const QCommandLineOption outputOption(
        {u"o"_s, u"output"_s}, Tr::tr("The package to write."), u"OUT"_s);
    const QCommandLineOption verifyOption(
        u"verify"_s,
        Tr::tr("Check the SHA-256 of every media file before exporting (slower; detects "
               "altered media, not only damaged ones)."));
    const QCommandLineOption languageOption(
        u"lang"_s,
        Tr::tr("The package's language: one of the course's languages (default: its source "
               "language), or all: every language in one package, where the learner starts in "
               "the language of the platform or browser and can switch."),
        u"CODE|all"_s);
    sub.parser.addOption(formatOption);
    sub.parser.addOption(outputOption);
    sub.parser.addOption(languageOption);
    sub.parser.addOption(verifyOption);
    sub.parser.addPositionalArgument(u"FILE.capsule"_s, Tr::tr("The project file."));
    QString file;
    if (const auto stop = parseOneFile(sub.parser, arguments, u"export"_s, file))
        return *stop;
    if (!sub.parser.isSet(formatOption))
        return usageError(Tr::tr("export needs --format (see --list-formats)"));
    if (!sub.parser.isSet(outputOption))
        return usageError(Tr::tr("export needs -o OUT"));
    const Export::Exporter *exporter = m_registry.byId(sub.parser.value(formatOption));
    if (!exporter) {
        return usageError(Tr::tr("unknown format \"%1\" (see --list-formats)")
                              .arg(sub.parser.value(formatOption)));
    }

    // By default the media are checked while the package is written (MediaCheck::Deferred:
    // CRC-32 of raw copies), not hashed in a pass of their own when the project is opened: a
    // damaged media file still fails the export, and no package is left behind. --verify
    // hashes them all first (MediaCheck::Now), which also catches a forged CRC-32.
    const auto course = Core::ProjectFile::read(file,
                                                sub.parser.isSet(verifyOption)
                                                    ? Core::ProjectFile::MediaCheck::Now
                                                    : Core::ProjectFile::MediaCheck::Deferred);
    if (!course) {
        m_err << programName << ": " << course.error().message << Qt::endl;
        return ExitCode::Failure;
    }
    Export::ExportOptions options;
    options.targetPath = sub.parser.value(outputOption);
    options.language = sub.parser.value(languageOption);
    Export::ExportContext context;
    const auto exported = exporter->exportCourse(*course.value(), options, context);
    for (const Export::ExportWarning &warning : context.warnings())
        m_err << Tr::tr("warning: %1").arg(warning.message) << '\n';
    m_err.flush();
    if (!exported) {
        m_err << programName << ": " << exported.error().message << Qt::endl;
        return ExitCode::Failure;
    }
    m_out << Tr::tr("Exported %1 to %2")
                 .arg(exporter->displayName(),
                      QDir::toNativeSeparators(QFileInfo(options.targetPath).absoluteFilePath()))
          << Qt::endl;
    return ExitCode::Success;
}

} // namespace App
