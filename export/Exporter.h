// SPDX-License-Identifier: MIT
#pragma once

#include "ExportContext.h"
#include "core/Course.h"
#include "core/Result.h"

#include <QString>

namespace Export {

struct ExportOptions
{
    QString targetPath; ///< the .zip to write; replaced atomically on success
    /**
     * Which language(s) the package holds: empty for the course as it is (its source language),
     * a language code of the course, or "all" (PackageLanguages::all): see PackageLanguages.
     */
    QString language = {};
};

/**
 * One output format. Exporters read a const Course, never the Document, and write their
 * package to a temporary file renamed over targetPath on success.
 */
class Exporter
{
public:
    virtual ~Exporter();
    virtual QString id() const = 0;             ///< stable CLI id: "scorm12"
    virtual QString displayName() const = 0;    ///< translated, for the GUI
    virtual QString description() const = 0;    ///< translated one-liner for --list-formats
    virtual QString fileNameFilter() const = 0; ///< "SCORM package (*.zip)"
    virtual Core::Result<void> exportCourse(const Core::Course &course,
                                            const ExportOptions &options,
                                            ExportContext &context) const = 0;
};

} // namespace Export
