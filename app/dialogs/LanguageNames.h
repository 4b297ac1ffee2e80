// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace App {

/**
 * People-facing names of BCP 47 language codes, in their own language as QLocale knows them
 * ("Français", "Français (Canada)", "British English"), for the lists where an author picks a
 * language. Codes stay the data; these are only what is shown.
 */
class LanguageNames
{
public:
    /** The name of code in its own language; the code itself when QLocale does not know it. */
    static QString displayName(const QString &code);
};

} // namespace App
