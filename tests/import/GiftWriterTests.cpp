// SPDX-License-Identifier: MIT
#include "ImportTestSupport.h"
#include "core/Document.h"
#include "import/QuestionImport.h"
#include "import/gift/GiftReader.h"
#include "import/gift/GiftWriter.h"

using namespace Qt::StringLiterals;
using Import::GiftReader;
using Import::GiftWriter;
using Import::ImportedItem;

TEST_CASE("GIFT round trip: import, export, import gives the same questions", "[import][gift]")
{
    const auto first = requireRead(
        GiftReader::read(readTestFile(u"import/constructs.gift"_s), u"constructs.gift"_s));
    const GiftWriter::Output written = GiftWriter::write(first.items);
    CHECK(written.written == int(first.items.size()));
    INFO(written.text.toStdString());
    CHECK(written.warnings.isEmpty());
    const auto second = requireRead(GiftReader::read(written.text.toUtf8(), u"out.gift"_s));
    REQUIRE(second.items.size() == first.items.size());
    for (size_t i = 0; i < first.items.size(); ++i) {
        const ImportedItem &a = first.items[i];
        const ImportedItem &b = second.items[i];
        INFO(a.title.toStdString() + " / " + b.error.toStdString());
        CHECK(b.error.isEmpty());
        CHECK(a.kind == b.kind);
        CHECK(a.title == b.title);
        CHECK(a.category == b.category);
        CHECK(a.question == b.question);
        CHECK(a.contentHtml == b.contentHtml);
    }
    // And once more: the writer's output is stable.
    CHECK(GiftWriter::write(second.items).text == written.text);
}

TEST_CASE("GIFT writer: escapes, categories and what GIFT cannot carry", "[import][gift]")
{
    CHECK(GiftWriter::escape(u"a~b=c#d{e}f:g\\h\ni"_s) == u"a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni"_s);

    ImportedItem choice;
    choice.title = u"Colours: {all}"_s;
    choice.category = u"Art"_s;
    choice.question.type = Core::QuestionType::MultipleResponse;
    choice.question.prompt = u"<p>Pick = primary colours</p>"_s;
    choice.question.points = 2;
    choice.question.choices = {{u"c1"_s, u"red"_s, true, u"yes"_s},
                               {u"c2"_s, u"green"_s, false, {}},
                               {u"c3"_s, u"blue"_s, true, {}}};
    choice.question.correctFeedback = u"Well done"_s;
    choice.question.incorrectFeedback = u"Well done"_s;

    ImportedItem sequence;
    sequence.title = u"Order"_s;
    sequence.question.type = Core::QuestionType::Sequencing;

    const GiftWriter::Output out = GiftWriter::write({choice, sequence});
    CHECK(out.written == 1);
    CHECK(out.text
          == u"// Questions exported from Capsule in Moodle's GIFT format.\n\n"
             "$CATEGORY: $course$/top/Art\n\n"
             "::Colours\\: \\{all\\}::[html]<p>Pick \\= primary colours</p>{\n"
             "\t~%50%red#yes\n"
             "\t~%-100%green\n"
             "\t~%50%blue\n"
             "####Well done}\n\n"_s);
    CHECK(out.warnings
          == QStringList{u"“Colours: {all}”: GIFT has no points: the question's 2 points were "
                         "not written."_s,
                         u"“Order”: GIFT has no sequencing questions: the question was not "
                         "exported."_s});
    const auto back = onlyItem(GiftReader::read(out.text.toUtf8(), u"out.gift"_s));
    CHECK(back.title == choice.title);
    // Moodle's percentages are partial credit: they read back as the choices' weights.
    REQUIRE(back.question.choices.size() == choice.question.choices.size());
    CHECK(back.question.partialCredit);
    for (size_t i = 0; i < back.question.choices.size(); ++i) {
        CHECK(back.question.choices[i].text == choice.question.choices[i].text);
        CHECK(back.question.choices[i].correct == choice.question.choices[i].correct);
        CHECK(back.question.choices[i].feedback == choice.question.choices[i].feedback);
    }
    CHECK(back.question.choices[1].weight == -100);
}

TEST_CASE("GIFT writer: drag-and-drop and hotspot questions are skipped with a warning",
          "[import][gift]")
{
    ImportedItem dragDrop;
    dragDrop.title = u"Le poste"_s;
    dragDrop.question.type = Core::QuestionType::DragDrop;
    dragDrop.question.points = 3; // no second warning about points: nothing is written
    ImportedItem hotspot;
    hotspot.title = u"L’historique"_s;
    hotspot.question.type = Core::QuestionType::Hotspot;
    const GiftWriter::Output out = GiftWriter::write({dragDrop, hotspot});
    CHECK(out.written == 0);
    CHECK(out.warnings
          == QStringList{u"“Le poste”: GIFT has no drag-and-drop questions: the question was "
                         "not exported."_s,
                         u"“L’historique”: GIFT has no hotspot questions: the question was not "
                         "exported."_s});
}

TEST_CASE("GIFT writer: the sample course's questions read back without errors", "[import][gift]")
{
    auto document = Core::Document::fromTemplate(u"sample"_s);
    REQUIRE(document);
    QStringList skipped;
    const auto items
        = Import::QuestionImport::itemsFromCourse(document.value()->course(), {}, &skipped);
    const GiftWriter::Output out = GiftWriter::write(items);
    CHECK(out.written > 0);
    const auto back = requireRead(GiftReader::read(out.text.toUtf8(), u"sample.gift"_s));
    CHECK(back.errorCount() == 0);
    CHECK(int(back.items.size()) == out.written);
    for (const ImportedItem &item : back.items)
        CHECK_FALSE(item.question.clozeText.contains(u"[[2]]"_s));
}
