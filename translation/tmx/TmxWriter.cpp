// SPDX-License-Identifier: MIT
#include "TmxWriter.h"

#include "translation/Tr.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Translation {

namespace {

QString xmlSafe(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != 0x9 && u != 0xA && u != 0xD) || u == 0xFFFE || u == 0xFFFF)
            c = QChar(0xFFFD);
    }
    return out;
}

QString tmxDate(const QDateTime &date)
{
    // By hand: QDateTime::toString(format) parses the format on every call.
    const QDateTime utc = date.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    return u"%1%2%3T%4%5%6Z"_s.arg(d.year(), 4, 10, QChar(u'0'))
        .arg(d.month(), 2, 10, QChar(u'0'))
        .arg(d.day(), 2, 10, QChar(u'0'))
        .arg(t.hour(), 2, 10, QChar(u'0'))
        .arg(t.minute(), 2, 10, QChar(u'0'))
        .arg(t.second(), 2, 10, QChar(u'0'));
}

void writeSegment(QXmlStreamWriter &xml, const QString &text)
{
    static const QRegularExpression tag(u"<(/?)([A-Za-z][A-Za-z0-9]*)[^<>]*>"_s);
    struct Token
    {
        qsizetype start, end;
        bool closing;
        QString name;
        int pair = 0; // > 0: the i of a bpt/ept pair
    };
    std::vector<Token> tokens;
    auto it = tag.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        tokens.push_back({m.capturedStart(),
                          m.capturedEnd(),
                          !m.captured(1).isEmpty(),
                          m.captured(2).toLower()});
    }
    std::vector<size_t> open;
    int next = 1;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const bool empty = tokens[i].name == u"br" || tokens[i].name == u"img"
                           || text.at(tokens[i].end - 2) == u'/';
        if (empty) {
            continue;
        } else if (!tokens[i].closing) {
            open.push_back(i);
        } else if (!open.empty() && tokens[open.back()].name == tokens[i].name) {
            tokens[open.back()].pair = tokens[i].pair = next++;
            open.pop_back();
        }
    }
    // Number the pairs in the order they open.
    std::vector<int> renumbered(size_t(next), 0);
    int order = 1;
    for (Token &token : tokens) {
        if (token.pair > 0 && !token.closing)
            renumbered[size_t(token.pair)] = order++;
    }
    for (Token &token : tokens) {
        if (token.pair > 0)
            token.pair = renumbered[size_t(token.pair)];
    }
    xml.writeStartElement(u"seg"_s);
    qsizetype last = 0;
    for (const Token &token : tokens) {
        xml.writeCharacters(xmlSafe(text.mid(last, token.start - last)));
        const QString code = xmlSafe(text.mid(token.start, token.end - token.start));
        if (token.pair > 0) {
            xml.writeStartElement(token.closing ? u"ept"_s : u"bpt"_s);
            xml.writeAttribute(u"i"_s, QString::number(token.pair));
        } else {
            xml.writeStartElement(u"ph"_s);
        }
        xml.writeCharacters(code);
        xml.writeEndElement();
        last = token.end;
    }
    xml.writeCharacters(xmlSafe(text.mid(last)));
    xml.writeEndElement();
}

} // namespace

QByteArray TmxWriter::write(const std::vector<MemoryEntry> &entries)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeCharacters(u"\n"_s);
    xml.writeStartElement(u"tmx"_s);
    xml.writeAttribute(u"version"_s, u"1.4"_s);
    xml.writeCharacters(u"\n  "_s);
    xml.writeEmptyElement(u"header"_s);
    xml.writeAttribute(u"creationtool"_s, u"Capsule"_s);
    xml.writeAttribute(u"creationtoolversion"_s,
                       QCoreApplication::applicationVersion().isEmpty()
                           ? u"1"_s
                           : QCoreApplication::applicationVersion());
    xml.writeAttribute(u"segtype"_s, u"paragraph"_s);
    xml.writeAttribute(u"o-tmf"_s, u"Capsule"_s);
    xml.writeAttribute(u"adminlang"_s, u"en"_s);
    xml.writeAttribute(u"srclang"_s, u"*all*"_s);
    xml.writeAttribute(u"datatype"_s, u"html"_s);
    xml.writeCharacters(u"\n  "_s);
    xml.writeStartElement(u"body"_s);
    for (const MemoryEntry &entry : entries) {
        xml.writeCharacters(u"\n    "_s);
        xml.writeStartElement(u"tu"_s);
        xml.writeAttribute(u"srclang"_s, entry.sourceLanguage);
        if (entry.created.isValid())
            xml.writeAttribute(u"creationdate"_s, tmxDate(entry.created));
        if (!entry.origin.isEmpty()) {
            xml.writeCharacters(u"\n      "_s);
            xml.writeStartElement(u"prop"_s);
            xml.writeAttribute(u"type"_s, u"x-origin"_s);
            xml.writeCharacters(xmlSafe(entry.origin));
            xml.writeEndElement();
        }
        for (const auto &[language, text] : {std::pair{entry.sourceLanguage, entry.source},
                                             std::pair{entry.targetLanguage, entry.target}}) {
            xml.writeCharacters(u"\n      "_s);
            xml.writeStartElement(u"tuv"_s);
            xml.writeAttribute(u"xml:lang"_s, language);
            writeSegment(xml, text);
            xml.writeEndElement();
        }
        xml.writeCharacters(u"\n    "_s);
        xml.writeEndElement();
    }
    xml.writeCharacters(u"\n  "_s);
    xml.writeEndElement();
    xml.writeCharacters(u"\n"_s);
    xml.writeEndElement();
    xml.writeEndDocument();
    out += '\n';
    return out;
}

Core::Result<void> TmxWriter::writeFile(const QString &path,
                                        const std::vector<MemoryEntry> &entries)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(write(entries)) < 0 || !file.commit())
        return Core::Error{
            Core::ErrorCode::Io,
            Tr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace Translation
