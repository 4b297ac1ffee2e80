// SPDX-License-Identifier: MIT
#pragma once

#include "core/Document.h"
#include "core/Result.h"

#include <QDateTime>
#include <QFuture>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

namespace App {

/**
 * Autosave and crash recovery. Every interval (60 s by default), if the document changed
 * since the last autosave and is modified, a clone of its course is written with
 * Core::ProjectFile::write to this session's recovery file, on a worker thread: the document,
 * its undo history and its clean state are untouched. The file is removed when the document
 * becomes clean (saved) and when the manager is destroyed (a normal close); a crash leaves it.
 *
 * Each session holds a QLockFile next to its recovery file, so at start-up staleRecoveries()
 * lists only files of sessions that died, never those of another running Capsule.
 * The folder defaults to <AppDataLocation>/recovery; tests pass their own.
 */
class AutosaveManager final : public QObject
{
    Q_OBJECT
public:
    /** A recovery file left by a session that did not close. */
    struct Recovery
    {
        QString filePath;     ///< the autosaved .capsule
        QString originalPath; ///< the project it was a copy of; empty if never saved
        QDateTime savedAt;
    };

    static constexpr int defaultIntervalMs = 60 * 1000;

    explicit AutosaveManager(QString directory = {}, QObject *parent = nullptr);
    ~AutosaveManager() override;

    QString directory() const { return m_directory; }
    /** This session's recovery file (it exists only after an autosave). */
    QString recoveryFilePath() const;

    /** The project a recovered document was a copy of (empty if none or never saved). */
    QString recoveredOriginalPath() const { return m_originalPath; }

    void setInterval(int milliseconds);
    int interval() const { return m_timer.interval(); }

    /** The document to autosave; null stops. The previous one's recovery file is removed. */
    void setDocument(Core::Document *document);

    /** Autosaves now if there is something new to save; false if nothing was started. */
    bool autosaveNow();
    bool isSaving() const { return m_saving.isRunning(); }

    /** Recovery files of dead sessions, newest first. */
    std::vector<Recovery> staleRecoveries() const;
    /**
     * Opens a recovery file as a new, modified, untitled document. The file becomes this
     * session's recovery file (the document's media are read from it until it is saved);
     * pass the document to setDocument() next.
     */
    Core::Result<std::unique_ptr<Core::Document>> recover(const Recovery &recovery);
    /** Deletes a recovery file of a dead session. */
    void discard(const Recovery &recovery);

    /**
     * Test seam: stops and releases the lock but leaves the recovery file, as a crash would.
     * The manager does nothing afterwards.
     */
    void abandon();

signals:
    void autosaved(const QString &filePath);
    void autosaveFailed(const QString &message);

private:
    void onTimeout();
    void removeRecoveryFile();
    QString metadataPath(const QString &recoveryFile) const;
    void writeMetadata() const;

    QString m_directory;
    QString m_sessionName;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    QPointer<Core::Document> m_document;
    bool m_dirty = false; ///< changed since the last autosave
    bool m_abandoned = false;
    bool m_adoptingRecovery = false; ///< recover() ran: the next setDocument() keeps the file
    QString m_originalPath;          ///< for the metadata of a recovered document
    QFuture<Core::Result<void>> m_saving;
};

} // namespace App
