// SPDX-License-Identifier: MIT
#include "Theme.h"

#include "EnumNames.h"
#include "Tr.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace Core {

using namespace Internal;

namespace {

constexpr EnumNameTable<ThemeDensity, 3> densityNames{{
    {ThemeDensity::Compact, u"compact"},
    {ThemeDensity::Comfortable, u"comfortable"},
    {ThemeDensity::Spacious, u"spacious"},
}};

constexpr EnumNameTable<ThemeHeader, 3> headerNames{{
    {ThemeHeader::Bar, u"bar"},
    {ThemeHeader::Plain, u"plain"},
    {ThemeHeader::Centered, u"centered"},
}};

constexpr EnumNameTable<ThemePage, 2> pageNames{{
    {ThemePage::Card, u"card"},
    {ThemePage::FullBleed, u"full-bleed"},
}};

constexpr EnumNameTable<ThemeFont, 7> fontNames{{
    {ThemeFont::System, u"system"},
    {ThemeFont::Humanist, u"humanist"},
    {ThemeFont::Geometric, u"geometric"},
    {ThemeFont::Serif, u"serif"},
    {ThemeFont::Slab, u"slab"},
    {ThemeFont::Rounded, u"rounded"},
    {ThemeFont::Mono, u"mono"},
}};

QColor rgb(unsigned value)
{
    return QColor(int((value >> 16) & 0xff), int((value >> 8) & 0xff), int(value & 0xff));
}

/** c moved towards d by w (0..1), in sRGB like the player did. */
QColor mix(const QColor &c, const QColor &d, double w)
{
    const auto channel = [w](int a, int b) { return int(std::lround(a * (1 - w) + b * w)); };
    return QColor(
        channel(c.red(), d.red()), channel(c.green(), d.green()), channel(c.blue(), d.blue()));
}

double minContrast(const QColor &fg, std::initializer_list<QColor> backgrounds)
{
    double lowest = 21;
    for (const QColor &bg : backgrounds)
        lowest = std::min(lowest, contrastRatio(fg, bg));
    return lowest;
}

/**
 * fg, or fg moved step by step away from the backgrounds' lightness (towards black on light
 * backgrounds, white on dark ones) until it reaches target on all of them. The first background
 * decides the direction.
 */
QColor readableOn(QColor fg, std::initializer_list<QColor> backgrounds, double target)
{
    const QColor towards
        = relativeLuminance(*backgrounds.begin()) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    for (int i = 0; i < 40 && minContrast(fg, backgrounds) < target; ++i)
        fg = mix(fg, towards, 0.1);
    return fg;
}

/** The ink for text on a filled colour: preferred if it reads, else white or dark, the better. */
QColor inkOn(const QColor &fill, const QColor &preferred, const QColor &dark, double target)
{
    if (contrastRatio(preferred, fill) >= target)
        return preferred;
    const QColor white(Qt::white);
    if (contrastRatio(white, fill) >= target)
        return white;
    if (contrastRatio(dark, fill) >= target)
        return dark;
    return contrastRatio(white, fill) >= contrastRatio(Qt::black, fill) ? white : QColor(Qt::black);
}

struct Feedback
{
    QColor text, fill, line;
};

/**
 * A feedback colour set (success, error, warning): today's light values on light themes, a
 * dark tint of the vivid hue on dark ones; the text made readable on its fill and the surface.
 */
Feedback feedback(unsigned lightText,
                  unsigned lightFill,
                  unsigned lightLine,
                  unsigned vivid,
                  unsigned brightText,
                  const QColor &surface,
                  bool dark,
                  double target)
{
    Feedback f;
    if (dark) {
        f.fill = mix(rgb(vivid), surface, 0.84);
        f.line = mix(rgb(vivid), surface, 0.5);
        f.text = rgb(brightText);
    } else {
        f.fill = rgb(lightFill);
        f.line = rgb(lightLine);
        f.text = rgb(lightText);
    }
    f.text = readableOn(f.text, {f.fill, surface}, target);
    return f;
}

} // namespace

