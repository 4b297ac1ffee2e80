// SPDX-License-Identifier: MIT
#include "CourseSerializer.h"

#include "PugiByteWriter.h"
#include "Tr.h"
#include "Translation.h"

#include <QColor>
#include <QSet>
#include <QThread>

#include <pugixml.hpp>

#include <charconv>
#include <cmath>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <map>
#include <optional>
#include <thread>
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

/** A branch target, written only when it is not "next" (the default). */
void setTarget(pugi::xml_node node, const char *name, const BranchTarget &target)
{
    if (!target.isNext())
        setAttribute(node, name, toString(target));
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

void writeVideo(pugi::xml_node parent, const VideoBody &video, const char *name = "video")
{
    pugi::xml_node node = parent.append_child(name);
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

void writeBlock(pugi::xml_node parent, const ContentBlock &block)
{
    using Type = ContentBlock::Type;
    pugi::xml_node node = parent.append_child("block");
    if (!block.id.isEmpty())
        setAttribute(node, "id", block.id);
    setAttribute(node, "type", toString(block.type));
    if (block.headingLevel != defaultHeadingLevel)
        setInt(node, "level", block.headingLevel);
    if (block.calloutStyle != CalloutStyle::Info)
        setAttribute(node, "style", toString(block.calloutStyle));
    if (!block.image.isNull())
        setAttribute(node, "image", block.image.toString());
    if (block.imageSize != ImageSize::Wide)
        setAttribute(node, "size", toString(block.imageSize));
    if (block.focusX != 50)
        setInt(node, "focusX", block.focusX);
    if (block.focusY != 50)
        setInt(node, "focusY", block.focusY);
    if (block.imageSide != ImageSide::Left)
        setAttribute(node, "side", toString(block.imageSide));
    if (block.imageShare != ImageShare::Half)
        setAttribute(node, "share", toString(block.imageShare));
    if (!block.headerRow)
        setBool(node, "headerRow", false);
    if (!block.url.isEmpty())
        setAttribute(node, "url", block.url);
    if (!block.targetSlide.isNull())
        setAttribute(node, "slide", block.targetSlide.toString());
    if (block.required)
        setBool(node, "required", true);
    addOptionalText(node, "text", block.text);
    addOptionalText(node, "altText", block.altText);
    addOptionalText(node, "caption", block.caption);
    for (const BlockItem &item : block.items) {
        pugi::xml_node i = node.append_child("item");
        if (!item.id.isEmpty())
            setAttribute(i, "id", item.id);
        if (!item.image.isNull())
            setAttribute(i, "image", item.image.toString());
        if (block.type == Type::LabelledGraphic) {
            setInt(i, "x", item.x);
            setInt(i, "y", item.y);
        }
        addOptionalText(i, "title", item.title);
        addOptionalText(i, "text", item.text);
        addOptionalText(i, "altText", item.altText);
    }
    for (const QStringList &row : block.rows) {
        pugi::xml_node r = node.append_child("row");
        for (const QString &cell : row)
            addText(r, "cell", cell);
    }
    if (block.media != VideoBody{})
        writeVideo(node, block.media, "media");
}

/** <game>, written only when the settings differ from the defaults; each attribute likewise. */
void writeGame(pugi::xml_node parent, const GameSettings &game)
{
    const GameSettings defaults;
    if (game == defaults)
        return;
    pugi::xml_node node = parent.append_child("game");
    if (game.enabled)
        setBool(node, "enabled", true);
    if (game.points != defaults.points)
        setInt(node, "points", game.points);
    if (game.speedBonus != defaults.speedBonus)
        setInt(node, "speedBonus", game.speedBonus);
    if (game.streakBonus != defaults.streakBonus)
        setInt(node, "streakBonus", game.streakBonus);
    if (game.timeLimit != defaults.timeLimit)
        setInt(node, "timeLimit", game.timeLimit);
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
    if (q.partialCredit)
        setBool(node, "partialCredit", true);
    setTarget(node, "onCorrect", q.onCorrect);
    setTarget(node, "onIncorrect", q.onIncorrect);
    if (q.timeLimit != 0)
        setInt(node, "timeLimit", q.timeLimit);
    addOptionalText(node, "prompt", q.prompt);
    addOptionalText(node, "correctFeedback", q.correctFeedback);
    addOptionalText(node, "incorrectFeedback", q.incorrectFeedback);
    for (const Choice &choice : q.choices) {
        pugi::xml_node c = node.append_child("choice");
        setAttribute(c, "id", choice.id);
        if (choice.correct)
            setBool(c, "correct", true);
        if (choice.weight != 0) // kept without partialCredit too: switching it back loses nothing
            setDouble(c, "weight", choice.weight);
        setTarget(c, "leadsTo", choice.leadsTo);
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
    if (!q.image.isNull())
        setAttribute(node, "image", q.image.toString());
    addOptionalText(node, "imageAlt", q.imageAlt);
    for (const ImageRegion &region : q.regions) {
        pugi::xml_node r = node.append_child("region");
        setAttribute(r, "id", region.id);
        if (region.shape == RegionShape::Polygon) {
            setAttribute(r, "shape", toString(region.shape));
            QByteArray points;
            for (const QPointF &point : region.polygon) {
                if (!points.isEmpty())
                    points += ' ';
                points += formatDouble(point.x()) + ',' + formatDouble(point.y());
            }
            setAttribute(r, "points", points.constData());
        } else {
            setDouble(r, "x", region.rect.x());
            setDouble(r, "y", region.rect.y());
            setDouble(r, "width", region.rect.width());
            setDouble(r, "height", region.rect.height());
        }
        if (region.correct)
            setBool(r, "correct", true);
        if (!region.label.isEmpty())
            r.text().set(region.label.toUtf8().constData());
    }
    for (const DragItem &item : q.dragItems) {
        pugi::xml_node i = node.append_child("dragItem");
        setAttribute(i, "id", item.id);
        if (!item.zone.isEmpty())
            setAttribute(i, "zone", item.zone);
        if (!item.text.isEmpty())
            i.text().set(item.text.toUtf8().constData());
    }
}

void writeDraw(pugi::xml_node parent, const DrawBody &draw)
{
    pugi::xml_node node = parent.append_child("draw");
    setInt(node, "count", draw.count);
    if (!draw.tag.isEmpty())
        setAttribute(node, "tag", draw.tag);
    if (draw.byDifficulty)
        setBool(node, "byDifficulty", true);
    if (draw.easy != 0)
        setInt(node, "easy", draw.easy);
    if (draw.medium != 0)
        setInt(node, "medium", draw.medium);
    if (draw.hard != 0)
        setInt(node, "hard", draw.hard);
    for (const BankId &bank : draw.banks)
        setAttribute(node.append_child("bank"), "ref", bank.toString());
}

void writeScenario(pugi::xml_node node, const ScenarioBody &scenario)
{
    addOptionalText(node, "situation", scenario.situation);
    if (!scenario.character.isNull() || !scenario.characterAlt.isEmpty()) {
        pugi::xml_node character = node.append_child("character");
        if (!scenario.character.isNull())
            setAttribute(character, "image", scenario.character.toString());
        if (!scenario.characterAlt.isEmpty())
            character.text().set(scenario.characterAlt.toUtf8().constData());
    }
    for (const ScenarioResponse &response : scenario.responses) {
        pugi::xml_node r = node.append_child("response");
        setAttribute(r, "id", response.id);
        if (response.points != 0)
            setDouble(r, "points", response.points);
        setTarget(r, "leadsTo", response.leadsTo);
        addOptionalText(r, "text", response.text);
        addOptionalText(r, "consequence", response.consequence);
    }
}

void writeSlide(pugi::xml_node parent, const Slide &slide)
{
    pugi::xml_node node = parent.append_child("slide");
    setAttribute(node, "id", slide.id.toString());
    setAttribute(node, "kind", toString(slide.kind()));
    const auto *question = std::get_if<QuestionBody>(&slide.body);
    if (question && question->difficulty != Difficulty::None)
        setAttribute(node, "difficulty", toString(question->difficulty));
    if (const auto *result = std::get_if<ResultBody>(&slide.body)) {
        setTarget(node, "onPass", result->onPass);
        setTarget(node, "onFail", result->onFail);
    }
    addOptionalText(node, "title", slide.title);
    if (const auto *content = std::get_if<ContentBody>(&slide.body)) {
        for (const ContentBlock &block : content->blocks)
            writeBlock(node, block);
    } else if (question) {
        if (!question->tags.isEmpty()) {
            pugi::xml_node tags = node.append_child("tags");
            for (const QString &tag : question->tags)
                addText(tags, "tag", tag);
        }
        writeQuestion(node, question->question);
    } else if (const auto *video = std::get_if<VideoBody>(&slide.body)) {
        writeVideo(node, *video);
    } else if (const auto *result = std::get_if<ResultBody>(&slide.body)) {
        addOptionalText(node, "passMessage", result->passMessage);
        addOptionalText(node, "failMessage", result->failMessage);
    } else if (const auto *draw = std::get_if<DrawBody>(&slide.body)) {
        writeDraw(node, *draw);
    } else if (const auto *scenario = std::get_if<ScenarioBody>(&slide.body)) {
        writeScenario(node, *scenario);
    }
}

void writeTheme(pugi::xml_node parent, const Theme &theme)
{
    // Colours always, the rest when it differs from the format's defaults (Theme{}).
    const Theme defaults;
    pugi::xml_node node = parent.append_child("theme");
    if (!theme.builtinId.isEmpty())
        setAttribute(node, "builtin", theme.builtinId);
    setAttribute(node, "primary", theme.primary.name(QColor::HexRgb));
    setAttribute(node, "accent", theme.accent.name(QColor::HexRgb));
    setAttribute(node, "background", theme.background.name(QColor::HexRgb));
    setAttribute(node, "surface", theme.surface.name(QColor::HexRgb));
    setAttribute(node, "text", theme.text.name(QColor::HexRgb));
    if (theme.headingFont != defaults.headingFont)
        setAttribute(node, "headingFont", toString(theme.headingFont));
    if (theme.bodyFont != defaults.bodyFont)
        setAttribute(node, "bodyFont", toString(theme.bodyFont));
    if (theme.cornerRadius != defaults.cornerRadius)
        setInt(node, "radius", theme.cornerRadius);
    if (theme.density != defaults.density)
        setAttribute(node, "density", toString(theme.density));
    if (theme.header != defaults.header)
        setAttribute(node, "header", toString(theme.header));
    if (theme.page != defaults.page)
        setAttribute(node, "page", toString(theme.page));
    if (theme.coverPage)
        setBool(node, "cover", true);
    if (!theme.coverImage.isNull())
        setAttribute(node, "coverImage", theme.coverImage.toString());
    if (theme.sectionPages)
        setBool(node, "sectionPages", true);
    if (!theme.fontFamily.isEmpty())
        setAttribute(node, "fontFamily", theme.fontFamily);
    if (!theme.logo.isNull())
        setAttribute(node, "logo", theme.logo.toString());
}

/**
 * <languages> (format 5): the target languages in order, each with its translations sorted by
 * unit id. Units of objects that no longer exist (no text or media field has their id) and
 * translations into languages that are not targets are dropped. Nothing for a course without
 * target languages.
 */
void writeLanguages(pugi::xml_node root, const Course &course)
{
    const CourseLanguages &languages = course.languages();
    if (languages.targets.isEmpty())
        return;
    QSet<QString> units;
    for (const TextField &field : textFields(course))
        units.insert(field.unitId);
    for (const MediaField &field : mediaFields(course))
        units.insert(field.unitId);
    pugi::xml_node node = root.append_child("languages");
    for (const QString &code : languages.targets) {
        pugi::xml_node language = node.append_child("language");
        setAttribute(language, "code", code);
        const auto it = languages.translations.find(code);
        if (it == languages.translations.end())
            continue;
        for (const auto &[unitId, translation] : it->second) { // std::map: sorted by unit id
            if (!units.contains(unitId))
                continue;
            pugi::xml_node unit = language.append_child("unit");
            setAttribute(unit, "id", unitId);
            if (!translation.sourceHash.isEmpty())
                setAttribute(unit, "sourceHash", translation.sourceHash);
            if (translation.approved)
                setBool(unit, "approved", true);
            if (!translation.text.isEmpty())
                unit.text().set(translation.text.toUtf8().constData());
        }
    }
}

void writeMedia(pugi::xml_node root, const std::map<AssetId, MediaAsset> &assets)
{
    pugi::xml_node media = root.append_child("media");
    for (const auto &[assetId, asset] : assets) { // std::map: sorted by id
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
}

QByteArray saveDocument(const pugi::xml_document &doc)
{
    QByteArray out;
    PugiByteWriter writer(out);
    doc.save(writer, "  ", pugi::format_indent, pugi::encoding_utf8);
    return out;
}

// ---------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------
//
// One pass over each element's attributes and children hands every known one to a slot;
// anything else is an error. The happy path allocates only the strings the model keeps (the
// loader's speed target is a small multiple of a bare pugixml parse).

constexpr unsigned parseOptions = pugi::parse_cdata | pugi::parse_escapes
                                  | pugi::parse_wconv_attribute | pugi::parse_ws_pcdata_single
                                  | pugi::parse_doctype;
// No parse_eol: line ends inside text come back exactly as they were written. pugixml never
// expands anything but the five predefined entities and character references; parse_doctype
// only keeps a DOCTYPE as a node, so that the reader can refuse it (the format has none).

/**
 * The offset of the first byte that does not belong to well-formed UTF-8 (RFC 3629: no
 * overlong forms, no surrogates, nothing past U+10FFFF), or -1 if there is none.
 */
qsizetype invalidUtf8Offset(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // ASCII, which is nearly all of a course.xml, eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar min = 0x80; // the range of the second byte
        uchar max = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            if (c == 0xe0)
                min = 0xa0; // overlong
            else if (c == 0xed)
                max = 0x9f; // surrogates
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            if (c == 0xf0)
                min = 0x90; // overlong
            else if (c == 0xf4)
                max = 0x8f; // past U+10FFFF
        } else {
            return i;
        }
        if (i + length > n || p[i + 1] < min || p[i + 1] > max)
            return i;
        for (int k = 2; k < length; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

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

bool isSha256(const char *text)
{
    int n = 0;
    for (; text[n]; ++n) {
        const char c = text[n];
        if (n == 64 || !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return n == 64;
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

/**
 * The value of an enum named by UTF-8 text. The names come from the model's toString(), cached
 * as UTF-8 for the values 0, 1, 2... (every file-format enum is contiguous); the QString
 * fromString() is the fallback, so the cache can only make this faster, never wrong.
 */
template <typename Enum> bool enumFromUtf8(const char *text, Enum &out)
{
    static const std::vector<std::pair<QByteArray, Enum>> names = [] {
        std::vector<std::pair<QByteArray, Enum>> list;
        for (int i = 0; i < 64; ++i) {
            const QString name = toString(Enum(i));
            if (name.isEmpty())
                break;
            list.emplace_back(name.toUtf8(), Enum(i));
        }
        return list;
    }();
    for (const auto &[name, value] : names) {
        if (std::strcmp(name.constData(), text) == 0) {
            out = value;
            return true;
        }
    }
    return fromString(QString::fromUtf8(text), out);
}

/** A child element slot: one node (optional or required), or a list. */
struct Slot
{
    const char *name;
    pugi::xml_node *one = nullptr;
    std::vector<pugi::xml_node> *many = nullptr;
};

/** An attribute slot. */
struct Attr
{
    const char *name;
    pugi::xml_attribute *out;
};

class Reader
{
public:
    Reader(const QByteArray &xml, const QString &fileName)
        : m_xml(xml)
        , m_fileName(fileName)
    {}

    /** themeDocument: a theme file's theme.xml (<capsuleTheme>) instead of course.xml. */
    Result<std::unique_ptr<Course>> read(bool themeDocument = false);

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
    bool
    failValue(pugi::xml_node node, const char *attribute, const QString &problem, const char *value)
    {
        return failAttribute(node, attribute, problem.arg(QString::fromUtf8(value)));
    }

    // Structure ---------------------------------------------------------------------------
    /** Hands each attribute of node to its slot; unknown or repeated ones are errors. */
    bool attributes(pugi::xml_node node, std::initializer_list<Attr> expected)
    {
        for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
            const Attr *slot = nullptr;
            const char *name = a.name();
            for (const Attr &candidate : expected) {
                if (name[0] == candidate.name[0] && std::strcmp(name, candidate.name) == 0) {
                    slot = &candidate;
                    break;
                }
            }
            if (!slot) {
                return fail(ErrorCode::InvalidContent,
                            node,
                            Tr::tr("%1 has an unknown attribute \"%2\".")
                                .arg(tag(node), QString::fromUtf8(a.name())));
            }
            if (*slot->out) {
                return fail(ErrorCode::InvalidContent,
                            node,
                            Tr::tr("%1 has the attribute \"%2\" twice.")
                                .arg(tag(node), QString::fromUtf8(a.name())));
            }
            *slot->out = a;
        }
        return true;
    }

    /** Hands each child element of node to its slot; other elements and text are errors. */
    bool children(pugi::xml_node node,
                  std::initializer_list<Slot> expected,
                  const SlideKind *slideKind = nullptr)
    {
        const auto where = [&] {
            return slideKind ? u"<slide kind=\""_s + toString(*slideKind) + u"\">"_s : tag(node);
        };
        for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
            const pugi::xml_node_type type = child.type();
            if (type != pugi::node_element) {
                if ((type == pugi::node_pcdata || type == pugi::node_cdata)
                    && !isBlank(child.value())) {
                    return fail(ErrorCode::InvalidContent,
                                child,
                                Tr::tr("%1 cannot contain text.").arg(where()));
                }
                continue;
            }
            const Slot *slot = nullptr;
            const char *name = child.name();
            for (const Slot &candidate : expected) {
                if (name[0] == candidate.name[0] && std::strcmp(name, candidate.name) == 0) {
                    slot = &candidate;
                    break;
                }
            }
            if (!slot) {
                return fail(ErrorCode::InvalidContent,
                            child,
                            Tr::tr("%1 is not allowed in %2.").arg(tag(child), where()));
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

    bool requiredChild(pugi::xml_node parent, pugi::xml_node child, const char *name)
    {
        if (child)
            return true;
        return fail(ErrorCode::InvalidContent,
                    parent,
                    Tr::tr("%1 lacks the required element <%2>.")
                        .arg(tag(parent), QString::fromUtf8(name)));
    }

    /** The text content of node (absent: out keeps its default). No child elements. */
    bool textContent(pugi::xml_node node, QString &out)
    {
        if (!node)
            return true;
        const pugi::xml_node first = node.first_child();
        if (!first) {
            out.clear();
            return true;
        }
        if (!first.next_sibling() && first.type() != pugi::node_element) {
            out = QString::fromUtf8(first.value()); // the common case: one run of text
            return true;
        }
        QByteArray utf8;
        for (pugi::xml_node child = first; child; child = child.next_sibling()) {
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

    /** Appends the text of each text-only element to out. */
    bool texts(const std::vector<pugi::xml_node> &nodes, QStringList &out)
    {
        for (pugi::xml_node node : nodes) {
            QString value;
            if (!text(node, value))
                return false;
            out.append(value);
        }
        return true;
    }

    /** A text-only element: no attributes, no child elements. */
    bool text(pugi::xml_node node, QString &out)
    {
        if (node && node.first_attribute()) {
            return fail(ErrorCode::InvalidContent,
                        node,
                        Tr::tr("%1 has an unknown attribute \"%2\".")
                            .arg(tag(node), QString::fromUtf8(node.first_attribute().name())));
        }
        return textContent(node, out);
    }

    // Attribute values --------------------------------------------------------------------
    // Each takes the element (for messages), the attribute's name and the attribute found by
    // attributes() (null when absent: required ones fail, optional ones keep out's default).

    bool present(pugi::xml_node node, const char *name, pugi::xml_attribute a, bool required)
    {
        if (a || !required)
            return true;
        return fail(ErrorCode::InvalidContent,
                    node,
                    Tr::tr("%1 lacks the required attribute \"%2\".")
                        .arg(tag(node), QString::fromUtf8(name)));
    }

    bool string(
        pugi::xml_node node, const char *name, pugi::xml_attribute a, bool required, QString &out)
    {
        if (!present(node, name, a, required))
            return false;
        if (a)
            out = QString::fromUtf8(a.value());
        return true;
    }

    bool integer(pugi::xml_node node,
                 const char *name,
                 pugi::xml_attribute a,
                 bool required,
                 qint64 min,
                 qint64 max,
                 qint64 &out)
    {
        if (!present(node, name, a, required))
            return false;
        if (!a)
            return true;
        const char *begin = a.value();
        const char *end = begin + std::strlen(begin);
        qint64 value = 0;
        const auto [ptr, ec] = std::from_chars(begin, end, value);
        const bool whole = ptr == end && begin != end;
        if (ec == std::errc::result_out_of_range
            || (ec == std::errc() && whole && (value < min || value > max))) {
            return failAttribute(
                node,
                name,
                Tr::tr("is out of range: %1 is not between %2 and %3.")
                    .arg(QString::fromUtf8(begin), QString::number(min), QString::number(max)));
        }
        if (ec != std::errc() || !whole)
            return failValue(node, name, Tr::tr("is not an integer: \"%1\"."), begin);
        out = value;
        return true;
    }

    template <typename Int>
    bool integer(pugi::xml_node node,
                 const char *name,
                 pugi::xml_attribute a,
                 bool required,
                 qint64 min,
                 qint64 max,
                 Int &out)
    {
        qint64 value = out;
        if (!integer(node, name, a, required, min, max, value))
            return false;
        out = Int(value);
        return true;
    }

    bool number(pugi::xml_node node, const char *name, pugi::xml_attribute a, double &out)
    {
        if (!a)
            return true;
        const char *begin = a.value();
        const char *end = begin + std::strlen(begin);
        double value = 0;
        const auto [ptr, ec] = std::from_chars(begin, end, value);
        if (ec != std::errc() || ptr != end || begin == end || !std::isfinite(value))
            return failValue(node, name, Tr::tr("is not a finite number: \"%1\"."), begin);
        out = value;
        return true;
    }

    bool boolean(pugi::xml_node node, const char *name, pugi::xml_attribute a, bool &out)
    {
        if (!a)
            return true;
        if (std::strcmp(a.value(), "true") == 0)
            out = true;
        else if (std::strcmp(a.value(), "false") == 0)
            out = false;
        else
            return failValue(
                node, name, Tr::tr("must be \"true\" or \"false\", not \"%1\"."), a.value());
        return true;
    }

    template <typename Enum>
    bool enumeration(
        pugi::xml_node node, const char *name, pugi::xml_attribute a, bool required, Enum &out)
    {
        if (!present(node, name, a, required))
            return false;
        if (a && !enumFromUtf8(a.value(), out))
            return failValue(node, name, Tr::tr("has an unknown value \"%1\"."), a.value());
        return true;
    }

    bool colour(pugi::xml_node node, const char *name, pugi::xml_attribute a, QColor &out)
    {
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
            return failValue(node, name, Tr::tr("is not a colour of the form #rrggbb: \"%1\"."), v);
        out = QColor(int((rgb >> 16) & 0xff), int((rgb >> 8) & 0xff), int(rgb & 0xff));
        return true;
    }

    template <typename IdType>
    bool id(pugi::xml_node node, const char *name, pugi::xml_attribute a, IdType &out)
    {
        QString text;
        if (!string(node, name, a, true, text))
            return false;
        if (!isValidId(text)) {
            return failAttribute(node,
                                 name,
                                 Tr::tr("is not a valid identifier (empty or with spaces): "
                                        "\"%1\".")
                                     .arg(text));
        }
        out = IdType(std::move(text));
        return true;
    }

    /**
     * A branch target ("slide:ID" or "section:ID"); absent keeps "next". Whether the slide or
     * section exists is the Validator's business, as for a button's slide.
     */
    bool target(pugi::xml_node node, const char *name, pugi::xml_attribute a, BranchTarget &out)
    {
        if (!a)
            return true;
        if (!*a.value() || !fromString(QString::fromUtf8(a.value()), out)) {
            return failValue(node,
                             name,
                             Tr::tr("is not a branch target (\"slide:ID\" or \"section:ID\"): "
                                    "\"%1\"."),
                             a.value());
        }
        return true;
    }

    bool sha256(pugi::xml_node node, const char *name, pugi::xml_attribute a)
    {
        if (isSha256(a.value()))
            return true;
        return failValue(
            node, name, Tr::tr("is not a SHA-256 (64 lowercase hex digits): \"%1\"."), a.value());
    }

    /** A reference to an asset of <media>. */
    bool assetRef(
        pugi::xml_node node, const char *name, pugi::xml_attribute a, bool required, AssetId &out)
    {
        if (!present(node, name, a, required))
            return false;
        if (!a)
            return true;
        if (!sha256(node, name, a))
            return false;
        AssetId ref(QString::fromLatin1(a.value()));
        if (!sharedAssets().count(ref)) {
            return fail(ErrorCode::MissingAsset,
                        node,
                        Tr::tr("%1 refers to the media %2, which is not listed in <media>.")
                            .arg(tag(node), ref.toString()));
        }
        out = std::move(ref);
        return true;
    }

    /** what: a noun marked with QT_TRANSLATE_NOOP, translated only for the message. */
    bool uniqueId(pugi::xml_node node, QSet<QString> &seen, const QString &value, const char *what)
    {
        const qsizetype before = seen.size();
        seen.insert(value);
        if (seen.size() != before)
            return true;
        return fail(ErrorCode::InvalidContent,
                    node,
                    Tr::tr("the %1 id \"%2\" is used twice.").arg(Tr::tr(what), value));
    }

    // Elements ----------------------------------------------------------------------------
    bool readRoot(pugi::xml_node root);
    bool readVersion(pugi::xml_node root);
    bool readThemeRoot(pugi::xml_node root);
    bool readTheme(pugi::xml_node theme, Theme &out);
    bool readMedia(pugi::xml_node media);
    bool readMetadata(pugi::xml_node node);
    bool readSettings(pugi::xml_node node);
    bool readSection(pugi::xml_node node, std::vector<std::unique_ptr<Section>> &out);
    bool readGame(pugi::xml_node node, GameSettings &game);
    bool readSectionsInParallel(const std::vector<pugi::xml_node> &sections);
    const std::map<AssetId, MediaAsset> &sharedAssets() const
    {
        return m_assets ? *m_assets : m_course->assets();
    }
    bool readSlide(pugi::xml_node node, Slide &slide);
    bool readBlock(pugi::xml_node node, ContentBlock &block);
    bool readQuestion(pugi::xml_node node, Question &question);
    bool readChoice(pugi::xml_node node, Choice &choice, QSet<QString> &seen);
    bool readBlank(pugi::xml_node node, Blank &blank, QSet<QString> &seen);
    bool readRegion(pugi::xml_node node, ImageRegion &region, QSet<QString> &seen);
    bool percent(pugi::xml_node node, const char *name, const char *text, double &out);
    bool readVideo(pugi::xml_node node, VideoBody &video);
    bool readDraw(pugi::xml_node node, DrawBody &draw);
    bool readScenario(pugi::xml_node node, ScenarioBody &scenario, pugi::xml_node &title);
    bool readResponse(pugi::xml_node node, ScenarioResponse &response, QSet<QString> &seen);
    bool readBanks(pugi::xml_node node);
    bool readLanguages(pugi::xml_node node);
    /**
     * An element (attribute null) or attribute that a later format added: an error in an
     * older file, where it was not part of the schema.
     */
    bool sinceFormat(int version, pugi::xml_node node, const char *attribute = nullptr)
    {
        if (m_formatVersion >= version)
            return true;
        const QString format = QString::number(m_formatVersion);
        return fail(ErrorCode::InvalidContent,
                    node,
                    attribute ? Tr::tr("%1 has the attribute \"%2\", which came with format %3; "
                                       "this file is format %4.")
                                    .arg(tag(node),
                                         QString::fromUtf8(attribute),
                                         QString::number(version),
                                         format)
                              : Tr::tr("%1 came with format %2; this file is format %3.")
                                    .arg(tag(node), QString::number(version), format));
    }

    const QByteArray &m_xml;
    QString m_fileName;
    int m_formatVersion = CourseSerializer::formatVersion;
    std::optional<Error> m_error;
    std::unique_ptr<Course> m_course;
    const std::map<AssetId, MediaAsset> *m_assets = nullptr; // a worker reads the main course's
    QSet<QString> m_sectionIds;
    QSet<QString> m_slideIds;
    QSet<QString> m_bankIds;
};

Result<std::unique_ptr<Course>> Reader::read(bool themeDocument)
{
    // pugixml copies bytes as they are and QString::fromUtf8 would turn a bad sequence into
    // U+FFFD without a word: the whole document is checked first.
    if (const qsizetype bad = invalidUtf8Offset(m_xml); bad >= 0) {
        return makeError(ErrorCode::MalformedXml,
                         Tr::tr("%1: course.xml is not valid UTF-8 (byte offset %2, line %3); it "
                                "was not read.")
                             .arg(m_fileName, QString::number(bad), QString::number(lineOf(bad))));
    }
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
            const qsizetype at = begin == end || m_xml.at(begin) != '<' ? begin : end - 1;
            return makeError(ErrorCode::MalformedXml,
                             Tr::tr("%1: course.xml is not well-formed XML (line %2: text "
                                    "outside the root element).")
                                 .arg(m_fileName, QString::number(lineOf(at))));
        }
    }
    pugi::xml_node root;
    for (pugi::xml_node child = doc.first_child(); child; child = child.next_sibling()) {
        if (child.type() == pugi::node_doctype) {
            // Nothing in it would be used (pugixml expands no entity), but the format forbids
            // both, and a file that has them was not written by Capsule.
            const ptrdiff_t at = child.offset_debug();
            if (std::strstr(child.value(), "<!ENTITY")) {
                const qsizetype entity
                    = m_xml.indexOf("<!ENTITY", qsizetype(std::max<ptrdiff_t>(at, 0)));
                return makeError(ErrorCode::MalformedXml,
                                 Tr::tr("%1: course.xml declares an entity (line %2); a Capsule "
                                        "file has no DOCTYPE and no entity declarations.")
                                     .arg(m_fileName, QString::number(lineOf(entity))));
            }
            return makeError(ErrorCode::MalformedXml,
                             Tr::tr("%1: course.xml has a DOCTYPE (line %2); a Capsule file has "
                                    "no DOCTYPE and no entity declarations.")
                                 .arg(m_fileName, QString::number(lineOf(at))));
        }
        if (child.type() != pugi::node_element)
            continue;
        if (root) {
            return makeError(ErrorCode::MalformedXml,
                             Tr::tr("%1: course.xml has more than one root element (line %2).")
                                 .arg(m_fileName, QString::number(lineOf(child.offset_debug()))));
        }
        root = child;
    }
    if (!root) {
        return makeError(ErrorCode::MalformedXml,
                         Tr::tr("%1: course.xml has no root element.").arg(m_fileName));
    }
    m_course = std::make_unique<Course>();
    if (!(themeDocument ? readThemeRoot(root) : readRoot(root))) {
        Q_ASSERT(m_error); // every failing path records its error
        return *m_error;
    }
    return std::move(m_course);
}

bool Reader::readVersion(pugi::xml_node root)
{
    const pugi::xml_attribute version = root.attribute("formatVersion");
    if (!present(root, "formatVersion", version, true))
        return false;
    const char *begin = version.value();
    const char *end = begin + std::strlen(begin);
    qint64 value = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    const bool whole = ptr == end && begin != end;
    if (ec == std::errc::result_out_of_range
        || (ec == std::errc() && whole && value > CourseSerializer::formatVersion)) {
        m_error = makeError(ErrorCode::NewerFormat,
                            Tr::tr("%1 was saved by a newer version of Capsule (format %2); "
                                   "this version reads format %3.")
                                .arg(m_fileName,
                                     QString::fromUtf8(begin),
                                     QString::number(CourseSerializer::formatVersion)));
        return false;
    }
    if (ec != std::errc() || !whole || value < 1)
        return failValue(root, "formatVersion", Tr::tr("is not a format version: \"%1\"."), begin);
    m_formatVersion = int(value);
    return true;
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
    if (!readVersion(root))
        return false;
    pugi::xml_attribute xmlns, formatVersion, idAttr;
    if (!attributes(root, {{"xmlns", &xmlns}, {"formatVersion", &formatVersion}, {"id", &idAttr}}))
        return false;
    if (std::strcmp(xmlns.value(), namespaceUri) != 0) {
        return fail(
            ErrorCode::InvalidContent,
            root,
            Tr::tr("<capsule> must declare xmlns=\"%1\".").arg(QString::fromUtf8(namespaceUri)));
    }
    CourseId courseId;
    if (!id(root, "id", idAttr, courseId))
        return false;
    m_course->setId(courseId);

    pugi::xml_node metadata, settings, languages, banks, media;
    std::vector<pugi::xml_node> sections;
    if (!children(root,
                  {{"metadata", &metadata},
                   {"settings", &settings},
                   {"languages", &languages},
                   {"section", nullptr, &sections},
                   {"banks", &banks},
                   {"media", &media}})
        || !requiredChild(root, metadata, "metadata") || !requiredChild(root, settings, "settings")
        || !requiredChild(root, media, "media")) {
        return false;
    }
    // Media first: the other elements refer to it.
    if (!readMedia(media) || !readMetadata(metadata) || !readSettings(settings)
        || (languages && !readLanguages(languages))) {
        return false;
    }
    if (readSectionsInParallel(sections))
        return !banks || readBanks(banks);
    // The sequential path: also the one that reports the first problem in document order.
    m_course->sections().clear();
    m_sectionIds.clear();
    m_slideIds.clear();
    m_error.reset();
    m_course->sections().reserve(sections.size());
    m_sectionIds.reserve(qsizetype(sections.size()));
    for (pugi::xml_node section : sections) {
        if (!readSection(section, m_course->sections()))
            return false;
    }
    return !banks || readBanks(banks);
}

/**
 * <languages> (format 5): target languages and their translations. Limits: at most
 * CourseSerializer::maxTargetLanguages languages, unit ids without whitespace, each unit once
 * per language; sourceHash is 16 lowercase hex digits.
 */
bool Reader::readLanguages(pugi::xml_node node)
{
    constexpr int maxLanguages = CourseSerializer::maxTargetLanguages;
    if (!sinceFormat(5, node))
        return false;
    std::vector<pugi::xml_node> languageNodes;
    if (!attributes(node, {}) || !children(node, {{"language", nullptr, &languageNodes}}))
        return false;
    if (languageNodes.size() > size_t(maxLanguages)) {
        return fail(ErrorCode::InvalidContent,
                    languageNodes[maxLanguages],
                    Tr::tr("a course has at most %1 target languages.").arg(maxLanguages));
    }
    CourseLanguages &languages = m_course->languages();
    for (pugi::xml_node languageNode : languageNodes) {
        pugi::xml_attribute codeAttr;
        QString code;
        std::vector<pugi::xml_node> units;
        if (!attributes(languageNode, {{"code", &codeAttr}})
            || !string(languageNode, "code", codeAttr, true, code)
            || !children(languageNode, {{"unit", nullptr, &units}})) {
            return false;
        }
        if (!isValidLanguageTag(code)) {
            return failValue(languageNode,
                             "code",
                             Tr::tr("is not a language tag such as \"en\", \"en-GB\" or "
                                    "\"zh-Hant\": \"%1\"."),
                             codeAttr.value());
        }
        if (languages.targets.contains(code)) {
            return fail(ErrorCode::InvalidContent,
                        languageNode,
                        Tr::tr("the language \"%1\" is listed twice.").arg(code));
        }
        languages.targets.append(code);
        std::map<QString, Translation> translations;
        for (pugi::xml_node unitNode : units) {
            pugi::xml_attribute idAttr, hash, approved;
            QString unitId;
            Translation translation;
            if (!attributes(unitNode,
                            {{"id", &idAttr}, {"sourceHash", &hash}, {"approved", &approved}})
                || !string(unitNode, "id", idAttr, true, unitId)
                || !boolean(unitNode, "approved", approved, translation.approved)
                || !textContent(unitNode, translation.text)) {
                return false;
            }
            if (!isValidId(unitId)) {
                return failValue(unitNode,
                                 "id",
                                 Tr::tr("is not a unit id (empty or with spaces): \"%1\"."),
                                 idAttr.value());
            }
            if (hash) {
                const char *h = hash.value();
                bool ok = std::strlen(h) == 16;
                for (int i = 0; ok && i < 16; ++i)
                    ok = (h[i] >= '0' && h[i] <= '9') || (h[i] >= 'a' && h[i] <= 'f');
                if (!ok) {
                    return failValue(unitNode,
                                     "sourceHash",
                                     Tr::tr("is not a source hash (16 lowercase hex digits): "
                                            "\"%1\"."),
                                     h);
                }
                translation.sourceHash = QString::fromLatin1(h);
            }
            if (!translations.emplace(unitId, std::move(translation)).second) {
                return fail(
                    ErrorCode::InvalidContent,
                    unitNode,
                    Tr::tr("the unit \"%1\" is translated twice into \"%2\".").arg(unitId, code));
            }
        }
        if (!translations.empty())
            languages.translations.emplace(code, std::move(translations));
    }
    return true;
}

/** <banks> (format 2): question banks of question slides, after the sections. */
bool Reader::readBanks(pugi::xml_node node)
{
    std::vector<pugi::xml_node> bankNodes;
    if (!attributes(node, {}) || !children(node, {{"bank", nullptr, &bankNodes}}))
        return false;
    auto &banks = m_course->banks();
    banks.reserve(bankNodes.size());
    for (pugi::xml_node bankNode : bankNodes) {
        auto bank = std::make_unique<QuestionBank>();
        pugi::xml_attribute idAttr, name;
        std::vector<pugi::xml_node> slides;
        if (!attributes(bankNode, {{"id", &idAttr}, {"name", &name}})
            || !id(bankNode, "id", idAttr, bank->id)
            || !uniqueId(bankNode,
                         m_bankIds,
                         bank->id.toString(),
                         QT_TRANSLATE_NOOP("Core", "question bank"))
            || !string(bankNode, "name", name, true, bank->name)
            || !children(bankNode, {{"slide", nullptr, &slides}})) {
            return false;
        }
        bank->questions.reserve(slides.size());
        for (pugi::xml_node slideNode : slides) {
            auto slide = std::make_unique<Slide>();
            if (!readSlide(slideNode, *slide))
                return false;
            if (slide->kind() != SlideKind::Question) {
                return fail(ErrorCode::InvalidContent,
                            slideNode,
                            Tr::tr("a question bank holds only question slides, not <slide "
                                   "kind=\"%1\">.")
                                .arg(toString(slide->kind())));
            }
            bank->questions.push_back(std::move(slide));
        }
        banks.push_back(std::move(bank));
    }
    return true;
}

/**
 * Building the model of a large course costs several times the XML parse itself, so its
 * sections are read on two threads, the second half by a worker Reader that shares only the
 * (by then complete, read-only) media library. Returns false, leaving the sequential path to
 * read everything again, when the course is small or when anything is wrong: the sequential
 * path reports the same first error in document order as it always did.
 */
bool Reader::readSectionsInParallel(const std::vector<pugi::xml_node> &sections)
{
    constexpr qsizetype parallelThreshold = 256 * 1024;
    if (sections.size() < 2 || m_xml.size() < parallelThreshold
        || QThread::idealThreadCount() < 2) {
        return false;
    }
    const auto middle = sections.begin() + qsizetype(sections.size() / 2);
    Reader worker(m_xml, m_fileName);
    worker.m_assets = &m_course->assets();
    std::vector<std::unique_ptr<Section>> secondHalf;
    bool workerOk = true;
    std::thread thread([&] {
        for (auto it = middle; it != sections.end() && workerOk; ++it)
            workerOk = worker.readSection(*it, secondHalf);
    });
    bool ok = true;
    std::vector<std::unique_ptr<Section>> &firstHalf = m_course->sections();
    for (auto it = sections.begin(); it != middle && ok; ++it)
        ok = readSection(*it, firstHalf);
    thread.join();
    if (!ok || !workerOk)
        return false;
    // Ids must be unique across both halves as well.
    for (const QString &id : std::as_const(worker.m_sectionIds)) {
        if (m_sectionIds.contains(id))
            return false;
    }
    for (const QString &id : std::as_const(worker.m_slideIds)) {
        if (m_slideIds.contains(id))
            return false;
    }
    m_sectionIds.unite(worker.m_sectionIds);
    m_slideIds.unite(worker.m_slideIds);
    for (auto &section : secondHalf)
        firstHalf.push_back(std::move(section));
    return true;
}

bool Reader::readMedia(pugi::xml_node media)
{
    std::vector<pugi::xml_node> assets;
    if (!attributes(media, {}) || !children(media, {{"asset", nullptr, &assets}}))
        return false;
    constexpr qint64 maxInt = std::numeric_limits<int>::max();
    constexpr qint64 maxInt64 = std::numeric_limits<qint64>::max();
    for (pugi::xml_node node : assets) {
        pugi::xml_attribute idAttr, fileName, mimeType, byteSize, width, height, durationMs;
        if (!attributes(node,
                        {{"id", &idAttr},
                         {"fileName", &fileName},
                         {"mimeType", &mimeType},
                         {"byteSize", &byteSize},
                         {"width", &width},
                         {"height", &height},
                         {"durationMs", &durationMs}})
            || !present(node, "id", idAttr, true) || !sha256(node, "id", idAttr)) {
            return false;
        }
        MediaAsset asset;
        asset.id = AssetId(QString::fromLatin1(idAttr.value()));
        if (m_course->assets().count(asset.id)) {
            return fail(ErrorCode::InvalidContent,
                        node,
                        Tr::tr("the media %1 is listed twice.").arg(asset.id.toString()));
        }
        if (!string(node, "fileName", fileName, true, asset.fileName)
            || !string(node, "mimeType", mimeType, true, asset.mimeType)) {
            return false;
        }
        if (asset.mimeType.isEmpty())
            return failAttribute(node, "mimeType", Tr::tr("is empty."));
        if (!integer(node, "byteSize", byteSize, true, 0, maxInt64, asset.byteSize)
            || !integer(node, "durationMs", durationMs, false, 0, maxInt64, asset.durationMs)) {
            return false;
        }
        if (bool(width) != bool(height)) {
            return fail(ErrorCode::InvalidContent,
                        node,
                        Tr::tr("%1 has a width without a height or the reverse.").arg(tag(node)));
        }
        if (width) {
            int w = 0;
            int h = 0;
            if (!integer(node, "width", width, true, 0, maxInt, w)
                || !integer(node, "height", height, true, 0, maxInt, h)) {
                return false;
            }
            asset.imageSize = QSize(w, h);
        }
        if (!children(node, {}))
            return false;
        const AssetId key = asset.id;
        m_course->assets().emplace(key, std::move(asset));
    }
    return true;
}

bool Reader::readMetadata(pugi::xml_node node)
{
    CourseMetadata &m = m_course->metadata();
    pugi::xml_attribute language, estimatedMinutes;
    pugi::xml_node title, description, author, version;
    std::vector<pugi::xml_node> keywords;
    if (!attributes(node, {{"language", &language}, {"estimatedMinutes", &estimatedMinutes}})
        || !string(node, "language", language, false, m.language)
        || !integer(node,
                    "estimatedMinutes",
                    estimatedMinutes,
                    false,
                    0,
                    std::numeric_limits<int>::max(),
                    m.estimatedMinutes)
        || !children(node,
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
    s.theme.primary = defaultPrimary;
    s.theme.accent = defaultAccent;
    pugi::xml_attribute navigation, completion, passingScore, maxAttempts, reporting, lmsJudges;
    pugi::xml_node theme;
    if (!attributes(node,
                    {{"navigation", &navigation},
                     {"completion", &completion},
                     {"passingScore", &passingScore},
                     {"maxAttempts", &maxAttempts},
                     {"scorm12Reporting", &reporting},
                     {"lmsJudgesByScore", &lmsJudges}})
        || !enumeration(node, "navigation", navigation, false, s.navigation)
        || !enumeration(node, "completion", completion, false, s.completion)
        || !integer(node, "passingScore", passingScore, false, 0, 100, s.passingScorePercent)
        || !integer(node,
                    "maxAttempts",
                    maxAttempts,
                    false,
                    0,
                    std::numeric_limits<int>::max(),
                    s.maxAttempts)
        || !enumeration(node, "scorm12Reporting", reporting, false, s.scorm12Reporting)
        || !boolean(node, "lmsJudgesByScore", lmsJudges, s.lmsJudgesByScore)
        || !children(node, {{"theme", &theme}})) {
        return false;
    }
    if (!theme)
        return true;
    return readTheme(theme, s.theme);
}

/**
 * <theme>. Formats 1 and 2 have only primary, accent, fontFamily and logo: the rest keeps
 * today's look (Theme{}), and the theme counts as the built-in "corporate" one when its colours
 * are that theme's.
 */
bool Reader::readTheme(pugi::xml_node theme, Theme &t)
{
    t = Theme{};
    t.primary = defaultPrimary;
    t.accent = defaultAccent;
    pugi::xml_attribute primary, accent, fontFamily, logo;
    if (m_formatVersion < 3) {
        if (!attributes(theme,
                        {{"primary", &primary},
                         {"accent", &accent},
                         {"fontFamily", &fontFamily},
                         {"logo", &logo}})
            || !colour(theme, "primary", primary, t.primary)
            || !colour(theme, "accent", accent, t.accent)
            || !string(theme, "fontFamily", fontFamily, false, t.fontFamily)
            || !assetRef(theme, "logo", logo, false, t.logo) || !children(theme, {})) {
            return false;
        }
        if (t.primary != defaultPrimary || t.accent != defaultAccent)
            t.builtinId.clear();
        return true;
    }
    t.builtinId.clear(); // format 3 names its built-in theme
    pugi::xml_attribute builtin, background, surface, text, headingFont, bodyFont, radius, density,
        header, page, cover, coverImage, sectionPages;
    return attributes(theme,
                      {{"builtin", &builtin},
                       {"primary", &primary},
                       {"accent", &accent},
                       {"background", &background},
                       {"surface", &surface},
                       {"text", &text},
                       {"headingFont", &headingFont},
                       {"bodyFont", &bodyFont},
                       {"radius", &radius},
                       {"density", &density},
                       {"header", &header},
                       {"page", &page},
                       {"cover", &cover},
                       {"coverImage", &coverImage},
                       {"sectionPages", &sectionPages},
                       {"fontFamily", &fontFamily},
                       {"logo", &logo}})
           && string(theme, "builtin", builtin, false, t.builtinId)
           && colour(theme, "primary", primary, t.primary)
           && colour(theme, "accent", accent, t.accent)
           && colour(theme, "background", background, t.background)
           && colour(theme, "surface", surface, t.surface) && colour(theme, "text", text, t.text)
           && enumeration(theme, "headingFont", headingFont, false, t.headingFont)
           && enumeration(theme, "bodyFont", bodyFont, false, t.bodyFont)
           && integer(
               theme, "radius", radius, false, minCornerRadius, maxCornerRadius, t.cornerRadius)
           && enumeration(theme, "density", density, false, t.density)
           && enumeration(theme, "header", header, false, t.header)
           && enumeration(theme, "page", page, false, t.page)
           && boolean(theme, "cover", cover, t.coverPage)
           && assetRef(theme, "coverImage", coverImage, false, t.coverImage)
           && boolean(theme, "sectionPages", sectionPages, t.sectionPages)
           && string(theme, "fontFamily", fontFamily, false, t.fontFamily)
           && assetRef(theme, "logo", logo, false, t.logo) && children(theme, {});
}

/** A theme file's theme.xml: <capsuleTheme> holding <theme> and the <media> it refers to. */
bool Reader::readThemeRoot(pugi::xml_node root)
{
    if (std::strcmp(root.name(), "capsuleTheme") != 0) {
        return fail(ErrorCode::InvalidContent,
                    root,
                    Tr::tr("the root element is %1, not <capsuleTheme>: this is not a Capsule "
                           "theme.")
                        .arg(tag(root)));
    }
    if (!readVersion(root))
        return false;
    pugi::xml_attribute xmlns, formatVersion;
    if (!attributes(root, {{"xmlns", &xmlns}, {"formatVersion", &formatVersion}}))
        return false;
    if (std::strcmp(xmlns.value(), namespaceUri) != 0) {
        return fail(ErrorCode::InvalidContent,
                    root,
                    Tr::tr("<capsuleTheme> must declare xmlns=\"%1\".")
                        .arg(QString::fromUtf8(namespaceUri)));
    }
    if (m_formatVersion < 3) {
        return failValue(root,
                         "formatVersion",
                         Tr::tr("is not a theme format version (3 or later): \"%1\"."),
                         formatVersion.value());
    }
    pugi::xml_node theme, media;
    return children(root, {{"theme", &theme}, {"media", &media}})
           && requiredChild(root, theme, "theme") && (!media || readMedia(media))
           && readTheme(theme, m_course->settings().theme);
}

bool Reader::readSection(pugi::xml_node node, std::vector<std::unique_ptr<Section>> &out)
{
    auto section = std::make_unique<Section>();
    pugi::xml_attribute idAttr, branchOnly;
    pugi::xml_node title, game;
    std::vector<pugi::xml_node> slides;
    if (!attributes(node, {{"id", &idAttr}, {"branchOnly", &branchOnly}})
        || !id(node, "id", idAttr, section->id)
        || !boolean(node, "branchOnly", branchOnly, section->branchOnly)
        || !uniqueId(
            node, m_sectionIds, section->id.toString(), QT_TRANSLATE_NOOP("Core", "section"))
        || !children(node, {{"title", &title}, {"game", &game}, {"slide", nullptr, &slides}})
        || !text(title, section->title) || (game && !readGame(game, section->game))) {
        return false;
    }
    section->slides.reserve(slides.size());
    for (pugi::xml_node slideNode : slides) {
        auto slide = std::make_unique<Slide>();
        if (!readSlide(slideNode, *slide))
            return false;
        section->slides.push_back(std::move(slide));
    }
    out.push_back(std::move(section));
    return true;
}

bool Reader::readGame(pugi::xml_node node, GameSettings &game)
{
    pugi::xml_attribute enabled, points, speedBonus, streakBonus, timeLimit;
    return attributes(node,
                      {{"enabled", &enabled},
                       {"points", &points},
                       {"speedBonus", &speedBonus},
                       {"streakBonus", &streakBonus},
                       {"timeLimit", &timeLimit}})
           && boolean(node, "enabled", enabled, game.enabled)
           && integer(node, "points", points, false, 1, GameSettings::maxPoints, game.points)
           && integer(node, "speedBonus", speedBonus, false, 0, 100, game.speedBonus)
           && integer(node, "streakBonus", streakBonus, false, 0, 100, game.streakBonus)
           && integer(
               node, "timeLimit", timeLimit, false, 0, GameSettings::maxTimeLimit, game.timeLimit)
           && children(node, {});
}

bool Reader::readSlide(pugi::xml_node node, Slide &slide)
{
    SlideKind kind = SlideKind::Content;
    pugi::xml_attribute idAttr, kindAttr, difficultyAttr, onPass, onFail;
    if (!attributes(node,
                    {{"id", &idAttr},
                     {"kind", &kindAttr},
                     {"difficulty", &difficultyAttr},
                     {"onPass", &onPass},
                     {"onFail", &onFail}})
        || !id(node, "id", idAttr, slide.id)
        || !uniqueId(node, m_slideIds, slide.id.toString(), QT_TRANSLATE_NOOP("Core", "slide"))
        || !enumeration(node, "kind", kindAttr, true, kind)) {
        return false;
    }
    if (difficultyAttr && kind != SlideKind::Question) {
        return fail(ErrorCode::InvalidContent,
                    node,
                    Tr::tr("only a question slide has a difficulty, not <slide kind=\"%1\">.")
                        .arg(toString(kind)));
    }
    if ((onPass || onFail) && kind != SlideKind::Result) {
        return fail(
            ErrorCode::InvalidContent,
            node,
            Tr::tr("only a result slide has \"%1\", not <slide kind=\"%2\">.")
                .arg(QString::fromUtf8(onPass ? onPass.name() : onFail.name()), toString(kind)));
    }
    pugi::xml_node title;
    switch (kind) {
    case SlideKind::Content: {
        std::vector<pugi::xml_node> blocks;
        if (!children(node, {{"title", &title}, {"block", nullptr, &blocks}}, &kind))
            return false;
        ContentBody &body = slide.body.emplace<ContentBody>();
        body.blocks.resize(blocks.size());
        QSet<QString> seen;
        for (size_t i = 0; i < blocks.size(); ++i) {
            if (!readBlock(blocks[i], body.blocks[i]))
                return false;
            if (!body.blocks[i].id.isEmpty()
                && !uniqueId(
                    blocks[i], seen, body.blocks[i].id, QT_TRANSLATE_NOOP("Core", "block"))) {
                return false;
            }
        }
        break;
    }
    case SlideKind::Question: {
        pugi::xml_node question, tags;
        QuestionBody &body = slide.body.emplace<QuestionBody>();
        if (!children(node, {{"title", &title}, {"tags", &tags}, {"question", &question}}, &kind)
            || !requiredChild(node, question, "question")
            || !readQuestion(question, body.question)) {
            return false;
        }
        if (difficultyAttr
            && (!*difficultyAttr.value()
                || !enumFromUtf8(difficultyAttr.value(), body.difficulty))) {
            return failValue(node,
                             "difficulty",
                             Tr::tr("has an unknown value \"%1\" (easy, medium or hard)."),
                             difficultyAttr.value());
        }
        if (tags) {
            std::vector<pugi::xml_node> tagNodes;
            if (!attributes(tags, {}) || !children(tags, {{"tag", nullptr, &tagNodes}})
                || !texts(tagNodes, body.tags)) {
                return false;
            }
        }
        break;
    }
    case SlideKind::Video: {
        pugi::xml_node video;
        if (!children(node, {{"title", &title}, {"video", &video}}, &kind))
            return false;
        VideoBody &body = slide.body.emplace<VideoBody>();
        if (video && !readVideo(video, body))
            return false;
        break;
    }
    case SlideKind::Result: {
        pugi::xml_node pass, failNode;
        if (!children(node,
                      {{"title", &title}, {"passMessage", &pass}, {"failMessage", &failNode}},
                      &kind)) {
            return false;
        }
        ResultBody &body = slide.body.emplace<ResultBody>();
        if (!text(pass, body.passMessage) || !text(failNode, body.failMessage)
            || !target(node, "onPass", onPass, body.onPass)
            || !target(node, "onFail", onFail, body.onFail)) {
            return false;
        }
        break;
    }
    case SlideKind::Draw: {
        pugi::xml_node draw;
        if (!children(node, {{"title", &title}, {"draw", &draw}}, &kind)
            || !requiredChild(node, draw, "draw")
            || !readDraw(draw, slide.body.emplace<DrawBody>())) {
            return false;
        }
        break;
    }
    case SlideKind::Scenario:
        if (!readScenario(node, slide.body.emplace<ScenarioBody>(), title))
            return false;
        break;
    }
    return text(title, slide.title);
}

bool Reader::readBlock(pugi::xml_node node, ContentBlock &block)
{
    pugi::xml_attribute idAttr, type, level, style, image, size, focusX, focusY, side, share,
        headerRow, url, slide, required;
    pugi::xml_node textNode, altText, caption, media;
    std::vector<pugi::xml_node> items, rows;
    if (!attributes(node,
                    {{"id", &idAttr},
                     {"type", &type},
                     {"level", &level},
                     {"style", &style},
                     {"image", &image},
                     {"size", &size},
                     {"focusX", &focusX},
                     {"focusY", &focusY},
                     {"side", &side},
                     {"share", &share},
                     {"headerRow", &headerRow},
                     {"url", &url},
                     {"slide", &slide},
                     {"required", &required}})
        || (idAttr && (!sinceFormat(5, node, "id") || !id(node, "id", idAttr, block.id)))
        || !enumeration(node, "type", type, true, block.type)
        || !integer(node, "level", level, false, 2, 4, block.headingLevel)
        || !enumeration(node, "style", style, false, block.calloutStyle)
        || !assetRef(node, "image", image, false, block.image)
        || !enumeration(node, "size", size, false, block.imageSize)
        || !integer(node, "focusX", focusX, false, 0, 100, block.focusX)
        || !integer(node, "focusY", focusY, false, 0, 100, block.focusY)
        || !enumeration(node, "side", side, false, block.imageSide)
        || !enumeration(node, "share", share, false, block.imageShare)
        || !boolean(node, "headerRow", headerRow, block.headerRow)
        || !string(node, "url", url, false, block.url)
        || (slide && !id(node, "slide", slide, block.targetSlide))
        || !boolean(node, "required", required, block.required)
        || !children(node,
                     {{"text", &textNode},
                      {"altText", &altText},
                      {"caption", &caption},
                      {"item", nullptr, &items},
                      {"row", nullptr, &rows},
                      {"media", &media}})
        || !text(textNode, block.text) || !text(altText, block.altText)
        || !text(caption, block.caption)) {
        return false;
    }
    block.items.resize(items.size());
    QSet<QString> seen;
    for (size_t i = 0; i < items.size(); ++i) {
        BlockItem &item = block.items[i];
        pugi::xml_attribute itemId, itemImage, x, y;
        pugi::xml_node title, itemText, itemAlt;
        if (!attributes(items[i], {{"id", &itemId}, {"image", &itemImage}, {"x", &x}, {"y", &y}})
            || (itemId
                && (!sinceFormat(5, items[i], "id") || !id(items[i], "id", itemId, item.id)
                    || !uniqueId(items[i], seen, item.id, QT_TRANSLATE_NOOP("Core", "item"))))
            || !assetRef(items[i], "image", itemImage, false, item.image)
            || !integer(items[i], "x", x, false, 0, 100, item.x)
            || !integer(items[i], "y", y, false, 0, 100, item.y)
            || !children(items[i], {{"title", &title}, {"text", &itemText}, {"altText", &itemAlt}})
            || !text(title, item.title) || !text(itemText, item.text)
            || !text(itemAlt, item.altText)) {
            return false;
        }
    }
    block.rows.resize(rows.size());
    for (size_t r = 0; r < rows.size(); ++r) {
        std::vector<pugi::xml_node> cells;
        if (!attributes(rows[r], {}) || !children(rows[r], {{"cell", nullptr, &cells}})
            || !texts(cells, block.rows[r])) {
            return false;
        }
    }
    return !media || readVideo(media, block.media);
}

bool Reader::readDraw(pugi::xml_node node, DrawBody &draw)
{
    constexpr qint64 maxCount = 100000; // far beyond any bank; keeps total() from overflowing
    draw.count = 0;                     // required
    pugi::xml_attribute count, tagAttr, byDifficulty, easy, medium, hard;
    std::vector<pugi::xml_node> banks;
    if (!attributes(node,
                    {{"count", &count},
                     {"tag", &tagAttr},
                     {"byDifficulty", &byDifficulty},
                     {"easy", &easy},
                     {"medium", &medium},
                     {"hard", &hard}})
        || !integer(node, "count", count, true, 0, maxCount, draw.count)
        || !string(node, "tag", tagAttr, false, draw.tag)
        || !boolean(node, "byDifficulty", byDifficulty, draw.byDifficulty)
        || !integer(node, "easy", easy, false, 0, maxCount, draw.easy)
        || !integer(node, "medium", medium, false, 0, maxCount, draw.medium)
        || !integer(node, "hard", hard, false, 0, maxCount, draw.hard)
        || !children(node, {{"bank", nullptr, &banks}})) {
        return false;
    }
    // A reference to a bank that does not exist is the Validator's to report (with the slide
    // named), not a reason to refuse the whole file.
    QSet<QString> seen;
    draw.banks.reserve(banks.size());
    for (pugi::xml_node bank : banks) {
        pugi::xml_attribute ref;
        BankId bankId;
        if (!attributes(bank, {{"ref", &ref}}) || !id(bank, "ref", ref, bankId)
            || !children(bank, {})) {
            return false;
        }
        const qsizetype before = seen.size();
        seen.insert(bankId.toString());
        if (seen.size() == before) {
            return fail(
                ErrorCode::InvalidContent,
                bank,
                Tr::tr("<draw> names the question bank \"%1\" twice.").arg(bankId.toString()));
        }
        draw.banks.push_back(std::move(bankId));
    }
    return true;
}

/** The children of <slide kind="scenario">: situation, character, 2..4 responses. */
bool Reader::readScenario(pugi::xml_node node, ScenarioBody &scenario, pugi::xml_node &title)
{
    const SlideKind kind = SlideKind::Scenario;
    pugi::xml_node situation, character;
    std::vector<pugi::xml_node> responses;
    if (!children(node,
                  {{"title", &title},
                   {"situation", &situation},
                   {"character", &character},
                   {"response", nullptr, &responses}},
                  &kind)
        || !text(situation, scenario.situation)) {
        return false;
    }
    if (character) {
        pugi::xml_attribute image;
        if (!attributes(character, {{"image", &image}})
            || !assetRef(character, "image", image, false, scenario.character)
            || !textContent(character, scenario.characterAlt)) {
            return false;
        }
    }
    if (responses.size() < size_t(ScenarioBody::minResponses)
        || responses.size() > size_t(ScenarioBody::maxResponses)) {
        return fail(ErrorCode::InvalidContent,
                    node,
                    Tr::tr("<slide kind=\"scenario\"> has %1 <response> elements; a scenario "
                           "has 2 to 4.")
                        .arg(responses.size()));
    }
    QSet<QString> seen;
    scenario.responses.resize(responses.size());
    for (size_t i = 0; i < responses.size(); ++i) {
        if (!readResponse(responses[i], scenario.responses[i], seen))
            return false;
    }
    return true;
}

bool Reader::readResponse(pugi::xml_node node, ScenarioResponse &r, QSet<QString> &seen)
{
    constexpr double maxPoints = 1000;
    pugi::xml_attribute idAttr, points, leadsTo;
    pugi::xml_node textNode, consequence;
    if (!attributes(node, {{"id", &idAttr}, {"points", &points}, {"leadsTo", &leadsTo}})
        || !string(node, "id", idAttr, true, r.id) || !number(node, "points", points, r.points)) {
        return false;
    }
    static const QSet<QString> ids{u"r1"_s, u"r2"_s, u"r3"_s, u"r4"_s};
    if (!ids.contains(r.id)) {
        return failValue(
            node, "id", Tr::tr("is not a response id (r1 to r4): \"%1\"."), idAttr.value());
    }
    if (!uniqueId(node, seen, r.id, QT_TRANSLATE_NOOP("Core", "response")))
        return false;
    if (r.points < -maxPoints || r.points > maxPoints) {
        return failAttribute(node,
                             "points",
                             Tr::tr("is out of range: %1 is not between -1000 and 1000.")
                                 .arg(QString::fromUtf8(points.value())));
    }
    if (!target(node, "leadsTo", leadsTo, r.leadsTo))
        return false;
    return children(node, {{"text", &textNode}, {"consequence", &consequence}})
           && text(textNode, r.text) && text(consequence, r.consequence);
}

bool Reader::readChoice(pugi::xml_node node, Choice &c, QSet<QString> &seen)
{
    pugi::xml_attribute idAttr, correct, weight, leadsTo;
    pugi::xml_node textNode, feedback;
    if (!attributes(
            node,
            {{"id", &idAttr}, {"correct", &correct}, {"weight", &weight}, {"leadsTo", &leadsTo}})
        || !number(node, "weight", weight, c.weight)
        || !target(node, "leadsTo", leadsTo, c.leadsTo)) {
        return false;
    }
    if (c.weight < -100 || c.weight > 100) {
        return failAttribute(node,
                             "weight",
                             Tr::tr("is out of range: %1 is not between -100 and 100.")
                                 .arg(QString::fromUtf8(weight.value())));
    }
    return id(node, "id", idAttr, c.id)
           && uniqueId(node, seen, c.id, QT_TRANSLATE_NOOP("Core", "choice"))
           && boolean(node, "correct", correct, c.correct)
           && children(node, {{"text", &textNode}, {"feedback", &feedback}})
           && text(textNode, c.text) && text(feedback, c.feedback);
}

bool Reader::readBlank(pugi::xml_node node, Blank &b, QSet<QString> &seen)
{
    pugi::xml_attribute idAttr, caseSensitive;
    pugi::xml_node label;
    std::vector<pugi::xml_node> answers;
    if (!attributes(node, {{"id", &idAttr}, {"caseSensitive", &caseSensitive}})
        || !id(node, "id", idAttr, b.id)
        || !uniqueId(node, seen, b.id, QT_TRANSLATE_NOOP("Core", "blank"))
        || !boolean(node, "caseSensitive", caseSensitive, b.caseSensitive)
        || !children(node, {{"label", &label}, {"answer", nullptr, &answers}})
        || !text(label, b.label)) {
        return false;
    }
    return texts(answers, b.acceptedAnswers);
}

bool Reader::readQuestion(pugi::xml_node node, Question &q)
{
    q.points = defaultPoints;
    q.trueFalseAnswer = true;
    pugi::xml_attribute type, points, shuffle, trueFalseAnswer, maxLength, partialCredit, timeLimit;
    pugi::xml_attribute onCorrect, onIncorrect, image;
    pugi::xml_node prompt, correctFeedback, incorrectFeedback, clozeText, numeric, imageAlt;
    std::vector<pugi::xml_node> choices, blanks, pairs, items, scaleLabels, regions, dragItems;
    if (!attributes(node,
                    {{"type", &type},
                     {"points", &points},
                     {"shuffle", &shuffle},
                     {"trueFalseAnswer", &trueFalseAnswer},
                     {"maxLength", &maxLength},
                     {"partialCredit", &partialCredit},
                     {"onCorrect", &onCorrect},
                     {"onIncorrect", &onIncorrect},
                     {"timeLimit", &timeLimit},
                     {"image", &image}})
        || !assetRef(node, "image", image, false, q.image)
        || !enumeration(node, "type", type, true, q.type)
        || !target(node, "onCorrect", onCorrect, q.onCorrect)
        || !target(node, "onIncorrect", onIncorrect, q.onIncorrect)
        || !integer(node, "timeLimit", timeLimit, false, 0, GameSettings::maxTimeLimit, q.timeLimit)
        || !boolean(node, "partialCredit", partialCredit, q.partialCredit)
        || !number(node, "points", points, q.points)
        || !boolean(node, "shuffle", shuffle, q.shuffle)
        || !boolean(node, "trueFalseAnswer", trueFalseAnswer, q.trueFalseAnswer)
        || !integer(
            node, "maxLength", maxLength, false, 0, std::numeric_limits<int>::max(), q.maxLength)
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
                      {"scaleLabel", nullptr, &scaleLabels},
                      {"imageAlt", &imageAlt},
                      {"region", nullptr, &regions},
                      {"dragItem", nullptr, &dragItems}})
        || !text(imageAlt, q.imageAlt) || !text(prompt, q.prompt)
        || !text(correctFeedback, q.correctFeedback)
        || !text(incorrectFeedback, q.incorrectFeedback) || !text(clozeText, q.clozeText)) {
        return false;
    }

    QSet<QString> seen;
    q.choices.resize(choices.size());
    for (size_t i = 0; i < choices.size(); ++i) {
        if (!readChoice(choices[i], q.choices[i], seen))
            return false;
    }
    seen.clear();
    q.blanks.resize(blanks.size());
    for (size_t i = 0; i < blanks.size(); ++i) {
        if (!readBlank(blanks[i], q.blanks[i], seen))
            return false;
    }
    seen.clear();
    q.pairs.resize(pairs.size());
    for (size_t i = 0; i < pairs.size(); ++i) {
        MatchPair &p = q.pairs[i];
        pugi::xml_attribute idAttr;
        pugi::xml_node source, target;
        if (!attributes(pairs[i], {{"id", &idAttr}}) || !id(pairs[i], "id", idAttr, p.id)
            || !uniqueId(pairs[i], seen, p.id, QT_TRANSLATE_NOOP("Core", "pair"))
            || !children(pairs[i], {{"source", &source}, {"target", &target}})
            || !text(source, p.source) || !text(target, p.target)) {
            return false;
        }
    }
    seen.clear();
    q.items.resize(items.size());
    for (size_t i = 0; i < items.size(); ++i) {
        SequenceItem &item = q.items[i];
        pugi::xml_attribute idAttr;
        if (!attributes(items[i], {{"id", &idAttr}}) || !id(items[i], "id", idAttr, item.id)
            || !uniqueId(items[i], seen, item.id, QT_TRANSLATE_NOOP("Core", "item"))
            || !textContent(items[i], item.text)) {
            return false;
        }
    }
    if (numeric) {
        NumericAnswer &n = q.numeric;
        pugi::xml_attribute range, value, tolerance, minimum, maximum;
        if (!attributes(numeric,
                        {{"range", &range},
                         {"value", &value},
                         {"tolerance", &tolerance},
                         {"minimum", &minimum},
                         {"maximum", &maximum}})
            || !boolean(numeric, "range", range, n.isRange)
            || !number(numeric, "value", value, n.value)
            || !number(numeric, "tolerance", tolerance, n.tolerance)
            || !number(numeric, "minimum", minimum, n.minimum)
            || !number(numeric, "maximum", maximum, n.maximum) || !children(numeric, {})) {
            return false;
        }
    }
    if (!texts(scaleLabels, q.likertScale))
        return false;
    if (regions.size() > size_t(Question::maxRegions)) {
        return fail(
            ErrorCode::InvalidContent,
            regions[Question::maxRegions],
            Tr::tr("a question has more than %1 <region> elements.").arg(Question::maxRegions));
    }
    if (dragItems.size() > size_t(Question::maxDragItems)) {
        return fail(
            ErrorCode::InvalidContent,
            dragItems[Question::maxDragItems],
            Tr::tr("a question has more than %1 <dragItem> elements.").arg(Question::maxDragItems));
    }
    seen.clear();
    q.regions.resize(regions.size());
    for (size_t i = 0; i < regions.size(); ++i) {
        if (!readRegion(regions[i], q.regions[i], seen))
            return false;
    }
    // A zone that does not exist is the Validator's to report (the editor can leave one behind
    // while the author redraws), not a reason to refuse the file.
    seen.clear();
    q.dragItems.resize(dragItems.size());
    for (size_t i = 0; i < dragItems.size(); ++i) {
        DragItem &item = q.dragItems[i];
        pugi::xml_attribute idAttr, zone;
        if (!attributes(dragItems[i], {{"id", &idAttr}, {"zone", &zone}})
            || !id(dragItems[i], "id", idAttr, item.id)
            || !uniqueId(dragItems[i], seen, item.id, QT_TRANSLATE_NOOP("Core", "drag item"))
            || !string(dragItems[i], "zone", zone, false, item.zone)
            || !textContent(dragItems[i], item.text)) {
            return false;
        }
    }
    return true;
}

bool Reader::percent(pugi::xml_node node, const char *name, const char *text, double &out)
{
    const char *end = text + std::strlen(text);
    const auto [ptr, ec] = std::from_chars(text, end, out);
    if (ec != std::errc() || ptr != end || text == end || !std::isfinite(out)) {
        return failValue(
            node, name, Tr::tr("is not a percentage of the image (0 to 100): \"%1\"."), text);
    }
    if (out < 0 || out > 100) {
        return failValue(
            node, name, Tr::tr("is outside the image: %1 is not between 0 and 100."), text);
    }
    return true;
}

bool Reader::readRegion(pugi::xml_node node, ImageRegion &r, QSet<QString> &seen)
{
    pugi::xml_attribute idAttr, shape, x, y, width, height, points, correct;
    if (!attributes(node,
                    {{"id", &idAttr},
                     {"shape", &shape},
                     {"x", &x},
                     {"y", &y},
                     {"width", &width},
                     {"height", &height},
                     {"points", &points},
                     {"correct", &correct}})
        || !id(node, "id", idAttr, r.id)
        || !uniqueId(node, seen, r.id, QT_TRANSLATE_NOOP("Core", "region"))
        || !enumeration(node, "shape", shape, false, r.shape)
        || !boolean(node, "correct", correct, r.correct) || !textContent(node, r.label)) {
        return false;
    }
    if (r.shape == RegionShape::Polygon) {
        if (x || y || width || height) {
            return failAttribute(node,
                                 (x       ? x
                                  : y     ? y
                                  : width ? width
                                          : height)
                                     .name(),
                                 Tr::tr("is for rectangles; a polygon has only \"points\"."));
        }
        if (!present(node, "points", points, true))
            return false;
        const QByteArray list = QByteArray(points.value()).simplified();
        const QList<QByteArray> pairs = list.split(' ');
        if (pairs.size() > ImageRegion::maxVertices) {
            return failAttribute(node,
                                 "points",
                                 Tr::tr("has %1 points; a region has at most %2.")
                                     .arg(pairs.size())
                                     .arg(ImageRegion::maxVertices));
        }
        for (const QByteArray &pair : pairs) {
            const qsizetype comma = pair.indexOf(',');
            if (comma < 0) {
                return failValue(node,
                                 "points",
                                 Tr::tr("must be \"x,y\" pairs separated by spaces, not \"%1\"."),
                                 pair.constData());
            }
            double px = 0, py = 0;
            if (!percent(node, "points", pair.left(comma).constData(), px)
                || !percent(node, "points", pair.mid(comma + 1).constData(), py)) {
                return false;
            }
            r.polygon.append(QPointF(px, py));
        }
        return true;
    }
    if (points) {
        return failAttribute(node,
                             "points",
                             Tr::tr("is for polygons; add shape=\"polygon\" or use x, y, width "
                                    "and height."));
    }
    double values[4] = {0, 0, 0, 0};
    const std::pair<const char *, pugi::xml_attribute> rect[4]
        = {{"x", x}, {"y", y}, {"width", width}, {"height", height}};
    for (int k = 0; k < 4; ++k) {
        if (!present(node, rect[k].first, rect[k].second, true)
            || !percent(node, rect[k].first, rect[k].second.value(), values[k])) {
            return false;
        }
    }
    if (values[0] + values[2] > 100 + 1e-9 || values[1] + values[3] > 100 + 1e-9) {
        return fail(ErrorCode::InvalidContent,
                    node,
                    Tr::tr("the rectangle of <region id=\"%1\"> goes past the edge of the image.")
                        .arg(r.id));
    }
    r.rect = QRectF(values[0], values[1], values[2], values[3]);
    return true;
}

bool Reader::readVideo(pugi::xml_node node, VideoBody &video)
{
    pugi::xml_attribute asset, poster, required;
    std::vector<pugi::xml_node> tracks;
    if (!attributes(node,
                    {{"asset", &asset}, {"poster", &poster}, {"requiredWatchedPercent", &required}})
        || !assetRef(node, "asset", asset, false, video.video)
        || !assetRef(node, "poster", poster, false, video.poster)
        || !integer(
            node, "requiredWatchedPercent", required, false, 0, 100, video.requiredWatchedPercent)
        || !children(node, {{"track", nullptr, &tracks}})) {
        return false;
    }
    video.captions.resize(tracks.size());
    for (size_t i = 0; i < tracks.size(); ++i) {
        CaptionTrack &track = video.captions[i];
        pugi::xml_attribute vtt, language;
        if (!attributes(tracks[i], {{"asset", &vtt}, {"language", &language}})
            || !assetRef(tracks[i], "asset", vtt, true, track.vtt)
            || !string(tracks[i], "language", language, true, track.language)
            || !textContent(tracks[i], track.label)) {
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
    if (s.lmsJudgesByScore) // written only when chosen: files without it keep their meaning
        setBool(settings, "lmsJudgesByScore", true);
    writeTheme(settings, s.theme);
    writeLanguages(root, course);

    for (const auto &section : course.sections()) {
        pugi::xml_node node = root.append_child("section");
        setAttribute(node, "id", section->id.toString());
        if (section->branchOnly)
            setBool(node, "branchOnly", true);
        addOptionalText(node, "title", section->title);
        writeGame(node, section->game);
        for (const auto &slide : section->slides)
            writeSlide(node, *slide);
    }

    if (!course.banks().empty()) {
        pugi::xml_node banks = root.append_child("banks");
        for (const auto &bank : course.banks()) {
            pugi::xml_node node = banks.append_child("bank");
            setAttribute(node, "id", bank->id.toString());
            setAttribute(node, "name", bank->name);
            for (const auto &question : bank->questions)
                writeSlide(node, *question);
        }
    }

    writeMedia(root, course.assets());
    return saveDocument(doc);
}

Result<std::unique_ptr<Course>> CourseSerializer::fromXml(const QByteArray &xml,
                                                          const QString &fileName)
{
    return Reader(xml, fileName).read();
}

QByteArray CourseSerializer::themeToXml(const Theme &theme,
                                        const std::map<AssetId, MediaAsset> &assets)
{
    pugi::xml_document doc;
    pugi::xml_node declaration = doc.append_child(pugi::node_declaration);
    declaration.append_attribute("version").set_value("1.0");
    declaration.append_attribute("encoding").set_value("UTF-8");
    pugi::xml_node root = doc.append_child("capsuleTheme");
    setAttribute(root, "xmlns", namespaceUri);
    setInt(root, "formatVersion", formatVersion);
    writeTheme(root, theme);
    writeMedia(root, assets);
    return saveDocument(doc);
}

Result<std::unique_ptr<Course>> CourseSerializer::themeFromXml(const QByteArray &xml,
                                                               const QString &fileName)
{
    Result<std::unique_ptr<Course>> read = Reader(xml, fileName).read(true);
    if (read)
        return read;
    // The reader's messages name course.xml; here the document is theme.xml. (A replacement
    // rather than new translatable variants of every message: the name is not translated.)
    Error error = read.error();
    error.message.replace(u"course.xml"_s, u"theme.xml"_s);
    return error;
}

} // namespace Core
