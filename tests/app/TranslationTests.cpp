// SPDX-License-Identifier: MIT
// translations/capsule_fr.ts must translate every user-visible string of the app, core and
// exporters: no empty, unfinished, obsolete or vanished entry, French typography, the same
// placeholders, and nothing that lupdate finds in the sources may be missing from it.
#include "TestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

const QString lupdatePath = u"/usr/lib/qt6/bin/lupdate"_s;

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type; ///< translation type attribute ("", "unfinished", ...)
    bool numerus = false;
    QStringList translations; ///< one, or the numerus forms

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    std::string where() const
    {
        return (context + u" / \""_s + source.left(80) + u'"').toStdString();
    }
};

std::vector<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    std::vector<TsMessage> messages;
    QString context;
    TsMessage current;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                current = TsMessage{};
                current.context = context;
                current.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            } else if (name == u"source") {
                current.source = xml.readElementText();
            } else if (name == u"comment") {
                current.comment = xml.readElementText();
            } else if (name == u"translation") {
                current.type = xml.attributes().value(u"type"_s).toString();
                inTranslation = true;
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == u"numerusform" && inTranslation) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"translation")
                inTranslation = false;
            else if (xml.name() == u"message")
                messages.push_back(current);
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    // readElementText() on a non-numerus <translation> consumes its end tag.
    return messages;
}

QString frenchTs()
{
    return QStringLiteral(CAPSULE_SOURCE_DIR "/translations/capsule_fr.ts");
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d|n)"_s);
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

/** What frenchTypography() found: errors fail the test, warnings are accepted variants. */
struct Typography
{
    QStringList errors;
    QStringList warnings;
};

/**
 * French typography as the Imprimerie nationale's rules and Qt's own French catalogue apply
 * them to UI text:
 * - a no-break space U+00A0 before ":" and inside « » (« %1 »);
 * - a narrow no-break space U+202F before ";", "!" and "?";
 * - the typographic apostrophe ’ and ellipsis …, never ' or "...";
 * - straight double quotes only where the source quotes code the same way (xmlns="%1", the
 *   doubled quote "" of CSV).
 * A colon counts as punctuation when a space or the end follows it: "mailto:", "https://",
 * "127.0.0.1:%1" and "00:00:01.000" are not punctuation. Accepted with a warning (variants
 * that some French style guides prefer, so not wrong): a narrow no-break space before ":"
 * or inside « ». Not checked: the colon of an upper-case keyword the source writes the same way
 * ("ANSWER:"), a symbol quoted on its own (« " », « :: ») and "..." where the source has it too
 * (command syntax such as "import|export ...").
 */
Typography frenchTypography(const QString &text, const QString &source)
{
    constexpr QChar nbsp(0x00a0);
    constexpr QChar narrow(0x202f);
    Typography result;
    auto where = [&](qsizetype i) {
        return u"“…"_s + text.mid(std::max<qsizetype>(0, i - 12), 24) + u"…”"_s;
    };
    // A colon ending an upper-case keyword that the source writes the same way is syntax of a
    // file format or a command ("ANSWER:" in Aiken files), not French punctuation.
    auto isQuotedKeyword = [&](qsizetype colon) {
        qsizetype start = colon;
        while (start > 0 && text[start - 1].isLetter())
            --start;
        const QString word = text.mid(start, colon - start);
        return word.size() >= 2 && word == word.toUpper() && source.contains(word + u':');
    };
    // A symbol quoted on its own, « " » or « :: », is syntax too.
    auto isQuotedSymbol = [&](qsizetype i) {
        qsizetype start = i, end = i;
        while (start > 0 && text[start - 1].isPunct() && text[start - 1] != u'«')
            --start;
        while (end + 1 < text.size() && text[end + 1].isPunct() && text[end + 1] != u'»')
            ++end;
        return start >= 2 && end + 2 < text.size() && text[start - 1] == nbsp
               && text[start - 2] == u'«' && text[end + 1] == nbsp && text[end + 2] == u'»';
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const QChar before = i > 0 ? text[i - 1] : QChar();
        const QChar after = i + 1 < text.size() ? text[i + 1] : QChar();
        const bool followedBySpace
            = after.isNull() || after.isSpace() || after == u'»' || after == u')' || after == u'"';
        if ((c == u';' || c == u'!' || c == u'?') && followedBySpace) {
            if (before == nbsp)
                result.errors
                    << u"a no-break space before “%1” should be a narrow one (U+202F): %2"_s.arg(c)
                           .arg(where(i));
            else if (before != narrow && before != c) // "?!" keeps one space before the pair
                result.errors << u"no narrow no-break space before “%1”: %2"_s.arg(c).arg(where(i));
        } else if (c == u':' && (after.isNull() || after.isSpace()) && !isQuotedKeyword(i)
                   && !isQuotedSymbol(i)) {
            if (before == narrow)
                result.warnings << u"narrow no-break space before “:”: %1"_s.arg(where(i));
            else if (before != nbsp)
                result.errors << u"no no-break space before “:”: %1"_s.arg(where(i));
        } else if (c == u'«' || c == u'»') {
            const QChar inside = c == u'«' ? after : before;
            if (inside == narrow)
                result.warnings << u"narrow no-break space inside « »: %1"_s.arg(where(i));
            else if (inside != nbsp)
                result.errors << u"no no-break space inside « »: %1"_s.arg(where(i));
        } else if (c == u'\'') {
            result.errors << u"straight apostrophe, use ’: %1"_s.arg(where(i));
        } else if (c == u'"' && !source.contains(u"=\""_s) && !source.contains(u"\"\""_s)
                   && !isQuotedSymbol(i)) {
            result.errors << u"straight quotes, use « »: %1"_s.arg(where(i));
        }
    }
    if (text.contains(u"..."_s) && !source.contains(u"..."_s)) // "..." in command syntax stays
        result.errors << u"three dots, use …"_s;
    static const QRegularExpression spaceBeforeComma(u"[ \\x{a0}\\x{202f}][,.](?![\\d.])"_s);
    if (const auto match = spaceBeforeComma.match(text); match.hasMatch())
        result.errors << u"a space before “,” or “.”: %1"_s.arg(where(match.capturedStart()));
    return result;
}

} // namespace

