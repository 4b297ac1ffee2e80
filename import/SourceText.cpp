// SPDX-License-Identifier: MIT
#include "SourceText.h"

#include "Tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Import {

namespace {

/** Offset of the first byte that does not belong to a valid UTF-8 sequence, or -1. */
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned minimum = 0;
        unsigned codePoint = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
            codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
            codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
            codePoint = c & 0x07;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (p[i + k] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF
            || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

/** Line and column of a byte offset (in characters of the valid text before it). */
SourcePosition positionOfByte(const QByteArray &bytes, qsizetype offset)
{
    const QByteArray before = bytes.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    SourcePosition position;
    position.line = int(before.count('\n')) + 1;
    position.column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return position;
}

QString displaySize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

QString SourceText::located(SourcePosition position, const QString &message) const
{
    return located(m_fileName, position, message);
}

QString
SourceText::located(const QString &fileName, SourcePosition position, const QString &message)
{
    if (position.line <= 0)
        return u"%1: %2"_s.arg(fileName, message);
    return u"%1:%2:%3: %4"_s.arg(fileName).arg(position.line).arg(position.column).arg(message);
}

Core::Result<SourceText>
SourceText::decode(const QByteArray &input, const QString &fileName, const Limits &limits)
{
    if (input.size() > limits.maxBytes) {
        return Core::makeError(
            Core::ErrorCode::InvalidContent,
            Tr::tr("%1: the file is %2; question files are limited to %3.")
                .arg(fileName, displaySize(input.size()), displaySize(limits.maxBytes)));
    }
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        return Core::makeError(
            Core::ErrorCode::InvalidContent,
            located(fileName,
                    positionOfByte(bytes, nul),
                    Tr::tr("unexpected NUL byte: this is not a text file (expected UTF-8 text)")));
    }
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        return Core::makeError(
            Core::ErrorCode::InvalidContent,
            located(fileName,
                    positionOfByte(bytes, bad),
                    Tr::tr("invalid UTF-8 byte 0x%1 (expected UTF-8 text; save the file as "
                           "UTF-8)")
                        .arg(QString::number(uint(static_cast<unsigned char>(bytes.at(bad))), 16)
                                 .rightJustified(2, u'0')
                                 .toUpper())));
    }

    SourceText text;
    text.m_fileName = fileName;
    const QString all = QString::fromUtf8(bytes);
    qsizetype start = 0;
    const qsizetype size = all.size();
    while (start <= size) {
        qsizetype end = start;
        while (end < size && all[end] != u'\n' && all[end] != u'\r')
            ++end;
        if (end - start > limits.maxLineLength) {
            return Core::makeError(
                Core::ErrorCode::InvalidContent,
                located(fileName,
                        SourcePosition{int(text.m_lines.size()) + 1, int(limits.maxLineLength) + 1},
                        Tr::tr("line too long (expected at most %1 characters per line)")
                            .arg(limits.maxLineLength)));
        }
        text.m_lines.append(all.mid(start, end - start));
        if (end >= size)
            break;
        start = end + ((all[end] == u'\r' && end + 1 < size && all[end + 1] == u'\n') ? 2 : 1);
        if (start == size)
            break; // a final line end does not start another line
    }
    return text;
}

Core::Result<QByteArray> readSourceFile(const QString &path, qint64 maxBytes)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Core::makeError(Core::ErrorCode::Io,
                               Tr::tr("%1: cannot open the file: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.size() > maxBytes) {
        return Core::makeError(Core::ErrorCode::InvalidContent,
                               Tr::tr("%1: the file is %2; question files are limited to %3.")
                                   .arg(name, displaySize(file.size()), displaySize(maxBytes)));
    }
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) { // a special file that reported no size
        return Core::makeError(Core::ErrorCode::InvalidContent,
                               Tr::tr("%1: the file is %2; question files are limited to %3.")
                                   .arg(name, displaySize(bytes.size()), displaySize(maxBytes)));
    }
    return bytes;
}

} // namespace Import
