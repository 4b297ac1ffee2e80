// SPDX-License-Identifier: MIT
#include "TranslationForm.h"

#include "EditingLanguage.h"
#include "TranslationOperations.h"
#include "app/Tr.h"
#include "app/editors/AssetComboBox.h"
#include "app/editors/QuietSetters.h"
#include "app/editors/RichTextEdit.h"
#include "app/models/MediaOperations.h"
#include "app/models/UndoMacroGuard.h"
#include "core/Document.h"
#include "core/MediaImporter.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace App {

struct TranslationForm::Row
{
    Core::TextField field;
    QWidget *frame = nullptr;
    QLabel *role = nullptr;
    QLabel *source = nullptr;
    QWidget *editor = nullptr;
    QLabel *badge = nullptr;
    QToolButton *approve = nullptr;
    QLabel *length = nullptr;
    bool loading = false;
};

struct TranslationForm::MediaRow
{
    Core::MediaField field;
    QWidget *frame = nullptr;
    QLabel *label = nullptr;
    QLabel *thumbnail = nullptr;
    QPushButton *other = nullptr;
    QPushButton *useSource = nullptr;
};

namespace {

QString plainText(const Core::TextField &field, const QString &text)
{
    return field.format == Core::TextFormat::Html
               ? QTextDocumentFragment::fromHtml(text).toPlainText()
               : text;
}

QString badgeStyle(Core::TranslationState state)
{
    return u"QLabel { background: %1; color: white; border-radius: 8px; padding: 1px 8px; "
           "font-weight: 600; }"_s.arg(TranslationOperations::stateColor(state).name());
}

QString editorText(const QWidget *editor)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(editor))
        return line->text();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(editor))
        return plain->toPlainText();
    if (const auto *rich = qobject_cast<const RichTextEdit *>(editor))
        return rich->html();
    return {};
}

} // namespace

TranslationForm::TranslationForm(EditingLanguage *editing, QWidget *parent)
    : QWidget(parent)
    , m_editing(editing)
    , m_header(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_rebuildTimer(new QTimer(this))
{
    setObjectName(u"translationForm"_s);
    m_header->setObjectName(u"translationFormHeader"_s);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setContentsMargins(12, 8, 12, 4);
    m_scroll->setObjectName(u"translationFormScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_scroll, 1);
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &TranslationForm::rebuild);
    connect(m_editing, &EditingLanguage::documentChanged, this, &TranslationForm::setDocument);
    connect(m_editing, &EditingLanguage::languageChanged, this, [this] { rebuild(); });
    setDocument(m_editing->document());
}

TranslationForm::~TranslationForm() = default;

void TranslationForm::setDocument(Core::Document *document)
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    m_slideId = {};
    if (m_document) {
        Core::Document *doc = m_document;
        m_connections << connect(doc,
                                 &Core::Document::translationsChanged,
                                 this,
                                 [this](const QString &language, const QStringList &unitIds) {
                                     if (language == m_editing->language()) {
                                         refreshRows(unitIds);
                                         updateHeader();
                                     }
                                 });
        m_connections << connect(
            doc, &Core::Document::slideChanged, this, [this](const Core::SlideId &id) {
                if (id == m_slideId)
                    scheduleRebuild();
            });
        // The course's and sections' own texts (the form without a slide).
        auto courseTexts = [this] {
            if (m_slideId.isNull())
                scheduleRebuild();
        };
        m_connections << connect(doc, &Core::Document::metadataChanged, this, courseTexts);
        m_connections << connect(doc, &Core::Document::sectionChanged, this, courseTexts);
        m_connections << connect(doc, &Core::Document::sectionInserted, this, courseTexts);
        m_connections << connect(doc, &Core::Document::sectionRemoved, this, courseTexts);
        m_connections << connect(doc, &Core::Document::sectionMoved, this, courseTexts);
        m_connections << connect(doc, &Core::Document::assetAdded, this, [this] {
            for (auto &media : m_mediaRows)
                refreshMediaRow(*media);
        });
        m_connections << connect(doc, &Core::Document::assetRemoved, this, [this] {
            for (auto &media : m_mediaRows)
                refreshMediaRow(*media);
        });
    }
    rebuild();
}

void TranslationForm::setSlide(const Core::SlideId &id)
{
    if (id == m_slideId && m_rowsWidget)
        return;
    m_slideId = id;
    rebuild();
}

void TranslationForm::scheduleRebuild()
{
    m_rebuildTimer->start();
}

