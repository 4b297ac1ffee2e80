// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace Import {

/** Translation context "Import" for the readers and writers of question files. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

} // namespace Import
