// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVariant>
#include <QWidget>

namespace App::Spelling {

/**
 * The two dynamic properties through which a text field (or any of its ancestors, the nearest
 * wins) tells the spell checker about itself; SpellingService reads them when the field shows,
 * gets the focus or has the property set.
 *  - "capsuleLanguage" (QString, BCP 47: "fr", "en-GB"): the language the field is written in.
 *    Without it, the course's source language. Set it on a target-language field.
 *  - "capsuleSpellCheck" (bool): false for fields that hold no prose (URLs, paths, ids, tags,
 *    search boxes).
 */
inline constexpr char languageProperty[] = "capsuleLanguage";
inline constexpr char spellCheckProperty[] = "capsuleSpellCheck";

/** Marks a field (or a container of fields) as written in language. */
inline void setFieldLanguage(QWidget *widget, const QString &language)
{
    widget->setProperty(languageProperty, language);
}

/** Turns spell checking off (or back on) for a field that holds no prose. */
inline void setSpellCheckable(QWidget *widget, bool checkable)
{
    widget->setProperty(spellCheckProperty, checkable);
}

} // namespace App::Spelling
