// SPDX-License-Identifier: MIT
#include "RichTextEdit.h"

#include "LinkDialog.h"
#include "RichTextHtml.h"
#include "core/HtmlSanitizer.h"

#include <QAction>
#include <QComboBox>
#include <QMimeData>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace App {

namespace {

/** A QTextEdit that lets only sanitized HTML in through paste and drop. */
class SanitizingTextEdit final : public QTextEdit
{
public:
    using QTextEdit::QTextEdit;

protected:
    void insertFromMimeData(const QMimeData *source) override
    {
        if (source->hasHtml()) {
            textCursor().insertHtml(Core::HtmlSanitizer::sanitize(source->html()));
            ensureCursorVisible();
        } else if (source->hasText()) {
            textCursor().insertText(source->text());
            ensureCursorVisible();
        }
    }
};

bool isOrderedStyle(QTextListFormat::Style style)
{
    return style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha
           || style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman
           || style == QTextListFormat::ListUpperRoman;
}

/** The cursor extended to whole blocks. */
QTextCursor wholeBlocks(QTextCursor cursor)
{
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    cursor.setPosition(start);
    cursor.movePosition(QTextCursor::StartOfBlock);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    return cursor;
}

} // namespace

RichTextEdit::RichTextEdit(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_edit(new SanitizingTextEdit(this))
    , m_blockStyle(new QComboBox(this))
{
    setObjectName(u"richTextEdit"_s);
    m_edit->setObjectName(u"richTextArea"_s);
    setFocusProxy(m_edit); // form labels' mnemonics land in the text
    m_edit->setAcceptRichText(true);
    m_edit->setTabChangesFocus(true);
    m_edit->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_toolBar->setObjectName(u"richTextToolBar"_s);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setContentsMargins(0, 0, 0, 0);

    auto makeAction = [this](const QString &name,
                             const QString &text,
                             const QString &toolTip,
                             const QKeySequence &shortcut,
                             bool checkable) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setToolTip(
            shortcut.isEmpty()
                ? toolTip
                : tr("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
        action->setCheckable(checkable);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        m_toolBar->addAction(action);
        return action;
    };

    m_blockStyle->setObjectName(u"blockStyleCombo"_s);
    m_blockStyle->setToolTip(tr("Paragraph or heading level"));
    m_blockStyle->addItem(tr("Paragraph"), 0);
    m_blockStyle->addItem(tr("Heading 2"), 2);
    m_blockStyle->addItem(tr("Heading 3"), 3);
    m_blockStyle->addItem(tr("Heading 4"), 4);
    m_blockStyle->setFocusPolicy(Qt::TabFocus);
    m_blockStyleAction = m_toolBar->addWidget(m_blockStyle);
    m_blockStyleSeparator = m_toolBar->addSeparator();

    //: Toolbar button: bold (keep it to one or two letters)
    m_bold = makeAction(u"boldAction"_s, tr("B"), tr("Bold"), QKeySequence::Bold, true);
    //: Toolbar button: italic (keep it to one or two letters)
    m_italic = makeAction(u"italicAction"_s, tr("I"), tr("Italic"), QKeySequence::Italic, true);
    //: Toolbar button: underline (keep it to one or two letters)
    m_underline
        = makeAction(u"underlineAction"_s, tr("U"), tr("Underline"), QKeySequence::Underline, true);
    QFont font = m_bold->font();
    font.setBold(true);
    m_bold->setFont(font);
    font.setBold(false);
    font.setItalic(true);
    m_italic->setFont(font);
    font.setItalic(false);
    font.setUnderline(true);
    m_underline->setFont(font);
    m_toolBar->addSeparator();
    m_bulleted = makeAction(u"bulletListAction"_s, tr("• List"), tr("Bulleted list"), {}, true);
    m_numbered = makeAction(u"numberedListAction"_s, tr("1. List"), tr("Numbered list"), {}, true);
    m_toolBar->addSeparator();
    m_link = makeAction(u"linkAction"_s,
                        tr("Link…"),
                        tr("Insert or edit a link"),
                        QKeySequence(Qt::CTRL | Qt::Key_K),
                        false);

    // As tall as the toolbar and the text, never more: given extra room (a lone new block,
    // a group box), the toolbar would otherwise float in the middle of an empty area.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_toolBar->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_edit);

    connect(m_bold, &QAction::triggered, this, [this](bool on) {
        m_edit->setFontWeight(on ? QFont::Bold : QFont::Normal);
    });
    connect(m_italic, &QAction::triggered, m_edit, &QTextEdit::setFontItalic);
    connect(m_underline, &QAction::triggered, m_edit, &QTextEdit::setFontUnderline);
    connect(m_bulleted, &QAction::triggered, this, [this] { toggleList(false); });
    connect(m_numbered, &QAction::triggered, this, [this] { toggleList(true); });
    connect(m_link, &QAction::triggered, this, &RichTextEdit::editLink);
    connect(m_blockStyle, &QComboBox::activated, this, [this](int index) {
        setBlockStyle(m_blockStyle->itemData(index).toInt());
        m_edit->setFocus();
    });

    connect(m_edit, &QTextEdit::textChanged, this, &RichTextEdit::onTextChanged);
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, &RichTextEdit::updateToolBar);
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, &RichTextEdit::updateToolBar);
    connect(m_edit->document(), &QTextDocument::contentsChanged, this, &RichTextEdit::updateHeight);
    m_edit->installEventFilter(this);
    updateHeight();
    updateToolBar();
}

