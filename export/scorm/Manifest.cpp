// SPDX-License-Identifier: MIT
#include "Manifest.h"

#include "core/Course.h"
#include "export/PackageBuilder.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Export {

namespace {

// SCORM 1.2's IMS CP binding caps titles at 200 characters (titleType maxLength).
constexpr qsizetype maxScorm12TitleLength = 200;

constexpr const char *nsCp12 = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
constexpr const char *nsAdlcp12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
constexpr const char *nsImsmd12 = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1";
constexpr const char *nsCp2004 = "http://www.imsglobal.org/xsd/imscp_v1p1";
constexpr const char *nsAdlcp2004 = "http://www.adlnet.org/xsd/adlcp_v1p3";
constexpr const char *nsAdlseq2004 = "http://www.adlnet.org/xsd/adlseq_v1p3";
constexpr const char *nsAdlnav2004 = "http://www.adlnet.org/xsd/adlnav_v1p3";
constexpr const char *nsImsss = "http://www.imsglobal.org/xsd/imsss";
constexpr const char *nsLom = "http://ltsc.ieee.org/xsd/LOM";

/** Text with the characters XML 1.0 cannot carry removed (C0 controls, U+FFFE/FFFF, lone
 * surrogates). */
QString xmlText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (c.isSurrogate())
            continue;
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF)
            continue;
        out += c;
    }
    return out;
}

/** At most max UTF-16 units, never splitting a surrogate pair. */
QString truncated(const QString &text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    qsizetype cut = max;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut);
}

/** The course language when it is a valid xs:language (BCP 47 shape), else empty. */
QString xmlLanguage(const QString &language)
{
    static const QRegularExpression pattern(u"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$"_s);
    QString tag = language.trimmed();
    tag.replace(u'_', u'-');
    return pattern.match(tag).hasMatch() ? tag : QString();
}

QString courseTitle(const Core::Course &course)
{
    const QString title = xmlText(course.metadata().title).trimmed();
    return title.isEmpty() ? course.id().toString() : title;
}

void setText(pugi::xml_node node, const QString &text)
{
    node.text().set(text.toUtf8().constData());
}

void setAttribute(pugi::xml_node node, const char *name, const QString &value)
{
    node.append_attribute(name).set_value(value.toUtf8().constData());
}

pugi::xml_node appendTextChild(pugi::xml_node parent, const char *name, const QString &text)
{
    pugi::xml_node child = parent.append_child(name);
    setText(child, text);
    return child;
}

struct Identifiers
{
    QString manifest, organization, item, resource, objective;
};

Identifiers identifiers(const Core::Course &course)
{
    const QString part = manifestIdentifierPart(course.id().toString());
    return {u"MANIFEST-"_s + part,
            u"ORG-"_s + part,
            u"ITEM-"_s + part,
            u"RES-"_s + part,
            u"OBJ-"_s + part};
}

/** One text per language: (text, xs:language or empty). */
using LangTexts = std::vector<std::pair<QString, QString>>;

/**
 * A LangString of IEEE LOM (2004) or IMS MD 1.2.1 (1.2), which differ in element and attribute,
 * with one string per language (a package in several languages); empty texts are left out.
 */
void appendLangString(pugi::xml_node parent,
                      const char *name,
                      const LangTexts &texts,
                      ScormVersion version)
{
    pugi::xml_node node = parent.append_child(name);
    const bool is2004 = version == ScormVersion::Scorm2004;
    for (const auto &[text, language] : texts) {
        if (text.isEmpty() && texts.size() > 1)
            continue;
        pugi::xml_node string = node.append_child(is2004 ? "string" : "langstring");
        if (!language.isEmpty())
            setAttribute(string, is2004 ? "language" : "xml:lang", language);
        setText(string, text);
    }
}

void appendLangString(pugi::xml_node parent,
                      const char *name,
                      const QString &text,
                      const QString &language,
                      ScormVersion version)
{
    appendLangString(parent, name, LangTexts{{text, language}}, version);
}

