// SPDX-License-Identifier: MIT
#pragma once

#include "export/Exporter.h"

namespace Export {

/**
 * Publishes a course as a plain web site in a zip (id "web"): the player and the course data
 * without a SCORM manifest; progress is kept in the browser's localStorage. Works from disk
 * (file://) and from any web server. Stateless; safe to share between threads.
 */
class WebExporter final : public Exporter
{
public:
    QString id() const override;
    QString displayName() const override;
    QString description() const override;
    QString fileNameFilter() const override;

    /** Same checks and errors as ScormExporter::exportCourse(). */
    Core::Result<void> exportCourse(const Core::Course &course,
                                    const ExportOptions &options,
                                    ExportContext &context) const override;
};

} // namespace Export