void TranslationForm::rebuild()
{
    m_rebuildTimer->stop();
    const QString language = m_editing->language();
    if (!m_document || language.isEmpty()) {
        m_rows.clear();
        m_mediaRows.clear();
        delete m_scroll->takeWidget();
        m_rowsWidget = nullptr;
        m_header->clear();
        return;
    }
    const Core::Course &course = m_document->course();
    if (!m_slideId.isNull() && !course.slide(m_slideId))
        m_slideId = {};
    std::vector<Core::TextField> fields = TranslationOperations::fieldsOf(course, m_slideId);
    std::vector<Core::MediaField> media = Core::mediaFields(course);
    std::erase_if(media,
                  [this](const Core::MediaField &field) { return field.slide != m_slideId; });

    // The same fields as shown (an edit of the source): update the rows in place, so that the
    // focus and the caret stay where they are.
    const bool sameRows
        = m_rowsWidget && fields.size() == m_rows.size() && media.size() == m_mediaRows.size()
          && std::equal(fields.begin(),
                        fields.end(),
                        m_rows.begin(),
                        [](const Core::TextField &f, const auto &row) {
                            return f.unitId == row->field.unitId && f.format == row->field.format;
                        })
          && std::equal(media.begin(),
                        media.end(),
                        m_mediaRows.begin(),
                        [](const Core::MediaField &f, const auto &row) {
                            return f.unitId == row->field.unitId;
                        });
    if (sameRows) {
        for (size_t i = 0; i < fields.size(); ++i) {
            m_rows[i]->field = fields[i];
            refreshRow(*m_rows[i]);
        }
        for (size_t i = 0; i < media.size(); ++i) {
            m_mediaRows[i]->field = media[i];
            refreshMediaRow(*m_mediaRows[i]);
        }
        updateHeader();
        return;
    }

    const int scrollValue = m_scroll->verticalScrollBar()->value();
    m_rows.clear();
    m_mediaRows.clear();
    delete m_scroll->takeWidget();
    m_rowsWidget = new QWidget;
    m_rowsWidget->setObjectName(u"translationRows"_s);
    m_rowsLayout = new QVBoxLayout(m_rowsWidget);
    m_rowsLayout->setContentsMargins(12, 4, 12, 12);
    m_rowsLayout->setSpacing(10);
    for (const Core::TextField &field : fields)
        addTextRow(field);
    for (const Core::MediaField &field : media)
        addMediaRow(field);
    if (fields.empty() && media.empty()) {
        auto *empty = new QLabel(m_slideId.isNull() ? tr("The course has no text of its own.")
                                                    : tr("This slide has no text to translate."),
                                 m_rowsWidget);
        empty->setObjectName(u"translationFormEmpty"_s);
        empty->setForegroundRole(QPalette::PlaceholderText);
        empty->setAlignment(Qt::AlignCenter);
        m_rowsLayout->addWidget(empty);
    }
    m_rowsLayout->addStretch(1);
    m_scroll->setWidget(m_rowsWidget);
    for (auto &row : m_rows)
        refreshRow(*row);
    for (auto &row : m_mediaRows)
        refreshMediaRow(*row);
    m_scroll->verticalScrollBar()->setValue(scrollValue);
    updateHeader();
}

