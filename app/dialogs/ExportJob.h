// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "export/ExportContext.h"
#include "export/Exporter.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

namespace Core {
class Course;
}

namespace App {

/**
 * Runs one export off the UI thread. start() clones the course on the calling (UI) thread, so
 * the worker reads its own const copy and never touches the Document; progress arrives through
 * queued calls as progressChanged() on the job's thread, then finished() once. Owns the clone
 * and the ExportContext; the exporter must outlive the job. Destroying a running job cancels
 * it and waits for the worker.
 */
class ExportJob final : public QObject
{
    Q_OBJECT
public:
    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override;

    /** Starts exporting; false if a job is already running. */
    bool start(const Core::Course &course,
               const Export::Exporter &exporter,
               const Export::ExportOptions &options);
    /** Asks the worker to stop; finished() follows with ErrorCode::Cancelled. */
    void cancel();
    bool isRunning() const { return m_running; }

    /** Valid after finished(). */
    const Core::Result<void> &result() const { return m_result; }
    const std::vector<Export::ExportWarning> &warnings() const;

signals:
    void progressChanged(int percent);
    void finished();

private:
    void onWorkerFinished();

    std::unique_ptr<Core::Course> m_course;
    std::unique_ptr<Export::ExportContext> m_context;
    QFutureWatcher<Core::Result<void>> m_watcher;
    Core::Result<void> m_result;
    std::atomic_int m_lastPercent = -1;
    bool m_running = false;
};

} // namespace App