QList<Theme> builtinThemes()
{
    QList<Theme> themes;
    themes.append(Theme{}); // corporate

    Theme editorial;
    editorial.builtinId = u"editorial"_s;
    editorial.primary = rgb(0x7a1f2b);
    editorial.accent = rgb(0xb45309);
    editorial.background = rgb(0xf3eee6);
    editorial.surface = rgb(0xfffdf9);
    editorial.text = rgb(0x1c1917);
    editorial.headingFont = ThemeFont::Serif;
    editorial.bodyFont = ThemeFont::Serif;
    editorial.cornerRadius = 2;
    editorial.density = ThemeDensity::Spacious;
    editorial.header = ThemeHeader::Plain;
    editorial.page = ThemePage::FullBleed;
    themes.append(editorial);

    Theme playful;
    playful.builtinId = u"playful"_s;
    playful.primary = rgb(0x6d28d9);
    playful.accent = rgb(0xf59e0b);
    playful.background = rgb(0xf5edff);
    playful.surface = rgb(0xffffff);
    playful.text = rgb(0x1e1b4b);
    playful.headingFont = ThemeFont::Rounded;
    playful.bodyFont = ThemeFont::Rounded;
    playful.cornerRadius = 24;
    playful.density = ThemeDensity::Comfortable;
    playful.header = ThemeHeader::Bar;
    playful.page = ThemePage::Card;
    themes.append(playful);

    Theme dark;
    dark.builtinId = u"dark"_s;
    dark.primary = rgb(0x7aa2f7);
    dark.accent = rgb(0xf5b942);
    dark.background = rgb(0x0d1117);
    dark.surface = rgb(0x171c24);
    dark.text = rgb(0xe6edf3);
    dark.cornerRadius = 10;
    dark.header = ThemeHeader::Plain;
    dark.page = ThemePage::Card;
    themes.append(dark);

    Theme minimal;
    minimal.builtinId = u"minimal"_s;
    minimal.primary = rgb(0x18181b);
    minimal.accent = rgb(0x2563eb);
    minimal.background = rgb(0xffffff);
    minimal.surface = rgb(0xffffff);
    minimal.text = rgb(0x18181b);
    minimal.headingFont = ThemeFont::Geometric;
    minimal.bodyFont = ThemeFont::System;
    minimal.cornerRadius = 0;
    minimal.density = ThemeDensity::Compact;
    minimal.header = ThemeHeader::Centered;
    minimal.page = ThemePage::FullBleed;
    themes.append(minimal);

    Theme highContrast;
    highContrast.builtinId = u"high-contrast"_s;
    highContrast.primary = rgb(0x0b0b8f);
    highContrast.accent = rgb(0x000000);
    highContrast.background = rgb(0xf0f0f0);
    highContrast.surface = rgb(0xffffff);
    highContrast.text = rgb(0x000000);
    highContrast.cornerRadius = 4;
    highContrast.density = ThemeDensity::Spacious;
    highContrast.header = ThemeHeader::Bar;
    highContrast.page = ThemePage::Card;
    themes.append(highContrast);
    return themes;
}

Theme builtinTheme(const QString &builtinId, bool *found)
{
    const QList<Theme> themes = builtinThemes();
    for (const Theme &theme : themes) {
        if (theme.builtinId == builtinId) {
            if (found)
                *found = true;
            return theme;
        }
    }
    if (found)
        *found = false;
    return Theme{};
}

QString themeDisplayName(const QString &builtinId)
{
    if (builtinId == u"corporate")
        return Tr::tr("Corporate");
    if (builtinId == u"editorial")
        return Tr::tr("Editorial");
    if (builtinId == u"playful")
        return Tr::tr("Playful");
    if (builtinId == u"dark")
        return Tr::tr("Dark");
    if (builtinId == u"minimal")
        return Tr::tr("Minimal");
    if (builtinId == u"high-contrast")
        return Tr::tr("High contrast");
    return Tr::tr("Custom");
}

