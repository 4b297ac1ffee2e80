// SPDX-License-Identifier: MIT
// Shared fixtures of the tests that open the editor's main window (tests/app/*Tests.cpp).
#pragma once

#include "TestSupport.h"
#include "app/MainWindow.h"
#include "core/Document.h"
#include "export/BuiltinExporters.h"
#include "export/ExporterRegistry.h"

#include <QTemporaryDir>

#include <memory>

namespace WindowTest {

/** What a MainWindow needs in a test: the exporters, its settings, recovery files and spelling
 *  word lists kept in a temporary folder, and the test dictionaries. */
struct WindowFixture
{
    WindowFixture()
    {
        Export::registerBuiltinExporters(registry);
        options.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
        options.recoveryDirectory = dir.filePath(QStringLiteral("recovery"));
        // The tests' own tiny dictionaries (tests/data/spelling), never the machine's.
        options.dictionaryDirectories = {testDataPath(QStringLiteral("spelling"))};
        options.userDictionaryDirectory = dir.filePath(QStringLiteral("spelling"));
    }
    QTemporaryDir dir;
    Export::ExporterRegistry registry;
    App::MainWindow::Options options;
};

/** The editor on the sample course. */
struct SampleWindow : WindowFixture
{
    SampleWindow()
    {
        window = std::make_unique<App::MainWindow>(registry, options);
        auto document = Core::Document::fromTemplate(QStringLiteral("sample"));
        REQUIRE(document);
        window->setDocument(std::move(document).value());
    }
    std::unique_ptr<App::MainWindow> window;
};

} // namespace WindowTest
