// SPDX-License-Identifier: MIT
#include "CourseSerializer.h"

#include "Tr.h"

#include <QColor>
#include <QSet>

#include <pugixml.hpp>

#include <charconv>
#include <cmath>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace Core {

namespace {

constexpr char namespaceUri[] = "https://capsule.example/ns/course/1";

// Format defaults (docs/file-format.md). They belong to format 1 and do not follow the
// model's defaults if those ever change.
constexpr int defaultHeadingLevel = 2;
constexpr double defaultPoints = 1;
constexpr int defaultPassingScore = 80;
const QColor defaultPrimary(0x1f, 0x4e, 0x79);
const QColor defaultAccent(0xe0, 0x7a, 0x1f);

// ---------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------

class ByteArrayWriter final : public pugi::xml_writer
{
public:
    explicit ByteArrayWriter(QByteArray &out)
        : m_out(out)
    {}
    void write(const void *data, size_t size) override
    {
        m_out.append(static_cast<const char *>(data), qsizetype(size));
    }

private:
    QByteArray &m_out;
};

void setAttribute(pugi::xml_node node, const char *name, const QString &value)
{
    node.append_attribute(name).set_value(value.toUtf8().constData());
}

void setAttribute(pugi::xml_node node, const char *name, const char *value)
{
    node.append_attribute(name).set_value(value);
}

void setInt(pugi::xml_node node, const char *name, qint64 value)
{
    node.append_attribute(name).set_value(QByteArray::number(value).constData());
}

/** The shortest text that reads back to the same double, whatever the locale. */
QByteArray formatDouble(double value)
{
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    Q_ASSERT(ec == std::errc());
    return QByteArray(buffer, end - buffer);
}

void setDouble(pugi::xml_node node, const char *name, double value)
{
    node.append_attribute(name).set_value(formatDouble(value).constData());
}

void setBool(pugi::xml_node node, const char *name, bool value)
{
    node.append_attribute(name).set_value(value ? "true" : "false");
}

pugi::xml_node addText(pugi::xml_node parent, const char *name, const QString &text)
{
    pugi::xml_node child = parent.append_child(name);
    if (!text.isEmpty())
        child.text().set(text.toUtf8().constData());
    return child;
}

void addOptionalText(pugi::xml_node parent, const char *name, const QString &text)
{
    if (!text.isEmpty())
        addText(parent, name, text);
}

void writeBlock(pugi::xml_node parent, const ContentBlock &block)
{
    pugi::xml_node node = parent.append_child("block");
    setAttribute(node, "type", toString(block.type));
    if (block.headingLevel != defaultHeadingLevel)
        setInt(node, "level", block.headingLevel);
    if (block.calloutStyle != CalloutStyle::Info)
        setAttribute(node, "style", toString(block.calloutStyle));
    if (!block.image.isNull())
        setAttribute(node, "image", block.image.toString());
    addOptionalText(node, "text", block.text);
    addOptionalText(node, "altText", block.altText);
    addOptionalText(node, "caption", block.caption);
}

void writeQuestion(pugi::xml_node parent, const Question &q)
{
    pugi::xml_node node = parent.append_child("question");
    setAttribute(node, "type", toString(q.type));
    if (q.points != defaultPoints)
        setDouble(node, "points", q.points);
    if (q.shuffle)
        setBool(node, "shuffle", true);
    if (!q.trueFalseAnswer)
        setBool(node, "trueFalseAnswer", false);
    if (q.maxLength != 0)
        setInt(node, "maxLength", q.maxLength);
    addOptionalText(node, "prompt", q.prompt);
    addOptionalText(node, "correctFeedback", q.correctFeedback);
    addOptionalText(node, "incorrectFeedback", q.incorrectFeedback);
    for (const Choice &choice : q.choices) {
        pugi::xml_node c = node.append_child("choice");
        setAttribute(c, "id", choice.id);
        if (choice.correct)
            setBool(c, "correct", true);
        addOptionalText(c, "text", choice.text);
        addOptionalText(c, "feedback", choice.feedback);
    }
    addOptionalText(node, "clozeText", q.clozeText);
    for (const Blank &blank : q.blanks) {
        pugi::xml_node b = node.append_child("blank");
        setAttribute(b, "id", blank.id);
        if (blank.caseSensitive)
            setBool(b, "caseSensitive", true);
        addOptionalText(b, "label", blank.label);
        for (const QString &answer : blank.acceptedAnswers)
            addText(b, "answer", answer);
    }
    for (const MatchPair &pair : q.pairs) {
        pugi::xml_node p = node.append_child("pair");
        setAttribute(p, "id", pair.id);
        addOptionalText(p, "source", pair.source);
        addOptionalText(p, "target", pair.target);
    }
    for (const SequenceItem &item : q.items) {
        pugi::xml_node i = node.append_child("item");
        setAttribute(i, "id", item.id);
        if (!item.text.isEmpty())
            i.text().set(item.text.toUtf8().constData());
    }
    const NumericAnswer &n = q.numeric;
    if (n != NumericAnswer{}) {
        pugi::xml_node numeric = node.append_child("numeric");
        if (n.isRange)
            setBool(numeric, "range", true);
        if (n.value != 0)
            setDouble(numeric, "value", n.value);
        if (n.tolerance != 0)
            setDouble(numeric, "tolerance", n.tolerance);
        if (n.minimum != 0)
            setDouble(numeric, "minimum", n.minimum);
        if (n.maximum != 0)
            setDouble(numeric, "maximum", n.maximum);
    }
    for (const QString &label : q.likertScale)
        addText(node, "scaleLabel", label);
}

void writeVideo(pugi::xml_node parent, const VideoBody &video)
{
    pugi::xml_node node = parent.append_child("video");
    if (!video.video.isNull())
        setAttribute(node, "asset", video.video.toString());
    if (!video.poster.isNull())
        setAttribute(node, "poster", video.poster.toString());
    if (video.requiredWatchedPercent != 0)
        setInt(node, "requiredWatchedPercent", video.requiredWatchedPercent);
    for (const CaptionTrack &track : video.captions) {
        pugi::xml_node t = node.append_child("track");
        setAttribute(t, "asset", track.vtt.toString());
        setAttribute(t, "language", track.language);
        if (!track.label.isEmpty())
            t.text().set(track.label.toUtf8().constData());
    }
}

void writeSlide(pugi::xml_node parent, const Slide &slide)
{
    pugi::xml_node node = parent.append_child("slide");
    setAttribute(node, "id", slide.id.toString());
    setAttribute(node, "kind", toString(slide.kind()));
    addOptionalText(node, "title", slide.title);
    if (const auto *content = std::get_if<ContentBody>(&slide.body)) {
        for (const ContentBlock &block : content->blocks)
            writeBlock(node, block);
    } else if (const auto *question = std::get_if<QuestionBody>(&slide.body)) {
        writeQuestion(node, question->question);
    } else if (const auto *video = std::get_if<VideoBody>(&slide.body)) {
        writeVideo(node, *video);
    } else if (const auto *result = std::get_if<ResultBody>(&slide.body)) {
        addOptionalText(node, "passMessage", result->passMessage);
        addOptionalText(node, "failMessage", result->failMessage);
    }
}

// ---------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------

constexpr unsigned parseOptions = pugi::parse_cdata | pugi::parse_escapes
                                  | pugi::parse_wconv_attribute | pugi::parse_ws_pcdata_single;
// No parse_eol: line ends inside text come back exactly as they were written. No DOCTYPE,
// no entity definitions: pugixml never expands anything but the five predefined entities and
// character references.

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isBlank(const char *text)
{
    for (; *text; ++text) {
        if (!isBlank(*text))
            return false;
    }
    return true;
}

bool isSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

bool isValidId(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c.isSpace() || c.unicode() < 0x20)
            return false;
    }
    return true;
}

