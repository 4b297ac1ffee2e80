// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace App {

/** Translation context "App" for code outside QObjects. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(App)
};

} // namespace App
