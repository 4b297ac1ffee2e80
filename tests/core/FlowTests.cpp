// SPDX-License-Identifier: MIT
// core/Flow: default next, branch-only sections and return points, reachability, and the
// Validator's flow issues (unreachable slides, dead ends, loops, missing targets).
#include "CourseFixtures.h"
#include "TestSupport.h"
#include "core/Flow.h"
#include "core/Validator.h"

using namespace Qt::StringLiterals;
using namespace Core;

namespace {

Slide &slideNamed(Course &course, const QString &title)
{
    Slide *slide = course.slide(SlideId(u"slide-"_s + title));
    REQUIRE(slide);
    return *slide;
}

/** Turns a content slide into a single-choice question: c1 correct, c2 wrong. */
Question &makeQuestion(Course &course, const QString &title)
{
    Slide &slide = slideNamed(course, title);
    Question q;
    q.prompt = u"<p>?</p>"_s;
    Choice right;
    right.id = u"c1"_s;
    right.text = u"Oui"_s;
    right.correct = true;
    Choice wrong;
    wrong.id = u"c2"_s;
    wrong.text = u"Non"_s;
    q.choices = {right, wrong};
    slide.body = QuestionBody{q};
    return std::get<QuestionBody>(slide.body).question;
}

BranchTarget toSlide(const QString &title)
{
    return BranchTarget::toSlide(SlideId(u"slide-"_s + title));
}

std::vector<int> targets(const Flow &flow, int index)
{
    std::vector<int> to;
    for (const Flow::Edge &edge : flow.edges(index))
        to.push_back(edge.to);
    return to;
}

QStringList flowCodes(const Course &course)
{
    QStringList out;
    for (const auto &issue : Validator::check(course)) {
        if (issue.code.startsWith(u"branch."_s))
            out << issue.code + u'@' + issue.slide.toString();
    }
    return out;
}

} // namespace

TEST_CASE("Flow: next skips branch-only sections, which return to the branching point",
          "[core][flow]")
{
    // 0 a  1 q  2 b | remed: 3 r1 4 r2 | 5 c
    auto course = makeCourse({u"Main:a,q,b"_s, u"Remed:r1,r2"_s, u"End:c"_s});
    course->sections()[1]->branchOnly = true;
    Question &q = makeQuestion(*course, u"q"_s);
    q.onIncorrect = BranchTarget::toSection(SectionId(u"sec-Remed"_s));

    const Flow flow(*course);
    REQUIRE(flow.slideCount() == 6);
    CHECK(flow.hasBranches());
    CHECK(flow.defaultNext(0) == 1);
    CHECK(flow.defaultNext(2) == 5); // skips the branch-only section
    CHECK(flow.defaultNext(3) == 4);
    CHECK(flow.returns(4));
    CHECK_FALSE(flow.returns(3));
    CHECK(flow.defaultNext(4) == 5); // fallback: the slide after the section
    CHECK(flow.defaultNext(5) == Flow::end);
    CHECK(targets(flow, 1) == std::vector<int>{2, 3}); // correct: next; incorrect: remediation
    CHECK(flow.edges(1)[0].isDefault());
    CHECK_FALSE(flow.edges(1)[1].isDefault());
    // The remediation returns to the slide after the question.
    REQUIRE(flow.edges(4).size() == 1);
    CHECK(flow.edges(4)[0].isReturn);
    CHECK(flow.edges(4)[0].to == 2);
    CHECK(std::all_of(flow.reachable().begin(), flow.reachable().end(), [](bool b) { return b; }));
    CHECK(std::all_of(flow.canFinish().begin(), flow.canFinish().end(), [](bool b) { return b; }));
    CHECK(flowCodes(*course).isEmpty());

    SECTION("a choice comes before the outcome")
    {
        q.choices[0].leadsTo = toSlide(u"c"_s);
        const Flow again(*course);
        CHECK(targets(again, 1) == std::vector<int>{5, 3}); // c1 → c, c2 (incorrect) → remed
        CHECK(again.edges(1)[0].kind == FlowEdgeKind::Choice);
        CHECK(again.edges(1)[0].label == u"c1"_s);
        // b is still reached: the remediation returns there.
        CHECK(again.reachable()[2]);
        CHECK(targets(again, 4) == std::vector<int>{2});
        CHECK(flowCodes(*course).isEmpty());
        // Without the remediation, nothing leads to b any more.
        q.onIncorrect = toSlide(u"c"_s);
        CHECK(flowCodes(*course)
              == QStringList{u"branch.unreachable@slide-b"_s, u"branch.unreachable@slide-r1"_s});
    }
    SECTION("a branch from a branch-only section keeps the return point")
    {
        auto nested = makeCourse({u"Main:a,q,b"_s, u"R1:x"_s, u"R2:y"_s, u"End:c"_s});
        nested->sections()[1]->branchOnly = true;
        nested->sections()[2]->branchOnly = true;
        makeQuestion(*nested, u"q"_s).onIncorrect = toSlide(u"x"_s);
        makeQuestion(*nested, u"x"_s).onIncorrect = toSlide(u"y"_s);
        const Flow f(*nested);
        // x returns to b (after q); y, entered from x, returns to b as well.
        CHECK(targets(f, 3) == std::vector<int>{2, 4});
        CHECK(targets(f, 4) == std::vector<int>{2});
        CHECK(flowCodes(*nested).isEmpty());
    }
}