/** A child element slot: exactly one node (optional or required) or a list. */
struct Slot
{
    const char *name;
    pugi::xml_node *one = nullptr;
    std::vector<pugi::xml_node> *many = nullptr;
};

class Reader
{
public:
    Reader(const QByteArray &xml, const QString &fileName)
        : m_xml(xml)
        , m_fileName(fileName)
    {}

    Result<std::unique_ptr<Course>> read();

private:
    // Errors ------------------------------------------------------------------------------
    int lineOf(ptrdiff_t offset) const
    {
        if (offset < 0)
            return 0;
        const qsizetype end = std::min<qsizetype>(qsizetype(offset), m_xml.size());
        return int(QByteArrayView(m_xml.constData(), end).count('\n')) + 1;
    }
    bool fail(ErrorCode code, pugi::xml_node node, const QString &problem)
    {
        if (!m_error) {
            m_error = makeError(
                code,
                Tr::tr("%1: course.xml, line %2: %3")
                    .arg(m_fileName, QString::number(lineOf(node.offset_debug())), problem));
        }
        return false;
    }
    static QString tag(pugi::xml_node node) { return u'<' + QString::fromUtf8(node.name()) + u'>'; }
    bool failAttribute(pugi::xml_node node, const char *attribute, const QString &problem)
    {
        return fail(ErrorCode::InvalidContent,
                    node,
                    Tr::tr("attribute \"%1\" of %2 %3")
                        .arg(QString::fromUtf8(attribute), tag(node), problem));
    }

