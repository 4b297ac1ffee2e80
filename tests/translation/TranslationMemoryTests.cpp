// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "translation/TranslationMemory.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Translation;

TEST_CASE("TranslationMemory finds exact and fuzzy matches with their score",
          "[translation][memory]")
{
    TranslationMemory memory;
    CHECK(memory.add(u"fr"_s,
                     u"en"_s,
                     u"Cliquez sur le bouton pour continuer."_s,
                     u"Click the button to continue."_s,
                     u"Cours A"_s));
    CHECK(memory.add(u"fr"_s,
                     u"en"_s,
                     u"Cliquez sur le bouton vert pour continuer."_s,
                     u"Click the green button to continue."_s,
                     u"Cours B"_s));
    CHECK(memory.add(u"fr"_s, u"en"_s, u"Tout autre chose"_s, u"Something else"_s, u"C"_s));
    CHECK(memory.add(u"fr"_s,
                     u"de"_s,
                     u"Cliquez sur le bouton pour continuer."_s,
                     u"Klicken Sie auf die Schaltfläche."_s,
                     u"D"_s));
    CHECK_FALSE(memory.add(u"fr"_s, u"en"_s, u" "_s, u"x"_s, u"E"_s));
    // The same pair again only refreshes the origin.
    CHECK(memory.add(u"fr"_s, u"en"_s, u"Tout autre chose"_s, u"Something else"_s, u"F"_s));
    CHECK(memory.size() == 4);

    const auto exact = memory.lookup(u"fr"_s, u"EN"_s, u"Cliquez sur le bouton pour continuer."_s);
    REQUIRE(exact.size() == 2);
    CHECK(exact[0].score == 100);
    CHECK(exact[0].target == u"Click the button to continue.");
    CHECK(exact[0].origin == u"Cours A");
    CHECK(exact[1].score >= 75);
    CHECK(exact[1].score < 100);
    CHECK(exact[1].target == u"Click the green button to continue.");

    const auto fuzzy = memory.lookup(u"fr"_s, u"en"_s, u"Cliquez sur ce bouton pour continuer"_s);
    REQUIRE(fuzzy.size() == 2);
    CHECK(fuzzy[0].score
          == TranslationMemory::similarity(
              TranslationMemory::normalized(u"Cliquez sur ce bouton pour continuer"_s),
              TranslationMemory::normalized(u"Cliquez sur le bouton pour continuer."_s)));
    CHECK(fuzzy[0].score >= 75);

    // Markup, case and spacing only: 99.
    const auto markup
        = memory.lookup(u"fr"_s, u"en"_s, u"<p>cliquez sur le  bouton pour continuer.</p>"_s);
    REQUIRE_FALSE(markup.empty());
    CHECK(markup[0].score == 99);

    CHECK(memory.lookup(u"fr"_s, u"en"_s, u"Rien à voir avec le reste du tout"_s).empty());
    CHECK(memory.lookup(u"fr"_s, u"it"_s, u"Tout autre chose"_s).empty());
    CHECK(memory.lookup(u"fr"_s, u"en"_s, u"Cliquez sur le bouton pour continuer."_s, 75, 1).size()
          == 1);
    CHECK(memory.lookup(u"fr"_s, u"en"_s, u"Tout autre chose"_s).at(0).origin == u"F");
}

TEST_CASE("TranslationMemory similarity is 100 minus the edit distance in percent",
          "[translation][memory]")
{
    CHECK(TranslationMemory::similarity(u"abcd"_s, u"abcd"_s) == 100);
    CHECK(TranslationMemory::similarity(u"abcd"_s, u"abce"_s) == 75);
    CHECK(TranslationMemory::similarity(u"abcd"_s, u"abxy"_s, 75) == 0);
    CHECK(TranslationMemory::similarity(u"kitten"_s, u"sitting"_s) == 57);
    CHECK(TranslationMemory::normalized(u"<p>A&amp;B  <em>c</em></p>"_s) == u"a&b c");
}

TEST_CASE("TranslationMemory lives in the user's data directory", "[translation][memory]")
{
    QStandardPaths::setTestModeEnabled(true);
    CHECK(TranslationMemory::userMemoryPath().endsWith(u"/capsule/translation-memory.tmx"));
    CHECK(TranslationMemory::userMemoryPath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
    QStandardPaths::setTestModeEnabled(false);
}
