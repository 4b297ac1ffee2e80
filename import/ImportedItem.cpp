// SPDX-License-Identifier: MIT
#include "ImportedItem.h"

#include "core/HtmlSanitizer.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Import {

QString SourcePosition::toString() const
{
    return u"%1:%2"_s.arg(line).arg(column);
}

Core::Slide ImportedItem::toSlide() const
{
    if (kind == Kind::Content) {
        Core::Slide slide = Core::Slide::create(Core::SlideKind::Content, title);
        Core::ContentBlock block;
        block.type = Core::ContentBlock::Type::RichText;
        block.text = contentHtml;
        slide.body = Core::ContentBody{{block}};
        return slide;
    }
    Core::Slide slide = Core::Slide::create(Core::SlideKind::Question, title);
    slide.body = Core::QuestionBody{question, tags, difficulty};
    return slide;
}

QString ImportedItem::typeName() const
{
    return kind == Kind::Content ? u"content"_s : Core::toString(question.type);
}

int ImportResult::importableCount() const
{
    return int(std::count_if(
        items.begin(), items.end(), [](const ImportedItem &i) { return i.isImportable(); }));
}

int ImportResult::errorCount() const
{
    return int(items.size()) - importableCount();
}

int ImportResult::warningCount() const
{
    int count = 0;
    for (const ImportedItem &item : items)
        count += int(item.warnings.size());
    return count;
}

QString titleFromHtml(const QString &html)
{
    constexpr qsizetype maxLength = 60;
    const QString text = Core::HtmlSanitizer::toPlainText(html);
    QString line = text.section(u'\n', 0, 0).simplified();
    if (line.size() <= maxLength)
        return line;
    line.truncate(maxLength);
    const qsizetype space = line.lastIndexOf(u' ');
    if (space > maxLength / 2)
        line.truncate(space);
    return line + u'…';
}

} // namespace Import