    // Structure ---------------------------------------------------------------------------
    bool attributes(pugi::xml_node node, std::initializer_list<const char *> allowed)
    {
        for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
            bool known = false;
            for (const char *name : allowed)
                known = known || std::strcmp(a.name(), name) == 0;
            if (!known) {
                return fail(ErrorCode::InvalidContent,
                            node,
                            Tr::tr("%1 has an unknown attribute \"%2\".")
                                .arg(tag(node), QString::fromUtf8(a.name())));
            }
            for (pugi::xml_attribute b = a.next_attribute(); b; b = b.next_attribute()) {
                if (std::strcmp(a.name(), b.name()) == 0) {
                    return fail(ErrorCode::InvalidContent,
                                node,
                                Tr::tr("%1 has the attribute \"%2\" twice.")
                                    .arg(tag(node), QString::fromUtf8(a.name())));
                }
            }
        }
        return true;
    }

    bool
    children(pugi::xml_node node, std::initializer_list<Slot> expected, const QString &where = {})
    {
        for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
                if (isBlank(child.value()))
                    continue;
                return fail(
                    ErrorCode::InvalidContent,
                    child,
                    Tr::tr("%1 cannot contain text.").arg(where.isEmpty() ? tag(node) : where));
            }
            if (child.type() != pugi::node_element)
                continue;
            const Slot *slot = nullptr;
            for (const Slot &s : expected) {
                if (std::strcmp(child.name(), s.name) == 0)
                    slot = &s;
            }
            if (!slot) {
                return fail(ErrorCode::InvalidContent,
                            child,
                            Tr::tr("%1 is not allowed in %2.")
                                .arg(tag(child), where.isEmpty() ? tag(node) : where));
            }
            if (slot->many) {
                slot->many->push_back(child);
            } else if (*slot->one) {
                return fail(ErrorCode::InvalidContent,
                            child,
                            Tr::tr("%1 appears more than once in %2.").arg(tag(child), tag(node)));
            } else {
                *slot->one = child;
            }
        }
        return true;
    }

    bool required(pugi::xml_node parent, pugi::xml_node child, const char *name)
    {
        if (child)
            return true;
        return fail(ErrorCode::InvalidContent,
                    parent,
                    Tr::tr("%1 lacks the required element <%2>.")
                        .arg(tag(parent), QString::fromUtf8(name)));
    }

    /** The text content of node, which may not contain elements. */
    bool text(pugi::xml_node node, QString &out, bool allowAttributes = false)
    {
        if (!node)
            return true; // an absent optional element: keep the default
        if (!allowAttributes && !attributes(node, {}))
            return false;
        QByteArray utf8;
        for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
                utf8 += child.value();
            } else if (child.type() == pugi::node_element) {
                return fail(ErrorCode::InvalidContent,
                            child,
                            Tr::tr("%1 holds an element %2: text, rich text included, must be "
                                   "escaped (&lt;p&gt;) or in a CDATA section.")
                                .arg(tag(node), tag(child)));
            }
        }
        out = QString::fromUtf8(utf8);
        return true;
    }

    // Attributes --------------------------------------------------------------------------
    bool present(pugi::xml_node node, const char *name, bool isRequired, pugi::xml_attribute &a)
    {
        a = node.attribute(name);
        if (a || !isRequired)
            return true;
        return fail(ErrorCode::InvalidContent,
                    node,
                    Tr::tr("%1 lacks the required attribute \"%2\".")
                        .arg(tag(node), QString::fromUtf8(name)));
    }

    bool string(pugi::xml_node node, const char *name, bool isRequired, QString &out)
    {
        pugi::xml_attribute a;
        if (!present(node, name, isRequired, a))
            return false;
        if (a)
            out = QString::fromUtf8(a.value());
        return true;
    }

    bool integer(
        pugi::xml_node node, const char *name, bool isRequired, qint64 min, qint64 max, qint64 &out)
    {
        pugi::xml_attribute a;
        if (!present(node, name, isRequired, a))
            return false;
        if (!a)
            return true;
        const char *begin = a.value();
        const char *end = begin + std::strlen(begin);
        qint64 value = 0;
        const auto [ptr, ec] = std::from_chars(begin, end, value);
        if (ec == std::errc::result_out_of_range
            || (ec == std::errc() && ptr == end && (value < min || value > max))) {
            return failAttribute(
                node,
                name,
                Tr::tr("is out of range: %1 is not between %2 and %3.")
                    .arg(QString::fromUtf8(begin), QString::number(min), QString::number(max)));
        }
        if (ec != std::errc() || ptr != end || begin == end)
            return failAttribute(
                node, name, Tr::tr("is not an integer: \"%1\".").arg(QString::fromUtf8(begin)));
        out = value;
        return true;
    }

    template <typename Int>
    bool integer(
        pugi::xml_node node, const char *name, bool isRequired, qint64 min, qint64 max, Int &out)
    {
        qint64 value = out;
        if (!integer(node, name, isRequired, min, max, value))
            return false;
        out = Int(value);
        return true;
    }

    bool number(pugi::xml_node node, const char *name, double &out)
    {
        const pugi::xml_attribute a = node.attribute(name);
        if (!a)
            return true;
        const char *begin = a.value();
        const char *end = begin + std::strlen(begin);
        double value = 0;
        const auto [ptr, ec] = std::from_chars(begin, end, value);
        if (ec != std::errc() || ptr != end || begin == end || !std::isfinite(value))
            return failAttribute(
                node,
                name,
                Tr::tr("is not a finite number: \"%1\".").arg(QString::fromUtf8(begin)));
        out = value;
        return true;
    }

    bool boolean(pugi::xml_node node, const char *name, bool &out)
    {
        const pugi::xml_attribute a = node.attribute(name);
        if (!a)
            return true;
        if (std::strcmp(a.value(), "true") == 0)
            out = true;
        else if (std::strcmp(a.value(), "false") == 0)
            out = false;
        else
            return failAttribute(node,
                                 name,
                                 Tr::tr("must be \"true\" or \"false\", not \"%1\".")
                                     .arg(QString::fromUtf8(a.value())));
        return true;
    }

    template <typename Enum>
    bool enumeration(pugi::xml_node node, const char *name, bool isRequired, Enum &out)
    {
        pugi::xml_attribute a;
        if (!present(node, name, isRequired, a))
            return false;
        if (!a)
            return true;
        const QString text = QString::fromUtf8(a.value());
        if (!fromString(text, out))
            return failAttribute(node, name, Tr::tr("has an unknown value \"%1\".").arg(text));
        return true;
    }

    bool colour(pugi::xml_node node, const char *name, QColor &out)
    {
        const pugi::xml_attribute a = node.attribute(name);
        if (!a)
            return true;
        const char *v = a.value();
        unsigned rgb = 0;
        bool ok = std::strlen(v) == 7 && v[0] == '#';
        if (ok) {
            const auto [ptr, ec] = std::from_chars(v + 1, v + 7, rgb, 16);
            ok = ec == std::errc() && ptr == v + 7;
        }
        if (!ok)
            return failAttribute(
                node,
                name,
                Tr::tr("is not a colour of the form #rrggbb: \"%1\".").arg(QString::fromUtf8(v)));
        out = QColor(int((rgb >> 16) & 0xff), int((rgb >> 8) & 0xff), int(rgb & 0xff));
        return true;
    }

    template <typename IdType> bool id(pugi::xml_node node, const char *name, IdType &out)
    {
        QString text;
        if (!string(node, name, true, text))
            return false;
        if (!isValidId(text))
            return failAttribute(
                node,
                name,
                Tr::tr("is not a valid identifier (empty or with spaces): \"%1\".").arg(text));
        out = IdType(text);
        return true;
    }

    /** A reference to an asset of <media>. */
    bool assetRef(pugi::xml_node node, const char *name, bool isRequired, AssetId &out)
    {
        QString text;
        if (!string(node, name, isRequired, text))
            return false;
        if (!node.attribute(name))
            return true;
        if (!isSha256(text))
            return failAttribute(
                node,
                name,
                Tr::tr("is not a SHA-256 (64 lowercase hex digits): \"%1\".").arg(text));
        out = AssetId(text);
        if (!m_course->assets().count(out)) {
            return fail(ErrorCode::MissingAsset,
                        node,
                        Tr::tr("%1 refers to the media %2, which is not listed in <media>.")
                            .arg(tag(node), text));
        }
        return true;
    }

    bool
    uniqueId(pugi::xml_node node, QSet<QString> &seen, const QString &value, const QString &what)
    {
        if (seen.contains(value)) {
            return fail(ErrorCode::InvalidContent,
                        node,
                        Tr::tr("the %1 id \"%2\" is used twice.").arg(what, value));
        }
        seen.insert(value);
        return true;
    }

    // Elements ----------------------------------------------------------------------------
    bool readRoot(pugi::xml_node root);
    bool readMedia(pugi::xml_node media);
    bool readMetadata(pugi::xml_node node);
    bool readSettings(pugi::xml_node node);
    bool readSection(pugi::xml_node node);
    bool readSlide(pugi::xml_node node, Slide &slide);
    bool readBlock(pugi::xml_node node, ContentBlock &block);
    bool readQuestion(pugi::xml_node node, Question &question);
    bool readVideo(pugi::xml_node node, VideoBody &video);

    const QByteArray &m_xml;
    QString m_fileName;
    std::optional<Error> m_error;
    std::unique_ptr<Course> m_course;
    QSet<QString> m_sectionIds;
    QSet<QString> m_slideIds;
};

