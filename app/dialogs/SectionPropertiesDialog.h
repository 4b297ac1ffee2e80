// SPDX-License-Identifier: MIT
#pragma once

#include "core/GameSettings.h"
#include "core/Ids.h"

#include <QDialog>

class QGroupBox;
class QLabel;
class QSpinBox;

namespace Core {
class Document;
}

namespace App {

/**
 * A section's properties: "Play as a game" and the game's rules (points, speed and streak
 * bonuses, the default time per question). OK pushes one Core::SetSectionGame; the dialog holds
 * no model state beyond its fields. The document must outlive the dialog.
 */
class SectionPropertiesDialog final : public QDialog
{
    Q_OBJECT
public:
    SectionPropertiesDialog(Core::Document &document,
                            Core::SectionId id,
                            QWidget *parent = nullptr);

    /** The settings as the fields show them. */
    Core::GameSettings game() const;
    void accept() override;

private:
    void updateSummary();

    Core::Document &m_document;
    Core::SectionId m_id;
    QGroupBox *m_game;
    QSpinBox *m_points;
    QSpinBox *m_speed;
    QSpinBox *m_streak;
    QSpinBox *m_time;
    QLabel *m_summary;
};

} // namespace App
