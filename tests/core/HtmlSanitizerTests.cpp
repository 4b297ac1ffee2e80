// SPDX-License-Identifier: MIT
#include "TestSupport.h"
#include "core/HtmlSanitizer.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <ctime>
#include <limits>

using Core::HtmlSanitizer;
using namespace Qt::StringLiterals;

namespace {

QString sanitize(const QString &html)
{
    return HtmlSanitizer::sanitize(html);
}

/** The sanitizer's output is always a fixpoint and always passes isSafe(). */
void checkStable(const QString &html)
{
    const QString once = HtmlSanitizer::sanitize(html);
    CHECK(HtmlSanitizer::sanitize(once) == once);
    CHECK(HtmlSanitizer::isSafe(once));
}

} // namespace

TEST_CASE("HtmlSanitizer keeps the safe subset unchanged", "[core][sanitizer]")
{
    const QStringList safe = {
        u""_s,
        u"Plain text"_s,
        u"<p>Un incendie se propage en <strong>quelques minutes</strong>.</p>"_s,
        u"<h2>Titre</h2><h3>Sous-titre</h3><h4>Détail</h4>"_s,
        u"<p><em>a</em> <u>b</u> <code>c()</code><br>d</p>"_s,
        u"<ul><li>one</li><li>two<ul><li>nested</li></ul></li></ul>"_s,
        u"<ol>\n  <li><p>step</p></li>\n</ol>"_s,
        u"<p><a href=\"https://example.org/a?b=1&amp;c=2\">link</a></p>"_s,
        u"<a href=\"mailto:someone@example.org\">mail</a>"_s,
        u"<a href=\"http://example.org\">x</a>"_s,
        u"<a>no link</a>"_s,
        u"x &lt; 3 &amp;&amp; y &gt; 2"_s,
        u"CO₂ — « guillemets » \u00a0: 10\u00a0%"_s,
    };
    for (const QString &html : safe) {
        INFO(html.toStdString());
        CHECK(sanitize(html) == html);
        CHECK(HtmlSanitizer::isSafe(html));
    }
}

TEST_CASE("HtmlSanitizer maps b and i and normalises spelling", "[core][sanitizer]")
{
    CHECK(sanitize(u"<b>bold</b> <i>it</i>"_s) == u"<strong>bold</strong> <em>it</em>"_s);
    CHECK(sanitize(u"<P>Para</P>"_s) == u"<p>Para</p>"_s);
    CHECK(sanitize(u"a<br/>b<BR >c<br>"_s) == u"a<br>b<br>c<br>"_s);
    CHECK(sanitize(u"a</br>b"_s) == u"a<br>b"_s);
    CHECK(sanitize(u"<a href='https://x.org/'>x</a>"_s) == u"<a href=\"https://x.org/\">x</a>"_s);
    CHECK(sanitize(u"<a href=https://x.org/>x</a>"_s) == u"<a href=\"https://x.org/\">x</a>"_s);
    CHECK(sanitize(u"&eacute;&#233;&#xE9;&#XE9 &amp; &unknown; & &#;"_s)
          == u"ééé\u00e9 &amp; &amp;unknown; &amp; &amp;#;"_s);
    CHECK(sanitize(u"a\r\nb\rc"_s) == u"a\nb\nc"_s);

    SECTION("spelling variants count as safe")
    {
        CHECK(
            HtmlSanitizer::isSafe(u"<p>Un incendie se propage en <b>quelques minutes</b>.</p>"_s));
        CHECK(HtmlSanitizer::isSafe(u"<P>x<BR/>y</P>"_s));
        CHECK(HtmlSanitizer::isSafe(u"<a href='https://x.org'>x</a>"_s));
        CHECK(HtmlSanitizer::isSafe(u"&eacute;t&eacute; x > 2"_s));
        CHECK(HtmlSanitizer::isSafe(u"Non : l'eau conduit le courant."_s));
    }
}

