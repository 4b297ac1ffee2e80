// SPDX-License-Identifier: MIT
// A small course with every kind of text XLIFF must carry: plain titles, rich text with
// bold, a link and a line break, a fill-in text with blank markers, choices with feedback.
#pragma once

#include "core/Course.h"
#include "core/Document.h"
#include "core/Translation.h"
#include "core/commands/AddLanguage.h"

#include <memory>

namespace XliffFixture {

inline std::unique_ptr<Core::Course> makeCourse()
{
    using namespace Core;
    auto course = std::make_unique<Course>();
    course->setId(CourseId(QStringLiteral("c")));
    course->metadata().title = QStringLiteral("Accueil client");
    course->metadata().language = QStringLiteral("fr");
    auto section = std::make_unique<Section>();
    section->id = SectionId(QStringLiteral("s1"));
    section->title = QStringLiteral("Au téléphone");
    Slide content;
    content.id = SlideId(QStringLiteral("A"));
    content.title = QStringLiteral("Décrocher");
    ContentBody body;
    ContentBlock text;
    text.type = ContentBlock::Type::RichText;
    text.text
        = QStringLiteral("<p>Répondez <strong>avant</strong> la 3e sonnerie.<br>Voir "
                         "<a href=\"https://example.org/guide?a=1&amp;b=2\">le guide</a>.</p>");
    body.blocks = {text};
    content.body = body;
    section->slides.push_back(std::make_unique<Slide>(content));
    Slide cloze;
    cloze.id = SlideId(QStringLiteral("F"));
    cloze.title = QStringLiteral("Compléter");
    Question fill;
    fill.type = QuestionType::FillIn;
    fill.prompt = QStringLiteral("<p>Complétez la phrase.</p>");
    fill.clozeText = QStringLiteral("Dites [[1]] puis [[2]].");
    fill.blanks = {{QStringLiteral("b1"), {}, {QStringLiteral("bonjour")}, false},
                   {QStringLiteral("b2"), {}, {QStringLiteral("votre nom")}, false}};
    cloze.body = QuestionBody{fill};
    section->slides.push_back(std::make_unique<Slide>(cloze));
    Slide question;
    question.id = SlideId(QStringLiteral("Q"));
    question.title = QStringLiteral("Ton");
    Question choice;
    choice.prompt = QStringLiteral("<p>Quel ton adopter&nbsp;?</p>");
    choice.choices = {{QStringLiteral("c1"), QStringLiteral("Calme"), true, QStringLiteral("Oui")},
                      {QStringLiteral("c2"), QStringLiteral("Pressé"), false, {}}};
    choice.correctFeedback = QStringLiteral("Bien vu.");
    question.body = QuestionBody{choice};
    section->slides.push_back(std::make_unique<Slide>(question));
    course->sections().push_back(std::move(section));
    assignBlockIds(*course);
    return course;
}

/** The course in a document with English added as a target language. */
inline std::unique_ptr<Core::Document> makeDocument()
{
    auto document = std::make_unique<Core::Document>(makeCourse());
    document->push(std::make_unique<Core::AddLanguage>(*document, QStringLiteral("en")));
    return document;
}

} // namespace XliffFixture