void TranslationForm::addTextRow(const Core::TextField &field)
{
    auto row = std::make_unique<Row>();
    row->field = field;
    Row *r = row.get();
    const QString language = m_editing->language();

    auto *frame = new QFrame(m_rowsWidget);
    frame->setObjectName(u"row:"_s + field.unitId);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(frame);
    grid->setContentsMargins(8, 6, 8, 8);
    grid->setHorizontalSpacing(12);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *top = new QHBoxLayout;
    r->role = new QLabel(frame);
    r->role->setObjectName(u"role"_s);
    r->role->setTextFormat(Qt::PlainText);
    r->role->setWordWrap(true);
    QFont roleFont = r->role->font();
    roleFont.setBold(true);
    r->role->setFont(roleFont);
    top->addWidget(r->role, 1);
    r->badge = new QLabel(frame);
    r->badge->setObjectName(u"state"_s);
    top->addWidget(r->badge);
    r->approve = new QToolButton(frame);
    r->approve->setObjectName(u"approve"_s);
    r->approve->setText(tr("Approve"));
    r->approve->setCheckable(true);
    r->approve->setToolTip(tr("Mark this translation as checked (Ctrl+Return in the "
                              "translation table)"));
    top->addWidget(r->approve);
    grid->addLayout(top, 0, 0, 1, 2);

    r->source = new QLabel(frame);
    r->source->setObjectName(u"source"_s);
    r->source->setWordWrap(true);
    r->source->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    r->source->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    r->source->setBackgroundRole(QPalette::AlternateBase);
    r->source->setAutoFillBackground(true);
    r->source->setMargin(6);
    r->source->setMinimumWidth(120);
    // Half the row whatever the text's length (a long text wraps, it does not widen the row).
    r->source->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    grid->addWidget(r->source, 1, 0, Qt::AlignTop);

    const QString placeholder = plainText(field, field.source);
    if (field.format == Core::TextFormat::Html) {
        auto *rich = new RichTextEdit(frame);
        rich->setMinimumLines(2);
        rich->setPlaceholderText(placeholder);
        connect(rich, &RichTextEdit::htmlEdited, this, [this, r](const QString &html) {
            if (!r->loading && m_document)
                TranslationOperations::setText(*m_document, m_editing->language(), r->field, html);
        });
        r->editor = rich;
    } else if (TranslationOperations::isMultiLine(field)) {
        auto *plain = new QPlainTextEdit(frame);
        plain->setTabChangesFocus(true);
        plain->setPlaceholderText(placeholder);
        plain->setFixedHeight(plain->fontMetrics().lineSpacing() * 4 + 12);
        connect(plain, &QPlainTextEdit::textChanged, this, [this, r, plain] {
            if (!r->loading && m_document)
                TranslationOperations::setText(
                    *m_document, m_editing->language(), r->field, plain->toPlainText());
        });
        r->editor = plain;
    } else {
        auto *line = new QLineEdit(frame);
        line->setPlaceholderText(placeholder);
        connect(line, &QLineEdit::textEdited, this, [this, r](const QString &text) {
            if (m_document)
                TranslationOperations::setText(*m_document, m_editing->language(), r->field, text);
        });
        r->editor = line;
    }
    r->editor->setObjectName(u"target"_s);
    //: Accessible name of a translation field: "Slide title, in English"
    r->editor->setAccessibleName(tr("%1, in %2")
                                     .arg(TranslationOperations::roleName(field.role),
                                          TranslationOperations::languageName(language)));
    // The language of the text typed here, for spell checking.
    r->editor->setProperty("capsuleLanguage", language);
    r->editor->setSizePolicy(QSizePolicy::Ignored, r->editor->sizePolicy().verticalPolicy());
    r->editor->setMinimumWidth(120);
    grid->addWidget(r->editor, 1, 1, Qt::AlignTop);

    r->length = new QLabel(frame);
    r->length->setObjectName(u"length"_s);
    r->length->setAlignment(Qt::AlignRight);
    r->length->setVisible(field.maxLength > 0);
    grid->addWidget(r->length, 2, 1);

    connect(r->approve, &QToolButton::clicked, this, [this, r](bool checked) {
        if (m_document)
            TranslationOperations::setApproved(
                *m_document, m_editing->language(), r->field, checked);
    });

    r->frame = frame;
    m_rowsLayout->addWidget(frame);
    m_rows.push_back(std::move(row));
}

void TranslationForm::addMediaRow(const Core::MediaField &field)
{
    auto row = std::make_unique<MediaRow>();
    row->field = field;
    MediaRow *r = row.get();
    auto *frame = new QFrame(m_rowsWidget);
    frame->setObjectName(u"media:"_s + field.unitId);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(8, 6, 8, 6);
    r->thumbnail = new QLabel(frame);
    r->thumbnail->setFixedSize(96, 54);
    r->thumbnail->setAlignment(Qt::AlignCenter);
    r->thumbnail->setBackgroundRole(QPalette::AlternateBase);
    r->thumbnail->setAutoFillBackground(true);
    layout->addWidget(r->thumbnail);
    r->label = new QLabel(frame);
    r->label->setObjectName(u"mediaLabel"_s);
    r->label->setWordWrap(true);
    r->label->setTextFormat(Qt::PlainText);
    layout->addWidget(r->label, 1);
    r->other = new QPushButton(tr("Use Another File…"), frame);
    r->other->setObjectName(u"useOtherMedia"_s);
    r->other->setToolTip(tr("A version of this file for this language: a narrated video, an "
                            "image with translated text, captions"));
    layout->addWidget(r->other);
    r->useSource = new QPushButton(tr("Use the Source's"), frame);
    r->useSource->setObjectName(u"useSourceMedia"_s);
    layout->addWidget(r->useSource);
    const QString unitId = field.unitId;
    connect(r->other, &QPushButton::clicked, this, [this, unitId] { chooseMediaFile(unitId); });
    connect(r->useSource, &QPushButton::clicked, this, [this, r] {
        if (m_document)
            TranslationOperations::setMedia(*m_document, m_editing->language(), r->field, {});
    });
    r->frame = frame;
    m_rowsLayout->addWidget(frame);
    m_mediaRows.push_back(std::move(row));
}