TEST_CASE("French typography rules catch what they should", "[app][i18n]")
{
    const QString nbsp(QChar(0x00a0));
    const QString narrow(QChar(0x202f));
    CHECK(frenchTypography(u"Titre"_s + nbsp + u":"_s, {}).errors.isEmpty());
    CHECK(frenchTypography(u"Vraiment"_s + narrow + u"?"_s, {}).errors.isEmpty());
    CHECK(frenchTypography(u"«"_s + nbsp + u"%1"_s + nbsp + u"»"_s, {}).errors.isEmpty());
    CHECK(frenchTypography(u"mailto:nom@example.com, https://x, 00:00:01.000"_s, {})
              .errors.isEmpty());
    CHECK(frenchTypography(u"xmlns=\"%1\""_s, u"xmlns=\"%1\""_s).errors.isEmpty());
    CHECK(frenchTypography(u"Titre :"_s, {}).errors.size() == 1);
    CHECK(frenchTypography(u"Titre:"_s, {}).errors.size() == 1);
    CHECK(frenchTypography(u"Vraiment ?"_s, {}).errors.size() == 1);
    CHECK(frenchTypography(u"Vraiment"_s + nbsp + u"!"_s, {}).errors.size() == 1);
    CHECK(frenchTypography(u"« %1 »"_s, {}).errors.size() == 2);
    CHECK(frenchTypography(u"l'aperçu"_s, {}).errors.size() == 1);
    CHECK(frenchTypography(u"Chargement..."_s, {}).errors.size() == 1);
    CHECK(frenchTypography(u"un, deux , trois"_s, {}).errors.size() == 1);
    CHECK(frenchTypography(u"avec «\u00a0..\u00a0»"_s, {}).errors.isEmpty()); // quoted dots
    const Typography variant = frenchTypography(u"Titre"_s + narrow + u":"_s, {});
    CHECK(variant.errors.isEmpty());
    CHECK(variant.warnings.size() == 1);
}

TEST_CASE("The French translation is complete and well formed", "[app][i18n]")
{
    const std::vector<TsMessage> messages = readTs(frenchTs());
    REQUIRE(messages.size() > 100);
    for (const TsMessage &message : messages) {
        INFO(message.where());
        CHECK(message.type.isEmpty()); // not unfinished, obsolete or vanished
        REQUIRE_FALSE(message.translations.isEmpty());
        if (message.numerus)
            CHECK(message.translations.size() == 2); // French: singular (0, 1), plural
        for (const QString &translation : message.translations) {
            INFO(translation.toStdString());
            CHECK_FALSE(translation.trimmed().isEmpty());
            // French typography: see frenchTypography() above.
            static const QRegularExpression entity(u"&[a-z]+;"_s);
            const QString prose = QString(translation).remove(entity);
            const Typography typography = frenchTypography(prose, message.source);
            for (const QString &warning : typography.warnings)
                WARN(message.where() << ": " << warning.toStdString());
            INFO(typography.errors.join(u"; "_s).toStdString());
            CHECK(typography.errors.isEmpty());
            QSet<QString> expected = placeholders(message.source);
            if (message.numerus && translation == message.translations.first())
                expected.remove(u"%n"_s); // "Un fichier" may spell the singular out
            QSet<QString> actual = placeholders(translation);
            if (message.numerus && translation == message.translations.first())
                actual.remove(u"%n"_s);
            CHECK(actual == expected);
            // A mnemonic in the source keeps exactly one in the translation.
            static const QRegularExpression mnemonic(u"&(?![&\\s]|[a-z]+;|#)"_s);
            if (mnemonic.match(message.source).hasMatch())
                CHECK(translation.count(mnemonic) == 1);
        }
    }
}

