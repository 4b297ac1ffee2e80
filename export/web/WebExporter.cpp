// SPDX-License-Identifier: MIT
#include "WebExporter.h"

#include "export/PackageBuilder.h"
#include "export/PackageLanguages.h"
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
    auto languages = PackageLanguages::resolve(course, options.language, context);
    if (!languages)
        return languages.error();
    if (auto checked
        = PackageBuilder::checkCourse(languages->course(), PlayerRuntime::Web, context);
        !checked) {
        return checked;
    }
    PackageBuilder builder(languages->course(), PlayerRuntime::Web);
    builder.setTranslations(languages->translations());
    return builder.write(options.targetPath, context);
}

} // namespace Export
