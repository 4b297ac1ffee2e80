// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <utility>

namespace Core::Internal {

/** A fixed table mapping enum values to their stable file-format names. */
template <typename Enum, size_t N>
using EnumNameTable = std::array<std::pair<Enum, QStringView>, N>;

template <typename Enum, size_t N> QString enumName(const EnumNameTable<Enum, N> &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return name.toString();
    }
    return {};
}

template <typename Enum, size_t N>
bool enumValue(const EnumNameTable<Enum, N> &table, const QString &text, Enum &out)
{
    for (const auto &[e, name] : table) {
        if (name == text) {
            out = e;
            return true;
        }
    }
    return false;
}

} // namespace Core::Internal
