// SPDX-License-Identifier: MIT
// course.xml loader: any bytes either fail with an error or give a course that the validator
// accepts to look at and that survives a save/load round trip unchanged.
#include "core/CourseSerializer.h"
#include "core/Validator.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml(reinterpret_cast<const char *>(data), qsizetype(size));
    auto parsed = Core::CourseSerializer::fromXml(xml, u"fuzz.capsule"_s);
    if (!parsed)
        return 0;
    (void)Core::Validator::check(**parsed);

    // What Capsule writes it must read back, to the same bytes.
    const QByteArray written = Core::CourseSerializer::toXml(**parsed);
    auto reparsed = Core::CourseSerializer::fromXml(written, u"fuzz.capsule"_s);
    if (!reparsed || Core::CourseSerializer::toXml(**reparsed) != written)
        std::abort();
    return 0;
}