Result<std::unique_ptr<Course>> Reader::read()
{
    pugi::xml_document doc;
    const pugi::xml_parse_result parsed = doc.load_buffer(
        m_xml.constData(), size_t(m_xml.size()), parseOptions, pugi::encoding_utf8);
    if (!parsed) {
        return makeError(ErrorCode::MalformedXml,
                         Tr::tr("%1: course.xml is not well-formed XML (line %2: %3).")
                             .arg(m_fileName,
                                  QString::number(lineOf(parsed.offset)),
                                  QString::fromUtf8(parsed.description())));
    }
    // pugixml silently drops text outside the root element; XML does not allow it.
    {
        qsizetype begin = m_xml.startsWith("\xef\xbb\xbf") ? 3 : 0;
        qsizetype end = m_xml.size();
        while (begin < end && isBlank(m_xml.at(begin)))
            ++begin;
        while (end > begin && isBlank(m_xml.at(end - 1)))
            --end;
        if (begin == end || m_xml.at(begin) != '<' || m_xml.at(end - 1) != '>') {
            return makeError(
                ErrorCode::MalformedXml,
                Tr::tr("%1: course.xml is not well-formed XML (line %2: text "
                       "outside the root element).")
                    .arg(m_fileName,
                         QString::number(
                             lineOf(begin == end || m_xml.at(begin) != '<' ? begin : end - 1))));
        }
    }
    pugi::xml_node root;
    for (pugi::xml_node child = doc.first_child(); child; child = child.next_sibling()) {
        if (child.type() == pugi::node_element) {
            if (root) {
                return makeError(
                    ErrorCode::MalformedXml,
                    Tr::tr("%1: course.xml has more than one root element (line %2).")
                        .arg(m_fileName, QString::number(lineOf(child.offset_debug()))));
            }
            root = child;
        } else if (child.type() == pugi::node_pcdata && !isBlank(child.value())) {
            return makeError(ErrorCode::MalformedXml,
                             Tr::tr("%1: course.xml has text outside its root element (line %2).")
                                 .arg(m_fileName, QString::number(lineOf(child.offset_debug()))));
        }
    }
    if (!root) {
        return makeError(ErrorCode::MalformedXml,
                         Tr::tr("%1: course.xml has no root element.").arg(m_fileName));
    }
    m_course = std::make_unique<Course>();
    if (!readRoot(root)) {
        Q_ASSERT(m_error); // every failing path records its error
        return *m_error;
    }
    return std::move(m_course);
}