void RichTextEdit::setHtml(const QString &text)
{
    const QString sanitized = Core::HtmlSanitizer::sanitize(text);
    if (sanitized == m_loadedHtml || sanitized == m_lastHtml)
        return;
    const int position = m_edit->textCursor().position();
    m_loading = true;
    RichTextHtml::setHtml(*m_edit->document(), sanitized);
    m_loading = false;
    m_loadedHtml = sanitized;
    m_lastHtml = html();
    QTextCursor cursor(m_edit->document());
    cursor.setPosition(qBound(0, position, m_edit->document()->characterCount() - 1));
    m_edit->setTextCursor(cursor);
    updateToolBar();
}

QString RichTextEdit::html() const
{
    return RichTextHtml::toHtml(*m_edit->document());
}

void RichTextEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void RichTextEdit::setHeadingsAllowed(bool allowed)
{
    m_blockStyleAction->setVisible(allowed);
    m_blockStyleSeparator->setVisible(allowed);
}

void RichTextEdit::setMinimumLines(int lines)
{
    m_minimumLines = lines;
    updateHeight();
}

bool RichTextEdit::setLink(const QString &url)
{
    const QString address = url.trimmed();
    if (!address.isEmpty() && !LinkDialog::isAcceptedUrl(address))
        return false;
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    if (!cursor.hasSelection()) {
        const QTextCharFormat here = cursor.charFormat();
        if (here.isAnchor()) { // extend over the whole link under the cursor
            QTextBlock block = cursor.block();
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                if (f.contains(cursor.position())
                    || f.position() + f.length() == cursor.position()) {
                    if (f.charFormat().anchorHref() == here.anchorHref()) {
                        cursor.setPosition(f.position());
                        cursor.setPosition(f.position() + f.length(), QTextCursor::KeepAnchor);
                        break;
                    }
                }
            }
        }
        if (!cursor.hasSelection())
            cursor.select(QTextCursor::WordUnderCursor);
    }
    QTextCharFormat format;
    if (address.isEmpty()) {
        format.setAnchor(false);
        format.setAnchorHref(QString());
        format.setFontUnderline(false);
        format.setForeground(m_edit->palette().brush(QPalette::Text));
        cursor.mergeCharFormat(format);
    } else {
        format.setAnchor(true);
        format.setAnchorHref(address);
        format.setFontUnderline(true);
        format.setForeground(m_edit->palette().brush(QPalette::Link));
        if (cursor.hasSelection())
            cursor.mergeCharFormat(format);
        else
            cursor.insertText(address, format);
    }
    cursor.endEditBlock();
    // Text typed after the link is not part of it.
    cursor.setPosition(cursor.selectionEnd());
    m_edit->setTextCursor(cursor);
    QTextCharFormat plain = m_edit->currentCharFormat();
    plain.setAnchor(false);
    plain.setAnchorHref(QString());
    plain.setFontUnderline(false);
    plain.clearForeground();
    m_edit->setCurrentCharFormat(plain);
    return true;
}

void RichTextEdit::setBlockStyle(int headingLevel)
{
    const int level = headingLevel >= 2 && headingLevel <= 4 ? headingLevel : 0;
    QTextCursor cursor = wholeBlocks(m_edit->textCursor());
    cursor.beginEditBlock();
    QTextBlock block = m_edit->document()->findBlock(cursor.selectionStart());
    const int end = cursor.selectionEnd();
    while (block.isValid() && block.position() <= end) {
        if (level != 0) {
            if (QTextList *list = block.textList())
                list->remove(block);
        }
        QTextCursor blockCursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setHeadingLevel(level);
        if (level != 0)
            format.setIndent(0);
        blockCursor.setBlockFormat(format);
        block = block.next();
    }
    QTextCharFormat chars;
    chars.setFontWeight(level ? QFont::Bold : QFont::Normal);
    // As QTextDocument does for <h2>..<h4>: larger text for higher levels.
    chars.setProperty(QTextFormat::FontSizeAdjustment, level ? 4 - level : 0);
    cursor.mergeCharFormat(chars);
    cursor.endEditBlock();
    m_edit->mergeCurrentCharFormat(chars);
    updateToolBar();
}

