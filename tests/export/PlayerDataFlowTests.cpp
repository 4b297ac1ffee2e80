// SPDX-License-Identifier: MIT
// The player data of a course that branches: targets resolved to slide indexes (core/Flow).
#include "TestSupport.h"
#include "core/Course.h"
#include "export/PlayerData.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace Core;
using Export::PlayerData;
using Export::PlayerRuntime;

namespace {

/** intro: a, q, res | remed (branch-only): r1, r2 | end: z */
std::unique_ptr<Course> branchingCourse()
{
    auto course = std::make_unique<Course>();
    course->setId(CourseId(u"c"_s));
    const auto addSection = [&](const QString &id, bool branchOnly) {
        auto section = std::make_unique<Section>();
        section->id = SectionId(id);
        section->branchOnly = branchOnly;
        course->sections().push_back(std::move(section));
        return course->sections().back().get();
    };
    const auto addSlide = [](Section *section, const QString &id, SlideBody body) {
        auto slide = std::make_unique<Slide>();
        slide->id = SlideId(id);
        slide->body = std::move(body);
        section->slides.push_back(std::move(slide));
    };
    Section *intro = addSection(u"intro"_s, false);
    addSlide(intro, u"a"_s, ContentBody{});
    Question q;
    q.prompt = u"<p>?</p>"_s;
    Choice yes;
    yes.id = u"c1"_s;
    yes.correct = true;
    Choice no;
    no.id = u"c2"_s;
    no.leadsTo = BranchTarget::toSlide(SlideId(u"r2"_s));
    Choice maybe;
    maybe.id = u"c3"_s;
    q.choices = {yes, no, maybe};
    q.onIncorrect = BranchTarget::toSection(SectionId(u"remed"_s));
    addSlide(intro, u"q"_s, QuestionBody{q});
    ResultBody result;
    result.onFail = BranchTarget::toSection(SectionId(u"remed"_s));
    addSlide(intro, u"res"_s, result);
    Section *remed = addSection(u"remed"_s, true);
    addSlide(remed, u"r1"_s, ContentBody{});
    addSlide(remed, u"r2"_s, ContentBody{});
    addSlide(addSection(u"end"_s, false), u"z"_s, ContentBody{});
    return course;
}

QJsonObject slideAt(const QJsonObject &data, int section, int slide)
{
    return data[u"sections"_s][section][u"slides"_s][slide].toObject();
}

} // namespace

TEST_CASE("Player data resolves branches to slide indexes", "[export][player][branch]")
{
    const auto course = branchingCourse();
    const QJsonObject data = PlayerData::toJson(*course, PlayerRuntime::Scorm12);
    const QJsonArray sections = data[u"sections"_s].toArray();
    CHECK_FALSE(sections[0].toObject().contains(u"branchOnly"_s));
    CHECK(sections[1][u"branchOnly"_s].toBool());

    CHECK(slideAt(data, 0, 0)[u"next"_s].toInt() == 1);
    const QJsonObject q = slideAt(data, 0, 1);
    CHECK(q[u"next"_s].toInt() == 2);
    const QJsonObject question = q[u"question"_s].toObject();
    CHECK_FALSE(question.contains(u"onCorrect"_s)); // "next" is not written
    CHECK(question[u"onIncorrect"_s].toInt() == 3);
    const QJsonArray choices = question[u"choices"_s].toArray();
    CHECK_FALSE(choices[0].toObject().contains(u"go"_s));
    CHECK(choices[1][u"go"_s].toInt() == 4);
    const QJsonObject res = slideAt(data, 0, 2);
    CHECK(res[u"next"_s].toInt() == 5); // skips the branch-only section
    CHECK(res[u"onFail"_s].toInt() == 3);
    CHECK_FALSE(res.contains(u"onPass"_s));
    CHECK(slideAt(data, 1, 0)[u"next"_s].toInt() == 4);
    CHECK_FALSE(slideAt(data, 1, 0).contains(u"ret"_s));
    CHECK(slideAt(data, 1, 1)[u"ret"_s].toBool()); // returns; else goes on after the section
    CHECK(slideAt(data, 1, 1)[u"next"_s].toInt() == 5);
    CHECK(slideAt(data, 2, 0)[u"next"_s].toInt() == -1);

    SECTION("slideToJson gives the same entry (live preview)")
    {
        CHECK(PlayerData::slideToJson(*course, SlideId(u"q"_s), PlayerRuntime::Scorm12) == q);
        CHECK(PlayerData::slideToJson(*course, SlideId(u"r2"_s), PlayerRuntime::Scorm12)
              == slideAt(data, 1, 1));
    }
    SECTION("a course without branches has no flow keys")
    {
        auto plain = branchingCourse();
        plain->sections()[1]->branchOnly = false;
        auto &body = std::get<QuestionBody>(plain->slide(SlideId(u"q"_s))->body);
        body.question.onIncorrect = {};
        body.question.choices[1].leadsTo = {};
        std::get<ResultBody>(plain->slide(SlideId(u"res"_s))->body).onFail = {};
        const QJsonObject json = PlayerData::toJson(*plain, PlayerRuntime::Web);
        CHECK_FALSE(slideAt(json, 0, 0).contains(u"next"_s));
        CHECK_FALSE(json[u"sections"_s][1].toObject().contains(u"branchOnly"_s));
    }
}
