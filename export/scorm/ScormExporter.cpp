// SPDX-License-Identifier: MIT
#include "ScormExporter.h"

#include "export/PackageBuilder.h"
#include "export/PackageLanguages.h"
#include "export/Tr.h"

using namespace Qt::StringLiterals;

namespace Export {

ScormExporter::ScormExporter(ScormVersion version)
    : m_version(version)
{}

QString ScormExporter::id() const
{
    return m_version == ScormVersion::Scorm2004 ? u"scorm2004"_s : u"scorm12"_s;
}

QString ScormExporter::displayName() const
{
    return m_version == ScormVersion::Scorm2004 ? Tr::tr("SCORM 2004 4th Edition")
                                                : Tr::tr("SCORM 1.2");
}

QString ScormExporter::description() const
{
    return m_version == ScormVersion::Scorm2004
               ? Tr::tr("SCORM 2004 4th Edition package: separate completion and success status")
               : Tr::tr("SCORM 1.2 package: accepted by nearly every LMS");
}

QString ScormExporter::fileNameFilter() const
{
    return Tr::tr("SCORM package (*.zip)");
}

Core::Result<void> ScormExporter::exportCourse(const Core::Course &course,
                                               const ExportOptions &options,
                                               ExportContext &context) const
{
    const PlayerRuntime runtime
        = m_version == ScormVersion::Scorm2004 ? PlayerRuntime::Scorm2004 : PlayerRuntime::Scorm12;
    auto languages = PackageLanguages::resolve(course, options.language, context);
    if (!languages)
        return languages.error();
    if (auto checked = PackageBuilder::checkCourse(languages->course(), runtime, context); !checked)
        return checked;

    PackageBuilder builder(languages->course(), runtime);
    builder.setTranslations(languages->translations());
    // The manifest lists exactly what the builder writes after it.
    builder.addLeadingEntry(
        u"imsmanifest.xml"_s,
        manifestBytes(buildManifest(
            languages->course(), m_version, builder.contentFiles(), languages->translations())));
    return builder.write(options.targetPath, context);
}

} // namespace Export