bool Reader::readRoot(pugi::xml_node root)
{
    if (std::strcmp(root.name(), "capsule") != 0) {
        return fail(ErrorCode::InvalidContent,
                    root,
                    Tr::tr("the root element is %1, not <capsule>: this is not a Capsule course.")
                        .arg(tag(root)));
    }
    // The version first: a newer file is reported as newer whatever else changed in it.
    pugi::xml_attribute version;
    if (!present(root, "formatVersion", true, version))
        return false;
    {
        const char *begin = version.value();
        const char *end = begin + std::strlen(begin);
        qint64 value = 0;
        const auto [ptr, ec] = std::from_chars(begin, end, value);
        if (ec == std::errc::result_out_of_range
            || (ec == std::errc() && ptr == end && value > CourseSerializer::formatVersion)) {
            m_error = makeError(ErrorCode::NewerFormat,
                                Tr::tr("%1 was saved by a newer version of Capsule (format %2); "
                                       "this version reads format %3.")
                                    .arg(m_fileName,
                                         QString::fromUtf8(begin),
                                         QString::number(CourseSerializer::formatVersion)));
            return false;
        }
        if (ec != std::errc() || ptr != end || begin == end || value < 1)
            return failAttribute(
                root,
                "formatVersion",
                Tr::tr("is not a format version: \"%1\".").arg(QString::fromUtf8(begin)));
    }
    if (std::strcmp(root.attribute("xmlns").value(), namespaceUri) != 0) {
        return fail(
            ErrorCode::InvalidContent,
            root,
            Tr::tr("<capsule> must declare xmlns=\"%1\".").arg(QString::fromUtf8(namespaceUri)));
    }
    if (!attributes(root, {"xmlns", "formatVersion", "id"}))
        return false;
    CourseId courseId;
    if (!id(root, "id", courseId))
        return false;
    m_course->setId(courseId);

    pugi::xml_node metadata, settings, media;
    std::vector<pugi::xml_node> sections;
    if (!children(root,
                  {{"metadata", &metadata},
                   {"settings", &settings},
                   {"section", nullptr, &sections},
                   {"media", &media}})
        || !required(root, metadata, "metadata") || !required(root, settings, "settings")
        || !required(root, media, "media")) {
        return false;
    }
    // Media first: the other elements refer to it.
    if (!readMedia(media) || !readMetadata(metadata) || !readSettings(settings))
        return false;
    m_course->sections().reserve(sections.size());
    for (pugi::xml_node section : sections) {
        if (!readSection(section))
            return false;
    }
    return true;
}

bool Reader::readMedia(pugi::xml_node media)
{
    std::vector<pugi::xml_node> assets;
    if (!attributes(media, {}) || !children(media, {{"asset", nullptr, &assets}}))
        return false;
    for (pugi::xml_node node : assets) {
        if (!attributes(
                node, {"id", "fileName", "mimeType", "byteSize", "width", "height", "durationMs"}))
            return false;
        MediaAsset asset;
        QString sha;
        if (!string(node, "id", true, sha))
            return false;
        if (!isSha256(sha))
            return failAttribute(
                node, "id", Tr::tr("is not a SHA-256 (64 lowercase hex digits): \"%1\".").arg(sha));
        asset.id = AssetId(sha);
        if (m_course->assets().count(asset.id)) {
            return fail(
                ErrorCode::InvalidContent, node, Tr::tr("the media %1 is listed twice.").arg(sha));
        }
        if (!string(node, "fileName", true, asset.fileName)
            || !string(node, "mimeType", true, asset.mimeType))
            return false;
        if (asset.mimeType.isEmpty())
            return failAttribute(node, "mimeType", Tr::tr("is empty."));
        constexpr qint64 maxInt = std::numeric_limits<int>::max();
        constexpr qint64 maxInt64 = std::numeric_limits<qint64>::max();
        if (!integer(node, "byteSize", true, 0, maxInt64, asset.byteSize)
            || !integer(node, "durationMs", false, 0, maxInt64, asset.durationMs)) {
            return false;
        }
        const bool hasWidth = node.attribute("width");
        const bool hasHeight = node.attribute("height");
        if (hasWidth != hasHeight) {
            return fail(ErrorCode::InvalidContent,
                        node,
                        Tr::tr("%1 has a width without a height or the reverse.").arg(tag(node)));
        }
        if (hasWidth) {
            int width = 0;
            int height = 0;
            if (!integer(node, "width", true, 0, maxInt, width)
                || !integer(node, "height", true, 0, maxInt, height))
                return false;
            asset.imageSize = QSize(width, height);
        }
        m_course->assets().emplace(asset.id, std::move(asset));
    }
    return true;
}