void TranslationForm::refreshRows(const QStringList &unitIds)
{
    for (auto &row : m_rows) {
        if (unitIds.isEmpty() || unitIds.contains(row->field.unitId))
            refreshRow(*row);
    }
    for (auto &row : m_mediaRows) {
        if (unitIds.isEmpty() || unitIds.contains(row->field.unitId))
            refreshMediaRow(*row);
    }
}

void TranslationForm::refreshRow(Row &row)
{
    if (!m_document)
        return;
    const Core::Course &course = m_document->course();
    const QString language = m_editing->language();
    const Core::TextField &field = row.field;
    const Core::Translation *translation
        = TranslationOperations::translation(course, language, field.unitId);
    const Core::TranslationState state = Core::translationState(course, language, field);

    // The header names the slide: its rows say where in the slide ("Tabs › tab 2").
    const QString role = TranslationOperations::describe(course, field, true);
    row.role->setText(role);
    row.role->setToolTip(field.context);
    row.source->setTextFormat(field.format == Core::TextFormat::Html ? Qt::RichText
                                                                     : Qt::PlainText);
    row.source->setText(field.source);

    const QString text = translation ? translation->text : QString();
    row.loading = true;
    if (auto *line = qobject_cast<QLineEdit *>(row.editor)) {
        QuietSetters::setTextInPlace(line, text);
        line->setPlaceholderText(plainText(field, field.source));
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(row.editor)) {
        if (plain->toPlainText() != text)
            plain->setPlainText(text);
        plain->setPlaceholderText(field.source);
    } else if (auto *rich = qobject_cast<RichTextEdit *>(row.editor)) {
        rich->setHtml(text);
        rich->setPlaceholderText(plainText(field, field.source));
    }
    row.loading = false;

    row.badge->setText(TranslationOperations::stateName(state));
    row.badge->setStyleSheet(badgeStyle(state));
    row.badge->setToolTip(TranslationOperations::stateDescription(state));
    row.frame->setProperty("translationState", Core::toString(state));
    row.approve->setEnabled(state != Core::TranslationState::Untranslated);
    row.approve->setChecked(state == Core::TranslationState::Approved);

    if (field.maxLength > 0) {
        const int length = int(plainText(field, editorText(row.editor)).size());
        const bool over = length > field.maxLength;
        //: Characters typed in a translation and the field's limit: "12 / 80"
        row.length->setText(tr("%1 / %2").arg(length).arg(field.maxLength));
        row.length->setToolTip(over ? tr("Longer than the limit of %1 characters: the player may "
                                         "cut it or lay it out badly.")
                                          .arg(field.maxLength)
                                    : tr("At most %1 characters.").arg(field.maxLength));
        row.length->setStyleSheet(over ? u"color: #c62828; font-weight: 600;"_s : QString());
    }
}

void TranslationForm::refreshMediaRow(MediaRow &row)
{
    if (!m_document)
        return;
    const Core::Course &course = m_document->course();
    const QString language = m_editing->language();
    const Core::AssetId shown = TranslationOperations::mediaIn(course, language, row.field);
    const Core::MediaAsset *source = course.asset(row.field.source);
    const Core::MediaAsset *asset = course.asset(shown);
    const QString sourceName = source ? source->fileName : row.field.source.toString();
    const bool own = shown != row.field.source;
    QString text = row.field.context.isEmpty() ? QString() : row.field.context + u'\n';
    text += own ? tr("In %1: %2 (the source shows %3)")
                      .arg(TranslationOperations::languageName(language),
                           asset ? asset->fileName : shown.toString(),
                           sourceName)
                : tr("In %1: the source's file, %2")
                      .arg(TranslationOperations::languageName(language), sourceName);
    row.label->setText(text);
    row.useSource->setEnabled(own);
    row.thumbnail->clear();
    if (asset && asset->isImage()) {
        const QImage image = AssetComboBox::thumbnail(*asset, row.thumbnail->size());
        if (!image.isNull())
            row.thumbnail->setPixmap(QPixmap::fromImage(image));
    } else if (asset) {
        row.thumbnail->setText(asset->extension().toUpper());
    }
}

