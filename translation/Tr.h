// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace Translation {

/** Translation context "Translation" for XLIFF, TMX, the memory and pseudo-translation. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Translation)
};

} // namespace Translation
