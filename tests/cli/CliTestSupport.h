// SPDX-License-Identifier: MIT
// Shared helper of the capsule-cli end-to-end tests (tests/cli/*Tests.cpp).
#pragma once

#include "TestSupport.h"

#include <QProcess>
#include <QStringList>

namespace CliTest {

/** What one run of capsule-cli gave back. */
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/** Runs the real capsule-cli with arguments, no standard input, and waits for it to end. */
inline CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QStringLiteral(CAPSULE_CLI_PATH), arguments);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace CliTest