void RichTextEdit::toggleList(bool ordered)
{
    QTextCursor cursor = wholeBlocks(m_edit->textCursor());
    QTextList *list = cursor.currentList();
    cursor.beginEditBlock();
    if (list && isOrderedStyle(list->format().style()) == ordered) {
        QTextBlock block = m_edit->document()->findBlock(cursor.selectionStart());
        const int end = cursor.selectionEnd();
        while (block.isValid() && block.position() <= end) {
            if (QTextList *l = block.textList()) {
                l->remove(block);
                QTextCursor blockCursor(block);
                QTextBlockFormat format = block.blockFormat();
                format.setIndent(0);
                blockCursor.setBlockFormat(format);
            }
            block = block.next();
        }
    } else {
        // Lists hold paragraphs, not headings.
        QTextBlock block = m_edit->document()->findBlock(cursor.selectionStart());
        const int end = cursor.selectionEnd();
        bool hadHeading = false;
        while (block.isValid() && block.position() <= end) {
            if (block.blockFormat().headingLevel() != 0) {
                QTextCursor blockCursor(block);
                QTextBlockFormat format = block.blockFormat();
                format.setHeadingLevel(0);
                blockCursor.setBlockFormat(format);
                hadHeading = true;
            }
            block = block.next();
        }
        if (hadHeading) {
            QTextCharFormat chars;
            chars.setFontWeight(QFont::Normal);
            chars.setProperty(QTextFormat::FontSizeAdjustment, 0);
            cursor.mergeCharFormat(chars);
        }
        const auto style = ordered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
        if (list) {
            QTextListFormat format = list->format();
            format.setStyle(style);
            list->setFormat(format);
        } else {
            cursor.createList(style);
        }
    }
    cursor.endEditBlock();
    updateToolBar();
}

void RichTextEdit::onTextChanged()
{
    if (m_loading)
        return;
    const QString current = html();
    if (current == m_lastHtml)
        return;
    m_lastHtml = current;
    m_loadedHtml = current; // what is loaded now is the user's text
    emit htmlEdited(current);
}

void RichTextEdit::updateToolBar()
{
    const QTextCharFormat format = m_edit->currentCharFormat();
    const QTextCursor cursor = m_edit->textCursor();
    const int level = cursor.blockFormat().headingLevel();
    m_bold->setChecked(format.fontWeight() >= QFont::DemiBold);
    m_bold->setEnabled(level == 0);
    m_italic->setChecked(format.fontItalic());
    m_underline->setChecked(format.fontUnderline() && !format.isAnchor());
    const QTextList *list = cursor.currentList();
    m_bulleted->setChecked(list && !isOrderedStyle(list->format().style()));
    m_numbered->setChecked(list && isOrderedStyle(list->format().style()));
    m_link->setChecked(format.isAnchor());
    const int index = m_blockStyle->findData(level >= 2 && level <= 4 ? level : 0);
    m_blockStyle->setCurrentIndex(index);
}

void RichTextEdit::updateHeight()
{
    const QFontMetrics metrics(m_edit->font());
    const int frame = 2 * m_edit->frameWidth() + 2 * int(m_edit->document()->documentMargin());
    const int minimum = m_minimumLines * metrics.lineSpacing() + frame;
    const int maximum = 22 * metrics.lineSpacing() + frame;
    // QTextEdit lays its document out lazily, so its size can lag behind: measure a copy.
    const std::unique_ptr<QTextDocument> probe(m_edit->document()->clone());
    probe->setDefaultFont(m_edit->font());
    const int width = m_edit->viewport()->width();
    probe->setTextWidth(width > 40 ? width : 400);
    const int wanted = int(std::ceil(probe->size().height())) + 2 * m_edit->frameWidth() + 2;
    if (m_edit->height() != qBound(minimum, wanted, maximum))
        m_edit->setFixedHeight(qBound(minimum, wanted, maximum));
}

bool RichTextEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->oldSize().width() != resize->size().width())
            QMetaObject::invokeMethod(this, &RichTextEdit::updateHeight, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void RichTextEdit::editLink()
{
    const QString current = m_edit->currentCharFormat().anchorHref();
    LinkDialog dialog(current, this);
    if (dialog.exec() == QDialog::Accepted)
        setLink(dialog.url());
    m_edit->setFocus();
}

} // namespace App
