// SPDX-License-Identifier: MIT
#include "SpellingAttachment.h"

#include "LineEditSpellOverlay.h"
#include "SpellHighlighter.h"
#include "SpellingProperties.h"
#include "SpellingService.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDynamicPropertyChangeEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace App {

namespace {

constexpr int maxSuggestions = 6;

} // namespace

SpellingAttachment::SpellingAttachment(QWidget *field, SpellingService *service)
    : QObject(field)
    , m_field(field)
    , m_service(service)
{
    setObjectName(u"spellingAttachment"_s);
    m_language = service->languageOf(field);
    field->installEventFilter(this);
    if ((m_lineEdit = qobject_cast<QLineEdit *>(field))) {
        m_overlay = new LineEditSpellOverlay(m_lineEdit, this);
        connect(m_lineEdit, &QLineEdit::textChanged, m_overlay, &LineEditSpellOverlay::recheck);
        connect(m_lineEdit,
                &QLineEdit::cursorPositionChanged,
                this,
                &SpellingAttachment::recheckAroundCursor);
        m_overlay->recheck();
    } else if ((m_textEdit = qobject_cast<QTextEdit *>(field))) {
        m_textEdit->viewport()->installEventFilter(this);
        m_highlighter = new SpellHighlighter(m_textEdit->document(), this);
        m_highlighter->recheck();
        connect(m_textEdit,
                &QTextEdit::cursorPositionChanged,
                this,
                &SpellingAttachment::recheckAroundCursor);
    } else if ((m_plainTextEdit = qobject_cast<QPlainTextEdit *>(field))) {
        m_plainTextEdit->viewport()->installEventFilter(this);
        m_highlighter = new SpellHighlighter(m_plainTextEdit->document(), this);
        m_highlighter->recheck();
        connect(m_plainTextEdit,
                &QPlainTextEdit::cursorPositionChanged,
                this,
                &SpellingAttachment::recheckAroundCursor);
    }
    connect(service, &SpellingService::changed, this, &SpellingAttachment::refresh);
}

SpellingAttachment::~SpellingAttachment()
{
    // The highlighter belongs to the attachment, not to the field's document.
    delete m_highlighter;
    delete m_overlay;
    if (m_service)
        m_service->forget(m_field);
}

bool SpellingAttachment::isActive() const
{
    return m_service && m_service->isEnabled() && !m_language.isEmpty()
           && SpellingService::isCheckable(m_field);
}

std::vector<WordTokenizer::Word> SpellingAttachment::misspelledWords(const QString &text,
                                                                     int typingAt) const
{
    std::vector<WordTokenizer::Word> result;
    if (!m_service)
        return result;
    for (const WordTokenizer::Word &word : WordTokenizer::words(text)) {
        if (word.start + word.length == typingAt)
            continue;
        if (!m_service->isCorrect(m_language, text.mid(word.start, word.length)))
            result.push_back(word);
    }
    return result;
}

int SpellingAttachment::typingPosition() const
{
    if (!m_field->hasFocus())
        return -1;
    if (m_lineEdit)
        return m_lineEdit->hasSelectedText() ? -1 : m_lineEdit->cursorPosition();
    const QTextCursor cursor
        = m_textEdit ? m_textEdit->textCursor() : m_plainTextEdit->textCursor();
    return cursor.hasSelection() ? -1 : cursor.position();
}

void SpellingAttachment::recheckAroundCursor()
{
    if (!isActive())
        return;
    if (m_overlay) {
        m_overlay->recheck();
        return;
    }
    if (!m_highlighter)
        return;
    QTextDocument *document = m_highlighter->document();
    const int position = m_textEdit ? m_textEdit->textCursor().position()
                                    : m_plainTextEdit->textCursor().position();
    const QTextBlock current = document->findBlock(position);
    if (m_typingBlock != current.blockNumber()) {
        const QTextBlock previous = document->findBlockByNumber(m_typingBlock);
        if (previous.isValid())
            m_highlighter->recheckBlock(previous);
        m_typingBlock = current.blockNumber();
    }
    if (current.isValid())
        m_highlighter->recheckBlock(current);
}

void SpellingAttachment::refresh()
{
    if (!m_service)
        return;
    m_language = m_service->languageOf(m_field);
    if (!m_field->isVisible()) {
        m_dirty = true;
        return;
    }
    recheck();
}

void SpellingAttachment::recheck()
{
    m_dirty = false;
    if (m_overlay)
        m_overlay->recheck();
    if (m_highlighter)
        m_highlighter->recheck();
}

