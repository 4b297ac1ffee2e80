// SPDX-License-Identifier: MIT
#pragma once

#include "Manifest.h"
#include "export/Exporter.h"

namespace Export {

/**
 * Publishes a course as a single-SCO SCORM package: imsmanifest.xml (buildManifest()) plus
 * the package PackageBuilder assembles, with the player's SCORM 1.2 or 2004 runtime.
 * Ids: "scorm12" and "scorm2004" (4th Edition). Stateless; safe to share between threads.
 */
class ScormExporter final : public Exporter
{
public:
    explicit ScormExporter(ScormVersion version);

    ScormVersion version() const { return m_version; }

    QString id() const override;
    QString displayName() const override;
    QString description() const override;
    QString fileNameFilter() const override;

    /**
     * Checks the course (Core::Validator: errors fail the export with a message listing them,
     * warnings go to the context), then writes the package. Errors: Export, MissingAsset, Io,
     * Cancelled, InvalidArgument (empty target path).
     */
    Core::Result<void> exportCourse(const Core::Course &course,
                                    const ExportOptions &options,
                                    ExportContext &context) const override;

private:
    ScormVersion m_version;
};

} // namespace Export
