// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return "{" + value.join(QStringLiteral(", ")).toStdString() + "}";
    }
};
template <> struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value)
    {
        return '"' + value.left(200).toStdString() + (value.size() > 200 ? "…\"" : "\"");
    }
};
} // namespace Catch

/** Absolute path of a file under tests/data. */
inline QString testDataPath(const QString &relative)
{
    return QStringLiteral(TEST_DATA_DIR "/") + relative;
}
