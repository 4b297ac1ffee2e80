// SPDX-License-Identifier: MIT
#pragma once

#include "WordTokenizer.h"

#include <QWidget>

#include <vector>

class QLineEdit;

namespace App {

class SpellingAttachment;

/**
 * Draws red wavy lines under the misspelled words of a QLineEdit, which has no text document
 * to highlight: a transparent child covering the line edit, repainted with it, that lets every
 * mouse event through. Owned by the line edit (its parent); made by SpellingAttachment.
 */
class LineEditSpellOverlay final : public QWidget
{
    Q_OBJECT
public:
    LineEditSpellOverlay(QLineEdit *lineEdit, const SpellingAttachment *attachment);

    /** Re-checks the line's text (after an edit or a change of language or settings). */
    void recheck();
    /** The misspelled words of the line's current text (checked again if it changed). */
    const std::vector<WordTokenizer::Word> &misspelled() const;
    /** Where a word of the text lies, in the line edit's coordinates (x from, x to). */
    std::pair<qreal, qreal> wordSpan(const WordTokenizer::Word &word) const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLineEdit *m_lineEdit;
    const SpellingAttachment *m_attachment;
    // Editors set texts with their signals blocked (QuietSetters.h): what was checked is kept
    // to check again, at the latest when the line edit repaints with a new text.
    mutable std::vector<WordTokenizer::Word> m_misspelled;
    mutable QString m_checkedText;
};

} // namespace App
