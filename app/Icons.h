// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QStringList>

namespace App {

/**
 * Capsule's own icon set (the SVG files of resources/icons, 24 px grid, one stroke weight, drawn in
 * the palette's text colour). The editor uses these everywhere instead of the desktop theme, so
 * actions look the same on every desktop and in light and dark palettes.
 */
class Icons final
{
public:
    /** The icon ":/icons/NAME.svg", named "capsule-NAME" (QIcon::name()). Null if unknown. */
    static QIcon icon(const QString &name);
    /** The SVG text of an icon, "currentColor" left in; empty if unknown. */
    static QByteArray svg(const QString &name);
    /** Every icon name in the set. */
    static QStringList names();
    /** The application icon (resources/icons/app), for window icons. */
    static QIcon applicationIcon();
};

} // namespace App
