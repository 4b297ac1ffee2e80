// SPDX-License-Identifier: MIT
// capsule-cli questions: GIFT, Aiken and CSV question files into a project's question banks or
// sections (one atomic save), and a project's bank or section questions out as GIFT.
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
    return runSubcommand(
        u"questions"_s,
        arguments,
        {{"import"_L1, &CliCommands::runQuestionsImport},
         {"export"_L1, &CliCommands::runQuestionsExport}},
        Tr::tr("Usage: %1 questions import [--format gift|aiken|csv] [--bank NAME | "
               "--section TITLE] [--dry-run] FILE PROJECT.capsule\n"
               "       %1 questions export --format gift [--bank NAME | --section "
               "TITLE] -o FILE PROJECT.capsule\n"),
        Tr::tr("questions needs import or export"));
}

ExitCode CliCommands::runQuestionsImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Import the questions of a GIFT, Aiken or CSV file into a project's question "
               "banks: one bank per category (questions without one go to a bank named after "
               "the file), or the --bank given, or as slides of the --section given; saved in "
               "one step. Nothing is written when a question has an error."));
    parser.addHelpOption();
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption formatOption(
        u"format"_s, Tr::tr("gift, aiken or csv (default: from the file's extension)."), u"id"_s);
    const QCommandLineOption sectionOption(
        u"section"_s,
        Tr::tr("Put every question into this section (created if missing)."),
        u"TITLE"_s);
    const QCommandLineOption bankOption(
        u"bank"_s,
        Tr::tr("Put every question into this question bank (created if missing)."),
        u"NAME"_s);
    const QCommandLineOption dryRunOption(u"dry-run"_s,
                                          Tr::tr("Only list what would be imported."));
    parser.addOptions({formatOption, bankOption, sectionOption, dryRunOption});
    parser.addPositionalArgument(u"FILE"_s, Tr::tr("The question file."));
    parser.addPositionalArgument(u"PROJECT.capsule"_s, Tr::tr("The project to import into."));
    QStringList files;
    if (auto stop = parseArguments(
            parser, arguments, u"questions import"_s, {u"FILE"_s, u"PROJECT.capsule"_s}, files))
        return *stop;
    const QString &questionFile = files[0];
    const QString &project = files[1];
    if (parser.isSet(bankOption) && parser.isSet(sectionOption))
        return usageError(Tr::tr("give --bank or --section, not both"));
    Import::ImportDestination destination;
    destination.defaultName = QFileInfo(questionFile).completeBaseName();
    if (parser.isSet(bankOption)) {
        destination.kind = Import::ImportDestination::Kind::Bank;
        destination.name = parser.value(bankOption);
    } else if (parser.isSet(sectionOption)) {
        destination.kind = Import::ImportDestination::Kind::Section;
        destination.name = parser.value(sectionOption);
    }
    if (destination.kind != Import::ImportDestination::Kind::BanksPerCategory
        && destination.name.trimmed().isEmpty())
        return usageError(Tr::tr("--bank and --section need a non-empty name"));

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
            const QString category = !destination.name.isEmpty() ? destination.name
                                     : item.category.isEmpty()   ? destination.defaultName
                                                                 : item.category;
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
    QStringList skipped;
    auto command = Import::QuestionImport::makeCommand(&doc, result.items, destination, &skipped);
    for (const QString &line : std::as_const(skipped))
        m_err << Tr::tr("warning: %1").arg(line) << '\n';
    m_err.flush();
    if (!command) {
        m_err << programName << ": "
              << Tr::tr("%1 holds nothing that can go into a question bank.")
                     .arg(QDir::toNativeSeparators(questionFile))
              << Qt::endl;
        return ExitCode::Failure;
    }
    doc.push(std::move(command));
    if (auto saved = doc.save(project); !saved) {
        m_err << programName << ": " << saved.error().message << Qt::endl;
        return ExitCode::Failure;
    }
    m_out << Tr::tr("Imported %n question(s) into %1",
                    nullptr,
                    result.importableCount() - int(skipped.size()))
                 .arg(QDir::toNativeSeparators(project))
          << Qt::endl;
    return ExitCode::Success;
}

ExitCode CliCommands::runQuestionsExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Export the questions of a project's question banks (or of one --bank, or of "
               "the question slides of one --section) as GIFT. Default: every bank; a project "
               "without banks: every section."));
    parser.addHelpOption();
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption formatOption(u"format"_s, Tr::tr("gift (the only one)."), u"id"_s);
    const QCommandLineOption bankOption(
        u"bank"_s, Tr::tr("Only this question bank (default: every bank)."), u"NAME"_s);
    const QCommandLineOption sectionOption(
        u"section"_s, Tr::tr("The question slides of this section instead."), u"TITLE"_s);
    const QCommandLineOption outputOption(
        {u"o"_s, u"output"_s}, Tr::tr("The GIFT file to write."), u"FILE"_s);
    parser.addOptions({formatOption, bankOption, sectionOption, outputOption});
    parser.addPositionalArgument(u"PROJECT.capsule"_s, Tr::tr("The project file."));
    QStringList files;
    if (auto stop
        = parseArguments(parser, arguments, u"questions export"_s, {u"PROJECT.capsule"_s}, files))
        return *stop;
    if (parser.value(formatOption).toLower() != u"gift")
        return usageError(Tr::tr("questions export needs --format gift"));
    if (!parser.isSet(outputOption))
        return usageError(Tr::tr("questions export needs -o FILE"));
    if (parser.isSet(bankOption) && parser.isSet(sectionOption))
        return usageError(Tr::tr("give --bank or --section, not both"));

    auto document = Core::Document::load(files.first());
    if (!document) {
        m_err << programName << ": " << document.error().message << Qt::endl;
        return ExitCode::Failure;
    }
    const Core::Course &course = document.value()->course();
    const QString bank = parser.value(bankOption);
    if (parser.isSet(bankOption)
        && std::none_of(course.banks().begin(), course.banks().end(), [&](const auto &b) {
               return b->name == bank;
           })) {
        m_err << programName << ": "
              << Tr::tr("%1 has no question bank named “%2”")
                     .arg(QDir::toNativeSeparators(files.first()), bank)
              << Qt::endl;
        return ExitCode::Failure;
    }
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
    // Banks by default; sections when asked, or when the project has no bank at all.
    const bool fromSections = parser.isSet(sectionOption) || course.banks().empty();
    const auto items = fromSections
                           ? Import::QuestionImport::itemsFromCourse(course, section, &skipped)
                           : Import::QuestionImport::itemsFromBank(course, bank, &skipped);
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
