// SPDX-License-Identifier: MIT
// capsule: the editor. Wiring only: application, translations, exporters, the main window.
#include "Icons.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "core/Document.h"
#include "export/BuiltinExporters.h"
#include "export/ExporterRegistry.h"
#include "preview/PreviewController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Chromium (Qt WebEngine, the preview) refuses to run as root with its sandbox, which is
    // how a fresh machine set up by the README runs the editor: lift it in that case only.
#ifdef Q_OS_UNIX
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
#endif
    App::PreviewController::registerUrlScheme();
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Capsule"_s);
    QApplication::setOrganizationName(u"Capsule"_s);
    QApplication::setApplicationDisplayName(u"Capsule"_s);
    // The installed .desktop entry (dist/linux): lets the desktop match windows to it.
    QGuiApplication::setDesktopFileName(u"io.github.capsule.Capsule"_s);
    QApplication::setWindowIcon(App::Icons::applicationIcon());

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
    // French, or English (its plural forms: "1 question", "2 questions") for every other language.
    QTranslator translator;
    if (translator.load(locale, u"capsule"_s, u"_"_s, u":/i18n"_s)
        || translator.load(u":/i18n/capsule_en.qm"_s)) {
        QApplication::installTranslator(&translator);
    }

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
    // Start the preview's web engine once the editor is on screen: the first F5 is then quick.
    QTimer::singleShot(1500, window.preview(), &App::PreviewController::warmUp);
    return QApplication::exec();
}
