// SPDX-License-Identifier: MIT
#include "LineEditSpellOverlay.h"

#include "SpellHighlighter.h"
#include "SpellingAttachment.h"

#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTextLayout>

namespace App {

LineEditSpellOverlay::LineEditSpellOverlay(QLineEdit *lineEdit,
                                           const SpellingAttachment *attachment)
    : QWidget(lineEdit)
    , m_lineEdit(lineEdit)
    , m_attachment(attachment)
{
    setObjectName(QStringLiteral("spellingOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(lineEdit->rect());
    show();
}

void LineEditSpellOverlay::recheck()
{
    std::vector<WordTokenizer::Word> misspelled;
    m_checkedText = m_lineEdit->text();
    if (m_attachment->isActive())
        misspelled = m_attachment->misspelledWords(m_checkedText, m_attachment->typingPosition());
    if (misspelled != m_misspelled) {
        m_misspelled = std::move(misspelled);
        update();
    }
}

const std::vector<WordTokenizer::Word> &LineEditSpellOverlay::misspelled() const
{
    if (m_lineEdit->text() != m_checkedText)
        const_cast<LineEditSpellOverlay *>(this)->recheck();
    return m_misspelled;
}

std::pair<qreal, qreal> LineEditSpellOverlay::wordSpan(const WordTokenizer::Word &word) const
{
    // The line edit lays its text out in one QTextLayout line in its font; it reports where its
    // cursor is drawn (centred on the cursor's x, also when the text is scrolled), which places
    // that layout in the widget.
    QTextLayout layout(m_lineEdit->displayText(), m_lineEdit->font());
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return {0, 0};
    const QRectF cursor = QRectF(m_lineEdit->inputMethodQuery(Qt::ImCursorRectangle).toRect());
    const qreal origin = cursor.center().x() - line.cursorToX(m_lineEdit->cursorPosition());
    return {origin + line.cursorToX(word.start), origin + line.cursorToX(word.start + word.length)};
}

void LineEditSpellOverlay::paintEvent(QPaintEvent *)
{
    if (misspelled().empty() || m_lineEdit->text() != m_lineEdit->displayText())
        return;
    QStyleOptionFrame option;
    option.initFrom(m_lineEdit);
    const QRect contents
        = m_lineEdit->style()->subElementRect(QStyle::SE_LineEditContents, &option, m_lineEdit);
    const QRectF cursor = QRectF(m_lineEdit->inputMethodQuery(Qt::ImCursorRectangle).toRect());
    const QFontMetricsF metrics(m_lineEdit->font());
    // Just below the baseline, inside the descent, as word processors draw it.
    const qreal baseline = cursor.top() + metrics.ascent() + 1.0;
    const qreal y = qMin(baseline + 1.5, qreal(contents.bottom()) - 1.5);

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(contents);
    QPen pen(SpellHighlighter::misspelledFormat().underlineColor());
    pen.setWidthF(1.0);
    painter.setPen(pen);
    for (const WordTokenizer::Word &word : m_misspelled) {
        const auto [from, to] = wordSpan(word);
        if (to <= from)
            continue;
        // A wave of 4 px period and 1.5 px amplitude.
        QPainterPath wave;
        wave.moveTo(from, y);
        bool up = true;
        for (qreal x = from; x < to; x += 2.0) {
            wave.lineTo(qMin(x + 2.0, to), up ? y - 1.5 : y + 1.5);
            up = !up;
        }
        painter.drawPath(wave);
    }
}

} // namespace App