void TranslationForm::chooseMediaFile(const QString &unitId)
{
    if (!m_document)
        return;
    const auto found = std::find_if(m_mediaRows.begin(), m_mediaRows.end(), [&](const auto &r) {
        return r->field.unitId == unitId;
    });
    if (found == m_mediaRows.end())
        return;
    const Core::MediaField field = (*found)->field;
    const QString language = m_editing->language();
    const QString path = QFileDialog::getOpenFileName(
        this,
        tr("Media for %1").arg(TranslationOperations::languageName(language)),
        {},
        tr("Media files (%1)").arg(Core::MediaImporter::nameFilters().join(u' ')));
    if (path.isEmpty())
        return;
    const auto imported = MediaOperations::importFiles({path});
    if (imported.empty() || !imported.front()) {
        QMessageBox::warning(this,
                             tr("Cannot use this file"),
                             imported.empty() ? path : imported.front().error().message);
        return;
    }
    const Core::AssetId asset = imported.front().value().id;
    UndoMacroGuard macro(
        m_document->undoStack(),
        tr("Use other media in %1").arg(TranslationOperations::languageName(language)));
    macro.begin();
    MediaOperations::addImported(*m_document, imported);
    TranslationOperations::setMedia(*m_document, language, field, asset);
}

void TranslationForm::updateHeader()
{
    if (!m_document || !m_editing->isTarget()) {
        m_header->clear();
        return;
    }
    const Core::Course &course = m_document->course();
    const QString language = m_editing->language();
    int done = 0;
    for (const auto &row : m_rows) {
        const Core::TranslationState state = Core::translationState(course, language, row->field);
        if (state == Core::TranslationState::Translated
            || state == Core::TranslationState::Approved)
            ++done;
    }
    const Core::Slide *slide = m_slideId.isNull() ? nullptr : course.slide(m_slideId);
    const QString what = slide ? tr("Slide “%1”").arg(slide->title.toHtmlEscaped())
                               : tr("Course and section titles");
    //: The translation form's header: "Slide “Welcome” in English — 3 of 5 texts translated"
    m_header->setText(
        tr("<b>%1</b> in %2 — %3 of %4 texts translated<br><small>The source text, in %5, is on "
           "the left; learners see it where a translation is missing.</small>")
            .arg(what, TranslationOperations::languageName(language).toHtmlEscaped())
            .arg(done)
            .arg(m_rows.size())
            .arg(TranslationOperations::languageName(course.metadata().language).toHtmlEscaped()));
}

const TranslationForm::Row *TranslationForm::row(const QString &unitId) const
{
    for (const auto &r : m_rows) {
        if (r->field.unitId == unitId)
            return r.get();
    }
    return nullptr;
}

QStringList TranslationForm::unitIds() const
{
    QStringList ids;
    for (const auto &r : m_rows)
        ids.append(r->field.unitId);
    return ids;
}

QWidget *TranslationForm::targetEditor(const QString &unitId) const
{
    const Row *r = row(unitId);
    return r ? r->editor : nullptr;
}

QLabel *TranslationForm::sourceLabel(const QString &unitId) const
{
    const Row *r = row(unitId);
    return r ? r->source : nullptr;
}

QLabel *TranslationForm::stateBadge(const QString &unitId) const
{
    const Row *r = row(unitId);
    return r ? r->badge : nullptr;
}

QAbstractButton *TranslationForm::approveButton(const QString &unitId) const
{
    const Row *r = row(unitId);
    return r ? r->approve : nullptr;
}

QLabel *TranslationForm::lengthLabel(const QString &unitId) const
{
    const Row *r = row(unitId);
    return r ? r->length : nullptr;
}

QStringList TranslationForm::mediaUnitIds() const
{
    QStringList ids;
    for (const auto &r : m_mediaRows)
        ids.append(r->field.unitId);
    return ids;
}

QLabel *TranslationForm::mediaLabel(const QString &unitId) const
{
    for (const auto &r : m_mediaRows) {
        if (r->field.unitId == unitId)
            return r->label;
    }
    return nullptr;
}

QAbstractButton *TranslationForm::useSourceMediaButton(const QString &unitId) const
{
    for (const auto &r : m_mediaRows) {
        if (r->field.unitId == unitId)
            return r->useSource;
    }
    return nullptr;
}

void TranslationForm::focusUnit(const QString &unitId)
{
    const Row *r = row(unitId);
    if (!r)
        return;
    if (auto *rich = qobject_cast<RichTextEdit *>(r->editor))
        rich->textEdit()->setFocus(Qt::OtherFocusReason);
    else
        r->editor->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(r->frame);
}

} // namespace App
