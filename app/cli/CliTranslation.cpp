// SPDX-License-Identifier: MIT
// capsule-cli xliff export|import|pseudo and tm import|export|lookup: a course's translations
// through XLIFF 1.2/2.0 (translation/), pseudo-translation, and the per-user translation memory.
#include "CliCommands.h"
#include "app/Tr.h"
#include "core/Document.h"
#include "core/commands/AddLanguage.h"
#include "core/commands/SetTranslations.h"
#include "translation/PseudoTranslation.h"
#include "translation/TranslationMemory.h"
#include "translation/XliffExport.h"
#include "translation/XliffImport.h"
#include "translation/xliff/XliffReader.h"
#include "translation/xliff/XliffWriter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace App {

namespace {

constexpr auto programName = "capsule-cli";

QCommandLineOption memoryOption()
{
    return QCommandLineOption(
        u"memory"_s,
        Tr::tr("The translation memory (TMX) to use (default: the user's, %1).")
            .arg(QDir::toNativeSeparators(Translation::TranslationMemory::userMemoryPath())),
        u"FILE.tmx"_s);
}

QString memoryPath(const QCommandLineParser &parser)
{
    return parser.isSet(u"memory"_s) ? parser.value(u"memory"_s)
                                     : Translation::TranslationMemory::userMemoryPath();
}

} // namespace

ExitCode CliCommands::runXliff(const QStringList &arguments)
{
    return runSubcommand(
        u"xliff"_s,
        arguments,
        {{"export"_L1, &CliCommands::runXliffExport},
         {"import"_L1, &CliCommands::runXliffImport},
         {"pseudo"_L1, &CliCommands::runXliffPseudo}},
        Tr::tr("Usage: %1 xliff export --lang CODE [--xliff 1.2|2.0] -o FILE.xlf "
               "PROJECT.capsule\n"
               "       %1 xliff import [--strict] [--dry-run] FILE.xlf PROJECT.capsule\n"
               "       %1 xliff pseudo --lang CODE [-o COPY.capsule] [--force] "
               "PROJECT.capsule\n"),
        Tr::tr("xliff needs export, import or pseudo"));
}

ExitCode CliCommands::runXliffExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Export one target language of a project as XLIFF for a translator: one unit "
               "per text, with its context, its current translation and state. Untranslated "
               "texts the translation memory knows exactly are pre-filled, marked for review."));
    parser.addHelpOption();
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption langOption(
        u"lang"_s, Tr::tr("The target language (BCP 47)."), u"CODE"_s);
    const QCommandLineOption versionOption(
        u"xliff"_s, Tr::tr("1.2 (default) or 2.0."), u"VERSION"_s, u"1.2"_s);
    const QCommandLineOption outputOption(
        {u"o"_s, u"output"_s}, Tr::tr("The XLIFF file to write."), u"FILE.xlf"_s);
    const QCommandLineOption noMemoryOption(u"no-memory"_s,
                                            Tr::tr("Do not pre-fill from the memory."));
    parser.addOptions({langOption, versionOption, outputOption, memoryOption(), noMemoryOption});
    parser.addPositionalArgument(u"PROJECT.capsule"_s, Tr::tr("The project file."));
    QStringList files;
    if (auto stop
        = parseArguments(parser, arguments, u"xliff export"_s, {u"PROJECT.capsule"_s}, files))
        return *stop;
    if (!parser.isSet(langOption))
        return usageError(Tr::tr("xliff export needs --lang CODE"));
    if (!parser.isSet(outputOption))
        return usageError(Tr::tr("xliff export needs -o FILE.xlf"));
    const QString versionText = parser.value(versionOption);
    if (versionText != u"1.2" && versionText != u"2.0")
        return usageError(Tr::tr("unknown XLIFF version \"%1\" (use 1.2 or 2.0)").arg(versionText));
    const auto version
        = versionText == u"1.2" ? Translation::XliffVersion::V1_2 : Translation::XliffVersion::V2_0;

    auto document = Core::Document::load(files.first());
    if (!document) {
        m_err << programName << ": " << document.error().message << Qt::endl;
        return ExitCode::Failure;
    }
    Translation::TranslationMemory memory;
    const QString memoryFile = memoryPath(parser);
    const bool useMemory = !parser.isSet(noMemoryOption) && QFileInfo::exists(memoryFile);
    if (useMemory) {
        if (auto loaded = memory.loadTmx(memoryFile); !loaded) {
            m_err << programName << ": " << Tr::tr("warning: %1").arg(loaded.error().message)
                  << Qt::endl;
        }
    }
    const auto built = Translation::XliffExport::build(document.value()->course(),
                                                       parser.value(langOption),
                                                       version,
                                                       useMemory ? &memory : nullptr);
    if (!built) {
        m_err << programName << ": " << QDir::toNativeSeparators(files.first()) << ": "
              << built.error().message << Qt::endl;
        return ExitCode::Failure;
    }
    const QString target = parser.value(outputOption);
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(Translation::XliffWriter::write(built->document)) < 0 || !file.commit()) {
        m_err << programName << ": "
              << Tr::tr("cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(target), file.errorString())
              << Qt::endl;
        return ExitCode::Failure;
    }
    m_out << Tr::tr("Exported %n text(s) to %1 (XLIFF %2, %3 → %4)", nullptr, built->units)
                 .arg(QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath()),
                      versionText,
                      built->document.sourceLanguage,
                      built->document.targetLanguage)
          << '\n'
          << Tr::tr("%1 with their current translation, %2 pre-filled from the translation "
                    "memory for review")
                 .arg(built->withTarget)
                 .arg(built->prefilled)
          << Qt::endl;
    return ExitCode::Success;
}

