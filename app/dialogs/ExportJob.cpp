// SPDX-License-Identifier: MIT
#include "ExportJob.h"

#include "core/Course.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace App {

ExportJob::ExportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher,
            &QFutureWatcher<Core::Result<void>>::finished,
            this,
            &ExportJob::onWorkerFinished);
}

ExportJob::~ExportJob()
{
    if (m_running) {
        m_context->cancel();
        m_watcher.waitForFinished();
    }
}

bool ExportJob::start(const Core::Course &course,
                      const Export::Exporter &exporter,
                      const Export::ExportOptions &options)
{
    if (m_running)
        return false;
    m_running = true;
    m_result = Core::Result<void>();
    m_lastPercent = -1;
    m_course = course.clone();
    m_context = std::make_unique<Export::ExportContext>();
    // Called on the worker thread: post only whole-percent changes to this object's thread.
    m_context->setProgressCallback([this](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(std::clamp<qint64>(done * 100 / total, 0, 100)) : 0;
        if (m_lastPercent.exchange(percent) == percent)
            return;
        QMetaObject::invokeMethod(
            this, [this, percent] { emit progressChanged(percent); }, Qt::QueuedConnection);
    });

    const Core::Course *clone = m_course.get();
    Export::ExportContext *context = m_context.get();
    m_watcher.setFuture(QtConcurrent::run([clone, context, &exporter, options] {
        return exporter.exportCourse(*clone, options, *context);
    }));
    return true;
}

void ExportJob::cancel()
{
    if (m_running)
        m_context->cancel();
}

const std::vector<Export::ExportWarning> &ExportJob::warnings() const
{
    static const std::vector<Export::ExportWarning> none;
    return m_context && !m_running ? m_context->warnings() : none;
}

void ExportJob::onWorkerFinished()
{
    m_result = m_watcher.result();
    m_running = false;
    m_course.reset(); // the clone may hold big in-memory media
    emit finished();
}

} // namespace App
