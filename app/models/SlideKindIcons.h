// SPDX-License-Identifier: MIT
#pragma once

#include "core/Slide.h"

#include <QColor>
#include <QIcon>

namespace App {

/**
 * Crisp icons for slide kinds: the kind's glyph from the icon set (App::Icons, slide-*.svg)
 * in white on a badge of the kind's colour, painted at 16 to 64 px and at 1x and 2x so they
 * stay sharp on high-DPI screens. The kind colours are the only fixed colours of the editor;
 * they read well on light and dark palettes. Created once, on the GUI thread.
 */
class SlideKindIcons
{
public:
    static QIcon icon(Core::SlideKind kind);
    static QColor color(Core::SlideKind kind);
    /** The kind's glyph in the icon set, e.g. "slide-question". */
    static QString glyphName(Core::SlideKind kind);
    /** Paints the glyph of a kind into rect (any thread, any paint device). */
    static void paint(QPainter &painter, const QRectF &rect, Core::SlideKind kind);
};

} // namespace App