ExitCode CliCommands::runXliffImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Import a translated XLIFF file (1.2 or 2.0) into a project, as one undoable "
               "change saved in one step. Units that cannot be applied (source changed since "
               "the export, unknown id, empty target, broken inline codes, another language) "
               "are refused and listed with their line; the others are applied, or nothing "
               "with --strict. Approved translations go into the translation memory. Exit "
               "status 1 when a unit was refused."));
    parser.addHelpOption();
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption strictOption(u"strict"_s,
                                          Tr::tr("Import nothing if any unit is refused."));
    const QCommandLineOption dryRunOption(u"dry-run"_s,
                                          Tr::tr("Only check the file; change nothing."));
    const QCommandLineOption noMemoryOption(
        u"no-memory"_s, Tr::tr("Do not add approved translations to the memory."));
    parser.addOptions({strictOption, dryRunOption, memoryOption(), noMemoryOption});
    parser.addPositionalArgument(u"FILE.xlf"_s, Tr::tr("The translated XLIFF file."));
    parser.addPositionalArgument(u"PROJECT.capsule"_s, Tr::tr("The project to import into."));
    QStringList files;
    if (auto stop = parseArguments(
            parser, arguments, u"xliff import"_s, {u"FILE.xlf"_s, u"PROJECT.capsule"_s}, files))
        return *stop;
    const QString xliffName = QDir::toNativeSeparators(files[0]);
    const QString &project = files[1];
    const auto read = Translation::XliffReader::readFile(files[0]);
    if (!read) {
        m_err << programName << ": " << read.error().message << Qt::endl;
        return ExitCode::Failure;
    }
    auto document = Core::Document::load(project);
    if (!document) {
        m_err << programName << ": " << document.error().message << Qt::endl;
        return ExitCode::Failure;
    }
    Core::Document &doc = *document.value();
    const auto checked = Translation::XliffImport::check(doc.course(), read.value(), xliffName);
    if (!checked) {
        m_err << programName << ": " << checked.error().message << Qt::endl;
        return ExitCode::Failure;
    }
    const Translation::XliffImportReport &report = checked.value();
    for (const Translation::ImportProblem &problem : report.refused)
        m_err << Tr::tr("refused: %1").arg(report.describe(problem)) << '\n';
    m_err.flush();
    const int refused = int(report.refused.size());
    const QString summary = Tr::tr("%n unit(s): %1 to apply, %2 refused, %3 not translated, "
                                   "%4 unchanged",
                                   nullptr,
                                   report.units)
                                .arg(report.changes.size())
                                .arg(refused)
                                .arg(report.untranslated)
                                .arg(report.unchanged);
    if (parser.isSet(dryRunOption)) {
        m_out << xliffName << ": " << summary << Qt::endl;
        return refused > 0 ? ExitCode::Failure : ExitCode::Success;
    }
    if (refused > 0 && parser.isSet(strictOption)) {
        m_err << programName << ": "
              << Tr::tr("%n unit(s) refused; nothing was imported (--strict).", nullptr, refused)
              << Qt::endl;
        return ExitCode::Failure;
    }
    if (auto command = Translation::XliffImport::makeCommand(doc, report)) {
        doc.push(std::move(command));
        if (auto saved = doc.save(project); !saved) {
            m_err << programName << ": " << saved.error().message << Qt::endl;
            return ExitCode::Failure;
        }
    }
    if (!report.approved.empty() && !parser.isSet(noMemoryOption)) {
        const QString memoryFile = memoryPath(parser);
        Translation::TranslationMemory memory;
        auto loaded
            = QFileInfo::exists(memoryFile) ? memory.loadTmx(memoryFile) : Core::Result<void>();
        int added = 0;
        for (const Translation::MemoryEntry &entry : report.approved)
            added += memory.add(entry) ? 1 : 0;
        auto saved = loaded ? memory.saveTmx(memoryFile) : loaded;
        if (!saved)
            m_err << programName << ": " << Tr::tr("warning: %1").arg(saved.error().message)
                  << Qt::endl;
        else if (added > 0)
            m_out << Tr::tr("Added %n approved translation(s) to the translation memory %1",
                            nullptr,
                            added)
                         .arg(QDir::toNativeSeparators(memoryFile))
                  << '\n';
    }
    m_out << Tr::tr("Imported %n translation(s) into %1 (%2)", nullptr, int(report.changes.size()))
                 .arg(QDir::toNativeSeparators(project), report.language)
          << '\n'
          << xliffName << ": " << summary << Qt::endl;
    return refused > 0 ? ExitCode::Failure : ExitCode::Success;
}

