// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace Export {

/** Translation context "Export" for code outside QObjects. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

} // namespace Export
