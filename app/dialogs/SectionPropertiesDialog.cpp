// SPDX-License-Identifier: MIT
#include "SectionPropertiesDialog.h"

#include "core/Course.h"
#include "core/Document.h"
#include "core/commands/SetSectionGame.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace App {

namespace {

QSpinBox *spin(QWidget *parent, const QString &name, int min, int max, const QString &suffix)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(min, max);
    box->setSuffix(suffix);
    return box;
}

} // namespace

SectionPropertiesDialog::SectionPropertiesDialog(Core::Document &document,
                                                 Core::SectionId id,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_id(std::move(id))
    , m_game(new QGroupBox(tr("&Play as a game"), this))
    , m_points(spin(this, u"gamePointsSpin"_s, 1, Core::GameSettings::maxPoints, {}))
    , m_speed(spin(this, u"gameSpeedSpin"_s, 0, 100, tr(" %")))
    , m_streak(spin(this, u"gameStreakSpin"_s, 0, 100, tr(" %")))
    , m_time(spin(this, u"gameTimeSpin"_s, 0, Core::GameSettings::maxTimeLimit, tr(" s")))
    , m_summary(new QLabel(this))
{
    setObjectName(u"sectionPropertiesDialog"_s);
    const Core::Course &course = document.course();
    const int index = course.sectionIndex(m_id);
    const Core::GameSettings game
        = index >= 0 ? course.sections()[size_t(index)]->game : Core::GameSettings{};
    const QString title = index >= 0 ? course.sections()[size_t(index)]->title : QString();
    setWindowTitle(title.isEmpty() ? tr("Section Properties")
                                   : tr("Section Properties — %1").arg(title));

    m_game->setObjectName(u"playAsGameGroup"_s);
    m_game->setCheckable(true);
    m_game->setChecked(game.enabled);
    m_game->setToolTip(tr("Learners answer the section's questions against the clock, earn points "
                          "with speed and streak bonuses and try to beat their personal best."));
    m_points->setValue(game.points);
    m_points->setToolTip(tr("Points a fully correct answer earns, per point of the question"));
    m_speed->setSpecialValueText(tr("Off"));
    m_speed->setValue(game.speedBonus);
    m_speed->setToolTip(tr("Extra points for a quick right answer, in percent of its points; "
                           "they shrink as the time runs out"));
    m_streak->setSpecialValueText(tr("Off"));
    m_streak->setValue(game.streakBonus);
    m_streak->setToolTip(tr("Extra points for each right answer in a row, in percent of its "
                            "points, up to five in a row"));
    m_time->setSpecialValueText(tr("No timer"));
    m_time->setValue(game.timeLimit);
    m_time->setToolTip(tr("The default for questions without a time limit of their own"));

    auto *form = new QFormLayout;
    form->addRow(tr("P&oints per question point:"), m_points);
    form->addRow(tr("&Speed bonus:"), m_speed);
    form->addRow(tr("S&treak bonus:"), m_streak);
    form->addRow(tr("&Time per question:"), m_time);
    auto *note = new QLabel(tr("Before they start, learners can turn the timer off or get ten "
                               "times more time. Bonuses count in the course's maximum score."),
                            this);
    note->setWordWrap(true);
    m_summary->setObjectName(u"gameSummary"_s);
    m_summary->setWordWrap(true);
    auto *gameLayout = new QVBoxLayout(m_game);
    gameLayout->addLayout(form);
    gameLayout->addWidget(note);
    gameLayout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_game);
    layout->addWidget(buttons);

    for (QSpinBox *box : {m_points, m_speed, m_streak, m_time})
        connect(box, &QSpinBox::valueChanged, this, &SectionPropertiesDialog::updateSummary);
    connect(m_game, &QGroupBox::toggled, this, &SectionPropertiesDialog::updateSummary);
    updateSummary();
}

Core::GameSettings SectionPropertiesDialog::game() const
{
    Core::GameSettings game;
    game.enabled = m_game->isChecked();
    game.points = m_points->value();
    game.speedBonus = m_speed->value();
    game.streakBonus = m_streak->value();
    game.timeLimit = m_time->value();
    return game;
}

void SectionPropertiesDialog::updateSummary()
{
    const Core::Course &course = m_document.course();
    const int index = course.sectionIndex(m_id);
    if (index < 0)
        return;
    const Core::GameSettings settings = game();
    int position = 0;
    double maximum = 0;
    for (const auto &slide : course.sections()[size_t(index)]->slides) {
        const Core::Question *q = slide->question();
        if (q && Core::isGraded(q->type))
            maximum += Core::gameMaxPoints(settings, *q, position++);
    }
    m_summary->setText(
        position == 0
            ? tr("This section has no graded question yet.")
            : tr("%n graded question(s), up to %1 points with every bonus.", nullptr, position)
                  .arg(QLocale().toString(maximum, 'g', 10)));
}

void SectionPropertiesDialog::accept()
{
    // Unchanged: no push at all (even an obsolete command would drop the redo history).
    const int index = m_document.course().sectionIndex(m_id);
    if (index >= 0 && m_document.course().sections()[size_t(index)]->game != game())
        m_document.push(std::make_unique<Core::SetSectionGame>(&m_document, m_id, game()));
    QDialog::accept();
}

} // namespace App
