// SPDX-License-Identifier: MIT
// Runs Catch2 inside a Qt application object: QCoreApplication for core/export tests, a
// QApplication on the offscreen platform for widget tests (CAPSULE_TEST_WIDGETS).
#define CATCH_CONFIG_RUNNER
#include "TestSupport.h"

#ifdef CAPSULE_TEST_WIDGETS
#include "app/preview/PreviewController.h"

#include <QApplication>
#else
#include <QCoreApplication>
#endif

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
#ifdef CAPSULE_TEST_WIDGETS
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1"); // tests run as root in CI
    App::PreviewController::registerUrlScheme();
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    return Catch::Session().run(argc, argv);
}
