// SPDX-License-Identifier: MIT
// capsule: the editor. Wiring only: application, translations, the main window.
#include "MainWindow.h"
#include "core/Document.h"

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

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(QLocale(), u"capsule"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(u"file"_s, QApplication::translate("main", "Project to open."));
    parser.process(app);

    App::MainWindow window;
    const QStringList files = parser.positionalArguments();
    bool opened = !files.isEmpty() && window.openFile(files.first());
    if (!opened) {
        auto document = Core::Document::fromTemplate(u"blank"_s);
        if (document)
            window.setDocument(std::move(document).value());
    }
    window.show();
    return QApplication::exec();
}