TEST_CASE("Flow: result slides branch on pass and fail; sections resolve to their first slide",
          "[core][flow]")
{
    auto course = makeCourse({u"Quiz:q,res"_s, u"Remed:r"_s, u"End:z"_s});
    course->sections()[1]->branchOnly = true;
    makeQuestion(*course, u"q"_s);
    Slide &result = slideNamed(*course, u"res"_s);
    result.body = ResultBody{};
    std::get<ResultBody>(result.body).onFail = BranchTarget::toSection(SectionId(u"sec-Remed"_s));
    const Flow flow(*course);
    CHECK(targets(flow, 1) == std::vector<int>{3, 2}); // pass: next (z), fail: r
    CHECK(targets(flow, 2) == std::vector<int>{3});    // r returns after the result
    CHECK(flow.resolve(BranchTarget::toSection(SectionId(u"sec-End"_s)), 0) == 3);
    CHECK(flow.resolve(BranchTarget::toSection(SectionId(u"nope"_s)), 0) == Flow::missing);
    CHECK(flow.resolve(toSlide(u"nope"_s), 0) == Flow::missing);
    CHECK(flow.indexOf(SlideId(u"slide-r"_s)) == 2);
    CHECK(flowCodes(*course).isEmpty());
}

TEST_CASE("Validator reports unreachable slides, dead ends, loops and missing targets",
          "[core][flow][validator]")
{
    SECTION("a course without branches has no flow issues, even with a button")
    {
        auto course = makeCourse({u"A:a,b,c"_s});
        CHECK(flowCodes(*course).isEmpty());
        CHECK_FALSE(Flow(*course).hasBranches());
    }
    SECTION("a branch-only section nobody branches to: one issue, on its first slide")
    {
        auto course = makeCourse({u"A:a,b"_s, u"R:r1,r2"_s, u"Z:z"_s});
        course->sections()[1]->branchOnly = true;
        CHECK(flowCodes(*course) == QStringList{u"branch.unreachable@slide-r1"_s});
        const auto issues = Validator::check(*course);
        const auto it = std::find_if(issues.begin(), issues.end(), [](const auto &i) {
            return i.code == u"branch.unreachable"_s;
        });
        REQUIRE(it != issues.end());
        CHECK(it->severity == Validator::Severity::Warning);
        CHECK(it->message.contains(u"« R »"_s));
        CHECK(it->location == u"Section 2 › Slide 1 « r1 »"_s);
    }
    SECTION("a jump over slides leaves them unreachable")
    {
        auto course = makeCourse({u"A:a,q,b,c"_s});
        Question &q = makeQuestion(*course, u"q"_s);
        q.onCorrect = toSlide(u"c"_s);
        q.onIncorrect = toSlide(u"c"_s);
        CHECK(flowCodes(*course) == QStringList{u"branch.unreachable@slide-b"_s});
    }
    SECTION("a missing target is an error naming the answer; every way out broken is a dead end")
    {
        auto course = makeCourse({u"A:a,q,b"_s});
        Question &q = makeQuestion(*course, u"q"_s);
        q.choices[1].leadsTo = toSlide(u"gone"_s);
        auto issues = Validator::check(*course);
        const auto missing = std::find_if(issues.begin(), issues.end(), [](const auto &i) {
            return i.code == u"branch.missing-target"_s;
        });
        REQUIRE(missing != issues.end());
        CHECK(missing->severity == Validator::Severity::Error);
        CHECK(missing->field == Validator::Field::Branch);
        CHECK(missing->index == 1);
        CHECK(missing->message == u"Answer 2 leads to a slide that is not in the course."_s);
        CHECK(Validator::checkSlide(*course, SlideId(u"slide-q"_s)).size() == 1);

        q.onCorrect = BranchTarget::toSection(SectionId(u"nowhere"_s));
        CHECK(flowCodes(*course)
              == QStringList{u"branch.missing-target@slide-q"_s,
                             u"branch.missing-target@slide-q"_s,
                             u"branch.dead-end@slide-q"_s,
                             u"branch.unreachable@slide-b"_s});
    }
    SECTION("an empty section as a target")
    {
        auto course = makeCourse({u"A:a,q,b"_s, u"Empty:"_s});
        makeQuestion(*course, u"q"_s).onIncorrect
            = BranchTarget::toSection(SectionId(u"sec-Empty"_s));
        const QStringList codes = flowCodes(*course);
        CHECK(codes == QStringList{u"branch.missing-target@slide-q"_s});
    }
    SECTION("a loop with no exit is reported where it starts")
    {
        auto course = makeCourse({u"A:a,q,b,c"_s});
        Question &q = makeQuestion(*course, u"q"_s);
        q.onCorrect = toSlide(u"b"_s);
        q.onIncorrect = toSlide(u"b"_s);
        Question &c = makeQuestion(*course, u"c"_s);
        c.onCorrect = toSlide(u"b"_s);
        c.onIncorrect = toSlide(u"b"_s);
        CHECK(flowCodes(*course) == QStringList{u"branch.loop@slide-b"_s});
        const Flow flow(*course);
        CHECK(flow.reachable()[3]);
        CHECK_FALSE(flow.canFinish()[3]);
        CHECK(flow.canFinish().front() == false);
    }
    SECTION("ending the course inside a branch-only section is a dead end")
    {
        auto course = makeCourse({u"A:a,q,b"_s, u"R:r"_s});
        course->sections()[1]->branchOnly = true;
        Question &q = makeQuestion(*course, u"q"_s);
        q.onIncorrect = BranchTarget::toSection(SectionId(u"sec-R"_s));
        // r returns to b: fine.
        CHECK(flowCodes(*course).isEmpty());
        // From b, a button into r: r's fallback is the end of the course.
        auto &blocks = std::get<ContentBody>(slideNamed(*course, u"b"_s).body).blocks;
        ContentBlock button;
        button.type = ContentBlock::Type::Button;
        button.text = u"Revoir"_s;
        button.targetSlide = SlideId(u"slide-r"_s);
        blocks.push_back(button);
        CHECK(flowCodes(*course) == QStringList{u"branch.dead-end@slide-r"_s});
    }
}