bool Reader::readMetadata(pugi::xml_node node)
{
    CourseMetadata &m = m_course->metadata();
    if (!attributes(node, {"language", "estimatedMinutes"})
        || !string(node, "language", false, m.language)
        || !integer(node,
                    "estimatedMinutes",
                    false,
                    0,
                    std::numeric_limits<int>::max(),
                    m.estimatedMinutes)) {
        return false;
    }
    pugi::xml_node title, description, author, version;
    std::vector<pugi::xml_node> keywords;
    if (!children(node,
                  {{"title", &title},
                   {"description", &description},
                   {"author", &author},
                   {"version", &version},
                   {"keyword", nullptr, &keywords}})
        || !text(title, m.title) || !text(description, m.description) || !text(author, m.author)
        || !text(version, m.version)) {
        return false;
    }
    for (pugi::xml_node keyword : keywords) {
        QString value;
        if (!text(keyword, value))
            return false;
        m.keywords.append(value);
    }
    return true;
}

bool Reader::readSettings(pugi::xml_node node)
{
    CourseSettings &s = m_course->settings();
    s.passingScorePercent = defaultPassingScore;
    if (!attributes(node,
                    {"navigation", "completion", "passingScore", "maxAttempts", "scorm12Reporting"})
        || !enumeration(node, "navigation", false, s.navigation)
        || !enumeration(node, "completion", false, s.completion)
        || !integer(node, "passingScore", false, 0, 100, s.passingScorePercent)
        || !integer(node, "maxAttempts", false, 0, std::numeric_limits<int>::max(), s.maxAttempts)
        || !enumeration(node, "scorm12Reporting", false, s.scorm12Reporting)) {
        return false;
    }
    pugi::xml_node theme;
    if (!children(node, {{"theme", &theme}}))
        return false;
    s.theme.primary = defaultPrimary;
    s.theme.accent = defaultAccent;
    if (!theme)
        return true;
    return attributes(theme, {"primary", "accent", "fontFamily", "logo"})
           && colour(theme, "primary", s.theme.primary) && colour(theme, "accent", s.theme.accent)
           && string(theme, "fontFamily", false, s.theme.fontFamily)
           && assetRef(theme, "logo", false, s.theme.logo) && children(theme, {});
}

bool Reader::readSection(pugi::xml_node node)
{
    auto section = std::make_unique<Section>();
    pugi::xml_node title;
    std::vector<pugi::xml_node> slides;
    if (!attributes(node, {"id"}) || !id(node, "id", section->id)
        || !uniqueId(node, m_sectionIds, section->id.toString(), Tr::tr("section"))
        || !children(node, {{"title", &title}, {"slide", nullptr, &slides}})
        || !text(title, section->title)) {
        return false;
    }
    section->slides.reserve(slides.size());
    for (pugi::xml_node slideNode : slides) {
        auto slide = std::make_unique<Slide>();
        if (!readSlide(slideNode, *slide))
            return false;
        section->slides.push_back(std::move(slide));
    }
    m_course->sections().push_back(std::move(section));
    return true;
}

bool Reader::readSlide(pugi::xml_node node, Slide &slide)
{
    SlideKind kind = SlideKind::Content;
    if (!attributes(node, {"id", "kind"}) || !id(node, "id", slide.id)
        || !uniqueId(node, m_slideIds, slide.id.toString(), Tr::tr("slide"))
        || !enumeration(node, "kind", true, kind)) {
        return false;
    }
    const QString where = u"<slide kind=\""_s + toString(kind) + u"\">"_s;
    pugi::xml_node title;
    switch (kind) {
    case SlideKind::Content: {
        std::vector<pugi::xml_node> blocks;
        if (!children(node, {{"title", &title}, {"block", nullptr, &blocks}}, where))
            return false;
        ContentBody body;
        body.blocks.resize(blocks.size());
        for (size_t i = 0; i < blocks.size(); ++i) {
            if (!readBlock(blocks[i], body.blocks[i]))
                return false;
        }
        slide.body = std::move(body);
        break;
    }
    case SlideKind::Question: {
        pugi::xml_node question;
        if (!children(node, {{"title", &title}, {"question", &question}}, where)
            || !required(node, question, "question"))
            return false;
        QuestionBody body;
        if (!readQuestion(question, body.question))
            return false;
        slide.body = std::move(body);
        break;
    }
    case SlideKind::Video: {
        pugi::xml_node video;
        if (!children(node, {{"title", &title}, {"video", &video}}, where))
            return false;
        VideoBody body;
        if (video && !readVideo(video, body))
            return false;
        slide.body = std::move(body);
        break;
    }
    case SlideKind::Result: {
        pugi::xml_node pass, failNode;
        ResultBody body;
        if (!children(node,
                      {{"title", &title}, {"passMessage", &pass}, {"failMessage", &failNode}},
                      where)
            || !text(pass, body.passMessage) || !text(failNode, body.failMessage))
            return false;
        slide.body = std::move(body);
        break;
    }
    }
    return text(title, slide.title);
}

