// SPDX-License-Identifier: MIT
#include "PseudoTranslation.h"

#include <QStringView>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Translation {

namespace {

// a..z and A..Z, accented look-alikes from Latin-1 and Latin Extended (common fonts have them).
constexpr char16_t kLower[] = u"åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýž";
constexpr char16_t kUpper[] = u"ÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
constexpr char16_t kFiller[] = u" ļöŕéɱ îþšûɱ ðöļöŕ šîţ åɱéţ çöñšéçţéţûŕ åðîþîšçîñĝ éļîţ šéð ðö "
                               u"éîûšɱöð ţéɱþöŕ îñçîðîðûñţ";

} // namespace

QString PseudoTranslation::accented(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z')
            c = QChar(kLower[u - u'a']);
        else if (u >= u'A' && u <= u'Z')
            c = QChar(kUpper[u - u'A']);
    }
    return out;
}

Segment PseudoTranslation::translate(const Segment &source, int maxLength)
{
    Segment out;
    int length = 0;
    int lastText = -1;
    for (const Segment::Piece &piece : source.pieces) {
        if (piece.type == Segment::Piece::Type::Text) {
            out.pieces.push_back({piece.type, accented(piece.value)});
            length += int(piece.value.size());
            lastText = int(out.pieces.size()) - 1;
        } else {
            out.pieces.push_back(piece);
        }
    }
    if (lastText < 0 || length == 0)
        return out;
    int extra = int(std::ceil(length * 0.4));
    if (maxLength > 0)
        extra = std::min(extra, std::max(0, maxLength - length));
    // Filler goes at the end of the last text, before closing codes, so it wraps like words.
    QString &text = out.pieces[size_t(lastText)].value;
    const QStringView filler(kFiller);
    QString added;
    while (added.size() < extra)
        added += filler.left(std::min<qsizetype>(filler.size(), extra - added.size()));
    qsizetype end = text.size();
    while (end > 0 && text[end - 1].isSpace())
        --end;
    text.insert(end, added);
    return out;
}

QString PseudoTranslation::translateField(const Core::TextField &field)
{
    const CodedText coded = InlineText::fromField(field.source, field.format, field.role);
    const Segment pseudo = translate(coded.segment, field.maxLength);
    auto text = InlineText::toField(pseudo, coded, field.format, field.role);
    return text ? text.value() : accented(field.source);
}

std::vector<std::pair<QString, std::optional<Core::Translation>>>
PseudoTranslation::translations(const Core::Course &course)
{
    std::vector<std::pair<QString, std::optional<Core::Translation>>> changes;
    for (const Core::TextField &field : Core::textFields(course))
        changes.emplace_back(
            field.unitId,
            Core::Translation{translateField(field), Core::sourceHash(field.source), false});
    return changes;
}

} // namespace Translation
