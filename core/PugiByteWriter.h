// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <pugixml.hpp>

namespace Core {

/** A pugixml writer that appends the document to a QByteArray (course.xml, fragments). */
class PugiByteWriter final : public pugi::xml_writer
{
public:
    explicit PugiByteWriter(QByteArray &out)
        : m_out(out)
    {}
    void write(const void *data, size_t size) override
    {
        m_out.append(static_cast<const char *>(data), qsizetype(size));
    }

private:
    QByteArray &m_out;
};

} // namespace Core