TEST_CASE("HtmlSanitizer drops dangerous elements with their content", "[core][sanitizer]")
{
    CHECK(sanitize(u"<p>a<script>alert(1)</script>b</p>"_s) == u"<p>ab</p>"_s);
    CHECK(sanitize(u"<style>p { color: red }</style>x"_s) == u"x"_s);
    CHECK(sanitize(u"<SCRIPT type=x>if (a < b) { '</p>' }</SCRIPT >ok"_s) == u"ok"_s);
    CHECK(sanitize(u"<iframe src=\"https://evil\">fallback <b>x</b></iframe>y"_s) == u"y"_s);
    CHECK(sanitize(u"<object data=x><param name=a><p>inner</p></object>z"_s) == u"z"_s);
    CHECK(sanitize(u"a<embed src=x.swf>b"_s) == u"ab"_s);
    CHECK(sanitize(u"<template><p>t</p></template>k"_s) == u"k"_s);
    CHECK(sanitize(u"<svg><svg><a href=\"https://x\">in</a></svg>still</svg>out"_s) == u"out"_s);
    CHECK(sanitize(u"<svg/>kept"_s) == u"kept"_s);
    CHECK(sanitize(u"<math><mi>x</mi></math>m"_s) == u"m"_s);
    CHECK(sanitize(u"<noscript><p>n</p></noscript>s"_s) == u"s"_s);
    CHECK(sanitize(u"<textarea><b>t</b></textarea>u"_s) == u"u"_s);
    // A raw-text element without its end tag takes the rest of the input with it.
    CHECK(sanitize(u"<p>a</p><script>alert(1)"_s) == u"<p>a</p>"_s);
    CHECK(sanitize(u"<script/>alert(1)</script>after"_s) == u"after"_s);
    CHECK_FALSE(HtmlSanitizer::isSafe(u"<p>a<script>x</script></p>"_s));
}

TEST_CASE("HtmlSanitizer unwraps unknown elements and strips attributes", "[core][sanitizer]")
{
    CHECK(sanitize(u"<div><span style=\"color:red\">Hello</span> <font>world</font></div>"_s)
          == u"Hello world"_s);
    CHECK(sanitize(u"<p class=\"x\" onclick=\"evil()\" style=\"a\">t</p>"_s) == u"<p>t</p>"_s);
    CHECK(sanitize(u"<strong onmouseover=alert(1)>s</strong>"_s) == u"<strong>s</strong>"_s);
    CHECK(sanitize(u"<img src=x onerror=alert(1)>"_s) == QString());
    CHECK(sanitize(u"<p title=\"<script>\">t</p>"_s) == u"<p>t</p>"_s);
    CHECK(sanitize(u"<h1>Big</h1><h5>small</h5>"_s) == u"Bigsmall"_s);
    CHECK(sanitize(u"<a href=\"https://x.org\" target=_blank rel=x>x</a>"_s)
          == u"<a href=\"https://x.org\">x</a>"_s);
    CHECK(sanitize(u"<p href=\"https://x.org\">p</p>"_s) == u"<p>p</p>"_s);

    CHECK_FALSE(HtmlSanitizer::isSafe(u"<div>x</div>"_s));
    CHECK_FALSE(HtmlSanitizer::isSafe(u"<p class=\"x\">t</p>"_s));
    CHECK_FALSE(HtmlSanitizer::isSafe(u"<p onclick=\"x\">t</p>"_s));
}

TEST_CASE("HtmlSanitizer removes comments and markup declarations", "[core][sanitizer]")
{
    CHECK(sanitize(u"a<!-- note -->b"_s) == u"ab"_s);
    CHECK(sanitize(u"a<!-->b<!--->c"_s) == u"abc"_s);
    CHECK(sanitize(u"a<!-- <script>alert(1)</script> -->b"_s) == u"ab"_s);
    CHECK(sanitize(u"a<!-- unterminated <p>x</p>"_s) == u"a"_s);
    CHECK(sanitize(u"<!DOCTYPE html><?xml version=\"1.0\"?>t"_s) == u"t"_s);
    CHECK(sanitize(u"<![CDATA[x]]>y"_s) == u"y"_s); // a bogus comment, up to the first '>'
    CHECK(sanitize(u"a</ >b</>c"_s) == u"abc"_s);
    CHECK_FALSE(HtmlSanitizer::isSafe(u"<p>a<!-- c --></p>"_s));
}

