// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "app/editors/LinkDialog.h"
#include "app/editors/RichTextEdit.h"
#include "app/editors/RichTextHtml.h"
#include "core/HtmlSanitizer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace {

QAction *action(const App::RichTextEdit &edit, const QString &name)
{
    auto *found = edit.findChild<QAction *>(name);
    REQUIRE(found);
    return found;
}

const QString hostileHtml
    = uR"HTML(<html><head><style>p{color:red}</style><script>alert(1)</script></head>
<body><table border="1"><tr><td style="font-weight:600">cell one</td><td>cell two</td></tr></table>
<p class="x" style="margin:0"><span style="color:#ff0000; font-size:30pt">red <b>bold</b></span>
<img src="x.png" onerror="alert(2)"> <a href="javascript:alert(3)">evil</a>
<a href="https://example.com/ok" target="_blank" onclick="x()">good</a></p>
<iframe src="https://evil.example"></iframe><div onmouseover="alert(4)">div text</div>
<h1>big</h1><h5>small</h5><font face="Comic Sans">font</font><pre>pre</pre></body></html>)HTML"_s;

void checkSubset(const QString &html)
{
    INFO(html.toStdString());
    CHECK(Core::HtmlSanitizer::isSafe(html));
    CHECK(Core::HtmlSanitizer::sanitize(html) == html);
    for (const QString &banned : {u"<span"_s,
                                  u"style"_s,
                                  u"<table"_s,
                                  u"<td"_s,
                                  u"script"_s,
                                  u"javascript"_s,
                                  u"<img"_s,
                                  u"<div"_s,
                                  u"onerror"_s,
                                  u"onclick"_s,
                                  u"<font"_s,
                                  u"<iframe"_s,
                                  u"class="_s,
                                  u"<h1"_s,
                                  u"<h5"_s,
                                  u"<pre"_s,
                                  u"target"_s})
        CHECK_FALSE(html.contains(banned, Qt::CaseInsensitive));
}

} // namespace

TEST_CASE("RichTextEdit turns typed, formatted text into the safe subset", "[app][editors]")
{
    App::RichTextEdit edit;
    edit.resize(600, 300);
    edit.show();
    QTextEdit *area = edit.textEdit();
    QSignalSpy edited(&edit, &App::RichTextEdit::htmlEdited);

    QTest::keyClicks(area, u"Hello "_s);
    action(edit, u"boldAction"_s)->trigger();
    QTest::keyClicks(area, u"world"_s);
    action(edit, u"boldAction"_s)->trigger();
    action(edit, u"italicAction"_s)->trigger();
    QTest::keyClicks(area, u" again"_s);
    action(edit, u"italicAction"_s)->trigger();
    QTest::keyClick(area, Qt::Key_Return);
    action(edit, u"bulletListAction"_s)->trigger();
    QTest::keyClicks(area, u"one"_s);
    QTest::keyClick(area, Qt::Key_Return);
    QTest::keyClicks(area, u"two"_s);
    REQUIRE(edit.setLink(u"https://example.com/page?a=1&b=2"_s)); // the word under the cursor
    QTest::keyClick(area, Qt::Key_Return);
    QTest::keyClick(area, Qt::Key_Return); // leaves the list
    action(edit, u"numberedListAction"_s)->trigger();
    QTest::keyClicks(area, u"first"_s);
    QTest::keyClick(area, Qt::Key_Return);
    action(edit, u"numberedListAction"_s)->trigger();
    action(edit, u"underlineAction"_s)->trigger();
    QTest::keyClicks(area, u"under"_s);

    const QString html = edit.html();
    checkSubset(html);
    CHECK(
        html
        == u"<p>Hello <strong>world</strong><em> again</em></p>"
           "<ul><li>one</li><li><a href=\"https://example.com/page?a=1&amp;b=2\">two</a></li></ul>"
           "<ol><li>first</li></ol><p><u>under</u></p>"_s);
    REQUIRE_FALSE(edited.isEmpty());
    CHECK(edited.last().at(0).toString() == html);
}

