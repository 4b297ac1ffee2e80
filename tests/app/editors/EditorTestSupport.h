// SPDX-License-Identifier: MIT
// Shared helpers of the slide-editor tests (tests/app/*EditorTests.cpp).
#pragma once

#include "TestSupport.h"
#include "core/Document.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QTest>
#include <QWidget>

#include <initializer_list>
#include <memory>

namespace EditorTest {

/** A document with one section holding one slide per kind given, ids "slide-0", "slide-1"... */
inline std::unique_ptr<Core::Document> makeDocument(std::initializer_list<Core::SlideKind> kinds)
{
    auto course = std::make_unique<Core::Course>();
    course->metadata().title = QStringLiteral("Editor test");
    auto section = std::make_unique<Core::Section>();
    section->id = Core::SectionId(QStringLiteral("section-1"));
    section->title = QStringLiteral("Section");
    int n = 0;
    for (Core::SlideKind kind : kinds) {
        auto slide = std::make_unique<Core::Slide>(
            Core::Slide::create(kind, QStringLiteral("Slide %1").arg(n)));
        slide->id = Core::SlideId(QStringLiteral("slide-%1").arg(n++));
        section->slides.push_back(std::move(slide));
    }
    course->sections().push_back(std::move(section));
    return std::make_unique<Core::Document>(std::move(course));
}

inline Core::SlideId slideId(int n)
{
    return Core::SlideId(QStringLiteral("slide-%1").arg(n));
}

template <typename T> T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    INFO("looking for " << name.toStdString());
    REQUIRE(found);
    return found;
}

/** Types text like a user, accents included (QTest::keyClicks only knows ASCII). */
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(
                QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

/** Saves a screenshot of the widget at 1100×750 for a look (not compared). */
inline void screenshot(QWidget &widget, const QString &name)
{
    widget.resize(1100, 750);
    widget.show();
    for (int i = 0; i < 5; ++i) // let layouts and queued size updates settle
        QApplication::processEvents();
    widget.grab().save(QStringLiteral("/tmp/capsule-editor-%1.png").arg(name));
}

} // namespace EditorTest