TEST_CASE("HtmlSanitizer only keeps http, https and mailto links", "[core][sanitizer]")
{
    const auto href
        = [](const QString &value) { return sanitize(u"<a href=\""_s + value + u"\">x</a>"_s); };
    CHECK(href(u"HTTPS://Example.org/Path"_s) == u"<a href=\"HTTPS://Example.org/Path\">x</a>"_s);
    CHECK(href(u"  https://example.org  "_s) == u"<a href=\"https://example.org\">x</a>"_s);
    CHECK(href(u"https://exa&#x09;mple.org/"_s) == u"<a href=\"https://example.org/\">x</a>"_s);
    CHECK(href(u"mailto:a@b.c?subject=&quot;hi&quot;"_s)
          == u"<a href=\"mailto:a@b.c?subject=&quot;hi&quot;\">x</a>"_s);

    const QStringList refused = {
        u"javascript:alert(1)"_s,
        u"JavaScript:alert(1)"_s,
        u"  javascript:alert(1)"_s,
        u"jav&#x09;ascript:alert(1)"_s,
        u"jav&#x9ascript:alert(1)"_s,
        u"jav&#9;ascript:alert(1)"_s,
        u"jav&Tab;ascript:alert(1)"_s,
        u"java\nscript:alert(1)"_s,
        u"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"_s,
        u"&#x6A;avascript&colon;alert(1)"_s,
        u"\u0001javascript:alert(1)"_s,
        u"&#0;javascript:alert(1)"_s,
        u"vbscript:msgbox(1)"_s,
        u"data:text/html,<script>alert(1)</script>"_s,
        u"file:///etc/passwd"_s,
        u"ftp://example.org"_s,
        u"//evil.example/x"_s,
        u"relative/page.html"_s,
        u"#anchor"_s,
        u""_s,
        u"https&#0;://x"_s,
        u"http\u0000s://x"_s,
        u"ht tp://x"_s,
        u"ht\u0001tps://x"_s,
    };
    for (const QString &value : refused) {
        INFO(value.toStdString());
        CHECK(href(value) == u"<a>x</a>"_s);
    }
    CHECK(sanitize(u"<a href=javascript:alert(1)>x</a>"_s) == u"<a>x</a>"_s);
    CHECK(sanitize(u"<a href='javascript:alert(1)'>x</a>"_s) == u"<a>x</a>"_s);
    CHECK(sanitize(u"<a HREF=\"javascript:alert(1)\" href=\"https://ok\">x</a>"_s)
          == u"<a>x</a>"_s); // the first of duplicate attributes counts, as in browsers
    CHECK(sanitize(u"<a href=\"https://ok\" href=\"javascript:x\">x</a>"_s)
          == u"<a href=\"https://ok\">x</a>"_s);
    CHECK_FALSE(HtmlSanitizer::isSafe(u"<a href=\"javascript:alert(1)\">x</a>"_s));
    CHECK_FALSE(HtmlSanitizer::isSafe(u"<a href=\" https://x.org\">x</a>"_s));
}