Theme withIdentity(Theme builtin, const Theme &current)
{
    builtin.logo = current.logo;
    builtin.coverImage = current.coverImage;
    builtin.fontFamily = current.fontFamily;
    return builtin;
}

QString cssFontStack(ThemeFont font)
{
    switch (font) {
    case ThemeFont::System:
        break;
    case ThemeFont::Humanist:
        return uR"(Seravek, "Gill Sans Nova", Ubuntu, Calibri, "DejaVu Sans", source-sans-pro, sans-serif)"_s;
    case ThemeFont::Geometric:
        return uR"(Avenir, "Avenir Next", Montserrat, Corbel, "URW Gothic", source-sans-pro, sans-serif)"_s;
    case ThemeFont::Serif:
        return uR"("Iowan Old Style", "Palatino Linotype", "URW Palladio L", P052, Georgia, serif)"_s;
    case ThemeFont::Slab:
        return uR"(Rockwell, "Rockwell Nova", "Roboto Slab", "DejaVu Serif", "Sitka Small", serif)"_s;
    case ThemeFont::Rounded:
        return uR"(ui-rounded, "Hiragino Maru Gothic ProN", Quicksand, Comfortaa, Manjari, "Arial Rounded MT", "Arial Rounded MT Bold", Calibri, source-sans-pro, sans-serif)"_s;
    case ThemeFont::Mono:
        return uR"(ui-monospace, "Cascadia Code", "Source Code Pro", Menlo, Consolas, "DejaVu Sans Mono", monospace)"_s;
    }
    return uR"(-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", system-ui, sans-serif)"_s;
}

