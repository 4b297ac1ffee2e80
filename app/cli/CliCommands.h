// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

#include <initializer_list>
#include <optional>

class QCommandLineParser;

namespace Export {
class ExporterRegistry;
}
namespace Translation {
class TranslationMemory;
}

namespace App {

/** Process exit codes of capsule-cli; scripts rely on them. */
enum class ExitCode { Success = 0, Failure = 1, Usage = 2 };

/**
 * The sub-commands of capsule-cli: new, info, check, export, preview, questions, xliff, tm. Each
 * takes the arguments after the sub-command name, writes results to out and problems to err.
 */
class CliCommands
{
public:
    CliCommands(const Export::ExporterRegistry &registry, QTextStream &out, QTextStream &err);

    /** Dispatches a whole command line (arguments without the program name). */
    ExitCode run(const QStringList &arguments);

private:
    ExitCode runNew(const QStringList &arguments);
    ExitCode runInfo(const QStringList &arguments);
    ExitCode runCheck(const QStringList &arguments);
    ExitCode runExport(const QStringList &arguments);
    /** Defined in CliPreview.cpp: serves the preview on the loopback interface until killed. */
    ExitCode runPreview(const QStringList &arguments);
    /** Defined in CliQuestions.cpp: questions import / questions export (GIFT, Aiken, CSV). */
    ExitCode runQuestions(const QStringList &arguments);
    ExitCode runQuestionsImport(const QStringList &arguments);
    ExitCode runQuestionsExport(const QStringList &arguments);
    /** Defined in CliTranslation.cpp: xliff export / import / pseudo, tm import / export. */
    ExitCode runXliff(const QStringList &arguments);
    ExitCode runXliffExport(const QStringList &arguments);
    ExitCode runXliffImport(const QStringList &arguments);
    ExitCode runXliffPseudo(const QStringList &arguments);
    ExitCode runTm(const QStringList &arguments);
    ExitCode runTmImport(const QStringList &arguments);
    ExitCode runTmExport(const QStringList &arguments);
    ExitCode runTmLookup(const QStringList &arguments);
    /** Loads the memory at path (none there: empty); false after reporting a bad file. */
    bool loadMemory(const QString &path, Translation::TranslationMemory &memory);
    ExitCode listFormats();
    /** Prints message and where to find help: "capsule-cli COMMAND --help" when command is given.
     */
    ExitCode usageError(const QString &message, const QString &command = {});

    struct Subcommand
    {
        QLatin1StringView name;
        ExitCode (CliCommands::*run)(const QStringList &arguments);
    };
    /**
     * The second word of "questions", "xliff" and "tm": runs the sub-command arguments[0]
     * names with the arguments after it. --help prints usage; no sub-command or an unknown one
     * is a usage error saying which exist (expected).
     */
    ExitCode runSubcommand(const QString &command,
                           const QStringList &arguments,
                           std::initializer_list<Subcommand> subcommands,
                           const QString &usage,
                           const QString &expected);
    /**
     * Parses a sub-command's arguments, whose positional arguments are exactly `names` (as the
     * usage line shows them, "FILE.capsule"). Returns the exit code to stop with (a usage error,
     * or success after --help) or nothing to go on, with the positional arguments in `values`.
     */
    std::optional<ExitCode> parseArguments(QCommandLineParser &parser,
                                           const QStringList &arguments,
                                           const QString &command,
                                           const QStringList &names,
                                           QStringList &values);
    /** parseArguments() for the sub-commands that take one project file. */
    std::optional<ExitCode> parseOneFile(QCommandLineParser &parser,
                                         const QStringList &arguments,
                                         const QString &command,
                                         QString &file);
    void printHelp();

    const Export::ExporterRegistry &m_registry;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace App
