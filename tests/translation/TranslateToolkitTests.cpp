// SPDX-License-Identifier: MIT
// Another tool reads our XLIFF 1.2: translate-toolkit (Debian package translate-toolkit), the
// library behind Pootle and Weblate's XLIFF support, converts an export to PO.
#include "TranslationTestSupport.h"
#include "XliffCourseFixture.h"
#include "core/commands/SetTranslations.h"
#include "translation/XliffExport.h"
#include "translation/xliff/XliffWriter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

TEST_CASE("translate-toolkit reads our XLIFF 1.2 export", "[translation][xliff][interop]")
{
    const QString xliff2po = QStandardPaths::findExecutable(u"xliff2po"_s);
    if (xliff2po.isEmpty()) {
        WARN("skipped: xliff2po not found (install the Debian package translate-toolkit; "
             "scripts/setup.sh --tests does)");
        return;
    }
    auto document = XliffFixture::makeDocument();
    document->push(std::make_unique<Core::SetTranslations>(
        *document,
        u"en"_s,
        Core::SetTranslations::Changes{
            {u"course/title"_s,
             Core::Translation{
                 u"Welcoming customers"_s, Core::sourceHash(u"Accueil client"_s), true}},
            {u"slide/Q/choice/c1/text"_s,
             Core::Translation{u"Calm"_s, Core::sourceHash(u"Calme"_s), false}}},
        u"t"_s));
    const auto built = Translation::XliffExport::build(
        document->course(), u"en"_s, Translation::XliffVersion::V1_2);
    REQUIRE(built);
    QTemporaryDir dir;
    const QString input = dir.filePath(u"course-en.xlf"_s);
    const QString output = dir.filePath(u"course-en.po"_s);
    QFile file(input);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(Translation::XliffWriter::write(built->document));
    file.close();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(xliff2po, {input, output});
    REQUIRE(process.waitForFinished(120000));
    INFO(process.readAll().toStdString());
    REQUIRE(process.exitCode() == 0);
    QFile po(output);
    REQUIRE(po.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(po.readAll());
    // One PO entry per unit, located by its unit id, with the source text and translation.
    CHECK(text.count(QRegularExpression(u"^#: "_s, QRegularExpression::MultilineOption))
          == built->units);
    CHECK(text.contains(
        u"#: course/title\nmsgid \"Accueil client\"\nmsgstr \"Welcoming customers\""));
    CHECK(text.contains(u"#: slide/Q/choice/c1/text"));
    CHECK(text.contains(u"msgstr \"Calm\""));
    CHECK(text.contains(u"msgid \"Répondez avant la 3e sonnerie."));
}
