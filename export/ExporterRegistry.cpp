// SPDX-License-Identifier: MIT
#include "ExporterRegistry.h"

namespace Export {

Exporter::~Exporter() = default;

void ExporterRegistry::add(std::unique_ptr<Exporter> exporter)
{
    Q_ASSERT(exporter && !byId(exporter->id()));
    m_exporters.push_back(std::move(exporter));
}

const Exporter *ExporterRegistry::byId(const QString &id) const
{
    for (const auto &exporter : m_exporters) {
        if (exporter->id() == id)
            return exporter.get();
    }
    return nullptr;
}

std::vector<const Exporter *> ExporterRegistry::all() const
{
    std::vector<const Exporter *> result;
    result.reserve(m_exporters.size());
    for (const auto &exporter : m_exporters)
        result.push_back(exporter.get());
    return result;
}

} // namespace Export