bool Reader::readBlock(pugi::xml_node node, ContentBlock &block)
{
    pugi::xml_node textNode, altText, caption;
    return attributes(node, {"type", "level", "style", "image"})
           && enumeration(node, "type", true, block.type)
           && integer(node, "level", false, 2, 4, block.headingLevel)
           && enumeration(node, "style", false, block.calloutStyle)
           && assetRef(node, "image", false, block.image)
           && children(node, {{"text", &textNode}, {"altText", &altText}, {"caption", &caption}})
           && text(textNode, block.text) && text(altText, block.altText)
           && text(caption, block.caption);
}

bool Reader::readQuestion(pugi::xml_node node, Question &q)
{
    q.points = defaultPoints;
    q.trueFalseAnswer = true;
    pugi::xml_node prompt, correctFeedback, incorrectFeedback, clozeText, numeric;
    std::vector<pugi::xml_node> choices, blanks, pairs, items, scaleLabels;
    if (!attributes(node, {"type", "points", "shuffle", "trueFalseAnswer", "maxLength"})
        || !enumeration(node, "type", true, q.type) || !number(node, "points", q.points)
        || !boolean(node, "shuffle", q.shuffle)
        || !boolean(node, "trueFalseAnswer", q.trueFalseAnswer)
        || !integer(node, "maxLength", false, 0, std::numeric_limits<int>::max(), q.maxLength)
        || !children(node,
                     {{"prompt", &prompt},
                      {"correctFeedback", &correctFeedback},
                      {"incorrectFeedback", &incorrectFeedback},
                      {"choice", nullptr, &choices},
                      {"clozeText", &clozeText},
                      {"blank", nullptr, &blanks},
                      {"pair", nullptr, &pairs},
                      {"item", nullptr, &items},
                      {"numeric", &numeric},
                      {"scaleLabel", nullptr, &scaleLabels}})
        || !text(prompt, q.prompt) || !text(correctFeedback, q.correctFeedback)
        || !text(incorrectFeedback, q.incorrectFeedback) || !text(clozeText, q.clozeText)) {
        return false;
    }

    QSet<QString> seen;
    q.choices.resize(choices.size());
    for (size_t i = 0; i < choices.size(); ++i) {
        Choice &c = q.choices[i];
        pugi::xml_node textNode, feedback;
        if (!attributes(choices[i], {"id", "correct"}) || !id(choices[i], "id", c.id)
            || !uniqueId(choices[i], seen, c.id, Tr::tr("choice"))
            || !boolean(choices[i], "correct", c.correct)
            || !children(choices[i], {{"text", &textNode}, {"feedback", &feedback}})
            || !text(textNode, c.text) || !text(feedback, c.feedback)) {
            return false;
        }
    }
    seen.clear();
    q.blanks.resize(blanks.size());
    for (size_t i = 0; i < blanks.size(); ++i) {
        Blank &b = q.blanks[i];
        pugi::xml_node label;
        std::vector<pugi::xml_node> answers;
        if (!attributes(blanks[i], {"id", "caseSensitive"}) || !id(blanks[i], "id", b.id)
            || !uniqueId(blanks[i], seen, b.id, Tr::tr("blank"))
            || !boolean(blanks[i], "caseSensitive", b.caseSensitive)
            || !children(blanks[i], {{"label", &label}, {"answer", nullptr, &answers}})
            || !text(label, b.label)) {
            return false;
        }
        for (pugi::xml_node answer : answers) {
            QString value;
            if (!text(answer, value))
                return false;
            b.acceptedAnswers.append(value);
        }
    }
    seen.clear();
    q.pairs.resize(pairs.size());
    for (size_t i = 0; i < pairs.size(); ++i) {
        MatchPair &p = q.pairs[i];
        pugi::xml_node source, target;
        if (!attributes(pairs[i], {"id"}) || !id(pairs[i], "id", p.id)
            || !uniqueId(pairs[i], seen, p.id, Tr::tr("pair"))
            || !children(pairs[i], {{"source", &source}, {"target", &target}})
            || !text(source, p.source) || !text(target, p.target)) {
            return false;
        }
    }
    seen.clear();
    q.items.resize(items.size());
    for (size_t i = 0; i < items.size(); ++i) {
        SequenceItem &item = q.items[i];
        if (!attributes(items[i], {"id"}) || !id(items[i], "id", item.id)
            || !uniqueId(items[i], seen, item.id, Tr::tr("item"))
            || !text(items[i], item.text, true)) {
            return false;
        }
    }
    if (numeric) {
        NumericAnswer &n = q.numeric;
        if (!attributes(numeric, {"range", "value", "tolerance", "minimum", "maximum"})
            || !boolean(numeric, "range", n.isRange) || !number(numeric, "value", n.value)
            || !number(numeric, "tolerance", n.tolerance) || !number(numeric, "minimum", n.minimum)
            || !number(numeric, "maximum", n.maximum) || !children(numeric, {})) {
            return false;
        }
    }
    for (pugi::xml_node label : scaleLabels) {
        QString value;
        if (!text(label, value))
            return false;
        q.likertScale.append(value);
    }
    return true;
}