void appendMetadata(pugi::xml_node manifest,
                    const Core::Course &course,
                    ScormVersion version,
                    const std::vector<const Core::Course *> &translations)
{
    const bool is2004 = version == ScormVersion::Scorm2004;
    pugi::xml_node metadata = manifest.append_child("metadata");
    appendTextChild(metadata, "schema", u"ADL SCORM"_s);
    appendTextChild(metadata, "schemaversion", is2004 ? u"2004 4th Edition"_s : u"1.2"_s);

    const Core::CourseMetadata &meta = course.metadata();
    const QString language = xmlLanguage(meta.language);
    // A package in several languages: a title and description per language, every language.
    std::vector<const Core::Course *> courses{&course};
    courses.insert(courses.end(), translations.begin(), translations.end());
    LangTexts titles;
    LangTexts descriptions;
    QStringList languages;
    for (const Core::Course *each : courses) {
        const QString code = xmlLanguage(each->metadata().language);
        titles.emplace_back(courseTitle(*each), code);
        descriptions.emplace_back(xmlText(each->metadata().description).trimmed(), code);
        if (!code.isEmpty() && !languages.contains(code))
            languages.append(code);
    }
    pugi::xml_node lom = metadata.append_child("lom");
    lom.append_attribute("xmlns").set_value(is2004 ? nsLom : nsImsmd12);
    pugi::xml_node general = lom.append_child("general");
    appendLangString(general, "title", titles, version);
    for (const QString &code : languages)
        appendTextChild(general, "language", code);
    const QString description = xmlText(meta.description).trimmed();
    if (!description.isEmpty())
        appendLangString(general, "description", descriptions, version);
    for (const QString &keyword : meta.keywords) {
        const QString text = xmlText(keyword).trimmed();
        if (!text.isEmpty())
            appendLangString(general, "keyword", text, language, version);
    }
}

void appendResources(pugi::xml_node manifest,
                     const Identifiers &ids,
                     ScormVersion version,
                     const QStringList &files)
{
    pugi::xml_node resource = manifest.append_child("resources").append_child("resource");
    setAttribute(resource, "identifier", ids.resource);
    resource.append_attribute("type").set_value("webcontent");
    resource
        .append_attribute(version == ScormVersion::Scorm2004 ? "adlcp:scormType"
                                                             : "adlcp:scormtype")
        .set_value("sco");
    resource.append_attribute("href").set_value("index.html");
    for (const QString &file : files)
        setAttribute(resource.append_child("file"), "href", file);
}

pugi::xml_document buildScorm12(const Core::Course &course,
                                const QStringList &files,
                                const std::vector<const Core::Course *> &translations)
{
    const Identifiers ids = identifiers(course);
    const QString title = truncated(courseTitle(course), maxScorm12TitleLength);
    pugi::xml_document doc;
    pugi::xml_node manifest = doc.append_child("manifest");
    setAttribute(manifest, "identifier", ids.manifest);
    manifest.append_attribute("version").set_value("1.0");
    manifest.append_attribute("xmlns").set_value(nsCp12);
    manifest.append_attribute("xmlns:adlcp").set_value(nsAdlcp12);

    appendMetadata(manifest, course, ScormVersion::Scorm12, translations);

    pugi::xml_node organizations = manifest.append_child("organizations");
    setAttribute(organizations, "default", ids.organization);
    pugi::xml_node organization = organizations.append_child("organization");
    setAttribute(organization, "identifier", ids.organization);
    appendTextChild(organization, "title", title);
    pugi::xml_node item = organization.append_child("item");
    setAttribute(item, "identifier", ids.item);
    setAttribute(item, "identifierref", ids.resource);
    item.append_attribute("isvisible").set_value("true");
    appendTextChild(item, "title", title);
    // With a mastery score the LMS overrides lesson_status from the raw score at LMSFinish
    // (RUNTIME.md §2.7; Moodle does by default): Failed while retakes remain, Passed without the
    // slides of "both". So only when the author lets the LMS judge, and the package reports
    // passed/failed.
    const Core::CourseSettings &settings = course.settings();
    if (Core::lmsJudgesByScore(settings)
        && settings.scorm12Reporting == Core::Scorm12Reporting::PassedFailed) {
        appendTextChild(item,
                        "adlcp:masteryscore",
                        QString::number(std::clamp(settings.passingScorePercent, 0, 100)));
    }

    appendResources(manifest, ids, ScormVersion::Scorm12, files);
    return doc;
}

