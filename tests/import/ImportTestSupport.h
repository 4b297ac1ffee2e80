// SPDX-License-Identifier: MIT
#pragma once

#include "TestSupport.h"
#include "core/Result.h"
#include "import/ImportedItem.h"

#include <QFile>

inline QByteArray readTestFile(const QString &relative)
{
    QFile file(testDataPath(relative));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/** The items of a successful read. */
inline Import::ImportResult requireRead(const Core::Result<Import::ImportResult> &result)
{
    if (!result)
        FAIL(result.error().message.toStdString());
    return result.value();
}

/** The only item of a successful read of one question. */
inline Import::ImportedItem onlyItem(const Core::Result<Import::ImportResult> &result)
{
    const Import::ImportResult read = requireRead(result);
    REQUIRE(read.items.size() == 1);
    return read.items.front();
}

/** The error of one malformed question. */
inline QString itemError(const Core::Result<Import::ImportResult> &result)
{
    const Import::ImportedItem item = onlyItem(result);
    return item.error;
}
