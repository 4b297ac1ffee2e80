// SPDX-License-Identifier: MIT
#include "LanguageNames.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace App {

namespace {

QString capitalized(const QString &name)
{
    return name.isEmpty() ? name : name.left(1).toUpper() + name.mid(1);
}

} // namespace

QString LanguageNames::displayName(const QString &code)
{
    const QString trimmed = code.trimmed();
    const QLocale locale(trimmed);
    if (trimmed.isEmpty() || locale.language() == QLocale::C)
        return trimmed;
    const bool hasRegion = trimmed.contains(u'-') || trimmed.contains(u'_');
    if (!hasRegion) {
        // QLocale fills in a default country, and some native names then carry it ("American
        // English", "español de España"): for a bare language, the plain name of the language.
        const QString plain
            = QLocale(locale.language(), QLocale::AnyTerritory).nativeLanguageName();
        if (locale.language() == QLocale::English)
            return u"English"_s;
        if (locale.language() == QLocale::Spanish)
            return u"Español"_s;
        return capitalized(plain);
    }
    const QString language = capitalized(locale.nativeLanguageName());
    const QString territory = locale.nativeTerritoryName();
    // "British English", "français canadien" already name the variant.
    if (territory.isEmpty() || language.contains(u' '))
        return language;
    return u"%1 (%2)"_s.arg(language, territory);
}

} // namespace App