TEST_CASE("HtmlSanitizer survives hostile and broken markup", "[core][sanitizer]")
{
    SECTION("split script tags")
    {
        const QString out = sanitize(u"<scr<script>ipt>alert(1)</scr</script>ipt>"_s);
        CHECK_FALSE(out.contains(u"<script"_s, Qt::CaseInsensitive));
        CHECK(out == u"ipt&gt;alert(1)ipt&gt;"_s); // "scr<script" is an unknown element
        checkStable(u"<scr<script>ipt>alert(1)</scr</script>ipt>"_s);
    }
    SECTION("unterminated tags are dropped")
    {
        CHECK(sanitize(u"<p>a</p><p"_s) == u"<p>a</p>"_s);
        CHECK(sanitize(u"text <a href=\"https://x"_s) == u"text "_s);
        CHECK(sanitize(u"<strong>bold"_s) == u"<strong>bold</strong>"_s);
        CHECK(sanitize(u"<"_s) == u"&lt;"_s);
        CHECK(sanitize(u"a <"_s) == u"a &lt;"_s);
        CHECK(sanitize(u"</"_s) == u"&lt;/"_s);
        CHECK(sanitize(u"<p a='b"_s) == QString());
        CHECK(sanitize(u"&#x"_s) == u"&amp;#x"_s);
        CHECK(sanitize(u"&#99999999999999999999;"_s) == u"\ufffd"_s);
        CHECK_FALSE(HtmlSanitizer::isSafe(u"<p>a</p><p"_s));
        CHECK_FALSE(HtmlSanitizer::isSafe(u"<strong>bold"_s));
    }
    SECTION("text that looks like markup is escaped")
    {
        CHECK(sanitize(u"1 < 2 > 0 & \"q\""_s) == u"1 &lt; 2 &gt; 0 &amp; \"q\""_s);
        CHECK(sanitize(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s)
              == u"&lt;script&gt;alert(1)&lt;/script&gt;"_s);
        CHECK(sanitize(u"<p>&quot;&apos;</p>"_s) == u"<p>\"'</p>"_s);
    }
    SECTION("misnested and unclosed elements are repaired")
    {
        CHECK(sanitize(u"<p><strong>a</p>b</strong>"_s) == u"<p><strong>a</strong></p>b"_s);
        CHECK(sanitize(u"<p>one<p>two"_s) == u"<p>one</p><p>two</p>"_s);
        CHECK(sanitize(u"<strong>x<p>y</p></strong>"_s) == u"<strong>x</strong><p>y</p>"_s);
        CHECK(sanitize(u"<p>a<ul><li>b</ul>"_s) == u"<p>a</p><ul><li>b</li></ul>"_s);
        CHECK(sanitize(u"<ul><li>a<li>b</ul>"_s) == u"<ul><li>a</li><li>b</li></ul>"_s);
        CHECK(sanitize(u"<li>orphan</li>"_s) == u"orphan"_s);
        CHECK(sanitize(u"<a href=\"https://a\">1<a href=\"https://b\">2</a>"_s)
              == u"<a href=\"https://a\">1</a><a href=\"https://b\">2</a>"_s);
        CHECK(sanitize(u"</p></strong>x</em>"_s) == u"x"_s);
        CHECK(sanitize(u"<h2>a<h3>b</h2>c"_s) == u"<h2>a</h2><h3>b</h3>c"_s);
        CHECK(sanitize(u"<h3>a</h4>b"_s) == u"<h3>a</h3>b"_s);
        CHECK(sanitize(u"<ul><li><strong>a<li>b</ul>"_s)
              == u"<ul><li><strong>a</strong></li><li>b</li></ul>"_s);
    }
    SECTION("output is stable for assorted garbage")
    {
        const QStringList garbage = {
            u"<p><b><i>x</b></i></p>"_s,
            u"<<>><</>>< p>&&&;;<!--"_s,
            u"<a href=\"https://x\"<b>>y"_s,
            u"<ul><ul><li>x</li></ul><ol><li>y"_s,
            u"\"'><svg onload=alert(1)><p>"_s,
            u"<p =x \"y\"='z' a=b=c>t</p>"_s,
            u"<\u0000p>x</p\u0000>"_s,
            u"&#xD800;&#55296;&#x1F600;&#128512;"_s,
            u"<plaintext><p>x"_s,
            u"<br><br/></br><br  /  >"_s,
        };
        for (const QString &html : garbage) {
            INFO(html.toStdString());
            checkStable(html);
            CHECK_FALSE(sanitize(html).contains(u"<svg"_s));
        }
        CHECK(sanitize(u"&#x1F600;"_s) == u"😀"_s);
        CHECK(sanitize(u"&#xD800;"_s) == u"\ufffd"_s);
    }
}

namespace {
/** CPU time used by the calling thread: unlike wall time, not stretched by other processes. */
qint64 threadCpuNanoseconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}
} // namespace