TEST_CASE("RichTextEdit headings, paragraphs and line breaks", "[app][editors]")
{
    App::RichTextEdit edit;
    QTextEdit *area = edit.textEdit();
    QTest::keyClicks(area, u"Title"_s);
    edit.setBlockStyle(3);
    QTest::keyClick(area, Qt::Key_Return);
    edit.setBlockStyle(0);
    QTest::keyClicks(area, u"line one"_s);
    QTest::keyClick(area, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(area, u"line <two> & more"_s);
    const QString html = edit.html();
    checkSubset(html);
    CHECK(html == u"<h3>Title</h3><p>line one<br>line &lt;two&gt; &amp; more</p>"_s);
}

TEST_CASE("RichTextEdit only accepts http, https and mailto links", "[app][editors]")
{
    CHECK(App::LinkDialog::isAcceptedUrl(u"https://example.com"_s));
    CHECK(App::LinkDialog::isAcceptedUrl(u"http://example.com/a b"_s) == false);
    CHECK(App::LinkDialog::isAcceptedUrl(u"mailto:someone@example.com"_s));
    CHECK_FALSE(App::LinkDialog::isAcceptedUrl(u"javascript:alert(1)"_s));
    CHECK_FALSE(App::LinkDialog::isAcceptedUrl(u"file:///etc/passwd"_s));
    CHECK_FALSE(App::LinkDialog::isAcceptedUrl(u"data:text/html,hi"_s));
    CHECK_FALSE(App::LinkDialog::isAcceptedUrl(u"example.com"_s));

    App::RichTextEdit edit;
    QTest::keyClicks(edit.textEdit(), u"click"_s);
    CHECK_FALSE(edit.setLink(u"javascript:alert(1)"_s));
    CHECK(edit.html() == u"<p>click</p>"_s);
    CHECK(edit.setLink(u"mailto:someone@example.com"_s));
    CHECK(edit.html() == u"<p><a href=\"mailto:someone@example.com\">click</a></p>"_s);
    CHECK(edit.setLink(QString())); // removes it
    CHECK(edit.html() == u"<p>click</p>"_s);
}

TEST_CASE("RichTextEdit sanitizes pasted rich HTML", "[app][editors]")
{
    App::RichTextEdit edit;
    edit.show();
    QTextEdit *area = edit.textEdit();
    QTest::keyClicks(area, u"Before "_s);
    auto *mime = new QMimeData;
    mime->setHtml(hostileHtml);
    mime->setText(u"plain fallback"_s);
    QApplication::clipboard()->setMimeData(mime);
    area->paste();

    const QString html = edit.html();
    checkSubset(html);
    CHECK(html.startsWith(u"<p>Before "_s));
    CHECK(html.contains(u"cell one"_s));
    CHECK(html.contains(u"<strong>bold</strong>"_s));
    CHECK(html.contains(u"<a href=\"https://example.com/ok\">good</a>"_s));
    CHECK(html.contains(u"evil"_s)); // the text of the refused link stays, without the link
    CHECK_FALSE(html.contains(u"alert"_s));
}

TEST_CASE("The converter keeps to the subset whatever the QTextDocument holds", "[app][editors]")
{
    QTextDocument document;
    document.setHtml(hostileHtml); // straight into the document: no paste sanitizing
    const QString html = App::RichTextHtml::toHtml(document);
    checkSubset(html);
    CHECK(html.contains(u"cell two"_s));
    CHECK(html.contains(u"div text"_s));
}

TEST_CASE("RichTextEdit loads stored HTML without echoing it and keeps the cursor",
          "[app][editors]")
{
    const QString stored = u"<p>A <strong>b</strong> <em>c</em> <u>d</u> <code>e</code><br>f</p>"
                           "<ol><li>x</li><li>y</li></ol><h3>T</h3>"
                           "<p><a href=\"https://x.org/\">l</a></p>"_s;
    App::RichTextEdit edit;
    QSignalSpy edited(&edit, &App::RichTextEdit::htmlEdited);
    edit.setHtml(stored);
    CHECK(edited.isEmpty());
    CHECK(edit.html() == Core::HtmlSanitizer::sanitize(stored));

    QTextCursor cursor = edit.textEdit()->textCursor();
    cursor.setPosition(3);
    edit.textEdit()->setTextCursor(cursor);
    edit.setHtml(stored); // what the document sends back after our own edit: no reload
    CHECK(edit.textEdit()->textCursor().position() == 3);

    edit.setHtml(u"<p>other</p>"_s);
    CHECK(edit.html() == u"<p>other</p>"_s);
    CHECK(edited.isEmpty());
}
