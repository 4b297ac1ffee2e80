// SPDX-License-Identifier: MIT
// capsule-cli: create, inspect, check and export .capsule projects without a display.
#include "CliCommands.h"
#include "export/BuiltinExporters.h"
#include "export/ExporterRegistry.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("capsule-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAPSULE_VERSION));

    Export::ExporterRegistry registry;
    Export::registerBuiltinExporters(registry);

    QTextStream out(stdout);
    QTextStream err(stderr);
    App::CliCommands commands(registry, out, err);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return int(commands.run(arguments));
}