pugi::xml_document buildScorm2004(const Core::Course &course,
                                  const QStringList &files,
                                  const std::vector<const Core::Course *> &translations)
{
    const Identifiers ids = identifiers(course);
    const QString title = courseTitle(course);
    pugi::xml_document doc;
    pugi::xml_node manifest = doc.append_child("manifest");
    setAttribute(manifest, "identifier", ids.manifest);
    manifest.append_attribute("version").set_value("1.0");
    manifest.append_attribute("xmlns").set_value(nsCp2004);
    manifest.append_attribute("xmlns:adlcp").set_value(nsAdlcp2004);
    manifest.append_attribute("xmlns:adlseq").set_value(nsAdlseq2004);
    manifest.append_attribute("xmlns:adlnav").set_value(nsAdlnav2004);
    manifest.append_attribute("xmlns:imsss").set_value(nsImsss);

    appendMetadata(manifest, course, ScormVersion::Scorm2004, translations);

    pugi::xml_node organizations = manifest.append_child("organizations");
    setAttribute(organizations, "default", ids.organization);
    pugi::xml_node organization = organizations.append_child("organization");
    setAttribute(organization, "identifier", ids.organization);
    appendTextChild(organization, "title", title);

    pugi::xml_node item = organization.append_child("item");
    setAttribute(item, "identifier", ids.item);
    setAttribute(item, "identifierref", ids.resource);
    appendTextChild(item, "title", title);
    pugi::xml_node sequencing = item.append_child("imsss:sequencing");
    if (Core::lmsJudgesByScore(course.settings())) {
        // The LMS sets success_status from cmi.score.scaled against this measure (RUNTIME.md
        // §2.7), overriding the course's own decision: only when the author asked for it.
        pugi::xml_node objective
            = sequencing.append_child("imsss:objectives").append_child("imsss:primaryObjective");
        setAttribute(objective, "objectiveID", ids.objective);
        objective.append_attribute("satisfiedByMeasure").set_value("true");
        const int percent = std::clamp(course.settings().passingScorePercent, 0, 100);
        appendTextChild(
            objective, "imsss:minNormalizedMeasure", QString::number(percent / 100.0, 'f', 2));
    }
    // Without these the LMS may mark the SCO completed/satisfied at launch (defaults false).
    pugi::xml_node delivery = sequencing.append_child("imsss:deliveryControls");
    delivery.append_attribute("completionSetByContent").set_value("true");
    delivery.append_attribute("objectiveSetByContent").set_value("true");

    // Flow lets LMSs that honour sequencing start the only SCO without a menu choice.
    pugi::xml_node control
        = organization.append_child("imsss:sequencing").append_child("imsss:controlMode");
    control.append_attribute("choice").set_value("true");
    control.append_attribute("flow").set_value("true");

    appendResources(manifest, ids, ScormVersion::Scorm2004, files);
    return doc;
}

struct ByteWriter final : pugi::xml_writer
{
    QByteArray bytes;
    void write(const void *data, size_t size) override
    {
        bytes.append(static_cast<const char *>(data), static_cast<qsizetype>(size));
    }
};

} // namespace

QString manifestIdentifierPart(const QString &id)
{
    QString out = id;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
                        || (u >= u'0' && u <= u'9') || u == u'-' || u == u'.' || u == u'_';
        if (!ok)
            c = u'_';
    }
    return out;
}

pugi::xml_document buildManifest(const Core::Course &course,
                                 ScormVersion version,
                                 const QStringList &files,
                                 const std::vector<const Core::Course *> &translations)
{
    return version == ScormVersion::Scorm2004 ? buildScorm2004(course, files, translations)
                                              : buildScorm12(course, files, translations);
}

pugi::xml_document buildManifest(const Core::Course &course, ScormVersion version)
{
    return buildManifest(course, version, PackageBuilder::packageFiles(course));
}

QByteArray manifestBytes(const pugi::xml_document &manifest)
{
    ByteWriter writer;
    writer.bytes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    manifest.save(
        writer, "  ", pugi::format_indent | pugi::format_no_declaration, pugi::encoding_utf8);
    return writer.bytes;
}

} // namespace Export