TEST_CASE("Every translatable string of the sources is in the French translation", "[app][i18n]")
{
    if (!QFileInfo::exists(lupdatePath)) {
        WARN("lupdate not installed: skipping the source scan");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString scanned = dir.filePath(u"scan_fr.ts"_s);
    const QString root = QStringLiteral(CAPSULE_SOURCE_DIR);
    QProcess lupdate;
    // -I: repo-rooted includes ("core/Tr.h") must resolve, or Tr::tr() gets a wrong context.
    lupdate.start(lupdatePath,
                  {u"-I"_s,
                   root,
                   u"-locations"_s,
                   u"none"_s,
                   u"-silent"_s,
                   root + u"/app"_s,
                   root + u"/core"_s,
                   root + u"/export"_s,
                   root + u"/import"_s,
                   root + u"/translation"_s,
                   u"-ts"_s,
                   scanned});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(QString::fromLocal8Bit(lupdate.readAllStandardError()).toStdString());
    REQUIRE(lupdate.exitCode() == 0);

    QSet<QString> translated;
    for (const TsMessage &message : readTs(frenchTs()))
        translated.insert(message.key());
    const std::vector<TsMessage> found = readTs(scanned);
    REQUIRE(found.size() > 100);
    QStringList missing;
    for (const TsMessage &message : found) {
        if (!translated.contains(message.key()))
            missing << QString::fromStdString(message.where());
    }
    INFO("Run the lupdate command of docs/editor.md, then translate:\n"
         << missing.join(u'\n').toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("The embedded French catalogue translates the editor", "[app][i18n]")
{
    QTranslator translator;
    REQUIRE(translator.load(u":/i18n/capsule_fr.qm"_s));
    CHECK(translator.translate("App::ExportDialog", "&Export") == u"&Exporter"_s);
    CHECK(translator.translate("App::CourseSettingsDialog", "Edit course settings")
          == u"Modifier les paramètres du cours"_s);
    CHECK(translator.translate("Core", "Rename slide").startsWith(u"Renommer"_s));
    // What a French author reported: a slide's kind is its type, and the quit prompt says
    // what its button does.
    CHECK(translator.translate("App::SlidePropertiesWidget", "Kind:") == u"Type\u00a0:"_s);
    CHECK(translator.translate("App::MainWindow", "Do&n't Save") == u"Ne &pas enregistrer"_s);
    CHECK(translator.translate("Core", "%1 — slide “%2”")
          == u"%1 — diapositive «\u00a0%2\u00a0»"_s);
    QCoreApplication::installTranslator(&translator);
    CHECK(QCoreApplication::translate("App::ExportDialog", "&Browse…") == u"&Parcourir…"_s);
    const char *blanks
        = "The fill-in text refers to blank [[%1]], but the question has %n blank(s).";
    CHECK(QCoreApplication::translate("Core", blanks, nullptr, 1).endsWith(u"que 1 trou."_s));
    CHECK(QCoreApplication::translate("Core", blanks, nullptr, 3).endsWith(u"que 3 trous."_s));
    QCoreApplication::removeTranslator(&translator);
}

TEST_CASE("English has a singular and a plural for every counted string", "[app][i18n]")
{
    // capsule_en.ts holds only the %n strings (lupdate -pluralonly): English reads
    // "1 question", "2 questions" rather than the sources' "question(s)".
    const std::vector<TsMessage> english
        = readTs(QStringLiteral(CAPSULE_SOURCE_DIR "/translations/capsule_en.ts"));
    QSet<QString> counted;
    for (const TsMessage &message : english) {
        INFO(message.where());
        CHECK(message.numerus);
        CHECK(message.type.isEmpty());
        REQUIRE(message.translations.size() == 2);
        for (const QString &form : message.translations) {
            INFO(form.toStdString());
            CHECK_FALSE(form.contains(u"(s)"_s, Qt::CaseInsensitive));
            CHECK(placeholders(form) == placeholders(message.source));
        }
        counted.insert(message.key());
    }
    QStringList missing;
    for (const TsMessage &message : readTs(frenchTs())) {
        if (message.numerus && !counted.contains(message.key()))
            missing << QString::fromStdString(message.where());
    }
    INFO("Run the English lupdate command of docs/editor.md, then write both forms:\n"
         << missing.join(u'\n').toStdString());
    CHECK(missing.isEmpty());

    QTranslator translator;
    REQUIRE(translator.load(u":/i18n/capsule_en.qm"_s));
    QCoreApplication::installTranslator(&translator);
    CHECK(QCoreApplication::translate("App::BankListModel", "%1 — %n question(s)", nullptr, 1)
              .arg(u"Bank"_s)
          == u"Bank — 1 question"_s);
    CHECK(QCoreApplication::translate("App::BankListModel", "%1 — %n question(s)", nullptr, 2)
              .arg(u"Bank"_s)
          == u"Bank — 2 questions"_s);
    QCoreApplication::removeTranslator(&translator);
}
