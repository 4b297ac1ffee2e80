// SPDX-License-Identifier: MIT
// capsule-cli questions: GIFT, Aiken and CSV question files into a project as question slides
// (one atomic save), and a project's questions out as GIFT.
#include "CliCommands.h"
#include "app/Tr.h"
#include "core/Document.h"
#include "import/QuestionFormat.h"
#include "import/QuestionImport.h"
#include "import/gift/GiftWriter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUndoCommand>

using namespace Qt::StringLiterals;

namespace App {

namespace {

constexpr auto programName = "capsule-cli";

} // namespace

ExitCode CliCommands::runQuestions(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == u"import")
        return runQuestionsImport(arguments.mid(1));
    if (action == u"export")
        return runQuestionsExport(arguments.mid(1));
    if (action == u"--help" || action == u"-h") {
        m_out << Tr::tr("Usage: %1 questions import [--format gift|aiken|csv] [--section TITLE] "
                        "[--dry-run] FILE PROJECT.capsule\n"
                        "       %1 questions export --format gift [--section TITLE] -o FILE "
                        "PROJECT.capsule\n")
                     .arg(QLatin1StringView(programName));
        m_out.flush();
        return ExitCode::Success;
    }
    return usageError(Tr::tr("questions needs import or export"));
}

ExitCode CliCommands::runQuestionsImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Import the questions of a GIFT, Aiken or CSV file into a project as question "
               "slides: one new section per category (or the --section given), saved in one "
               "step. Nothing is written when a question has an error."));
    parser.addHelpOption();
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption formatOption(
        u"format"_s, Tr::tr("gift, aiken or csv (default: from the file's extension)."), u"id"_s);
    const QCommandLineOption sectionOption(
        u"section"_s,
        Tr::tr("Put every question into this section (created if missing)."),
        u"TITLE"_s);
    const QCommandLineOption dryRunOption(u"dry-run"_s,
                                          Tr::tr("Only list what would be imported."));
    parser.addOptions({formatOption, sectionOption, dryRunOption});
    parser.addPositionalArgument(u"FILE"_s, Tr::tr("The question file."));
    parser.addPositionalArgument(u"PROJECT.capsule"_s, Tr::tr("The project to import into."));
    QStringList files;
    if (auto stop = parseArguments(
            parser, arguments, u"questions import"_s, {u"FILE"_s, u"PROJECT.capsule"_s}, files))
        return *stop;
    const QString &questionFile = files[0];
    const QString &project = files[1];

    std::optional<Import::QuestionFormat> format;
    if (parser.isSet(formatOption)) {
        format = Import::formatFromId(parser.value(formatOption));
        if (!format)
            return usageError(Tr::tr("unknown question format \"%1\" (use gift, aiken or csv)")
                                  .arg(parser.value(formatOption)));
    } else {
        QFile probe(questionFile);
        const QByteArray head
            = probe.open(QIODevice::ReadOnly) ? probe.read(64 * 1024) : QByteArray();
        format = Import::detectFormat(questionFile, head);
        if (!format)
            return usageError(Tr::tr("cannot tell the format of %1 from its extension: give "
                                     "--format gift, aiken or csv")
                                  .arg(QDir::toNativeSeparators(questionFile)));
    }

    const auto read = Import::readQuestionFile(questionFile, *format);
    if (!read) {
        m_err << programName << ": " << read.error().message << Qt::endl;
        return ExitCode::Failure;
    }
    const Import::ImportResult &result = read.value();
    for (const Import::ImportedItem &item : result.items) {
        if (!item.isImportable())
            m_err << Tr::tr("error: %1").arg(item.error) << '\n';
        for (const QString &warning : item.warnings)
            m_err << Tr::tr("warning: %1:%2: “%3”: %4")
                         .arg(result.fileName, item.position.toString(), item.title, warning)
                  << '\n';
    }
    m_err.flush();
    const bool dryRun = parser.isSet(dryRunOption);
    if (dryRun) {
        for (const Import::ImportedItem &item : result.items) {
            const QString category
                = parser.isSet(sectionOption) ? parser.value(sectionOption) : item.category;
            m_out << item.position.toString().leftJustified(8) << ' '
                  << (item.isImportable() ? item.typeName() : Tr::tr("ERROR")).leftJustified(18)
                  << ' ' << item.title;
            if (!category.isEmpty())
                m_out << "  [" << category << ']';
            m_out << '\n';
        }
        m_out << Tr::tr("%1: %2 to import, %3 with errors, %4 warnings")
                     .arg(result.fileName)
                     .arg(result.importableCount())
                     .arg(result.errorCount())
                     .arg(result.warningCount())
              << Qt::endl;
    }
    if (result.errorCount() > 0) {
        m_err << programName << ": "
              << Tr::tr("%n question(s) with errors; nothing was imported.",
                        nullptr,
                        result.errorCount())
              << Qt::endl;
        return ExitCode::Failure;
    }
    if (result.importableCount() == 0) {
        m_err << programName << ": "
              << Tr::tr("%1 holds no question.").arg(QDir::toNativeSeparators(questionFile))
              << Qt::endl;
        return ExitCode::Failure;
    }
    if (dryRun)
        return ExitCode::Success;

    auto document = Core::Document::load(project);
    if (!document) {
        m_err << programName << ": " << document.error().message << Qt::endl;
        return ExitCode::Failure;
    }
    Core::Document &doc = *document.value();
    auto command = Import::QuestionImport::makeCommand(&doc,
                                                       result.items,
                                                       parser.value(sectionOption),
                                                       QFileInfo(questionFile).completeBaseName());
    doc.push(std::move(command));
    if (auto saved = doc.save(project); !saved) {
        m_err << programName << ": " << saved.error().message << Qt::endl;
        return ExitCode::Failure;
    }
    m_out << Tr::tr("Imported %n question(s) into %1", nullptr, result.importableCount())
                 .arg(QDir::toNativeSeparators(project))
          << Qt::endl;
    return ExitCode::Success;
}

