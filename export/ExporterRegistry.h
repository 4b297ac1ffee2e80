// SPDX-License-Identifier: MIT
#pragma once

#include "Exporter.h"

#include <memory>
#include <vector>

namespace Export {

/** Owns the available exporters; both mains fill it with registerBuiltinExporters(). */
class ExporterRegistry
{
public:
    void add(std::unique_ptr<Exporter> exporter);
    const Exporter *byId(const QString &id) const;
    std::vector<const Exporter *> all() const;

private:
    std::vector<std::unique_ptr<Exporter>> m_exporters;
};

} // namespace Export