TEST_CASE("HtmlSanitizer handles deep nesting and large input in linear time", "[core][sanitizer]")
{
    SECTION("deep nesting")
    {
        const int depth = 50000;
        const QString html = u"<strong>"_s.repeated(depth) + u"x"_s + u"</em>"_s.repeated(depth);
        const QString out = sanitize(html);
        CHECK(out == u"<strong>"_s.repeated(depth) + u"x"_s + u"</strong>"_s.repeated(depth));
        CHECK(HtmlSanitizer::toPlainText(html) == u"x"_s);
    }
    SECTION("1 MB of mixed content")
    {
        QString chunk
            = u"<p class=\"c\">Texte <b>gras</b> &amp; <a href=\"https://x.org/?a=1&amp;b=2\""
              u" onclick=\"x()\">lien</a><script>alert(1)</script><!-- c --></p>\n"_s;
        QString html;
        while (html.size() < 1024 * 1024)
            html += chunk;
        const QString out = sanitize(html);
        CHECK_FALSE(out.contains(u"script"_s));
        CHECK_FALSE(out.contains(u"onclick"_s));
        CHECK(out.startsWith(
            u"<p>Texte <strong>gras</strong> &amp; <a href=\"https://x.org/?a=1&amp;b=2\">lien</a></p>\n"_s));
        CHECK(HtmlSanitizer::isSafe(out));
    }
    SECTION("pathological input")
    {
        const QStringList patterns = {
            u"<"_s,
            u"<a b"_s,
            u"&#"_s,
            u"<!--"_s,
            u"<script>"_s,
            u"</strong>"_s,
            u"<ul><li>"_s,
            u"<strong>"_s,
            u"<p a "_s,
        };
        for (const QString &pattern : patterns) {
            INFO(pattern.toStdString());
            // Time 64 KB and 512 KB: linear work grows 8-fold, quadratic work 64-fold. Ratios
            // rather than absolute limits keep this meaningful in debug and sanitizer builds;
            // this thread's CPU time, best of three, keeps it meaningful on a loaded machine
            // (wall-clock ratios failed while other builds shared the cores).
            const auto run = [&](qsizetype bytes) {
                const QString html = pattern.repeated(bytes / pattern.size());
                qint64 best = std::numeric_limits<qint64>::max();
                for (int round = 0; round < 3; ++round) {
                    const qint64 start = threadCpuNanoseconds();
                    const QString out = sanitize(html);
                    (void)HtmlSanitizer::toPlainText(html);
                    (void)HtmlSanitizer::isSafe(html);
                    best = std::min(best, threadCpuNanoseconds() - start);
                    CHECK(HtmlSanitizer::sanitize(out) == out);
                }
                return best;
            };
            const qint64 small = run(64 * 1024);
            const qint64 large = run(512 * 1024);
            CHECK(large < 24 * small + 50'000'000);
        }
        // One tag with a huge number of attributes.
        const QString attributes = u"<p "_s + u"a "_s.repeated(500000) + u">x</p>"_s;
        CHECK(sanitize(attributes) == u"<p>x</p>"_s);
    }
}

TEST_CASE("HtmlSanitizer::toPlainText extracts readable text", "[core][sanitizer]")
{
    CHECK(HtmlSanitizer::toPlainText(QString()) == QString());
    CHECK(HtmlSanitizer::toPlainText(u"plain"_s) == u"plain"_s);
    CHECK(HtmlSanitizer::toPlainText(u"<p>Un incendie se propage en <b>quelques minutes</b>.</p>"_s)
          == u"Un incendie se propage en quelques minutes."_s);
    CHECK(HtmlSanitizer::toPlainText(u"<h2>Titre</h2>\n<p>Un   deux\n trois</p><p>quatre</p>"_s)
          == u"Titre\nUn deux trois\nquatre"_s);
    CHECK(HtmlSanitizer::toPlainText(u"<ul><li>a</li><li>b</li></ul>c"_s) == u"a\nb\nc"_s);
    CHECK(HtmlSanitizer::toPlainText(u"line<br>break<br/><br>again"_s) == u"line\nbreak\nagain"_s);
    CHECK(HtmlSanitizer::toPlainText(u"x &lt; 3 &amp;&amp; &eacute;t&eacute;"_s)
          == u"x < 3 && été"_s);
    CHECK(HtmlSanitizer::toPlainText(u"a<script>var s = '<p>';</script>b<style>p{}</style>"_s)
          == u"ab"_s);
    CHECK(HtmlSanitizer::toPlainText(u"  <p>  padded  </p>  "_s) == u"padded"_s);
    CHECK(HtmlSanitizer::toPlainText(u"<div>one</div><div>two</div>"_s) == u"one\ntwo"_s);
    CHECK(HtmlSanitizer::toPlainText(u"a<!-- hidden -->b"_s) == u"ab"_s);
    CHECK(HtmlSanitizer::toPlainText(u"10\u00a0%"_s) == u"10\u00a0%"_s);
    CHECK(HtmlSanitizer::toPlainText(u"<p><br></p><p> </p>"_s) == QString());
}
