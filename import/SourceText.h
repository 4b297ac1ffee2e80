// SPDX-License-Identifier: MIT
#pragma once

#include "ImportedItem.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Import {

/**
 * The text of a question file, checked and split into lines: UTF-8 (a byte-order mark is
 * skipped), LF, CRLF or CR line ends. Rejects, with "file:line:column: …" messages, files over
 * maxBytes, invalid UTF-8, NUL bytes (binary files) and lines over maxLineLength characters.
 * Plain value type; the readers share it so that every format enforces the same limits.
 */
class SourceText
{
public:
    struct Limits
    {
        qint64 maxBytes = 16 * 1024 * 1024;
        qsizetype maxLineLength = 100'000;
    };

    static Core::Result<SourceText>
    decode(const QByteArray &bytes, const QString &fileName, const Limits &limits);

    const QString &fileName() const { return m_fileName; }
    const QStringList &lines() const { return m_lines; }
    /** "file:line:column: message" */
    QString located(SourcePosition position, const QString &message) const;
    static QString
    located(const QString &fileName, SourcePosition position, const QString &message);

private:
    QString m_fileName;
    QStringList m_lines;
};

/** Reads a whole file for a reader, refusing files over maxBytes before reading them. */
Core::Result<QByteArray> readSourceFile(const QString &path, qint64 maxBytes);

} // namespace Import
