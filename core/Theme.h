// SPDX-License-Identifier: MIT
#pragma once

#include "Ids.h"

#include <QColor>
#include <QList>
#include <QString>

#include <utility>

namespace Core {

/** How much air the player leaves around and between blocks. */
enum class ThemeDensity { Compact, Comfortable, Spacious };

/**
 * The player's top bar: filled with the primary colour; plain (the page's surface colour with a
 * primary rule underneath); or plain with the course title centred.
 */
enum class ThemeHeader { Bar, Plain, Centered };

/** A slide as a centred card on a tinted background, or content across the whole page. */
enum class ThemePage { Card, FullBleed };

/**
 * A typeface family as a system font STACK: the player ships no font files (its size budget),
 * each value names a list of fonts common on Windows, macOS, Linux, Android and iOS, ending in
 * a generic family. cssFontStack() gives the list.
 */
enum class ThemeFont { System, Humanist, Geometric, Serif, Slab, Rounded, Mono };

/**
 * The look of a course in the player: colours, typography, shape and layout. A value type,
 * part of CourseSettings. The five colours are the author's; every other colour the player
 * uses is derived from them by themePalette(), which keeps derived text readable.
 */
struct Theme
{
    /// "corporate", "editorial", "playful", "dark", "minimal", "high-contrast"; empty = custom.
    /// A label only: what the player shows comes from the fields below.
    QString builtinId = QStringLiteral("corporate");
    QColor primary = QColor(0x1f, 0x4e, 0x79);    ///< top bar, main buttons, current item
    QColor accent = QColor(0xe0, 0x7a, 0x1f);     ///< progress, markers, focus ring, quotes
    QColor background = QColor(0xee, 0xf1, 0xf5); ///< around the cards (card pages), navigation
    QColor surface = QColor(0xff, 0xff, 0xff);    ///< cards, outline, dialogs
    QColor text = QColor(0x10, 0x18, 0x28);       ///< body text
    ThemeFont headingFont = ThemeFont::System;
    ThemeFont bodyFont = ThemeFont::System;
    int cornerRadius = 12; ///< px, 0..24
    ThemeDensity density = ThemeDensity::Comfortable;
    ThemeHeader header = ThemeHeader::Bar;
    ThemePage page = ThemePage::Card;
    bool coverPage
        = false;        ///< a first page with the course title (and description) over coverImage
    AssetId coverImage; ///< null: the cover uses the primary colour
    bool sectionPages = false; ///< a title page before each section's first slide
    QString fontFamily; ///< a font installed on the learner's machine, before bodyFont; empty: none
    AssetId logo;       ///< null: no logo

    friend bool operator==(const Theme &, const Theme &) = default;
};

constexpr int minCornerRadius = 0;
constexpr int maxCornerRadius = 24;

/**
 * The six built-in themes, clearly different from one another: corporate (Theme{}, the look of
 * courses made before themes), editorial, playful, dark, minimal, high-contrast. Each has no
 * contrast problem (a test checks it).
 */
QList<Theme> builtinThemes();
/** The built-in theme with that id, or std::nullopt-like: a default Theme when unknown. */
Theme builtinTheme(const QString &builtinId, bool *found = nullptr);
/** Translated name for a gallery ("Corporate", ...); "Custom" for an empty or unknown id. */
QString themeDisplayName(const QString &builtinId);
/**
 * builtin with the course's own identity kept from current: logo, cover image and the
 * installed font. What a gallery applies when the author picks a built-in theme.
 */
Theme withIdentity(Theme builtin, const Theme &current);

/** The CSS font-family list of a stack, e.g. "Charter, \"Bitstream Charter\", ..., serif". */
QString cssFontStack(ThemeFont font);
/** theme's body font for CSS: fontFamily (quoted, sanitised) first when set, then bodyFont. */
QString cssBodyFont(const Theme &theme);
/** Translated name of a stack for a combo box ("Serif", "Rounded", ...). */
QString fontDisplayName(ThemeFont font);

/**
 * Every colour the player uses, derived from a Theme. Derived colours that carry text are
 * adjusted until they reach 4.5:1 on the backgrounds they sit on (7:1 when the theme's own text
 * reaches 19.5:1 on its surface: a high-contrast theme stays high-contrast); inks on filled
 * colours are picked for the best contrast. Only the author's own pairs (text on background,
 * text on surface) can fail; contrastProblems() lists them.
 */
struct ThemePalette
{
    bool dark = false; ///< surface darker than mid-grey: color-scheme dark
    QColor primary, primaryInk, primaryStrong, primarySoft, primaryLine, primaryText;
    QColor accent, accentInk;
    QColor bg, surface, surface2, line, lineStrong;
    QColor ink, ink2, muted;
    QColor ok, okBg, okLine, bad, badBg, badLine, warn, warnBg, warnLine;
    QColor headBg, headInk, headLine; ///< the top bar's fill, text, and rules on it

    /** (CSS custom property name without "--", colour): what the player assigns. */
    QList<std::pair<QString, QColor>> cssVariables() const;
};

ThemePalette themePalette(const Theme &theme);

/** WCAG 2.x relative luminance (0..1) and contrast ratio (1..21) of two opaque colours. */
double relativeLuminance(const QColor &colour);
double contrastRatio(const QColor &a, const QColor &b);

/** One text/background pair of the player below the WCAG 2.1 AA minimum. */
struct ContrastProblem
{
    QString pair; ///< translated: "Text on the accent colour"
    QColor foreground, background;
    double ratio = 0;    ///< measured
    double required = 0; ///< 4.5
    /** Translated, with French number formatting: "Text on ...: contrast 3.2:1, 4.5:1 needed". */
    QString message() const;
};

/**
 * Every text/background pair the player produces with theme's palette that is under 4.5:1:
 * text, secondary and muted text on page, card and subtle fills; inks on primary, its hover
 * and accent; primary-coloured text and links; feedback texts on their fills; header text.
 * Empty for every built-in theme.
 */
QList<ContrastProblem> contrastProblems(const Theme &theme);

/** File-format and player ids ("compact", "bar", "full-bleed", "serif", ...). */
QString toString(ThemeDensity value);
QString toString(ThemeHeader value);
QString toString(ThemePage value);
QString toString(ThemeFont value);
bool fromString(const QString &text, ThemeDensity &out);
bool fromString(const QString &text, ThemeHeader &out);
bool fromString(const QString &text, ThemePage &out);
bool fromString(const QString &text, ThemeFont &out);

} // namespace Core
