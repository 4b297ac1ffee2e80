// SPDX-License-Identifier: MIT
// Game mode in the player data: a game section's rules and a question's own time limit, written
// only when set, so courses without a game keep their exact player data.
#include "ExportTestCourse.h"
#include "TestSupport.h"
#include "export/PlayerData.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using Export::PlayerData;
using Export::PlayerRuntime;

TEST_CASE("Player data: a game section and question time limits", "[export][playerdata][game]")
{
    ExportTest::TestMedia media;
    auto course = ExportTest::makeTestCourse(&media);
    const QJsonObject before = PlayerData::toJson(*course, PlayerRuntime::Scorm2004);
    for (const auto &section : before[u"sections"_s].toArray())
        CHECK_FALSE(section.toObject().contains(u"game"_s));

    Core::Section &section = *course->sections().back();
    section.game.enabled = true;
    section.game.points = 250;
    section.game.timeLimit = 15;
    Core::Question *timed = nullptr;
    for (const auto &slide : section.slides) {
        if (auto *body = std::get_if<Core::QuestionBody>(&slide->body)) {
            timed = &body->question;
            break;
        }
    }
    REQUIRE(timed);
    timed->timeLimit = 40;

    const QJsonObject data = PlayerData::toJson(*course, PlayerRuntime::Scorm2004);
    const QJsonArray sections = data[u"sections"_s].toArray();
    const QJsonObject game = sections.last()[u"game"_s].toObject();
    CHECK(game
          == QJsonObject{{u"points"_s, 250},
                         {u"speed"_s, 50},
                         {u"streak"_s, 10},
                         {u"streakSteps"_s, 5},
                         {u"time"_s, 15}});
    int withTime = 0;
    for (const auto &slide : sections.last()[u"slides"_s].toArray()) {
        const QJsonObject q = slide.toObject()[u"question"_s].toObject();
        if (q.contains(u"time"_s)) {
            ++withTime;
            CHECK(q[u"time"_s].toInt() == 40);
        }
    }
    CHECK(withTime == 1);

    SECTION("settings of a game turned off are not sent")
    {
        section.game.enabled = false;
        const QJsonObject off = PlayerData::toJson(*course, PlayerRuntime::Scorm2004);
        CHECK_FALSE(off[u"sections"_s].toArray().last().toObject().contains(u"game"_s));
    }
}