QString cssBodyFont(const Theme &theme)
{
    // One family name: the first of a list ("Fira Sans", sans-serif), without quotes or anything
    // that could end the CSS value.
    QString name;
    for (const QChar c : theme.fontFamily.section(u',', 0, 0)) {
        if (c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_')
            name.append(c);
    }
    name = name.simplified();
    const QString stack = cssFontStack(theme.bodyFont);
    return name.isEmpty() ? stack : u'"' + name + u"\", "_s + stack;
}

QString fontDisplayName(ThemeFont font)
{
    switch (font) {
    case ThemeFont::System:
        break;
    case ThemeFont::Humanist:
        return Tr::tr("Humanist sans-serif");
    case ThemeFont::Geometric:
        return Tr::tr("Geometric sans-serif");
    case ThemeFont::Serif:
        return Tr::tr("Serif");
    case ThemeFont::Slab:
        return Tr::tr("Slab serif");
    case ThemeFont::Rounded:
        return Tr::tr("Rounded");
    case ThemeFont::Mono:
        return Tr::tr("Monospace");
    }
    return Tr::tr("System sans-serif");
}

double relativeLuminance(const QColor &colour)
{
    const auto linear = [](int channel) {
        const double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.red()) + 0.7152 * linear(colour.green())
           + 0.0722 * linear(colour.blue());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

ThemePalette themePalette(const Theme &theme)
{
    ThemePalette p;
    p.surface = theme.surface;
    p.bg = theme.background;
    p.ink = theme.text;
    p.dark = relativeLuminance(p.surface) < 0.18;
    // A theme whose own text reaches 19.5:1 (black on white, near enough) asks for high contrast:
    // derived text keeps to 7:1.
    const double target = contrastRatio(theme.text, theme.surface) >= 19.5 ? 7.0 : 4.5;
    const QColor darkInk = relativeLuminance(theme.text) < relativeLuminance(theme.surface)
                               ? theme.text
                               : theme.background;

    p.surface2 = mix(p.surface, p.ink, p.dark ? 0.08 : 0.045);
    p.line = mix(p.surface, p.ink, p.dark ? 0.2 : 0.13);
    p.lineStrong = mix(p.surface, p.ink, p.dark ? 0.34 : 0.24);
    if (target > 4.5) { // high contrast: rules you can see
        p.line = mix(p.surface, p.ink, 0.45);
        p.lineStrong = mix(p.surface, p.ink, 0.65);
    }
    p.primary = theme.primary;
    p.primarySoft = mix(p.primary, p.surface, p.dark ? 0.82 : 0.9);
    p.ink2 = readableOn(
        mix(p.ink, p.surface, 0.2), {p.surface, p.bg, p.surface2, p.primarySoft}, target);
    p.muted = readableOn(mix(p.ink, p.surface, 0.45), {p.surface, p.bg, p.surface2}, target);

    p.primaryInk = inkOn(p.primary, QColor(Qt::white), darkInk, target);
    // Hover: further from the ink, so the text stays as readable.
    p.primaryStrong
        = mix(p.primary,
              relativeLuminance(p.primaryInk) > 0.5 ? QColor(Qt::black) : QColor(Qt::white),
              0.18);
    p.primaryLine = mix(p.primary, p.surface, 0.65);
    p.primaryText = readableOn(p.primary, {p.surface, p.primarySoft, p.bg, p.surface2}, target);

    p.accent = theme.accent;
    p.accentInk = inkOn(p.accent, QColor(Qt::white), darkInk, target);

    const Feedback ok
        = feedback(0x067647, 0xecfdf3, 0xabefc6, 0x17b26a, 0x75e0a7, p.surface, p.dark, target);
    const Feedback bad
        = feedback(0xb42318, 0xfef3f2, 0xfecdca, 0xf04438, 0xfda29b, p.surface, p.dark, target);
    const Feedback warn
        = feedback(0xb54708, 0xfffaeb, 0xfedf89, 0xf79009, 0xfec84b, p.surface, p.dark, target);
    p.ok = ok.text;
    p.okBg = ok.fill;
    p.okLine = ok.line;
    p.bad = bad.text;
    p.badBg = bad.fill;
    p.badLine = bad.line;
    p.warn = warn.text;
    p.warnBg = warn.fill;
    p.warnLine = warn.line;

    if (theme.header == ThemeHeader::Bar) {
        p.headBg = p.primary;
        p.headInk = p.primaryInk;
    } else {
        p.headBg = p.surface;
        p.headInk = p.ink;
    }
    p.headLine = mix(p.headBg, p.headInk, 0.25);
    return p;
}

QList<std::pair<QString, QColor>> ThemePalette::cssVariables() const
{
    return {
        {u"primary"_s, primary},
        {u"primary-ink"_s, primaryInk},
        {u"primary-strong"_s, primaryStrong},
        {u"primary-soft"_s, primarySoft},
        {u"primary-line"_s, primaryLine},
        {u"primary-text"_s, primaryText},
        {u"accent"_s, accent},
        {u"accent-ink"_s, accentInk},
        {u"bg"_s, bg},
        {u"surface"_s, surface},
        {u"surface-2"_s, surface2},
        {u"line"_s, line},
        {u"line-strong"_s, lineStrong},
        {u"ink"_s, ink},
        {u"ink-2"_s, ink2},
        {u"muted"_s, muted},
        {u"ok"_s, ok},
        {u"ok-bg"_s, okBg},
        {u"ok-line"_s, okLine},
        {u"bad"_s, bad},
        {u"bad-bg"_s, badBg},
        {u"bad-line"_s, badLine},
        {u"warn"_s, warn},
        {u"warn-bg"_s, warnBg},
        {u"warn-line"_s, warnLine},
        {u"head-bg"_s, headBg},
        {u"head-ink"_s, headInk},
        {u"head-line"_s, headLine},
    };
}

QString ContrastProblem::message() const
{
    const QLocale locale;
    return Tr::tr("%1: contrast %2:1, %3:1 needed")
        .arg(pair, locale.toString(ratio, 'f', 1), locale.toString(required, 'f', 1));
}

QList<ContrastProblem> contrastProblems(const Theme &theme)
{
    const ThemePalette p = themePalette(theme);
    struct Pair
    {
        const char *name;
        QColor fg, bg;
    };
    // Every text the player draws on every fill it draws it on (player.css).
    const Pair pairs[] = {
        {QT_TRANSLATE_NOOP("Core", "Text on the page background"), p.ink, p.bg},
        {QT_TRANSLATE_NOOP("Core", "Text on the card"), p.ink, p.surface},
        {QT_TRANSLATE_NOOP("Core", "Text on a shaded area"), p.ink, p.surface2},
        {QT_TRANSLATE_NOOP("Core", "Secondary text on the card"), p.ink2, p.surface},
        {QT_TRANSLATE_NOOP("Core", "Secondary text on the page background"), p.ink2, p.bg},
        {QT_TRANSLATE_NOOP("Core", "Text of an information box"), p.ink2, p.primarySoft},
        {QT_TRANSLATE_NOOP("Core", "Muted text on the card"), p.muted, p.surface},
        {QT_TRANSLATE_NOOP("Core", "Muted text on the page background"), p.muted, p.bg},
        {QT_TRANSLATE_NOOP("Core", "Muted text on a shaded area"), p.muted, p.surface2},
        {QT_TRANSLATE_NOOP("Core", "Text on the primary colour"), p.primaryInk, p.primary},
        {QT_TRANSLATE_NOOP("Core", "Text on a hovered button"), p.primaryInk, p.primaryStrong},
        {QT_TRANSLATE_NOOP("Core", "Text on the accent colour"), p.accentInk, p.accent},
        {QT_TRANSLATE_NOOP("Core", "Links and primary text on the card"), p.primaryText, p.surface},
        {QT_TRANSLATE_NOOP("Core", "Primary text on the page background"), p.primaryText, p.bg},
        {QT_TRANSLATE_NOOP("Core", "Current item in the outline"), p.primaryText, p.primarySoft},
        {QT_TRANSLATE_NOOP("Core", "Text on a primary tint"), p.ink, p.primarySoft},
        {QT_TRANSLATE_NOOP("Core", "Success feedback"), p.ok, p.okBg},
        {QT_TRANSLATE_NOOP("Core", "Success text on the card"), p.ok, p.surface},
        {QT_TRANSLATE_NOOP("Core", "Error feedback"), p.bad, p.badBg},
        {QT_TRANSLATE_NOOP("Core", "Error text on the card"), p.bad, p.surface},
        {QT_TRANSLATE_NOOP("Core", "Warning feedback"), p.warn, p.warnBg},
        {QT_TRANSLATE_NOOP("Core", "Warning text on the card"), p.warn, p.surface},
        {QT_TRANSLATE_NOOP("Core", "Text in the header"), p.headInk, p.headBg},
    };
    constexpr double required = 4.5;
    QList<ContrastProblem> problems;
    for (const Pair &pair : pairs) {
        const double ratio = contrastRatio(pair.fg, pair.bg);
        // Rounded down to a tenth as shown, so that 4.46 is not reported as "4.5:1, 4.5 needed".
        if (ratio < required) {
            problems.append(
                {Tr::tr(pair.name), pair.fg, pair.bg, std::floor(ratio * 10) / 10, required});
        }
    }
    return problems;
}

QString toString(ThemeDensity value)
{
    return enumName(densityNames, value);
}
QString toString(ThemeHeader value)
{
    return enumName(headerNames, value);
}
QString toString(ThemePage value)
{
    return enumName(pageNames, value);
}
QString toString(ThemeFont value)
{
    return enumName(fontNames, value);
}
bool fromString(const QString &text, ThemeDensity &out)
{
    return enumValue(densityNames, text, out);
}
bool fromString(const QString &text, ThemeHeader &out)
{
    return enumValue(headerNames, text, out);
}
bool fromString(const QString &text, ThemePage &out)
{
    return enumValue(pageNames, text, out);
}
bool fromString(const QString &text, ThemeFont &out)
{
    return enumValue(fontNames, text, out);
}

} // namespace Core
