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

} // namespace

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
            // French typography: a non-breaking space, never a plain one, before : ; ? ! »
            // and after «.
            // Entities quoted in messages ("&lt;p&gt;") are not punctuation.
            static const QRegularExpression entity(u"&[a-z]+;"_s);
            const QString prose = QString(translation).remove(entity);
            static const QRegularExpression plainSpace(u" [:;?!»]|« "_s);
            CHECK_FALSE(plainSpace.match(prose).hasMatch());
            static const QRegularExpression missingSpace(u"[[:alnum:])»][;?!»]|«[[:alnum:]]"_s);
            CHECK_FALSE(missingSpace.match(prose).hasMatch());
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
    QCoreApplication::installTranslator(&translator);
    CHECK(QCoreApplication::translate("App::ExportDialog", "&Browse…") == u"&Parcourir…"_s);
    const char *blanks
        = "The fill-in text refers to blank [[%1]], but the question has %n blank(s).";
    CHECK(QCoreApplication::translate("Core", blanks, nullptr, 1).endsWith(u"que 1 trou."_s));
    CHECK(QCoreApplication::translate("Core", blanks, nullptr, 3).endsWith(u"que 3 trous."_s));
    QCoreApplication::removeTranslator(&translator);
}