bool Reader::readVideo(pugi::xml_node node, VideoBody &video)
{
    std::vector<pugi::xml_node> tracks;
    if (!attributes(node, {"asset", "poster", "requiredWatchedPercent"})
        || !assetRef(node, "asset", false, video.video)
        || !assetRef(node, "poster", false, video.poster)
        || !integer(node, "requiredWatchedPercent", false, 0, 100, video.requiredWatchedPercent)
        || !children(node, {{"track", nullptr, &tracks}})) {
        return false;
    }
    video.captions.resize(tracks.size());
    for (size_t i = 0; i < tracks.size(); ++i) {
        CaptionTrack &track = video.captions[i];
        if (!attributes(tracks[i], {"asset", "language"})
            || !assetRef(tracks[i], "asset", true, track.vtt)
            || !string(tracks[i], "language", true, track.language)
            || !text(tracks[i], track.label, true)) {
            return false;
        }
    }
    return true;
}

} // namespace

QString CourseSerializer::xmlNamespace()
{
    return QString::fromLatin1(namespaceUri);
}

QByteArray CourseSerializer::toXml(const Course &course)
{
    pugi::xml_document doc;
    pugi::xml_node declaration = doc.append_child(pugi::node_declaration);
    declaration.append_attribute("version").set_value("1.0");
    declaration.append_attribute("encoding").set_value("UTF-8");

    pugi::xml_node root = doc.append_child("capsule");
    setAttribute(root, "xmlns", namespaceUri);
    setInt(root, "formatVersion", formatVersion);
    setAttribute(root, "id", course.id().toString());

    const CourseMetadata &m = course.metadata();
    pugi::xml_node metadata = root.append_child("metadata");
    setAttribute(metadata, "language", m.language);
    setInt(metadata, "estimatedMinutes", m.estimatedMinutes);
    addText(metadata, "title", m.title);
    addText(metadata, "description", m.description);
    addText(metadata, "author", m.author);
    addText(metadata, "version", m.version);
    for (const QString &keyword : m.keywords)
        addText(metadata, "keyword", keyword);

    const CourseSettings &s = course.settings();
    pugi::xml_node settings = root.append_child("settings");
    setAttribute(settings, "navigation", toString(s.navigation));
    setAttribute(settings, "completion", toString(s.completion));
    setInt(settings, "passingScore", s.passingScorePercent);
    setInt(settings, "maxAttempts", s.maxAttempts);
    setAttribute(settings, "scorm12Reporting", toString(s.scorm12Reporting));
    pugi::xml_node theme = settings.append_child("theme");
    setAttribute(theme, "primary", s.theme.primary.name(QColor::HexRgb));
    setAttribute(theme, "accent", s.theme.accent.name(QColor::HexRgb));
    if (!s.theme.fontFamily.isEmpty())
        setAttribute(theme, "fontFamily", s.theme.fontFamily);
    if (!s.theme.logo.isNull())
        setAttribute(theme, "logo", s.theme.logo.toString());

    for (const auto &section : course.sections()) {
        pugi::xml_node node = root.append_child("section");
        setAttribute(node, "id", section->id.toString());
        addOptionalText(node, "title", section->title);
        for (const auto &slide : section->slides)
            writeSlide(node, *slide);
    }

    pugi::xml_node media = root.append_child("media");
    for (const auto &[assetId, asset] : course.assets()) { // std::map: sorted by id
        pugi::xml_node node = media.append_child("asset");
        setAttribute(node, "id", assetId.toString());
        setAttribute(node, "fileName", asset.fileName);
        setAttribute(node, "mimeType", asset.mimeType);
        setInt(node, "byteSize", asset.byteSize);
        if (asset.imageSize.isValid()) {
            setInt(node, "width", asset.imageSize.width());
            setInt(node, "height", asset.imageSize.height());
        }
        if (asset.durationMs != 0)
            setInt(node, "durationMs", asset.durationMs);
    }

    QByteArray out;
    ByteArrayWriter writer(out);
    doc.save(writer, "  ", pugi::format_indent, pugi::encoding_utf8);
    return out;
}

Result<std::unique_ptr<Course>> CourseSerializer::fromXml(const QByteArray &xml,
                                                          const QString &fileName)
{
    return Reader(xml, fileName).read();
}

} // namespace Core