SpellingAttachment::Target SpellingAttachment::targetAt(const QPoint &position)
{
    if (m_lineEdit) {
        const QString text = m_lineEdit->text();
        const WordTokenizer::Word word
            = WordTokenizer::wordAt(text, m_lineEdit->cursorPositionAt(position));
        if (word.length == 0)
            return {};
        QPointer<QLineEdit> edit = m_lineEdit;
        return {text.mid(word.start, word.length), [edit, word](const QString &replacement) {
                    if (!edit)
                        return;
                    edit->setSelection(word.start, word.length);
                    edit->insert(replacement); // an edit of the user's: textEdited follows
                }};
    }
    QTextCursor cursor = m_textEdit ? m_textEdit->cursorForPosition(position)
                                    : m_plainTextEdit->cursorForPosition(position);
    const QTextBlock block = cursor.block();
    const QString text = block.text();
    const WordTokenizer::Word word = WordTokenizer::wordAt(text, cursor.positionInBlock());
    if (word.length == 0)
        return {};
    QTextDocument *document = cursor.document();
    QPointer<QObject> guard = document;
    const int start = block.position() + word.start;
    return {text.mid(word.start, word.length),
            [guard, document, start, word](const QString &replacement) {
                if (!guard)
                    return;
                QTextCursor replace(document);
                replace.setPosition(start);
                replace.setPosition(start + word.length, QTextCursor::KeepAnchor);
                replace.insertText(replacement); // keeps the word's character format
            }};
}

std::unique_ptr<QMenu> SpellingAttachment::createContextMenu(const QPoint &position)
{
    std::unique_ptr<QMenu> menu;
    if (m_lineEdit) {
        menu.reset(m_lineEdit->createStandardContextMenu());
    } else if (m_textEdit) {
        menu.reset(m_textEdit->createStandardContextMenu(position));
    } else {
        menu.reset(m_plainTextEdit->createStandardContextMenu(position));
    }
    if (!isActive())
        return menu;
    const Target target = targetAt(position);
    if (target.word.isEmpty() || m_service->isCorrect(m_language, target.word))
        return menu;

    QAction *before = menu->actions().value(0);
    const QString language = m_language;
    const QString word = target.word;
    const QStringList suggestions = m_service->suggestions(language, word, maxSuggestions);
    QFont bold = menu->font();
    bold.setBold(true);
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(suggestion, menu.get());
        action->setObjectName(u"spellingSuggestion"_s);
        action->setFont(bold);
        const auto replace = target.replace;
        connect(action, &QAction::triggered, this, [replace, suggestion] { replace(suggestion); });
        menu->insertAction(before, action);
    }
    if (suggestions.isEmpty()) {
        //: Context menu of a misspelled word for which the dictionary has no replacement
        auto *none = new QAction(tr("No Suggestions"), menu.get());
        none->setObjectName(u"spellingNoSuggestion"_s);
        none->setEnabled(false);
        menu->insertAction(before, none);
    }
    menu->insertSeparator(before);
    auto *add = new QAction(tr("Add to Dictionary"), menu.get());
    add->setObjectName(u"spellingAddToDictionary"_s);
    add->setToolTip(
        tr("Accept “%1” in every field written in this language, from now on").arg(word));
    QPointer<SpellingService> service = m_service;
    connect(add, &QAction::triggered, this, [service, language, word] {
        if (service)
            service->addToDictionary(language, word);
    });
    menu->insertAction(before, add);
    //: Context menu of a misspelled word: accept it until Capsule quits
    auto *ignore = new QAction(tr("Ignore"), menu.get());
    ignore->setObjectName(u"spellingIgnore"_s);
    connect(ignore, &QAction::triggered, this, [service, word] {
        if (service)
            service->ignore(word);
    });
    menu->insertAction(before, ignore);
    if (before)
        menu->insertSeparator(before);
    return menu;
}

bool SpellingAttachment::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Show:
        if (watched == m_field && m_service
            && (m_dirty || m_language != m_service->languageOf(m_field)))
            refresh();
        break;
    case QEvent::FocusIn:
        if (watched == m_field && m_service && m_language != m_service->languageOf(m_field))
            refresh();
        else if (watched == m_field)
            QMetaObject::invokeMethod(
                this, &SpellingAttachment::recheckAroundCursor, Qt::QueuedConnection);
        break;
    case QEvent::FocusOut:
        // The word last typed is finished. Queued: a field loses the focus as it is destroyed,
        // and its owner (a RichTextEdit) may be half gone by then.
        if (watched == m_field)
            QMetaObject::invokeMethod(
                this, &SpellingAttachment::recheckAroundCursor, Qt::QueuedConnection);
        break;
    case QEvent::DynamicPropertyChange: {
        const QByteArray name = static_cast<QDynamicPropertyChangeEvent *>(event)->propertyName();
        if (watched == m_field
            && (name == Spelling::languageProperty || name == Spelling::spellCheckProperty))
            refresh();
        break;
    }
    case QEvent::Resize:
        if (watched == m_field && m_overlay)
            m_overlay->setGeometry(m_field->rect());
        break;
    case QEvent::ContextMenu: {
        const bool fromField
            = (m_lineEdit && watched == m_lineEdit) || (!m_lineEdit && watched != m_field);
        if (!fromField || m_field->contextMenuPolicy() != Qt::DefaultContextMenu || !isActive())
            break;
        auto *contextEvent = static_cast<QContextMenuEvent *>(event);
        std::unique_ptr<QMenu> menu = createContextMenu(contextEvent->pos());
        menu->exec(contextEvent->globalPos());
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace App
