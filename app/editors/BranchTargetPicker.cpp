// SPDX-License-Identifier: MIT
#include "BranchTargetPicker.h"

#include "core/Course.h"

#include <QSignalBlocker>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace App {

namespace {

constexpr int missingRole = Qt::UserRole + 1;

QString slideLabel(const Core::Slide &slide, int number)
{
    const QString title = slide.title.simplified();
    return title.isEmpty() ? BranchTargetPicker::tr("Go to slide %1").arg(number)
                           : BranchTargetPicker::tr("Go to slide %1 “%2”").arg(number).arg(title);
}

QString sectionLabel(const Core::Section &section, int number)
{
    const QString title = section.title.simplified();
    const QString label = title.isEmpty() ? BranchTargetPicker::tr("Go to section %1").arg(number)
                                          : BranchTargetPicker::tr("Go to section “%1”").arg(title);
    return section.branchOnly ? BranchTargetPicker::tr("%1 (only reached by a branch)").arg(label)
                              : label;
}

} // namespace

BranchTargetPicker::BranchTargetPicker(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    rebuild(nullptr, {});
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (itemData(index, missingRole).toBool())
            return;
        emit targetChosen(target());
    });
}

void BranchTargetPicker::setCourse(const Core::Course *course, const Core::SlideId &except)
{
    QString signature = except.toString() + u'\x1d';
    if (course) {
        for (const auto &section : course->sections()) {
            signature += section->id.toString() + u'\x1f' + section->title
                         + (section->branchOnly ? u"\x1e+"_s : u"\x1e"_s);
            for (const auto &slide : section->slides)
                signature += slide->id.toString() + u'\x1f' + slide->title + u'\x1e';
        }
    }
    if (signature == m_signature && count() > 0)
        return;
    m_signature = signature;
    const Core::BranchTarget current = target();
    rebuild(course, except);
    setTarget(current);
}

void BranchTargetPicker::rebuild(const Core::Course *course, const Core::SlideId &except)
{
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("Next slide"), QString());
    if (!course)
        return;
    if (!course->sections().empty())
        insertSeparator(count());
    int number = 0;
    for (const auto &section : course->sections()) {
        addItem(sectionLabel(*section, ++number),
                Core::toString(Core::BranchTarget::toSection(section->id)));
    }
    if (course->slideCount() > 0)
        insertSeparator(count());
    number = 0;
    for (const auto &section : course->sections()) {
        for (const auto &slide : section->slides) {
            ++number;
            if (slide->id == except)
                continue;
            addItem(slideLabel(*slide, number),
                    Core::toString(Core::BranchTarget::toSlide(slide->id)));
        }
    }
}

void BranchTargetPicker::setTarget(const Core::BranchTarget &target)
{
    const QSignalBlocker blocker(this);
    // A previous "missing" entry goes: it only ever stands for the current value.
    for (int i = count() - 1; i >= 0; --i) {
        if (itemData(i, missingRole).toBool())
            removeItem(i);
    }
    const QString key = Core::toString(target);
    int index = findData(key);
    if (index < 0) {
        addItem(tr("Missing slide or section (%1)").arg(key), key);
        index = count() - 1;
        setItemData(index, true, missingRole);
    }
    setCurrentIndex(index);
}

Core::BranchTarget BranchTargetPicker::target() const
{
    Core::BranchTarget target;
    Core::fromString(currentData().toString(), target);
    return target;
}

} // namespace App