ExitCode CliCommands::runXliffPseudo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Fill a target language with a pseudo-translation (accented letters, 40 % "
               "longer, markup kept) to test layouts before paying a translator. The language "
               "is added if the project lacks it. Writes the project, or a copy with -o."));
    parser.addHelpOption();
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption langOption(
        u"lang"_s, Tr::tr("The target language (BCP 47)."), u"CODE"_s);
    const QCommandLineOption outputOption(
        {u"o"_s, u"output"_s}, Tr::tr("Write the result to this project file."), u"COPY.capsule"_s);
    const QCommandLineOption forceOption(
        u"force"_s, Tr::tr("Replace the language's translations in the project itself."));
    parser.addOptions({langOption, outputOption, forceOption});
    parser.addPositionalArgument(u"PROJECT.capsule"_s, Tr::tr("The project file."));
    QStringList files;
    if (auto stop
        = parseArguments(parser, arguments, u"xliff pseudo"_s, {u"PROJECT.capsule"_s}, files))
        return *stop;
    if (!parser.isSet(langOption))
        return usageError(Tr::tr("xliff pseudo needs --lang CODE"));
    const QString language = parser.value(langOption);
    if (!Core::isValidLanguageTag(language))
        return usageError(Tr::tr("\"%1\" is not a language tag such as en or en-GB").arg(language));
    auto document = Core::Document::load(files.first());
    if (!document) {
        m_err << programName << ": " << document.error().message << Qt::endl;
        return ExitCode::Failure;
    }
    Core::Document &doc = *document.value();
    const Core::Course &course = doc.course();
    if (language == course.metadata().language) {
        m_err << programName << ": "
              << Tr::tr("%1 is the course's source language: pseudo-translate into a target "
                        "language")
                     .arg(language)
              << Qt::endl;
        return ExitCode::Failure;
    }
    const auto existing = course.languages().translations.find(language);
    const bool hasTranslations
        = existing != course.languages().translations.end() && !existing->second.empty();
    if (hasTranslations && !parser.isSet(outputOption) && !parser.isSet(forceOption)) {
        m_err << programName << ": "
              << Tr::tr("%1 already has %n translation(s) into %2: write to a copy with -o "
                        "COPY.capsule, or replace them with --force",
                        nullptr,
                        int(existing->second.size()))
                     .arg(QDir::toNativeSeparators(files.first()), language)
              << Qt::endl;
        return ExitCode::Failure;
    }
    if (!course.languages().targets.contains(language))
        doc.push(std::make_unique<Core::AddLanguage>(doc, language));
    auto changes = Translation::PseudoTranslation::translations(doc.course());
    const int count = int(changes.size());
    doc.push(std::make_unique<Core::SetTranslations>(
        doc, language, std::move(changes), Tr::tr("Pseudo-translate")));
    const QString target = parser.isSet(outputOption) ? parser.value(outputOption) : files.first();
    if (auto saved = doc.save(target); !saved) {
        m_err << programName << ": " << saved.error().message << Qt::endl;
        return ExitCode::Failure;
    }
    m_out << Tr::tr("Pseudo-translated %n text(s) into %1 in %2", nullptr, count)
                 .arg(language, QDir::toNativeSeparators(target))
          << Qt::endl;
    return ExitCode::Success;
}

ExitCode CliCommands::runTm(const QStringList &arguments)
{
    return runSubcommand(u"tm"_s,
                         arguments,
                         {{"import"_L1, &CliCommands::runTmImport},
                          {"export"_L1, &CliCommands::runTmExport},
                          {"lookup"_L1, &CliCommands::runTmLookup}},
                         Tr::tr("Usage: %1 tm import [--memory FILE.tmx] FILE.tmx\n"
                                "       %1 tm export [--memory FILE.tmx] -o FILE.tmx\n"
                                "       %1 tm lookup --from CODE --to CODE [--min SCORE] TEXT\n"),
                         Tr::tr("tm needs import, export or lookup"));
}

