// SPDX-License-Identifier: MIT
#pragma once

#include "core/Ids.h"
#include "core/Translation.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QAbstractButton;
class QLabel;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace Core {
class Document;
}

namespace App {

class EditingLanguage;

/**
 * The slide editor area in a target language: a form generated from Core::textFields() for the
 * current slide (or, without a slide, for the course's and the sections' own texts). One row per
 * field: the source text (rendered when it is rich text), the translation in an editor of the
 * field's kind (one line, several lines or rich text; its length limit shown), its state as a
 * badge and an Approve toggle. Then one row per media reference (Core::mediaFields()) with
 * "Use Another File…" and "Use the Source's". Every edit is a Core::SetTranslations; changes from
 * the document (undo, the table) update the rows in place. Does not own the document.
 */
class TranslationForm final : public QWidget
{
    Q_OBJECT
public:
    explicit TranslationForm(EditingLanguage *editing, QWidget *parent = nullptr);
    ~TranslationForm() override;

    /** Shows a slide's fields (a null id: the course and section texts). */
    void setSlide(const Core::SlideId &id);
    const Core::SlideId &slideId() const { return m_slideId; }

    /** The unit ids of the text rows shown, in order. */
    QStringList unitIds() const;
    /** The editor of a row's translation: QLineEdit, QPlainTextEdit or RichTextEdit. */
    QWidget *targetEditor(const QString &unitId) const;
    QLabel *sourceLabel(const QString &unitId) const;
    QLabel *stateBadge(const QString &unitId) const;
    QAbstractButton *approveButton(const QString &unitId) const;
    QLabel *lengthLabel(const QString &unitId) const;
    /** The media rows: "Use Another File…" is tested through setMedia(). */
    QStringList mediaUnitIds() const;
    QLabel *mediaLabel(const QString &unitId) const;
    QAbstractButton *useSourceMediaButton(const QString &unitId) const;
    /** Puts the keyboard focus in a row's translation, scrolled into view. */
    void focusUnit(const QString &unitId);

signals:
    void statusMessageRequested(const QString &message);

private:
    struct Row;
    struct MediaRow;

    void setDocument(Core::Document *document);
    void scheduleRebuild();
    void rebuild();
    void refreshRows(const QStringList &unitIds);
    void refreshRow(Row &row);
    void refreshMediaRow(MediaRow &row);
    void updateHeader();
    void addTextRow(const Core::TextField &field);
    void addMediaRow(const Core::MediaField &field);
    void chooseMediaFile(const QString &unitId);
    const Row *row(const QString &unitId) const;

    QPointer<EditingLanguage> m_editing;
    QPointer<Core::Document> m_document;
    Core::SlideId m_slideId;
    QLabel *m_header;
    QScrollArea *m_scroll;
    QWidget *m_rowsWidget = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QTimer *m_rebuildTimer;
    std::vector<std::unique_ptr<Row>> m_rows;
    std::vector<std::unique_ptr<MediaRow>> m_mediaRows;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace App