ExitCode CliCommands::runQuestionsExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Export the question slides of a project (or of one section) as GIFT. Question "
               "banks (--bank) are not in this version yet: sections stand for them."));
    parser.addHelpOption();
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption formatOption(u"format"_s, Tr::tr("gift (the only one)."), u"id"_s);
    const QCommandLineOption sectionOption(
        u"section"_s, Tr::tr("Only this section (default: every section)."), u"TITLE"_s);
    const QCommandLineOption outputOption(
        {u"o"_s, u"output"_s}, Tr::tr("The GIFT file to write."), u"FILE"_s);
    parser.addOptions({formatOption, sectionOption, outputOption});
    parser.addPositionalArgument(u"PROJECT.capsule"_s, Tr::tr("The project file."));
    QStringList files;
    if (auto stop
        = parseArguments(parser, arguments, u"questions export"_s, {u"PROJECT.capsule"_s}, files))
        return *stop;
    if (parser.value(formatOption).toLower() != u"gift")
        return usageError(Tr::tr("questions export needs --format gift"));
    if (!parser.isSet(outputOption))
        return usageError(Tr::tr("questions export needs -o FILE"));

    auto document = Core::Document::load(files.first());
    if (!document) {
        m_err << programName << ": " << document.error().message << Qt::endl;
        return ExitCode::Failure;
    }
    const Core::Course &course = document.value()->course();
    const QString section = parser.value(sectionOption);
    if (!section.isEmpty()
        && std::none_of(course.sections().begin(), course.sections().end(), [&](const auto &s) {
               return s->title == section;
           })) {
        m_err << programName << ": "
              << Tr::tr("%1 has no section titled “%2”")
                     .arg(QDir::toNativeSeparators(files.first()), section)
              << Qt::endl;
        return ExitCode::Failure;
    }
    QStringList skipped;
    const auto items = Import::QuestionImport::itemsFromCourse(course, section, &skipped);
    const Import::GiftWriter::Output output = Import::GiftWriter::write(items);
    for (const QString &warning : skipped + output.warnings)
        m_err << Tr::tr("warning: %1").arg(warning) << '\n';
    m_err.flush();
    if (output.written == 0) {
        m_err << programName << ": " << Tr::tr("no question to export") << Qt::endl;
        return ExitCode::Failure;
    }
    const QString target = parser.value(outputOption);
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(output.text.toUtf8()) < 0
        || !file.commit()) {
        m_err << programName << ": "
              << Tr::tr("cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(target), file.errorString())
              << Qt::endl;
        return ExitCode::Failure;
    }
    m_out << Tr::tr("Exported %n question(s) to %1", nullptr, output.written)
                 .arg(QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath()))
          << Qt::endl;
    return ExitCode::Success;
}

} // namespace App
