// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "core/HtmlSanitizer.h"
#include "translation/PseudoTranslation.h"

using namespace Qt::StringLiterals;
using namespace Translation;

TEST_CASE("Pseudo-translation accents letters, grows by 40 % and keeps codes",
          "[translation][pseudo]")
{
    CHECK(PseudoTranslation::accented(u"Bonjour, Zoé 42!"_s) == u"Ɓöñĵöûŕ, Žöé 42!");

    const auto coded = InlineText::fromField(
        u"<p>Hello <strong>world</strong>!</p>"_s, Core::TextFormat::Html, Core::TextRole::Body);
    const Segment pseudo = PseudoTranslation::translate(coded.segment);
    const auto html
        = InlineText::toField(pseudo, coded, Core::TextFormat::Html, Core::TextRole::Body);
    REQUIRE(html);
    CHECK(html.value().startsWith(u"<p>Ĥéļļö <strong>ŵöŕļð</strong>!"));
    CHECK(html.value().endsWith(u"</p>"));
    CHECK(Core::HtmlSanitizer::isSafe(html.value()));
    const int sourceLength = int(coded.segment.plainText().size());
    CHECK(pseudo.plainText().size() == sourceLength + (sourceLength * 4 + 9) / 10);

    const auto cloze = InlineText::fromField(
        u"The [[1]] is red. "_s, Core::TextFormat::Plain, Core::TextRole::ClozeText);
    const auto text = InlineText::toField(PseudoTranslation::translate(cloze.segment),
                                          cloze,
                                          Core::TextFormat::Plain,
                                          Core::TextRole::ClozeText);
    REQUIRE(text);
    CHECK(text.value().startsWith(u"Ţĥé [[1]] îš ŕéð."));
    CHECK(text.value().endsWith(u" "));

    // A length limit holds.
    const auto limited = PseudoTranslation::translate(
        InlineText::fromField(u"Title"_s, Core::TextFormat::Plain, Core::TextRole::SlideTitle)
            .segment,
        6);
    CHECK(limited.plainText() == u"Ţîţļé "_s);
}
