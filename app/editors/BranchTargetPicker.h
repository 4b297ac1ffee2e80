// SPDX-License-Identifier: MIT
#pragma once

#include "core/Branch.h"
#include "core/Ids.h"

#include <QComboBox>

namespace Core {
class Course;
}

namespace App {

/**
 * A combo box choosing where a choice, a question's outcome or a result leads: the next slide,
 * a slide or the first slide of a section (Core::BranchTarget). It lists the course's sections
 * and slides; a target that no longer exists shows as such, so that the author sees it. Emits
 * targetChosen() only for the user's choices, never for setTarget().
 */
class BranchTargetPicker final : public QComboBox
{
    Q_OBJECT
public:
    explicit BranchTargetPicker(QWidget *parent = nullptr);

    /**
     * Lists the sections and slides of course (nullptr: only "next"), leaving out the slide
     * except (a scenario response leading back to its own slide would loop); cheap when
     * unchanged.
     */
    void setCourse(const Core::Course *course, const Core::SlideId &except = {});
    /** Shows target without emitting targetChosen(). */
    void setTarget(const Core::BranchTarget &target);
    Core::BranchTarget target() const;

signals:
    void targetChosen(const Core::BranchTarget &target);

private:
    void rebuild(const Core::Course *course, const Core::SlideId &except);
    QString m_signature;
};

} // namespace App
