// SPDX-License-Identifier: MIT
// HTML sanitizer: any text gives a result that is safe and a fixed point, as HtmlSanitizer.h
// promises, and a plain-text form.
#include "core/HtmlSanitizer.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString clean = Core::HtmlSanitizer::sanitize(html);
    if (!Core::HtmlSanitizer::isSafe(clean))
        std::abort();
    if (Core::HtmlSanitizer::sanitize(clean) != clean)
        std::abort();
    (void)Core::HtmlSanitizer::isSafe(html);
    (void)Core::HtmlSanitizer::toPlainText(html);
    return 0;
}
