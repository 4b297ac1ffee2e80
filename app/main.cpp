// SPDX-License-Identifier: MIT
// capsule: the editor. Wiring only: application, translations, exporters, the main window.
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "core/Document.h"
#include "export/BuiltinExporters.h"
#include "export/ExporterRegistry.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Capsule"_s);
    QApplication::setOrganizationName(u"Capsule"_s);
    QApplication::setApplicationDisplayName(u"Capsule"_s);

    // "language" from the Preferences: empty follows the system, "en" or "fr" forces one.
    const QString language = App::PreferencesDialog::language();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(
            locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(locale, u"capsule"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(u"file"_s, QApplication::translate("main", "Project to open."));
    parser.process(app);

    Export::ExporterRegistry exporters;
    Export::registerBuiltinExporters(exporters);

    App::MainWindow window(exporters);
    window.show();
    bool opened = window.offerRecovery();
    const QStringList files = parser.positionalArguments();
    if (!opened && !files.isEmpty())
        opened = window.openFile(files.first());
    if (!opened) {
        auto document = Core::Document::fromTemplate(u"blank"_s);
        if (document)
            window.setDocument(std::move(document).value());
    }
    return QApplication::exec();
}
