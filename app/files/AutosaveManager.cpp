// SPDX-License-Identifier: MIT
#include "AutosaveManager.h"

#include "app/Tr.h"
#include "core/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace App {

namespace {

QString lockPathFor(const QString &recoveryFile)
{
    return recoveryFile.chopped(QStringLiteral(".capsule").size()) + u".lock"_s;
}

} // namespace

AutosaveManager::AutosaveManager(QString directory, QObject *parent)
    : QObject(parent)
    , m_directory(std::move(directory))
    , m_sessionName(u"session-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (m_directory.isEmpty()) {
        m_directory
            = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
    }
    QDir().mkpath(m_directory);
    m_lock = std::make_unique<QLockFile>(lockPathFor(recoveryFilePath()));
    // A dead owner makes a lock stale at once; age alone never should (sessions last days).
    m_lock->setStaleLockTime(std::chrono::hours(24 * 365));
    m_lock->tryLock(0);

    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AutosaveManager::onTimeout);
}

AutosaveManager::~AutosaveManager()
{
    m_saving.waitForFinished();
    if (!m_abandoned)
        removeRecoveryFile();
}

QString AutosaveManager::recoveryFilePath() const
{
    return m_directory + u'/' + m_sessionName + u".capsule"_s;
}

QString AutosaveManager::metadataPath(const QString &recoveryFile) const
{
    return recoveryFile.chopped(QStringLiteral(".capsule").size()) + u".ini"_s;
}

void AutosaveManager::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void AutosaveManager::setDocument(Core::Document *document)
{
    if (m_abandoned)
        return;
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(m_document->undoStack(), nullptr, this, nullptr);
    }
    m_saving.waitForFinished();
    if (m_adoptingRecovery) {
        m_adoptingRecovery = false; // the recovered document reads its media from the file
    } else {
        removeRecoveryFile();
        m_originalPath.clear();
    }
    m_document = document;
    m_dirty = document && document->isModified();
    if (!document) {
        m_timer.stop();
        return;
    }
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] { m_dirty = true; });
    connect(document, &Core::Document::modifiedChanged, this, [this](bool modified) {
        if (!modified) { // saved, or undone back to the saved state
            m_saving.waitForFinished();
            removeRecoveryFile();
            m_dirty = false;
        }
    });
    m_timer.start();
}

void AutosaveManager::onTimeout()
{
    autosaveNow();
}

bool AutosaveManager::autosaveNow()
{
    if (m_abandoned || !m_document || !m_document->isModified() || !m_dirty || isSaving())
        return false;
    m_dirty = false;
    writeMetadata();
    const QString path = recoveryFilePath();
    // A clone, so the document can keep changing while the worker writes.
    std::unique_ptr<Core::Course> clone = m_document->course().clone();
    m_saving = QtConcurrent::run(
        [path, course = std::move(clone)] { return Core::ProjectFile::write(*course, path); });
    QPointer<Core::Document> document = m_document;
    m_saving.then(this, [this, path, document](const Core::Result<void> &result) {
        if (!result) {
            m_dirty = true; // try again next time
            emit autosaveFailed(result.error().message);
            return;
        }
        if (!document || document != m_document || !document->isModified()) {
            removeRecoveryFile(); // saved or replaced meanwhile: nothing to recover
            return;
        }
        emit autosaved(path);
    });
    return true;
}

void AutosaveManager::writeMetadata() const
{
    QSettings meta(metadataPath(recoveryFilePath()), QSettings::IniFormat);
    QString original = m_originalPath;
    if (m_document && !m_document->filePath().isEmpty())
        original = m_document->filePath();
    meta.setValue(u"originalPath"_s, original);
    meta.setValue(u"savedAt"_s, QDateTime::currentDateTimeUtc());
}

void AutosaveManager::removeRecoveryFile()
{
    QFile::remove(recoveryFilePath());
    QFile::remove(metadataPath(recoveryFilePath()));
}

std::vector<AutosaveManager::Recovery> AutosaveManager::staleRecoveries() const
{
    std::vector<Recovery> result;
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({u"session-*.capsule"_s}, QDir::Files);
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        if (path == recoveryFilePath())
            continue;
        QLockFile lock(lockPathFor(path));
        lock.setStaleLockTime(std::chrono::hours(24 * 365));
        if (!lock.tryLock(0))
            continue; // a running Capsule owns it
        lock.unlock();
        QSettings meta(metadataPath(path), QSettings::IniFormat);
        Recovery recovery{
            path, meta.value(u"originalPath"_s).toString(), meta.value(u"savedAt"_s).toDateTime()};
        if (!recovery.savedAt.isValid())
            recovery.savedAt = QFileInfo(path).lastModified();
        result.push_back(std::move(recovery));
    }
    std::sort(result.begin(), result.end(), [](const Recovery &a, const Recovery &b) {
        return a.savedAt > b.savedAt;
    });
    return result;
}

Core::Result<std::unique_ptr<Core::Document>> AutosaveManager::recover(const Recovery &recovery)
{
    m_saving.waitForFinished();
    const QString target = recoveryFilePath();
    QFile::remove(target);
    if (!QFile::rename(recovery.filePath, target)) {
        return Core::makeError(Core::ErrorCode::Io,
                               Tr::tr("Cannot recover “%1”: the file cannot be moved to %2.")
                                   .arg(QDir::toNativeSeparators(recovery.filePath),
                                        QDir::toNativeSeparators(m_directory)));
    }
    QFile::remove(metadataPath(recovery.filePath));
    auto course = Core::ProjectFile::read(target);
    if (!course)
        return course.error();
    auto document = std::make_unique<Core::Document>(std::move(course).value());
    document->undoStack()->resetClean(); // unsaved work: modified until saved
    m_originalPath = recovery.originalPath;
    m_adoptingRecovery = true;
    return document;
}

void AutosaveManager::discard(const Recovery &recovery)
{
    QFile::remove(recovery.filePath);
    QFile::remove(metadataPath(recovery.filePath));
}

void AutosaveManager::abandon()
{
    m_saving.waitForFinished();
    m_timer.stop();
    m_abandoned = true;
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(m_document->undoStack(), nullptr, this, nullptr);
    }
    m_lock->unlock();
}

} // namespace App
