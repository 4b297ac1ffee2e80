// SPDX-License-Identifier: MIT
#pragma once

#include "Course.h"
#include "Result.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

class QUndoCommand;

namespace Core {

/**
 * One open course: content, undo history and file state. Views read course() and observe the
 * signals; every edit goes through push() with a command from core/commands, whose
 * DocumentMutator is the only write path. The Document owns its Course.
 */
class Document final : public QObject
{
    Q_OBJECT
public:
    explicit Document(std::unique_ptr<Course> course, QObject *parent = nullptr);
    ~Document() override;

    /** Opens a .capsule file. The error message names the file and the problem. */
    static Result<std::unique_ptr<Document>> load(const QString &filePath);
    /** A new document from a built-in template: "blank" or "sample". */
    static Result<std::unique_ptr<Document>> fromTemplate(const QString &templateId);

    /**
     * Saves atomically to filePath (temporary file, fsync, rename). On success the document
     * becomes clean and remembers the path; on failure the previous file is untouched.
     */
    Result<void> save(const QString &filePath);

    const Course &course() const { return *m_course; }
    QUndoStack *undoStack() { return &m_undoStack; }
    /** Executes the command and records it; ownership passes to the undo stack. */
    void push(std::unique_ptr<QUndoCommand> command);

    bool isModified() const { return !m_undoStack.isClean(); }
    QString filePath() const { return m_filePath; }

signals:
    void metadataChanged();
    void settingsChanged();

    void sectionAboutToBeInserted(int index);
    void sectionInserted(int index);
    void sectionAboutToBeRemoved(int index);
    void sectionRemoved(int index);
    void sectionAboutToBeMoved(int from, int to);
    void sectionMoved(int from, int to);
    void sectionChanged(int index);

    void slideAboutToBeInserted(Core::SlidePosition position);
    void slideInserted(Core::SlidePosition position);
    void slideAboutToBeRemoved(Core::SlidePosition position);
    void slideRemoved(Core::SlidePosition position);
    /** to is the slide's position after the move. */
    void slideAboutToBeMoved(Core::SlidePosition from, Core::SlidePosition to);
    void slideMoved(Core::SlidePosition from, Core::SlidePosition to);
    /** Also for bank questions: their id identifies them as a slide's does. */
    void slideChanged(Core::SlideId id, Core::SlideFields fields);

    void bankAboutToBeInserted(int index);
    void bankInserted(int index);
    void bankAboutToBeRemoved(int index);
    void bankRemoved(int index);
    /** The bank's name changed. */
    void bankChanged(int index);

    void bankQuestionAboutToBeInserted(Core::BankPosition position);
    void bankQuestionInserted(Core::BankPosition position);
    void bankQuestionAboutToBeRemoved(Core::BankPosition position);
    void bankQuestionRemoved(Core::BankPosition position);
    /** to is the question's position after the move (across banks too). */
    void bankQuestionAboutToBeMoved(Core::BankPosition from, Core::BankPosition to);
    void bankQuestionMoved(Core::BankPosition from, Core::BankPosition to);

    /** The source language or the target languages changed (translations of a removed or
     * re-added language included). */
    void languagesChanged();
    /** Translations of these units into language were set or removed. */
    void translationsChanged(const QString &language, const QStringList &unitIds);

    void assetAdded(Core::AssetId id);
    void assetAboutToBeRemoved(Core::AssetId id);
    void assetRemoved(Core::AssetId id);

    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath);

private:
    friend class DocumentMutator; // the only write path, used by core/commands
    std::unique_ptr<Course> m_course;
    QUndoStack m_undoStack; // value member: no parent-ownership games
    QString m_filePath;
};

} // namespace Core
