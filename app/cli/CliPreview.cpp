// SPDX-License-Identifier: MIT
// capsule-cli preview: the editor's preview (player, live content, LMS simulator) served to a
// browser from the loopback interface, following the project file as it is saved.
#include "CliCommands.h"
#include "app/Tr.h"
#include "core/Document.h"
#include "preview/PreviewServer.h"
#include "preview/PreviewSite.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QProcess>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace App {

ExitCode CliCommands::runPreview(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Preview a project in a browser, beside a strict LMS simulator. The preview "
               "follows the file: save it and the page refreshes. Stop with Ctrl+C."));
    parser.addHelpOption();
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption portOption(
        u"port"_s, Tr::tr("Port on 127.0.0.1 (default: any free port)."), u"N"_s, u"0"_s);
    const QCommandLineOption versionOption(
        u"scorm"_s,
        Tr::tr("SCORM version the simulator starts with: 1.2 or 2004."),
        u"version"_s,
        u"2004"_s);
    const QCommandLineOption openOption(u"open"_s, Tr::tr("Open the preview in the browser."));
    parser.addOption(portOption);
    parser.addOption(versionOption);
    parser.addOption(openOption);
    parser.addPositionalArgument(u"FILE.capsule"_s, Tr::tr("The project file."));
    QString file;
    if (const auto stop = parseOneFile(parser, arguments, u"preview"_s, file))
        return *stop;

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return usageError(Tr::tr("--port needs a number from 0 to 65535"));
    Preview::PreviewOptions options;
    options.scormVersion = parser.value(versionOption);
    if (options.scormVersion != u"1.2" && options.scormVersion != u"2004")
        return usageError(Tr::tr("--scorm must be 1.2 or 2004"));

    auto document = Core::Document::load(file);
    if (!document) {
        m_err << "capsule-cli: " << document.error().message << Qt::endl;
        return ExitCode::Failure;
    }
    Preview::PreviewSite site;
    site.setCourse(document.value()->course());
    Preview::PreviewServer server(&site);
    if (auto listening = server.listen(quint16(port)); !listening) {
        m_err << "capsule-cli: " << listening.error().message << Qt::endl;
        return ExitCode::Failure;
    }

    // Saving replaces the file (atomic rename), so watch it again after every change, and
    // wait a moment for the writer to finish. A file that no longer loads keeps the last
    // good preview and says why.
    QFileSystemWatcher watcher({QFileInfo(file).absoluteFilePath()});
    QTimer reload;
    reload.setSingleShot(true);
    reload.setInterval(150);
    QObject::connect(&watcher, &QFileSystemWatcher::fileChanged, &reload, [&] { reload.start(); });
    QObject::connect(&reload, &QTimer::timeout, &site, [&] {
        const QString path = QFileInfo(file).absoluteFilePath();
        if (!watcher.files().contains(path) && QFileInfo::exists(path))
            watcher.addPath(path);
        auto loaded = Core::Document::load(file);
        if (!loaded) {
            m_err << Tr::tr("warning: the preview keeps the last version: %1")
                         .arg(loaded.error().message)
                  << Qt::endl;
            return;
        }
        document = std::move(loaded);
        site.setCourse(document.value()->course());
        m_out << Tr::tr("Reloaded %1").arg(QDir::toNativeSeparators(file)) << Qt::endl;
    });

    const QUrl url = Preview::PreviewSite::shellUrl(server.rootUrl(), options);
    m_out << Tr::tr("Previewing %1 at %2\nPress Ctrl+C to stop.")
                 .arg(QDir::toNativeSeparators(file), url.toString())
          << Qt::endl;
    if (parser.isSet(openOption) && !QProcess::startDetached(u"xdg-open"_s, {url.toString()}))
        m_err << Tr::tr("warning: cannot start a browser; open the address above.") << Qt::endl;
    return QCoreApplication::exec() == 0 ? ExitCode::Success : ExitCode::Failure;
}

} // namespace App
