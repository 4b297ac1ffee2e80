// SPDX-License-Identifier: MIT
#include "BuiltinExporters.h"

#include "ExporterRegistry.h"
#include "scorm/ScormExporter.h"
#include "web/WebExporter.h"

namespace Export {

void registerBuiltinExporters(ExporterRegistry &registry)
{
    // Listed in this order by --list-formats and the export dialog: the most compatible first.
    registry.add(std::make_unique<ScormExporter>(ScormVersion::Scorm12));
    registry.add(std::make_unique<ScormExporter>(ScormVersion::Scorm2004));
    registry.add(std::make_unique<WebExporter>());
}

} // namespace Export
