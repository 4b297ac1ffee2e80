// SPDX-License-Identifier: MIT
// Clipboard and template fragments (CourseFragment::fromBytes): any bytes either fail with an
// error or give a fragment that is written and read back to the same bytes, and that can be
// instantiated against a course (new ids, remapped links) without touching it.
#include "core/Course.h"
#include "core/CourseFragment.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto parsed = Core::CourseFragment::fromBytes(bytes, u"The clipboard"_s);
    if (!parsed)
        return 0;
    (void)parsed->toPlainText();
    (void)parsed->toHtml();
    const Core::Course target;
    const auto instance = parsed->instantiate(target);
    if (instance.newAssets.size() != parsed->course().assets().size())
        std::abort();

    const auto written = parsed->toBytes();
    if (!written)
        return 0; // a fragment near the size limit may grow when rewritten
    auto reparsed = Core::CourseFragment::fromBytes(*written, u"The clipboard"_s);
    if (!reparsed || reparsed->toBytes().value() != *written)
        std::abort();
    return 0;
}
