// SPDX-License-Identifier: MIT
#include "WebExporter.h"

#include "export/PackageBuilder.h"
#include "export/Tr.h"

using namespace Qt::StringLiterals;

namespace Export {

QString WebExporter::id() const
{
    return u"web"_s;
}

QString WebExporter::displayName() const
{
    return Tr::tr("Web site");
}

QString WebExporter::description() const
{
    return Tr::tr("Web site in a zip: open index.html from disk or any web server, no LMS");
}

QString WebExporter::fileNameFilter() const
{
    return Tr::tr("Zip archive (*.zip)");
}

Core::Result<void> WebExporter::exportCourse(const Core::Course &course,
                                             const ExportOptions &options,
                                             ExportContext &context) const
{
    if (auto checked = PackageBuilder::checkCourse(course, PlayerRuntime::Web, context); !checked)
        return checked;
    return PackageBuilder(course, PlayerRuntime::Web).write(options.targetPath, context);
}

} // namespace Export
