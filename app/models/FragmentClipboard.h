// SPDX-License-Identifier: MIT
#pragma once

#include "core/CourseFragment.h"
#include "core/Result.h"

#include <optional>

class QMimeData;

namespace App {

/**
 * Puts course fragments on the system clipboard and reads them back, so that slides, sections
 * and blocks travel between documents, windows and Capsule processes. The clipboard holds the
 * fragment (CourseFragment::mimeType(), with its media), its kind (so that actions can be
 * enabled without parsing megabytes) and plain text and sanitized HTML renderings for other
 * applications.
 */
class FragmentClipboard
{
public:
    /** The MIME type holding the fragment's kind ("slides", "sections", "blocks"). */
    static QString kindMimeType();

    /** The clipboard contents for fragment: errors of CourseFragment::toBytes(). */
    static Core::Result<QMimeData *> mimeData(const Core::CourseFragment &fragment);
    /** Puts fragment on the clipboard. */
    static Core::Result<void> copy(const Core::CourseFragment &fragment);

    /** The kind of the fragment on the clipboard, if it holds one. */
    static std::optional<Core::CourseFragment::Kind> kind();
    static std::optional<Core::CourseFragment::Kind> kind(const QMimeData *data);
    /** Reads the clipboard's fragment; nullopt when the clipboard holds none. */
    static std::optional<Core::Result<Core::CourseFragment>> paste();
};

} // namespace App
