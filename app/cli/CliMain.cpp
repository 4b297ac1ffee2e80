// SPDX-License-Identifier: MIT
// capsule-cli: create, inspect, check and export .capsule projects without a display.
#include "CliCommands.h"
#include "export/BuiltinExporters.h"
#include "export/ExporterRegistry.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("capsule-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAPSULE_VERSION));
    // The CLI speaks English; this gives it English plurals ("1 question", "2 questions").
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/capsule_en.qm")))
        QCoreApplication::installTranslator(&plurals);

    Export::ExporterRegistry registry;
    Export::registerBuiltinExporters(registry);

    QTextStream out(stdout);
    QTextStream err(stderr);
    App::CliCommands commands(registry, out, err);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return int(commands.run(arguments));
}
