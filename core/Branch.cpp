// SPDX-License-Identifier: MIT
#include "Branch.h"

using namespace Qt::StringLiterals;

namespace Core {

namespace {

constexpr QStringView slidePrefix = u"slide:";
constexpr QStringView sectionPrefix = u"section:";

bool isIdText(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c.isSpace() || c.unicode() < 0x20)
            return false;
    }
    return true;
}

} // namespace

QString toString(const BranchTarget &target)
{
    if (!target.slide.isNull())
        return slidePrefix.toString() + target.slide.toString();
    if (!target.section.isNull())
        return sectionPrefix.toString() + target.section.toString();
    return {};
}

bool fromString(const QString &text, BranchTarget &out)
{
    if (text.isEmpty()) {
        out = {};
        return true;
    }
    const QStringView view(text);
    if (view.startsWith(slidePrefix) && isIdText(view.mid(slidePrefix.size()))) {
        out = BranchTarget::toSlide(SlideId(text.mid(slidePrefix.size())));
        return true;
    }
    if (view.startsWith(sectionPrefix) && isIdText(view.mid(sectionPrefix.size()))) {
        out = BranchTarget::toSection(SectionId(text.mid(sectionPrefix.size())));
        return true;
    }
    return false;
}

} // namespace Core
