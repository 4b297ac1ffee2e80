// SPDX-License-Identifier: MIT
#pragma once

#include "core/Ids.h"

#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace Export {

/** Something the author should know about, which does not stop the export. */
struct ExportWarning
{
    QString code;    ///< stable id, e.g. "image.no-alt-text"
    QString message; ///< translated
    Core::SlideId slide;
};

/**
 * Carries progress, cancellation and warnings between an exporter and whoever runs it (CLI, the
 * editor's worker thread). Thread-safe for cancel(); the rest is used by the exporting thread.
 */
class ExportContext
{
public:
    using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void reportProgress(qint64 done, qint64 total) const
    {
        if (m_progress)
            m_progress(done, total);
    }

    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

    void addWarning(ExportWarning warning) { m_warnings.push_back(std::move(warning)); }
    const std::vector<ExportWarning> &warnings() const { return m_warnings; }

private:
    ProgressCallback m_progress;
    std::atomic_bool m_cancelled = false;
    std::vector<ExportWarning> m_warnings;
};

} // namespace Export
