// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace Preview {

/** Translation context "Preview" for code outside QObjects. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Preview)
};

} // namespace Preview
