// SPDX-License-Identifier: MIT
#pragma once

namespace Export {

class ExporterRegistry;

/** Adds SCORM 1.2, SCORM 2004 4th edition and web exporters. Called by both mains. */
void registerBuiltinExporters(ExporterRegistry &registry);

} // namespace Export
