// SPDX-License-Identifier: MIT
// The sample course's question bank and draw slide (issue #11): what the player draws from.
#include "TestSupport.h"
#include "core/Document.h"

using namespace Qt::StringLiterals;
using namespace Core;

TEST_CASE("The sample template draws one question per difficulty from its bank", "[core][sample]")
{
    auto loaded = Document::fromTemplate(u"sample"_s);
    REQUIRE(loaded.has_value());
    const Course &course = loaded.value()->course();

    REQUIRE(course.banks().size() == 1);
    const QuestionBank &bank = *course.banks().front();
    CHECK(bank.questions.size() >= 10);
    int perLevel[4] = {0, 0, 0, 0};
    bool partialCredit = false;
    for (const auto &slide : bank.questions) {
        INFO(slide->id.toString().toStdString());
        const auto *body = std::get_if<QuestionBody>(&slide->body);
        REQUIRE(body);
        CHECK_FALSE(body->tags.isEmpty());
        CHECK(body->difficulty != Difficulty::None);
        ++perLevel[int(body->difficulty)];
        partialCredit = partialCredit || body->question.partialCredit;
    }
    CHECK(partialCredit);

    std::vector<const DrawBody *> draws;
    for (const Slide *slide : course.allSlides()) {
        if (const auto *draw = std::get_if<DrawBody>(&slide->body))
            draws.push_back(draw);
    }
    REQUIRE(draws.size() == 1);
    const DrawBody &draw = *draws.front();
    CHECK(draw.banks == std::vector<BankId>{bank.id});
    CHECK(draw.byDifficulty);
    CHECK(draw.total() == 3);
    // A retake can draw questions the first attempt did not show at every level.
    CHECK(perLevel[int(Difficulty::Easy)] >= 2 * draw.easy);
    CHECK(perLevel[int(Difficulty::Medium)] >= 2 * draw.medium);
    CHECK(perLevel[int(Difficulty::Hard)] >= 2 * draw.hard);
}