#include "core/CourseFragment.h"
#include "core/commands/SetSectionBranchOnly.h"
#include "core/commands/SetSlideBody.h"

#include <QSignalSpy>

TEST_CASE("SetSectionBranchOnly marks a section, undoably; SetSlideBody edits targets",
          "[core][flow][commands]")
{
    Document doc(makeCourse({u"A:a,q"_s, u"R:r"_s}));
    QSignalSpy changed(&doc, &Document::sectionChanged);
    auto command = std::make_unique<SetSectionBranchOnly>(&doc, SectionId(u"sec-R"_s), true);
    CHECK(command->text() == u"Make section “R” reached only by a branch"_s);
    checkRedoUndoRoundTrip(doc, std::move(command));
    CHECK(doc.course().sections()[1]->branchOnly);
    CHECK(changed.count() >= 1);
    CHECK(changed.first().first().toInt() == 1);

    SECTION("setting the same value adds no history")
    {
        doc.push(std::make_unique<SetSectionBranchOnly>(&doc, SectionId(u"sec-R"_s), true));
        CHECK(doc.undoStack()->count() == 1);
    }
    SECTION("a question's outcome goes through SetSlideBody")
    {
        Slide copy = *doc.course().slide(SlideId(u"slide-q"_s));
        Question q;
        q.onIncorrect = BranchTarget::toSection(SectionId(u"sec-R"_s));
        copy.body = QuestionBody{q};
        checkRedoUndoRoundTrip(
            doc, std::make_unique<SetSlideBody>(&doc, copy.id, copy.body, u"Branch"_s));
        CHECK(doc.course().slide(copy.id)->question()->onIncorrect == q.onIncorrect);
    }
}

TEST_CASE("Pasting slides and sections keeps their branches inside the fragment",
          "[core][flow][fragment]")
{
    auto source = makeCourse({u"Main:a,q"_s, u"Remed:r"_s});
    source->sections()[1]->branchOnly = true;
    Question &q = makeQuestion(*source, u"q"_s);
    q.onIncorrect = BranchTarget::toSection(SectionId(u"sec-Remed"_s));
    q.choices[0].leadsTo = toSlide(u"a"_s);

    SECTION("sections: targets follow the copies, branch-only is kept")
    {
        auto fragment = CourseFragment::fromSections(
            *source, {SectionId(u"sec-Main"_s), SectionId(u"sec-Remed"_s)});
        REQUIRE(fragment);
        const auto instance = fragment->instantiate(*source);
        REQUIRE(instance.sections.size() == 2);
        CHECK(instance.sections[1]->branchOnly);
        const Question *copy = instance.sections[0]->slides[1]->question();
        CHECK(copy->onIncorrect == BranchTarget::toSection(instance.sections[1]->id));
        CHECK(copy->choices[0].leadsTo
              == BranchTarget::toSlide(instance.sections[0]->slides[0]->id));
        CHECK(instance.droppedBranches == 0);
    }
    SECTION("a slide alone into another course: targets it lacks become next, with a note")
    {
        auto fragment = CourseFragment::fromSlides(*source, {SlideId(u"slide-q"_s)});
        REQUIRE(fragment);
        auto other = makeCourse({u"X:x"_s});
        const auto instance = fragment->instantiate(*other);
        REQUIRE(instance.slides.size() == 1);
        const Question *copy = instance.slides[0]->question();
        CHECK(copy->onIncorrect.isNext());
        CHECK(copy->choices[0].leadsTo.isNext());
        CHECK(instance.droppedBranches == 2);
        CHECK(instance.notes().join(u' ').contains(u"2 branches"_s));
        // Into its own course, the targets exist and stay.
        const auto same = fragment->instantiate(*source);
        CHECK(same.slides[0]->question()->onIncorrect == q.onIncorrect);
        CHECK(same.droppedBranches == 0);
    }
}
