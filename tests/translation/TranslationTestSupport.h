// SPDX-License-Identifier: MIT
// Shared helpers of the translation/ tests.
#pragma once

#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace TranslationTest {

/** The result of validating a file with xmllint against a vendored XLIFF schema. */
struct Validation
{
    int exitCode = -1;
    QString output;
};

/** Runs xmllint on bytes against tests/data/xliff-schemas/<schema>, offline (catalog.xml). */
inline Validation validateXliff(const QByteArray &bytes, const QString &schema)
{
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    INFO("xmllint is missing: install libxml2-utils (scripts/setup.sh --tests does)");
    REQUIRE_FALSE(xmllint.isEmpty());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.xlf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XML_CATALOG_FILES"),
               testDataPath(QStringLiteral("xliff-schemas/catalog.xml")));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(xmllint,
                  {QStringLiteral("--nonet"),
                   QStringLiteral("--noout"),
                   QStringLiteral("--schema"),
                   testDataPath(QStringLiteral("xliff-schemas/") + schema),
                   path});
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

} // namespace TranslationTest