ExitCode CliCommands::runTmImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Add the translations of a TMX file to the translation memory."));
    parser.addHelpOption();
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(memoryOption());
    QStringList values;
    if (auto stop = parseArguments(parser, arguments, u"tm import"_s, {u"FILE.tmx"_s}, values))
        return *stop;
    const QString memoryFile = memoryPath(parser);
    Translation::TranslationMemory memory;
    if (!loadMemory(memoryFile, memory))
        return ExitCode::Failure;
    Translation::TranslationMemory incoming;
    if (auto loaded = incoming.loadTmx(values.first()); !loaded) {
        m_err << programName << ": " << loaded.error().message << Qt::endl;
        return ExitCode::Failure;
    }
    int added = 0;
    for (const Translation::MemoryEntry &entry : incoming.entries())
        added += memory.add(entry) ? 1 : 0;
    if (auto saved = memory.saveTmx(memoryFile); !saved) {
        m_err << programName << ": " << saved.error().message << Qt::endl;
        return ExitCode::Failure;
    }
    m_out << Tr::tr("Added %n translation(s) to %1", nullptr, added)
                 .arg(QDir::toNativeSeparators(memoryFile))
          << '\n'
          << Tr::tr("The memory holds %n translation(s).", nullptr, memory.size()) << Qt::endl;
    return ExitCode::Success;
}

ExitCode CliCommands::runTmExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Write the translation memory as a TMX 1.4b file."));
    parser.addHelpOption();
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(memoryOption());
    const QCommandLineOption outputOption(
        {u"o"_s, u"output"_s}, Tr::tr("The TMX file to write."), u"FILE.tmx"_s);
    parser.addOption(outputOption);
    QStringList values;
    if (auto stop = parseArguments(parser, arguments, u"tm export"_s, {}, values))
        return *stop;
    if (!parser.isSet(outputOption))
        return usageError(Tr::tr("tm export needs -o FILE.tmx"));
    Translation::TranslationMemory memory;
    if (!loadMemory(memoryPath(parser), memory))
        return ExitCode::Failure;
    if (auto saved = memory.saveTmx(parser.value(outputOption)); !saved) {
        m_err << programName << ": " << saved.error().message << Qt::endl;
        return ExitCode::Failure;
    }
    m_out << Tr::tr("Exported %n translation(s) to %1", nullptr, memory.size())
                 .arg(QDir::toNativeSeparators(parser.value(outputOption)))
          << Qt::endl;
    return ExitCode::Success;
}

ExitCode CliCommands::runTmLookup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Print the memory's exact and fuzzy matches for a text."));
    parser.addHelpOption();
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(memoryOption());
    const QCommandLineOption fromOption(u"from"_s, Tr::tr("Source language."), u"CODE"_s);
    const QCommandLineOption toOption(u"to"_s, Tr::tr("Target language."), u"CODE"_s);
    const QCommandLineOption minOption(
        u"min"_s, Tr::tr("Lowest score (default 75)."), u"SCORE"_s, u"75"_s);
    parser.addOptions({fromOption, toOption, minOption});
    QStringList values;
    if (auto stop = parseArguments(parser, arguments, u"tm lookup"_s, {u"TEXT"_s}, values))
        return *stop;
    if (!parser.isSet(fromOption) || !parser.isSet(toOption))
        return usageError(Tr::tr("tm lookup needs --from CODE and --to CODE"));
    bool ok = false;
    const int minScore = parser.value(minOption).toInt(&ok);
    if (!ok || minScore < 1 || minScore > 100)
        return usageError(Tr::tr("--min needs a score from 1 to 100"));
    Translation::TranslationMemory memory;
    if (!loadMemory(memoryPath(parser), memory))
        return ExitCode::Failure;
    const auto matches = memory.lookup(
        parser.value(fromOption), parser.value(toOption), values.first(), minScore, 10);
    for (const Translation::MemoryMatch &match : matches)
        m_out << match.score << "%\t" << match.target << '\t' << match.source << '\t'
              << match.origin << '\n';
    m_out.flush();
    return matches.empty() ? ExitCode::Failure : ExitCode::Success;
}

bool CliCommands::loadMemory(const QString &path, Translation::TranslationMemory &memory)
{
    if (!QFileInfo::exists(path))
        return true; // a memory not made yet is empty
    if (auto loaded = memory.loadTmx(path); !loaded) {
        m_err << programName << ": " << loaded.error().message << Qt::endl;
        return false;
    }
    return true;
}

} // namespace App
