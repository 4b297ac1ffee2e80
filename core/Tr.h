// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace Core {

/** Translation context "Core" for code outside QObjects. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

} // namespace Core
